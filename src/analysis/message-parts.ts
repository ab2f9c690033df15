import { PART_CUES, PART_EXAMPLES } from './message-cues';
import { sentences } from './segment';
import { MESSAGE_PARTS, type MessageAnalysis, type MessagePart, type PartSpan } from './types';

const CUES = PART_CUES.map((c) => ({ part: c.part, regex: new RegExp(c.pattern, 'iu') }));

/**
 * Finds the ik / jij / wij parts of a complete boodschap, one span per sentence and part.
 * "Ik zie dat jij …" starts with ik but is the jij part: the cues describe whole frames, so a
 * sentence is credited only for the frame it uses.
 */
export function analyzeMessage(text: string): MessageAnalysis {
  const spans: PartSpan[] = [];
  for (const s of sentences(text)) {
    const found = new Set<MessagePart>();
    for (const cue of CUES) if (!found.has(cue.part) && cue.regex.test(s.text)) found.add(cue.part);
    for (const part of found) spans.push({ part, start: s.start, end: s.end, text: s.text });
  }
  const present = new Set(spans.map((s) => s.part));
  const parts = MESSAGE_PARTS.filter((p) => present.has(p));
  const missing = MESSAGE_PARTS.filter((p) => !present.has(p));
  const examples: Partial<Record<MessagePart, string>> = {};
  for (const p of missing) examples[p] = PART_EXAMPLES[p];
  return { parts, spans, missing, examples };
}
