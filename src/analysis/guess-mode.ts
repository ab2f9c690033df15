import type { Mode } from './types';

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

const FIRST = /(?<!\p{L})(?:ik|mij|me|mijn)(?!\p{L})/giu;
const SECOND = /(?<!\p{L})(?:je|jij|jou|jouw)(?!\p{L})/giu;
const THIRD = /(?<!\p{L})(?:hij|zij|ze|hem|haar|zijn|meneer|mevrouw|cli[eë]nte?|bewoner|bewoonster)(?!\p{L})/giu;
const WORKSHEET_HEADING =
  /^\s*(?:\d+[.)]?\s*)?(?:wie en wat|veiligheid|wonen|financi[eë]n|kinderen|\(?ex-?\)?partner|sociale relaties|activiteit|vrije tijd|gezondheid|zingeving|prioriteiten|doel|wat\??|hoe\??|wie\??|wanneer\??|krachten|wensen)\b[^\n]{0,40}:?\s*$/gimu;

/**
 * Guesses the kind of text when the caller does not say: a message addresses the client
 * (je / jij) in the speaker's voice; a worksheet speaks as ik or has worksheet headings;
 * anything else is a report about the client.
 */
export function guessMode(text: string): Mode {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const first = count(FIRST, sample);
  const second = count(SECOND, sample);
  const third = count(THIRD, sample);
  const headings = count(WORKSHEET_HEADING, sample);
  if (headings >= 2) return 'worksheet';
  if (second >= 1 && first >= 1 && second >= third) return 'message';
  if (first > third && first >= 2) return 'worksheet';
  return 'report';
}
