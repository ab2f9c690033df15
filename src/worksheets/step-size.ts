import { wordCount } from './text-lines';

/**
 * KLEIN-CONCREET is about size only (ASSISTANT-AND-WORKSHEETS.md 2.3): a step is one action that
 * can be done in one go or started within about two weeks: a call, a visit, a form, signing up.
 * A step is too big when it is
 * - an OUTCOME: something that is reached rather than done, and takes weeks or others' decisions:
 *   a house, a job, a diploma, friends, being debt-free ("een woning regelen", "een bijbaan
 *   vinden", "twee nieuwe vrienden maken", "mijn rijbewijs halen", "€8.400 aflossen", "afvallen");
 * - the GOAL again: its words are all words of the goal ("Een bijbaan vinden" under "Ik wil een
 *   bijbaan bij een dierenwinkel");
 * - COMPOSITE: several actions one after the other ("… en daarna bel ik … en daarna zoek ik …"),
 *   or so long that it must hold several.
 * What a step is for (a clause with "om", "zodat", "voor meer …") is not its size: "Ik bel de
 * woningcorporatie om een woning te regelen" is one call.
 */

/** Things that are reached, not done in one go. */
const BIG_THING =
  '(?:woning|huis|huurhuis|huurwoning|eengezinswoning|appartement|woonruimte|eigen kamer|eigen plek|baan|bijbaan|vaste baan|werk|betaald werk|stageplek|stageplaats|leerwerkplek|opleiding|rijbewijs|startkwalificatie|vrienden|vriendin|vriend|partner|relatie|schulden|schuld|uitkering|inkomen|administratie|financiën|geldzaken|papieren|schuldregeling|schuldsanering|achterstand|huurachterstand|scheiding|echtscheiding|omgangsregeling|voogdij|verblijfsvergunning|naturalisatie|inburgering|[\\p{L}-]*diploma|[\\p{L}-]*certificaat)';
/** What is searched for over weeks: a home, a job, a course, people. */
const SOUGHT =
  '(?:woning|huis|huurhuis|huurwoning|appartement|woonruimte|kamer|eigen kamer|eigen plek|baan|bijbaan|vaste baan|werk|betaald werk|stageplek|stageplaats|leerwerkplek|opleiding|vrienden|vriendin|vriend|partner|relatie)';
/** Debts: paid off over months. */
const DEBT = '(?:schulden|schuld|achterstand|huurachterstand|achterstanden)';
/** Verbs of reaching something, in the forms a step uses (infinitive, ik-form, participle, split). */
const REACH =
  '(?:vinden|vind|vindt|gevonden|regelen|regel|regelt|geregeld|krijgen|krijg|krijgt|gekregen|halen|haal|haalt|gehaald|behalen|behaal|behaalt|behaald|oplossen|opgelost|aflossen|afgelost|afbetalen|afbetaald|afronden|afgerond|afmaken|afgemaakt|kopen|koop|gekocht|maken|maak|gemaakt|hebben|bemachtigen|zoeken|vinden|rond krijgen|rondkrijgen|op orde krijgen|kwijt raken|kwijtraken|op orde (?:krijgen|brengen|te krijgen|te brengen)|inlopen|ingelopen|wegwerken|weggewerkt|saneren|gesaneerd|verkopen|verkocht|heb|heeft)';

const PLACE = '(?:bij|via|in|van|met|voor|op|aan|uit|binnen)';
const DETERMINER = "(?:een|de|het|mijn|m'n|m’n|nieuwe|eigen|vaste|betaalde|grotere|andere|alle|al|twee|drie|\\d+)";

