import { wordCount } from './text-lines';

/**
 * SPECIFIEK on an actieplan is about observability only (ASSISTANT-AND-WORKSHEETS.md 2.3): for
 * each step one can say afterwards, yes or no, whether it happened. A step cannot be checked
 * when it
 * - names a direction instead of an act: "werken aan mijn cv", "bezig zijn met", "aandacht
 *   besteden aan", "proberen", "letten op", "mijn best doen", "leren omgaan met";
 * - asks for more or less of something without a number: "wat vaker de post openen", "een
 *   beetje vaker naar buiten", "wat meer bewegen", "zelfstandiger worden", "beter slapen";
 * - names a state: "een betere dagstructuur", "de administratie op orde", "in balans", "rust";
 * - holds a vague frequency: "regelmatig", "af en toe", "soms", "zo veel mogelijk";
 * - is a single word ("Bellen": with whom, about what?).
 * A count or a fixed moment makes a "more" checkable: "twee keer per week", "elke maandag".
 * The long-term goal may be fuzzy (FUZZY goals, domain/METHOD.md) and is not judged here.
 */
const DIRECTION =
  /(?<![\p{L}])(?:werken aan|werk aan|bezig (?:zijn|gaan|blijven) met|aan de slag(?: gaan)? met|aandacht (?:besteden|geven) aan|proberen|probeer|probeert|letten op|let op|mijn best doen|leren omgaan met|omgaan met|grip (?:krijgen|houden) op|inzicht krijgen in|nadenken over|denk na over|stappen zetten|oriënteren|verder komen|in balans)(?![\p{L}])/iu;

/** Comparatives that only say "more" or "better": checkable only with a number or a fixed moment. */
const MORE =
  /(?<![\p{L}])(?:(?:wat|iets|een beetje|een stuk|veel|steeds|nog)\s+(?:vaker|meer|minder|beter|eerder|langer|actiever|rustiger|zelfstandiger|gezonder|bewuster|socialer|positiever|regelmatiger)|vaker|zelfstandiger|actiever|bewuster|regelmatiger|gezonder|beter (?:slapen|eten|zorgen|letten|omgaan|worden|gaan|voor mezelf)|zelfstandig(?:er)? (?:worden|leren)|(?:beter|bewuster|gezonder|zuiniger)(?<=(?:(?:^|[\s,])(?:ik|we|wij)\s+\p{L}+|\p{L}\s+(?:ik|we|wij))\s+\p{L}+)|(?<!(?:niet|nooit|geen|nog)\s)meer(?!\s+(?:informatie|uitleg|over|dan)))(?![\p{L}])/iu;

/** States that have no moment at which they happened. */
const STATE = /(?<![\p{L}])(?:(?:betere\s+)?(?:dag)?structuur|op orde|in orde|meer rust|minder stress|stabiel\p{L}*|zelfredzaam\p{L}*|weerbaar\p{L}*)(?![\p{L}])/iu;

const VAGUE_FREQUENCY = /(?<![\p{L}])(?:regelmatig|af en toe|soms|zo ?veel mogelijk|waar mogelijk|zo vaak mogelijk|vaak|geregeld|wel eens|weleens)(?![\p{L}])/iu;

/** A number of times or a fixed moment: makes "vaker" checkable ("twee keer per week vaker"). */
const COUNTED =
  /(?:\d+|één|een|twee|drie|vier|vijf|zes|zeven)\s*(?:keer|x|maal)\b|(?<![\p{L}])(?:elke|iedere)\s+(?:dag|ochtend|middag|avond|week|(?:maan|dins|woens|donder|vrij|zater|zon)dag)(?![\p{L}])/iu;

const ASKING = /(?<![\p{L}])(?:vraag|vraagt|vragen|aanvragen|bel|mail|informeer)(?![\p{L}])/iu;

/** Why a step cannot be checked afterwards, with the words that show it; null when it can. */
export function unobservable(action: string): { words: string; why: 'direction' | 'more' | 'state' | 'frequency' | 'one-word' } | null {
  const d = DIRECTION.exec(action);
  if (d) return { words: d[0], why: 'direction' };
  const m = MORE.exec(action);
  // "Ik vraag mijn baas om meer uren" asks once: that can be checked
  const asks = /^meer$/i.test(m?.[0] ?? '') && ASKING.test(action);
  if (m && !COUNTED.test(action) && !asks) return { words: m[0], why: 'more' };
  const s = STATE.exec(action);
  if (s) return { words: s[0], why: 'state' };
  const f = VAGUE_FREQUENCY.exec(action);
  if (f) return { words: f[0], why: 'frequency' };
  const words = action.trim().replace(/[.!]+$/, '');
  if (wordCount(words) < 2) return { words, why: 'one-word' };
  return null;
}
