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

const MONTH = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** Short month names only after a day number ("3 jan"): alone, "Jan" is a name. */
const MONTH_SHORT = 'jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const WEEKDAY = '(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|s|ochtend|middag|avond|morgen)?';
/** Letters, for word edges that also hold for "vóór" and "één" (\\b does not know accents). */
const L = 'a-z\u00C0-\u024F';

const CONCRETE = new RegExp(
  [
    `\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b`,
    // 3-3-2025, 03/03, 3.3.25, 15-3; not a time such as 10.30
    `\\b(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])(?!\\d)(?:[-/.](?:\\d{4}|\\d{2}))?\\b`,
    // "15 maart", "in mei", "eind april", "5 mei '25"
    `(?<![${L}])(?:${MONTH})(?![${L}])`,
    `\\b\\d{1,2}\\s*(?:${MONTH_SHORT})\\.?(?![${L}])`,
    // "maandag", "op dinsdagochtend", "elke vrijdag"
    `(?<![${L}])${WEEKDAY}(?![${L}])`,
    // "ma 9 juni", "do 12", "vr 14.00"
    `(?<![${L}])(?:ma|di|wo|do|vr|za|zo)\\.?\\s+\\d{1,2}\\b`,
    `(?<![${L}])(?:week|wk)\\.?\\s*\\d{1,2}\\b`,
    `(?<![${L}])dagelijks(?![${L}])`,
    // "elke ochtend", "iedere werkdag", "elke schooldag om 8.15 uur"
    `(?<![${L}])(?:elke|iedere)\\s+(?:[${L}]*dag|ochtend|morgen|middag|avond|nacht)(?![${L}])`,
  ].join('|'),
  'i',
);

/** Whether text names a calendar date or a fixed day. */
export function isConcreteWhen(text: string): boolean {
  return CONCRETE.test(text);
}

/**
 * Whens that lose their meaning by the next conversation, as workers write them: "z.s.m.",
 * "binnenkort", "in overleg", "t.z.t.", "doorlopend", "nog afspreken", "de komende weken", a bare
 * year ("2025"), a season ("na de zomer"), a relative day ("morgen", "volgende week").
 */
const VAGUE_WHEN = new RegExp(
  [
    'z\\.?\\s?s\\.?\\s?m\\.?',
    'zo snel mogelijk',
    'zo spoedig mogelijk',
    'asap',
    'binnenkort',
    'straks',
    'later',
    'in overleg',
    'na overleg',
    'nog (?:af te spreken|afspreken|te bepalen|bepalen|plannen|in te plannen|inplannen|niet bekend|onbekend)',
    'nader te bepalen',
    'n\\.?\\s?t\\.?\\s?b\\.?',
    't\\.?\\s?z\\.?\\s?t\\.?',
    'te zijner tijd',
    'doorlopend',
    'continu',
    'steeds',
    'altijd',
    'wanneer (?:nodig|het kan|het uitkomt)',
    'als het (?:kan|nodig is|uitkomt|lukt)',
    'indien nodig',
    'zo nodig',
    '(?:in )?de komende (?:tijd|weken|maanden|periode)',
    'komende (?:tijd|weken|maanden|periode)',
    '(?:volgende|komende|deze) (?:week|maand)',
    'morgen',
    'overmorgen',
    'over (?:een|twee|drie|vier|\\d+) (?:dagen|weken|maanden)',
    '(?:voor|na|in|tijdens|rond) de (?:zomer|winter|herfst|lente|kerst|vakantie|feestdagen)[a-z\\u00C0-\\u024F]*',
    '(?:dit|volgend) (?:jaar|najaar|voorjaar|kwartaal)',
    '(?:in |voor |eind |begin )?(?:19|20)\\d{2}',
  ]
    .map((w) => `(?<![${L}\\d])${w}(?![${L}\\d])`)
    .join('|'),
  'i',
);

export interface When {
  concrete: boolean;
  /** The vague words when the when is not concrete ("z.s.m.", "2025"). */
  vague?: string;
}

/** Reads a wanneer: concrete (a date or a fixed day), or not, with the vague words it uses. */
export function readWhen(text: string): When {
  if (CONCRETE.test(text)) return { concrete: true };
  const v = VAGUE_WHEN.exec(text);
  return v ? { concrete: false, vague: v[0].trim() } : { concrete: false };
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
/** A name before a verb it knows, or before any present-tense verb at the start of the step ("Mark onderzoekt"). */
const NAMED = new RegExp(`(?:^|[^\\p{L}])\\p{Lu}\\p{Ll}+\\s+(?:${VERBS_ONE})(?![\\p{L}])|^\\s*\\p{Lu}\\p{Ll}+\\s+\\p{Ll}{3,}t(?![\\p{L}])`, 'u');

/** Whether text names who does a step. */
export function namesActor(text: string): boolean {
  return ACTOR.test(text) || NAMED.test(text);
}