const OUTCOME = [
  // "een (grotere) woning regelen", "twee nieuwe vrienden maken", "mijn rijbewijs halen"
  // (between them at most a place: "mijn schulden bij de Belastingdienst aflossen")
  // (a name or level may follow the thing: "mijn diploma Logistiek halen", "mijn certificaat B1 halen")
  new RegExp(`(?<![\\p{L}])${BIG_THING}(?![\\p{L}-])(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*){0,2}(?:\\s+${PLACE}(?:\\s+[\\p{L}\\p{N}€.,'’-]+){1,5}?)?(?:\\s+(?:helemaal|volledig|zelf|weer))?\\s+${REACH}(?![\\p{L}])`, 'iu'),
  // "ik vind een baan", "ik regel een woning", "ik los mijn schulden af"
  new RegExp(`(?<![\\p{L}])(?:vind|vindt|regel|regelt|krijg|krijgt|haal|haalt|behaal|behaalt|los|lost|maak|maakt|koop|koopt|rond|rondt)(?:\\s+${DETERMINER}){0,3}\\s+${BIG_THING}(?![\\p{L}-])`, 'iu'),
  // searching for a home, a job or people is open-ended ("ik zoek een vaste baan"; not "ik zoek mijn papieren");
  // paying off debts takes months ("ik betaal mijn schulden af"; not "ik betaal de rekening")
  new RegExp(`(?<![\\p{L}])(?:(?:zoek|zoekt|op zoek naar)(?:\\s+${DETERMINER}){0,3}\\s+${SOUGHT}|(?:betaal|betaalt)(?:\\s+${DETERMINER}){0,3}\\s+${DEBT})(?![\\p{L}-])`, 'iu'),
  // passing an exam takes months of learning; taking it ("het examen maken op 12 mei") is one day
  /(?<![\p{L}])(?:[\p{L}-]*examen(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}-]*){0,2}\s+(?:halen|behalen|gehaald|behaald)|(?:haal|haalt|behaal|behaalt)\s+(?:mijn|het|de|een)\s+[\p{L}-]*examen|slagen voor|slaag voor|slaagt voor)(?![\p{L}])/iu,
  // paying off or saving a large sum at once (not "€40 per maand")
  /(?:€\s?\d{1,3}(?:\.\d{3})+|€\s?\d{4,}|\d{1,3}(?:\.\d{3})+\s?euro)(?![^.;]*\bper\s+(?:week|maand)\b)[^.;]{0,40}\b(?:aflossen|afbetalen|terugbetalen|sparen|lossen|betalen|inlopen|wegwerken)\b/iu,
  // moving house, organising an event, starting a job, keeping something up for months
  /(?<![\p{L}])(?:verhuizen|verhuis|(?:huis|woning|huurhuis|kamer|flat|appartement)\s+(?:leeg)?(?:ruimen|opleveren|leeghalen|inrichten)|(?:leegruimen|opleveren)|(?:kamp|zomerkamp|feest|buurtfeest|evenement|toernooi|reis|vakantie|festival|bijeenkomst|markt)\s+(?:\p{L}+\s+){0,4}?organiseren|(?:begin|start|beginnen|starten)\s+(?:(?:daar|er|bij\s+\p{L}+)\s+)?(?:te werken|met werken|met (?:mijn|de|een) (?:baan|opleiding|studie))|(?:\d+|een|twee|drie|vier|vijf|zes)\s+(?:maanden|maand|jaar)\s+(?:\p{L}+\s+)?volhouden)(?![\p{L}])/iu,
  // a life, a network or a future is built over months: "een nieuw leven opbouwen", "ik bouw een netwerk op"
  /(?<![\p{L}])(?:(?:leven|netwerk|bestaan|toekomst|vriendenkring)(?:\s+\p{L}+){0,3}?\s+(?:opbouwen|opgebouwd|uitbreiden|op de rit (?:krijgen|zetten)|op orde (?:krijgen|brengen))|(?:bouw|bouwt)\s+(?:\p{L}+\s+){0,3}?(?:leven|netwerk|bestaan|toekomst|vriendenkring)\s+op)(?![\p{L}])/iu,
  // outcomes for body and habits
  /(?<![\p{L}])(?:afvallen|\d+\s*kilo\s+(?:afvallen|kwijt)|afkicken|clean worden|(?:schuldenvrij|schuldvrij) (?:worden|zijn)|(?:word|wordt|ben|is) (?:schuldenvrij|schuldvrij)|afstuderen|studeer af|studeert af|stoppen met (?:roken|drinken|blowen|gebruiken|gokken))(?![\p{L}])/iu,
];

/** Words that make a step one small act, even when it is about something big. */
const SMALL_ACT =
  /(?<![\p{L}])(?:bel|belt|bellen|mail|mailt|mailen|app|appt|appen|vraag|vraagt|vragen|aanvragen|schrijf|schrijft|inschrijven|meld|meldt|aanmelden|informeer|informeert|informeren|afspraak|formulier|kennismaking\p{L}*|gesprek|langs|bezoek|bezoeken|open dag|stuur|stuurt|sturen|lever|levert|inleveren|zoek op|kijk op|vul|vult|invullen|lees|leest|print|reageer|reageert|reageren|solliciteer|solliciteert|solliciteren|loop mee|meelopen|ga mee|oefen|oefenen|maak een lijst|maak een cv|cv|ophalen|haal(?:\s+\p{L}+){1,4}\s+op)(?![\p{L}])/iu;

