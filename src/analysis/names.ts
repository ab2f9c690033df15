/**
 * Names are left alone, for every rule. Dutch surnames are often ordinary words: "Jolanda de
 * Niet", "meneer Moet", "mevrouw De Wilde", "dhr. Kwaad", and so are names of groups such as
 * "de Anonieme Alcoholisten". A word that a rule would flag is such a name when it is written
 * with a capital where a sentence does not start, right after:
 * - a first name or another capitalised part of the name ("Jolanda Moet", "Anonieme Alcoholisten");
 * - a particle ("de", "van", "van der", "ter", "De", "Van", …);
 * - a form of address ("meneer", "mevrouw", "dhr.", "mw.", "mevr.", "de heer", "familie");
 * - an initial ("J. Moet").
 * Acronyms (ADL, MDO) are not names here: "in de ADL" is still jargon.
 */

/** A capital followed by a small letter: the way a name is written, not an acronym. */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

const ADDRESS = "(?:[Mm]eneer|[Mm]ijnheer|[Mm]evrouw|[Mm]evr\\.|[Mm]w\\.|[Dd]hr\\.|[Dd]e [Hh]eer|[Mm]r\\.|[Dd]r\\.|[Dd]rs\\.|[Ii]r\\.|[Ff]amilie|[Ff]am\\.)";
const PARTICLE = "(?:[Dd]e|[Dd]en|[Dd]er|[Vv]an|[Tt]er|[Tt]en|'t|’t|[Ll]e|[Ll]a|[Dd]u|[Dd]a|[Ee]l|[Aa]l)";
const FIRST_NAME = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*';
const INITIAL = '\\p{Lu}\\.';

/** What stands right before a surname, up to the spaces before it. */
const NAME_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ADDRESS}|${PARTICLE}|${FIRST_NAME}|${INITIAL})[ \\t\\u00A0]+$`, 'u');

/** How far back the look for a name goes: the longest form of address and a space. */
const LOOK_BACK = 24;

/** Whether the words at `start` in `text` are (the start of) a name, so that no rule flags them. */
export function isNameAt(text: string, start: number): boolean {
  if (!TITLE_CASE.test(text.slice(start, start + 2))) return false;
  return NAME_BEFORE.test(text.slice(Math.max(0, start - LOOK_BACK), start));
}
