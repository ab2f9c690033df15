import type { Span, TextSpan } from './text-lines';

/**
 * Goals and steps about stopping, avoiding or doing less (ASSISTANT-AND-WORKSHEETS.md 2.3,
 * positief): "terugval voorkomen", "stoppen met blowen", "minder drinken", "ruzie vermijden".
 * They name what should not happen; the method asks what the client will do or have instead
 * ("ik wil elke ochtend helder wakker worden"). The engine's negation rules cover niet, geen and
 * nooit; these words are negative by meaning and matter on an actieplan, where every step is an
 * act. (On a krachteninventarisatie "ik ben in 2019 gestopt met roken" is a strength, so this
 * list is not used there.)
 */
const AVOIDANCE =
  /(?<![\p{L}])(?:voorkomen|voorkom|voorkomt|vermijden|vermijd|vermijdt|stoppen met|stop met|stopt met|ophouden met|hou op met|minderen|minder(?!\s+dan)|tegengaan|uit de buurt blijven|wegblijven|niet meer)(?![\p{L}])/giu;

/** Stopping and avoiding words in the given parts of the text. */
export function avoidanceWords(text: string, spans: readonly Span[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of spans) {
    const part = text.slice(s.start, s.end);
    for (const m of part.matchAll(AVOIDANCE)) out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0] });
  }
  return out;
}
