import { paragraphs } from './segment';
import type { Mode } from './types';

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

const FIRST = /(?<!\p{L})(?:ik|mij|me|mijn)(?!\p{L})/giu;
const SECOND = /(?<!\p{L})(?:je|jij|jou|jouw)(?!\p{L})/giu;
const THIRD = /(?<!\p{L})(?:hij|zij|ze|hem|haar|zijn|meneer|mevrouw|cli[eë]nte?|bewoner|bewoonster)(?!\p{L})/giu;
const WORKSHEET_HEADING =
  /^\s*(?:\d+[.)]?\s*)?(?:wie en wat|veiligheid|wonen|financi[eë]n|kinderen|\(?ex-?\)?partner|sociale relaties|activiteit|vrije tijd|gezondheid|zingeving|prioriteiten|doel|wat\??|hoe\??|wie\??|wanneer\??|krachten|wensen)\b[^\n]{0,40}:?\s*$/gimu;

/** Only the paragraphs that start in the first 20,000 characters decide: a long text has made its kind clear by then. */
const SAMPLE = 20000;

/** What one paragraph says about the kind of text: counts per person and worksheet headings. */
export interface ModeCues {
  first: number;
  second: number;
  third: number;
  headings: number;
}

export function modeCues(paragraph: string): ModeCues {
  return {
    first: count(FIRST, paragraph),
    second: count(SECOND, paragraph),
    third: count(THIRD, paragraph),
    headings: count(WORKSHEET_HEADING, paragraph),
  };
}

/**
 * Guesses the kind of text when the caller does not say: a message addresses the client
 * (je / jij) in the speaker's voice; a worksheet speaks as ik or has worksheet headings;
 * anything else is a report about the client. The cues are counted per paragraph, so a caller
 * that keeps them per paragraph (the analyzer, while the worker types) counts one paragraph again.
 */
export function guessMode(text: string, cuesOf: (paragraph: string) => ModeCues = modeCues): Mode {
  let first = 0;
  let second = 0;
  let third = 0;
  let headings = 0;
  for (const p of paragraphs(text)) {
    if (p.start >= SAMPLE) break;
    // A paragraph that runs past the sample counts up to its end only.
    const c = cuesOf(p.end > SAMPLE ? p.text.slice(0, SAMPLE - p.start) : p.text);
    first += c.first;
    second += c.second;
    third += c.third;
    headings += c.headings;
  }
  if (headings >= 2) return 'worksheet';
  if (second >= 1 && first >= 1 && second >= third) return 'message';
  if (first > third && first >= 2) return 'worksheet';
  return 'report';
}