/** A clause that says what a step is for: "om …", "zodat …", "voor meer …". */
const PURPOSE = /\s(?:om|zodat|want|omdat|waardoor|zo\s+dat)\s.*$|\svoor (?:meer|minder|een betere?|betere?|rust|structuur|balans)\b.*$/isu;
/** Verbs of one act, in the ik-form a step uses: a step with four of them is several steps. */
const ACT_VERB =
  /(?<![\p{L}])(?:bel|mail|app|vraag|zoek|solliciteer|doe|begin|start|ga|maak|schrijf|meld|koop|loop|haal|breng|lever|vul|regel|open|plan|kook|lees|stuur|neem|geef|oefen|leer|betaal|spaar|kijk|help|praat|bezoek|ruim|was|print|teken|reageer|informeer|verhuis|lever|sorteer|bespreek)(?![\p{L}])/iu;
/** How many of a step's parts (between commas, semicolons and "en") hold an act of their own. */
function actCount(step: string): number {
  return step.split(/[,;]\s*|\s+en\s+/u).filter((part) => ACT_VERB.test(part)).length;
}
/**
 * One verb of reaching with three or more things after it ("Ik regel de scheiding, de
 * omgangsregeling en een nieuwe woning"): several outcomes in one step.
 */
const REACH_THEN_LIST = new RegExp(`(?<![\\p{L}])${REACH}\\s+(.+)$`, 'iu');
const THING_START = new RegExp(`^${DETERMINER}\\s`, 'iu');
function reachesMany(step: string): boolean {
  const m = REACH_THEN_LIST.exec(step);
  if (!m) return false;
  return m[1]!.split(/,\s*|\s+en\s+/u).filter((part) => THING_START.test(part.trim())).length >= 3;
}

const SEQUENCE = /(?<![\p{L}])(?:daarna|vervolgens|en dan|en als dat lukt|tot slot|ten slotte|als laatste)(?![\p{L}])/giu;
const MAX_WORDS = 35;

/** Words that say nothing about what a step is: for comparing a step with the goal. */
const FUNCTION_WORDS = new Set(
  'ik mij me mijn m’n mn we wij ons onze je jij de het een en of met van voor naar in op aan bij om te die dat dit deze er weer ook nog al wil wilt willen ga gaat gaan kan kunnen zal zou eigen eerst samen zelf graag'.split(' '),
);
const REACH_WORD = new RegExp(`^${REACH}$`, 'iu');

function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w) && !REACH_WORD.test(w));
}

/** The goal's words, kept for the next step: every step of a plan is compared with the same goal. */
let lastGoal: { goal: string; words: Set<string> } | undefined;
function goalWords(goal: string): Set<string> {
  if (lastGoal?.goal !== goal) lastGoal = { goal, words: new Set(contentWords(goal)) };
  return lastGoal.words;
}

export interface SizeProblem {
  kind: 'outcome' | 'goal' | 'composite';
  /** The words that show it: the outcome, or the whole step. */
  words: string;
}

/** Judges the size of one step (its action text), given the goal's text; null when it is small. */
export function stepSize(action: string, goal: string): SizeProblem | null {
  const main = action.replace(PURPOSE, '');
  const words = wordCount(action);
  const sequences = action.match(SEQUENCE)?.length ?? 0;
  const acts = actCount(main);
  if (words > MAX_WORDS || sequences >= 2 || (sequences === 1 && words > 20) || acts >= 4 || reachesMany(main)) return { kind: 'composite', words: action.trim() };
  const small = SMALL_ACT.test(main);
  // a small act joined to an outcome ("ik bel de corporatie en regel een woning") is the outcome too
  if (small && acts >= 2) {
    for (const re of OUTCOME) if (re.test(main)) return { kind: 'composite', words: action.trim() };
  }
  if (!small) {
    for (const re of OUTCOME) {
      const m = re.exec(main);
      if (m) return { kind: 'outcome', words: m[0].trim() };
    }
  }
  if (!small && goal) {
    const own = contentWords(main);
    const inGoal = goalWords(goal);
    if (own.length && own.every((w) => inGoal.has(w))) return { kind: 'goal', words: main.trim().replace(/[.!]+$/, '') };
  }
  return null;
}
