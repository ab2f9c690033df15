/**
 * When and who, as workers write them in an actieplan. Decision rules:
 *
 * A WANNEER is concrete when it names a calendar date or a fixed day: a date in figures
 * (3-3-2025, 03/03, 2025-03-03), a month ("3 maart", "eind april", "in mei"), a weekday
 * ("maandag", "op dinsdagochtend", "elke vrijdag"), a week number ("week 12"), or a daily rhythm
 * ("dagelijks", "elke ochtend"). Relative and open words are not: "binnenkort", "z.s.m.",
 * "volgende week", "morgen", "over twee weken", "na de zomer", "in overleg": on paper they lose
 * their meaning by the next conversation (turn them into a date when writing).
 *
 * A WIE is present when the step names who does it: "ik", "we"/"wij"/"samen", a role
 * ("mijn begeleider", "de buurvrouw", "mijn zus") or a name followed by a verb ("Sanne belt …").
 */

const MONTH =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const WEEKDAY = '(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|s|ochtend|middag|avond|morgen)?';

const CONCRETE = new RegExp(
  [
    `\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b`,
    // 3-3-2025, 03/03, 3.3.25; not a time such as 10.30
    `\\b(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])(?!\\d)(?:[-/.](?:\\d{4}|\\d{2}))?\\b`,
    `\\b(?:${MONTH})\\.?(?![a-z\u00C0-\u024F])`,
    `\\b${WEEKDAY}\\b`,
    `\\b(?:ma|di|wo|do|vr|za|zo)\\s+\\d{1,2}\\b`,
    `\\b(?:week|wk)\\s*\\d{1,2}\\b`,
    `\\bdagelijks\\b`,
    `\\b(?:elke|iedere)\\s+(?:dag|ochtend|morgen|middag|avond|werkdag)\\b`,
  ].join('|'),
  'i',
);

/** Whether text names a calendar date or a fixed day. */
export function isConcreteWhen(text: string): boolean {
  return CONCRETE.test(text);
}

const ROLES =
  'begeleider|begeleidster|hulpverlener|mentor|bewindvoerder|coach|maatje|ervaringsdeskundige|huisarts|praktijkondersteuner|wijkteam|wijkteammedewerker|consulent|schuldhulpverlener|budgetcoach|jobcoach|trajectbegeleider|werkgever|collega|collega\'s|buurman|buurvrouw|buren|vriend|vriendin|vrienden|partner|vrouw|man|moeder|vader|ouders|zus|zussen|broer|broers|zoon|dochter|kinderen|oom|tante|neef|nicht|opa|oma|schoonmoeder|schoonvader|familie|kerk|moskee|sportclub|vereniging|team|groep';

const VERBS_ONE =
  'belt|gaat|regelt|maakt|zoekt|helpt|brengt|neemt|stuurt|vraagt|komt|doet|plant|loopt|rijdt|haalt|schrijft|kijkt|bespreekt|meldt|betaalt|leest|fietst|zorgt';
const VERBS = `${VERBS_ONE}|gaan|bellen|regelen|maken|zoeken|helpen|doen|komen|brengen`;
const WHOSE = "(?:mijn|m'n|m’n|de|het|onze|ons|haar|zijn)";

/**
 * Who does it: a first-person or "samen" word anywhere ("ik bel", "samen met Sanne"); a role at
 * the start ("Mijn begeleider belt", "De buurvrouw: …") or next to a verb ("op maandag belt mijn
 * zus", "de buurman helpt"); a capitalised name followed by a verb ("Sanne belt"). A role as the
 * object ("bellen met de huisarts") is not who does it.
 */
const ACTOR = new RegExp(
  [
    `(?:^|[^\\p{L}])(?:ik|we|wij|samen|zelf)(?![\\p{L}])`,
    `^\\s*(?:${WHOSE}\\s+)?(?:${ROLES})(?![\\p{L}])`,
    `(?:^|[^\\p{L}])${WHOSE}\\s+(?:${ROLES})\\s+(?:${VERBS})(?![\\p{L}])`,
    `(?:^|[^\\p{L}])(?:${VERBS})\\s+${WHOSE}\\s+(?:${ROLES})(?![\\p{L}])`,
  ].join('|'),
  'iu',
);
const NAMED = new RegExp(`(?:^|[^\\p{L}])\\p{Lu}\\p{Ll}+\\s+(?:${VERBS_ONE})(?![\\p{L}])`, 'u');

/** Whether text names who does a step. */
export function namesActor(text: string): boolean {
  return ACTOR.test(text) || NAMED.test(text);
}
