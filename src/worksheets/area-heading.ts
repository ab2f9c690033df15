import { normalize, withoutAsides } from '../analysis/heading-text';
import { LEEFGEBIEDEN, type LeefgebiedId, matchLeefgebieden } from '../analysis/leefgebieden';

/**
 * The leefgebied a worksheet heading names, in the wordings workers and clients give them. The
 * engine's table (analysis/leefgebieden) knows the areas' names and their usual synonyms; on a
 * worksheet a heading is often a short everyday phrase around such a word: "Veilig zijn", "Hoe
 * gaat het met mijn geld", "Mijn huis en thuis", "Lichaam en geest". Those extra words are read
 * here, so that the engine's table stays about the areas themselves.
 */

/**
 * Words that an everyday heading puts around an area's word and that name no area themselves:
 * infinitives and question words of a heading ("Veilig zijn", "Hoe gaat het met mijn geld"). No
 * "ik" or a finite verb: "Ik voel me veilig" is a sentence, not a heading.
 */
const FILLERS = new Set(['zijn', 'voelen', 'hoe', 'gaat', 'het', 'met', 'nu', 'rond', 'rondom', 'om', 'over', 'wat', 'eigen', 'situatie', 'zaken', 'algemeen', 'leven']);

/** Everyday words for an area that the engine's table does not hold, mapped onto one it does. */
const EVERYDAY: Record<string, string> = {
  thuis: 'wonen', woonruimte: 'wonen', dagritme: 'dagelijks leven', baan: 'werk', stage: 'werk', bezigheden: 'activiteiten',
  gezond: 'gezondheid', zelfzorg: 'zelfverzorging', geest: 'psychisch', mentaal: 'psychisch', geloven: 'geloof', liefdesleven: 'liefde',
  lichamelijke: 'lichamelijk', psychische: 'psychisch', geestelijke: 'psychisch', mentale: 'psychisch', liefdesrelatie: 'liefde', gezin: 'kinderen',
};

/**
 * Words a heading may start with: a word of an area's term, a connector of the engine's table
 * (analysis/leefgebieden.ts, "mijn", "leefgebied" …), a filler or an everyday word above. Every
 * word of a heading must be one of these, so a line whose first word is none of them ("Ik slaap
 * op kamer 3") is no heading, without normalising it: most lines of a worksheet are sentences.
 */
const OPENERS = new Set([
  ...LEEFGEBIEDEN.flatMap((a) => a.terms.flatMap((t) => t.split(' '))),
  ...'en of mijn de het van met leefgebied leefgebieden gebied levensgebied domein thema nr'.split(' '),
  ...FILLERS,
  ...Object.keys(EVERYDAY),
]);

function firstWord(label: string): string {
  const m = /\p{L}[\p{L}\p{M}]*/u.exec(label);
  return m ? normalize(m[0]) : '';
}

/** The areas a heading names ("Veilig zijn" → veiligheid), or undefined when it is no area heading. */
export function areasOfHeading(label: string): LeefgebiedId[] | undefined {
  const first = firstWord(label);
  if (first.length > 1 && !OPENERS.has(first)) return undefined;
  // a heading is short: the longest area name with a number and a word or two around it
  if (label.length > 60 && label.replace(/\([^()]*\)/g, '').length > 60) return undefined;
  // and has few words: a sentence of the client is no heading (checked before any normalising)
  if ((label.match(/\s+/g)?.length ?? 0) > 9 && !label.includes('(')) return undefined;
  const direct = matchLeefgebieden(label);
  if (direct) return direct;
  const words = normalize(withoutAsides(label)).split(' ').filter(Boolean);
  if (!words.length || words.length > 8) return undefined;
  const kept = words.filter((w) => !FILLERS.has(w)).map((w) => EVERYDAY[w] ?? w);
  // at least one word must be left that names an area: "Hoe gaat het" names none
  if (!kept.length || (kept.length === words.length && kept.every((w, i) => w === words[i]))) return undefined;
  return matchLeefgebieden(kept.join(' '));
}
