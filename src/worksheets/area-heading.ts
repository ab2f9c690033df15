import { normalize, withoutAsides } from '../analysis/heading-text';
import { type LeefgebiedId, matchLeefgebieden } from '../analysis/leefgebieden';

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

/** The areas a heading names ("Veilig zijn" → veiligheid), or undefined when it is no area heading. */
export function areasOfHeading(label: string): LeefgebiedId[] | undefined {
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
