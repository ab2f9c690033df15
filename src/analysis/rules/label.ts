import type { SwapTarget } from '../compile-rules';
import type { Rule } from '../rule-schema';

/**
 * Labels: the person is identified with a diagnosis, a behaviour or a judgement instead of
 * described (LABELS.md, category `label`). Behaviour that is described is not a label, and a
 * person-first diagnosis ("meneer heeft een psychotische stoornis") is not a label either: the
 * patterns below aim at the identity forms (nouns for people, "is + diagnosis", judgements of a
 * person) and leave the descriptions alone.
 *
 * Replacements are finished text for a client file (README, "Twee soorten suggesties"): they
 * take the article into the match where they change it ("een junk" → "iemand die drugs
 * gebruikt"), they agree with the subject ("ik ben" → "ik heb", "hij is" → "hij heeft"), and they
 * are offered only where the words around them still fit. Everywhere else a finding asks a
 * question.
 */

const LABELS = 'Herstelwerk: geen labels, beschrijf gedrag (domain/METHOD.md)';
const GUIDES = 'Herstelgerichte taalgidsen NL/BE over stigmatiserende termen (domain/METHOD.md)';
const JUDGEMENT = 'Herstelwerk: directe observatie en feiten in plaats van oordelen (domain/METHOD.md)';

const DESCRIBE = { question: 'Wat zag of hoorde je?', label: 'Beschrijf wat je zag en hoorde' };
const PERSON_FIRST = { question: 'Wie is het, en welke diagnose heeft hij of zij?', label: 'Noem eerst de persoon, dan wat er speelt' };
const PEOPLE_FIRST = { question: 'Over wie gaat het, en welke diagnose hebben ze?', label: 'Noem eerst de mensen, dan wat er speelt' };
const DRINKS = { question: 'Wat drinkt hij of zij, en hoeveel?', label: 'Beschrijf het drinken' };
const USES = { question: 'Wat gebruikt hij of zij, en hoeveel?', label: 'Beschrijf het gebruik' };
/** Compound prefix and the substance it names: "heroïnegebruiker" → "iemand die heroïne gebruikt". */
const SUBSTANCES: Array<[string, string]> = [
  ['drugs', 'drugs'],
  ['harddrugs', 'harddrugs'],
  ['softdrugs', 'softdrugs'],
  ['(?:heroïne|heroine)', 'heroïne'],
  ['crack', 'crack'],
  ['(?:cocaïne|cocaine)', 'cocaïne'],
  ['cannabis', 'cannabis'],
  ['speed', 'speed'],
  ['ghb', 'ghb'],
];
const FAMILY = { question: 'Waar wil het gezin hulp bij, en wat gaat goed?', label: 'Beschrijf de hulpvragen en krachten van het gezin' };
const NEEDS = { question: 'Wat heeft hij of zij nodig, en wat doet hij of zij zelf?', label: 'Beschrijf wat iemand nodig heeft' };
const REASON = { question: 'Welke reden gaf de cliënt?', label: 'Coachvraag: wat was de reden?' };
/** What a client can say no to: "medicatie geweigerd". */
const CARE =
  '(?:medicatie|medicijnen|pillen|tabletten|depot|injectie|prik|hulp|zorg|behandeling|begeleiding|contact|gesprek|gesprekken|huisbezoek|bezoek|douche|douchebeurt|wasbeurt|verzorging|maaltijd|eten|opname|controle|onderzoek|bloedafname|therapie|dagbesteding|ochtendmedicatie|avondmedicatie|ochtendzorg|avondzorg)';
/** Things that refuse: a cash machine's "weigert" is no label of a person. */
const MACHINE =
  '(?:automaat|pinautomaat|geldautomaat|pinpas|pas|betaalpas|kaart|motor|auto|computer|laptop|printer|app|systeem|lift|deur|telefoon|scanner|website|site|apparaat|machine|scooter|scootmobiel)';
const OWN_VIEW = { question: 'Hoe ziet de cliënt het zelf, in eigen woorden?', label: 'Coachvraag: hoe ziet de cliënt het zelf?' };
const STATUS = { question: 'Wie is het, en welke verblijfsstatus heeft hij of zij?', label: 'Beschrijf de verblijfssituatie' };
const INCOME = { question: 'Welk inkomen heeft de cliënt, en sinds wanneer?', label: 'Noem het inkomen feitelijk' };
const ZORGMIJDER = { question: 'Welke reden geeft de cliënt om hulp op afstand te houden?', label: 'Coachvraag: wat is de reden?' };
const HOUSING = { question: 'Waar woont of slaapt hij of zij nu?', label: 'Beschrijf de woonsituatie' };
const WORK = { question: 'Hoe noemt de cliënt het werk zelf?', label: 'Noem het werk, niet de persoon' };
const DEBTS = { question: 'Welke rekeningen staan open, en wat regelt de cliënt al?', label: 'Beschrijf de schulden feitelijk' };
const FORWARD = { question: 'Wat wil de cliënt zelf, en wat helpt al?', label: 'Coachvraag: wat wil de cliënt?' };
const DIAGNOSED = { question: 'Welke diagnose is er gesteld, en door wie?', label: 'Noem de diagnose als iets wat iemand heeft' };
const WHO = { question: 'Wie bedoel je precies?', label: 'Noem de persoon' };

/** After a word that is used as a noun for a person: end of the clause or a function word. */
const NOUN_USE =
  '(?=\\s*(?:[.,;:!?)\\]"”’]|$)|\\s+(?:die|dat|is|was|zijn|waren|wordt|werd|en|of|in|op|met|uit|van|bij|naar|als|zoals|heeft|had|hebben|kan|kon|wil|wilde|zou|zal|moet|mag|gaat|ging|komt|kwam|zit|zat|blijft|bleef|voor|aan|om|tot|ook|nog|te|door|over|werkt|woont|krijgt|kreeg|vraagt|vroeg|zegt|zei|staat|stond|loopt|liep|belt|belde)(?![\\p{L}\\p{N}]))';
/** As NOUN_USE, but no relative clause after "iemand met een verslaving": "die" could point at either. */
const NOUN_USE_PP = `(?!\\s+(?:die|dat)(?![\\p{L}]))${NOUN_USE}`;
/** The end of the clause: only there does a relative clause ("iemand die drugs gebruikt") fit in. */
const END_OF_CLAUSE = '(?=\\s*(?:[.,;:!?)\\]"”’]|$))';

/** Nouns for people, after an adjective that then turns into an identity ("een demente vrouw"). */
const PERSON =
  '(?:man|mannen|vrouw|vrouwen|jongen|jongens|meisje|meisjes|jongere|jongeren|kind|kinderen|cliënt|cliënte|cliënten|client|cliente|clienten|patiënt|patiënte|patiënten|patient|patiente|patienten|bewoner|bewoonster|bewoners|moeder|moeders|vader|vaders|ouder|ouders|oudere|ouderen|zoon|dochter|broer|zus|persoon|personen|mens|mensen|heer|dame|buurman|buurvrouw|partner|puber|pubers|tiener|tieners|deelnemer|deelnemers|klant|klanten|huurder|huurders|bejaarde|bejaarden|type|figuur)';

/** Words that may stand between "is" and the adjective ("is erg depressief"). */
const ADV =
  '(?:erg|heel|zeer|zwaar|ernstig|licht|lichtelijk|wat|behoorlijk|nogal|echt|duidelijk|vermoedelijk|mogelijk|waarschijnlijk|ook|nog|weer|opnieuw|nu|toen|altijd|vaak|soms|steeds|vandaag|gisteren|momenteel|best|enorm|extreem|totaal|volledig|compleet|gewoon|zo|te|een\\s+beetje|ontzettend|verschrikkelijk|vreselijk|uitermate|bijzonder)';
const ADVS = `(?:${ADV}\\s+){0,2}`;
/** One or two words joined to the label by "en", "of" or a comma: "is somber en depressief". */
const JOINED = '(?:[\\p{L}-]+(?:\\s*,\\s*|\\s+en\\s+|\\s+of\\s+)){1,2}';

/** Who a judgement is about, in a report: "meneer is lastig", "was mevrouw lastig". */
const SUBJECT =
  '(?:hij|zij|ze|meneer|mijnheer|mevrouw|cliënt|cliënte|client|cliente|bewoner|bewoonster|betrokkene|patiënt|patiënte|patient|jongen|meisje|jongere|moeder|vader|zoon|dochter|het\\s+kind)';
/** "het contact met meneer is lastig" is about the contact, not about meneer. */
const NOT_AFTER_PREPOSITION = '(?<!(?<![\\p{L}])(?:met|van|voor|bij|aan|over|tegen|door|naar|om|zonder|tussen|en|dan)\\s+)';

/**
 * A person in the third person singular, right before the verb ("zijn moeder is", "meneer
 * was"), as a lookbehind: only then does "is psychotisch" → "heeft een psychose" fit. "De sfeer
 * is depressief" or "het beeld is psychotisch" are not about a person and get no replacement.
 */
const PERSON_3 =
  '(?:hij|zij|ze|meneer|mijnheer|mevrouw|cliënt|cliënte|client|cliente|bewoner|bewoonster|betrokkene|patiënt|patiënte|patient|patiente|jongen|meisje|jongere|kind|moeder|vader|zoon|dochter|broer|zus|partner|man|vrouw|vriend|vriendin|buurman|buurvrouw|oom|tante|opa|oma|ex)';
const AFTER_PERSON_3 = `(?<=${NOT_AFTER_PREPOSITION}(?<![\\p{L}])${PERSON_3}\\s+)`;
const AFTER_IK = '(?<=(?<![\\p{L}])ik\\s+)';
const AFTER_JIJ = '(?<=(?<![\\p{L}])(?:je|jij|u)\\s+)';
/** "was" fits every singular subject: ik, jij, u, hij. */
const AFTER_SINGULAR = `(?<=${NOT_AFTER_PREPOSITION}(?<![\\p{L}])(?:${PERSON_3.slice(3, -1)}|ik|je|jij|u)\\s+)`;

/** Finite verbs that start a second clause after "en": "is psychotisch en hoort stemmen". */
const FINITE_VERB =
  '(?:is|was|heeft|had|kan|kon|wil|wilde|zal|zou|moet|moest|mag|mocht|gaat|ging|komt|kwam|zit|zat|ligt|lag|staat|stond|blijft|bleef|woont|woonde|werkt|werkte|praat|praatte|hoort|hoorde|ziet|zag|zegt|zei|belt|belde|slaapt|sliep|eet|at|drinkt|dronk|loopt|liep|rookt|rookte|gebruikt|gebruikte|krijgt|kreeg|neemt|nam|doet|deed|houdt|hield|vraagt|vroeg|vertelt|vertelde|spreekt|sprak|leeft|leefde|voelt|voelde|denkt|dacht|weet|wist|kijkt|keek|zoekt|zocht|geeft|gaf|maakt|maakte|volgt|volgde|verblijft|verbleef|wordt|werd|reageert|reageerde|huilt|huilde|lacht|lachte|roept|riep|trekt|trok|kookt|kookte|wandelt|wandelde|fietst|fietste|verzorgt|verzorgde|ben|bent|heb|hebt|woon|werk|ga|kom|zit|sta|drink|gebruik|slaap|eet|rook|laat|liet|opent|opende|betaalt|betaalde|schrijft|schreef|leest|las|speelt|speelde|helpt|hielp|zorgt|zorgde|haalt|haalde|brengt|bracht|spuit|spoot|slikt|slikte|sport|sportte|luistert|luisterde)';
/**
 * What may follow "is psychotisch" for "heeft een psychose" to stay a sentence: the end of the
 * clause, a preposition or conjunction, or "en" with a new verb. "Is somber en angstig" → "heeft
 * een depressie en angstig" would not be; "is psychotisch geworden" neither.
 */
const FITS_AFTER = `(?=\\s*(?:[.;:!?)]|$)|\\s*,\\s+(?:maar|want|omdat|doordat|sinds|nadat|toen|dus|hij|zij|ze|meneer|mevrouw|zegt|zei|vertelt|vertelde|schrijft|schreef|meldt|meldde|denkt|dacht)(?![\\p{L}])|\\s+(?:aan|door|sinds|na|volgens|tijdens|in|op|bij|van|maar|want|omdat|doordat|dus|toen)(?![\\p{L}])|\\s+en\\s+${FINITE_VERB}(?![\\p{L}]))`;
/** After a replaced noun phrase: the end of the clause, or a conjunction. */
const FITS_NOUN_PHRASE = '(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:en|maar|want|omdat|dus)(?![\\p{L}]))';
/** In a subordinate clause the verb comes last: "omdat hij psychotisch is." */
const FITS_AFTER_FINAL = '(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:en|of|maar|want|dus)(?![\\p{L}]))';

/** Verbs that make an adjective a trait of the subject: "is", "reageerde", "gedroeg zich". */
const TRAIT_VERB =
  '(?:is|was|zijn|waren|lijkt|leek|bleek|blijkt|wordt|werd|raakt|raakte|reageert|reageerde|reageerden|gedraagt\\s+zich|gedroeg\\s+zich|doet|deed)';
/** Up to three words between the verb and the adjective ("was de hele ochtend prikkelbaar"), but not a negation or a relative clause. */
const FILLER =
  '(?:(?!(?:die|dat|wat|niet|nooit|geen)(?![\\p{L}])(?!\\s+(?:avond|ochtend|middag|nacht|dag|week|keer)(?![\\p{L}])))[\\p{L}\\p{N}]+\\s+){0,3}';
/** "emotioneel labiel", "psychisch instabiel". */
const AREA = '(?:(?:emotioneel|psychisch|mentaal|sociaal|verbaal)\\s+)?';

/**
 * A judgement made a trait of a person, in the forms a report uses: "meneer is prikkelbaar",
 * "is mevrouw wantrouwig", "is moe en prikkelbaar", "komt achterdochtig over", "ik vind hem
 * onbetrouwbaar", "een impulsieve jongen". The subject must be a person: "de bus is
 * onbetrouwbaar" and "het weer is onvoorspelbaar" are clean, and so is behaviour described
 * ("hij kocht op een opwelling een telefoon").
 */
function traitPatterns(adjectives: string, attributive: string): string[] {
  const adj = `${FILLER}(?:${JOINED}${ADVS})?${AREA}${adjectives}(?![\\p{L}])`;
  return [
    behind(`${SUBJECT}\\s+${TRAIT_VERB}\\s+${adj}`, NOT_AFTER_PREPOSITION),
    `(?:is|was|lijkt|leek|werd|wordt|reageerde|reageert)\\s+${SUBJECT}\\s+${adj}`,
    // "over" and the verb of "vind hem …" are checked around the match, so the rare adjective is what the engine looks for
    behind(`${SUBJECT}\\s+(?:komt|kwam)\\s+${ADVS}${adjectives}(?=\\s+over(?![\\p{L}]))`, NOT_AFTER_PREPOSITION),
    behind(
      `(?:hem|haar|meneer|mevrouw|cliënt|cliënte|de\\s+cliënt|de\\s+cliënte)\\s+${adj}`,
      '(?<=(?<![\\p{L}])(?:vind|vindt|vond|vonden|vinden|noem|noemt|noemde|noemen|noemden)\\s+)',
    ),
    `${attributive}\\s+${PERSON}(?![\\p{L}])`,
    `(?:een|zo['’]n)\\s+${ADVS}${adjectives}\\s+(?:type|figuur|persoon|mens|kind|meisje|jongetje)(?![\\p{L}])`,
  ];
}

/**
 * A condition on what comes before the match, `(?<=X)` or `(?<!X)`, checked behind the match:
 * `B(?<=XB)` matches what `(?<=X)B` matches, but V8 then tries the lookbehind only where B
 * matched, not at every position of the paragraph (a leading lookbehind made patterns up to 30
 * times slower).
 */
function behind(body: string, ...conditions: string[]): string {
  return body + conditions.map((c) => `${c.slice(0, 4)}${c.slice(4, -1)}(?:${body}))`).join('');
}

/**
 * "De buren noemen hem een junk", "staat bekend als wanbetaler": the words of others. A
 * replacement would change what they said, so there the rule asks its questions instead.
 */
const NOT_NAMED = "(?<!(?<![\\p{L}])(?:noem\\p{L}*|genoemd|scheld\\p{L}*|schold\\p{L}*|uitgemaakt|bekend|geregistreerd)\\s+(?:[\\p{L}’'-]+\\s+){0,3})";
function ownWords(swaps: Array<[string, SwapTarget]>, asked: SwapTarget): Array<[string, SwapTarget]> {
  return swaps.flatMap(([pattern, target]): Array<[string, SwapTarget]> =>
    // The question also covers what the replacement leaves alone for grammar ("een verslaafde die …").
    typeof target === 'string' ? [[behind(pattern, NOT_NAMED), target], [pattern.replaceAll(NOUN_USE_PP, NOUN_USE), asked]] : [[pattern, target]],
  );
}

/** Organisations that refuse requests: their "weigert" is no label of a person. */
const INSTITUTION =
  '(?:gemeente|uwv|svb|cak|belastingdienst|verzekeraar|zorgverzekeraar|woningcorporatie|corporatie|woningbouwvereniging|verhuurder|bank|rechter|rechtbank|instantie|werkgever|school|kantonrechter|wijkteam|ziekenhuis|huisarts)';

/**
 * "is + label" said person-first, in every person it can stand in: "hij is dement" → "hij heeft
 * dementie", "ik ben" → "ik heb", "je bent" → "je hebt", "was" → "had", "is … geweest" → "heeft …
 * gehad", and in a subordinate clause "omdat hij dement is" → "omdat hij dementie heeft". Only
 * where a person is the subject and the rest of the sentence still fits; everything else is left
 * to the question patterns of the rule.
 */
function personFirst(predicate: string, object: string, adverbs = true): Array<[string, SwapTarget]> {
  const p = `${predicate}(?!\\s+geweest)${FITS_AFTER}`;
  const swaps: Array<[string, SwapTarget]> = [
    [behind(`is\\s+${p}`, AFTER_PERSON_3), `heeft ${object}`],
    [behind(`was\\s+${p}`, AFTER_SINGULAR), `had ${object}`],
    [behind(`ben\\s+${p}`, AFTER_IK), `heb ${object}`],
    [behind(`bent\\s+${p}`, AFTER_JIJ), `hebt ${object}`],
    [behind(`is\\s+${predicate}\\s+geweest${FITS_AFTER}`, AFTER_PERSON_3), `heeft ${object} gehad`],
    [behind(`ben\\s+${predicate}\\s+geweest${FITS_AFTER}`, AFTER_IK), `heb ${object} gehad`],
    [behind(`${predicate}\\s+is${FITS_AFTER_FINAL}`, AFTER_PERSON_3), `${object} heeft`],
    [behind(`${predicate}\\s+was${FITS_AFTER_FINAL}`, AFTER_SINGULAR), `${object} had`],
    [behind(`${predicate}\\s+ben${FITS_AFTER_FINAL}`, AFTER_IK), `${object} heb`],
    [behind(`${predicate}\\s+is\\s+geweest${FITS_AFTER_FINAL}`, AFTER_PERSON_3), `${object} heeft gehad`],
  ];
  // "is ook psychotisch" → "heeft ook een psychose": the adverbs that keep their place.
  // (Not for a short word like "adhd": the engine would then look for "weer" in every paragraph.)
  for (const adv of adverbs ? ['ook', 'nog', 'weer', 'al'] : []) {
    swaps.push([behind(`is\\s+${adv}\\s+${p}`, AFTER_PERSON_3), `heeft ${adv} ${object}`]);
    swaps.push([behind(`was\\s+${adv}\\s+${p}`, AFTER_SINGULAR), `had ${adv} ${object}`]);
  }
  return swaps;
}

/** As personFirst, for a state said with "zijn": "is manisch" → "is in een manische periode". */
function stateFirst(predicate: string, state: string): Array<[string, SwapTarget]> {
  const p = `${predicate}(?!\\s+geweest)${FITS_AFTER}`;
  return [
    [behind(`is\\s+${p}`, AFTER_PERSON_3), `is ${state}`],
    [behind(`was\\s+${p}`, AFTER_SINGULAR), `was ${state}`],
    [behind(`ben\\s+${p}`, AFTER_IK), `ben ${state}`],
    [behind(`bent\\s+${p}`, AFTER_JIJ), `bent ${state}`],
    [behind(`is\\s+${predicate}\\s+geweest${FITS_AFTER}`, AFTER_PERSON_3), `is ${state} geweest`],
    [behind(`${predicate}\\s+is${FITS_AFTER_FINAL}`, AFTER_PERSON_3), `${state} is`],
    [behind(`${predicate}\\s+was${FITS_AFTER_FINAL}`, AFTER_SINGULAR), `${state} was`],
  ];
}

const ADHD_ER = "(?:adhd'er|adhd’er|adhd-er|adhder)";
const ADD_ER = "(?:add'er|add’er|add-er)";

/** Diagnoses that become an identity after "is", with the person-first phrase that replaces them. */
const DIAGNOSES: Array<[string, (predicate: string) => Array<[string, SwapTarget]>]> = [
  ['schizofreen', (a) => personFirst(a, 'schizofrenie')],
  ['psychotisch', (a) => personFirst(a, 'een psychose')],
  ['dement', (a) => personFirst(a, 'dementie')],
  ['manisch', (a) => stateFirst(a, 'in een manische periode')],
  ['manisch-depressief', (a) => personFirst(a, 'een bipolaire aandoening')],
  ['depressief', (a) => personFirst(a, 'een depressie')],
  ['autistisch', (a) => personFirst(a, 'autisme')],
  ['borderline', (a) => personFirst(a, 'de diagnose borderline')],
  ['(?:paranoïde|paranoide)', (a) => personFirst(a, 'paranoïde gedachten')],
  ['bipolair', (a) => personFirst(a, 'een bipolaire aandoening')],
  ['verslaafd', (a) => personFirst(a, 'een verslaving')],
  ['adhd', (a) => personFirst(a, 'ADHD', false)],
];
const DIAGNOSIS_WORDS = '(?:schizofreen|psychotisch|dement|manisch|manisch-depressief|depressief|autistisch|borderline|paranoïde|paranoide|bipolair|verslaafd|narcistisch|psychopathisch|antisociaal)';
/** "De sfeer is depressief", "het IQ is borderline": not about a person. */
const NOT_A_THING =
  '(?<!(?<![\\p{L}])(?:het|dit|dat|sfeer|stemming|muziek|film|boek|weer|beeld|iq|nummer|lied|verhaal|toon|kleur|schilderij|gedicht)\\s+)';
/** Not "is depressief geworden" or "dement aan het worden": those are questions. */
const NO_PARTICIPLE = '(?!\\s+(?:ge(?!weest(?![\\p{L}]))\\p{L}+|verklaard|bevonden)(?![\\p{L}])|\\s+aan\\s+het\\s+(?:worden|raken))';
const DIAGNOSIS_SWAPS: Array<[string, SwapTarget]> = [
  ...DIAGNOSES.flatMap(([adj, swaps]) => swaps(`${adj}${NO_PARTICIPLE}`)),
  // Everything else that makes a diagnosis the person: a question, no replacement.
  [behind(`(?:is|ben|bent|was)\\s+${ADVS}${DIAGNOSIS_WORDS}`, NOT_A_THING), DESCRIBE],
  [behind(`(?:is|ben|bent|was|waren)\\s+(?:(?!(?:niet|nooit|geen|chronisch)(?![\\p{L}])|een\\s+${DIAGNOSIS_WORDS})[\\p{L}\\p{N}]+\\s+){1,4}${DIAGNOSIS_WORDS}(?=\\s*(?:[.,;:!?]|$)|\\s+(?:en|of|maar|geworden|geweest|gebleven|geraakt|sinds|na|door|aan|volgens)(?![\\p{L}]))`, NOT_A_THING), DESCRIBE],
  [`(?:is|ben|bent|was|waren)\\s+${ADVS}${JOINED}${ADVS}${DIAGNOSIS_WORDS}`, DESCRIBE],
  [`(?:is|was)\\s+${SUBJECT}\\s+${ADVS}${DIAGNOSIS_WORDS}`, DESCRIBE],
  [`(?:waren|wordt|werd|worden|werden|lijkt|leek|lijken|blijkt|bleek|blijft|bleef|raakt|raakte)\\s+${ADVS}${DIAGNOSIS_WORDS}`, DESCRIBE],
  [behind(`${DIAGNOSIS_WORDS}\\s+(?:is|was|ben|bent)(?![\\p{L}])`, `(?<=(?<![\\p{L}])(?:${PERSON_3.slice(3, -1)}|ik|je|jij|u)\\s+)`), DESCRIBE],
  [behind(`${DIAGNOSIS_WORDS}\\s+(?:is|was|zijn|waren)${FITS_AFTER_FINAL}`, `(?<=(?<![\\p{L}])(?:die|ze|zij|we|wij|jullie)\\s+${ADVS})`), DESCRIBE],
  // "zijn" is also the possessive: "zijn paranoïde gedachten" is no label.
  [`zijn\\s+${ADVS}${DIAGNOSIS_WORDS}(?=\\s*(?:[.,;:!?]|$)|\\s+(?:en|of|maar|geworden|geweest|sinds|na|door)(?![\\p{L}]))`, DESCRIBE],
];

export const labelRules: Rule[] = [
  {
    id: 'label-verslaafde',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: noem de persoon, niet de verslaving.',
    explanation:
      'Een verslaving is iets wat iemand heeft, niet wie iemand is. Persoonsgerichte taal (‘mensen met een verslaving’) houdt ruimte voor herstel en voor alles wat iemand verder is.',
    source: GUIDES,
    swap: ownWords([
      ['verslaafden', 'mensen met een verslaving'],
      [`een\\s+ex-verslaafde${END_OF_CLAUSE}`, 'iemand die vroeger een verslaving had'],
      [`ex-verslaafden${END_OF_CLAUSE}`, 'mensen die vroeger een verslaving hadden'],
      ['ex-\\p{L}*verslaafden?', { question: 'Wie is het, en waaraan was hij of zij verslaafd?' }],
      ['\\p{L}+verslaafden', { question: 'Over wie gaat het, en wat gebruiken ze?' }],
      [`een\\s+verslaafde${NOUN_USE_PP}`, 'iemand met een verslaving'],
      [`(?:de|die|deze)\\s+verslaafde${NOUN_USE}`, WHO],
      [`(?:een|de|die|deze)\\s+\\p{L}+verslaafde${NOUN_USE}`, { question: 'Wie is het, en wat gebruikt hij of zij?' }],
      ['\\p{L}*verslaafde', PERSON_FIRST],
    ], USES),
    rewrites: [FORWARD],
    examples: {
      bad: [
        'De verslaafden in de opvang krijgen een maaltijd.',
        'Hij is een verslaafde die op straat leeft.',
        'Er komen veel drugsverslaafden naar de inloop.',
        'Een verslaafde moeder heeft recht op steun.',
        'Als ex-verslaafde weet hij hoe het is.',
      ],
      good: [
        'Mensen met een verslaving krijgen in de opvang een maaltijd.',
        'Meneer heeft een verslaving aan alcohol.',
        'Hij werkt bij de verslavingszorg.',
        'Mevrouw zegt: "Ik ben een verslaafde, dat weet ik heus."',
      ],
    },
  },
  {
    id: 'label-is-diagnose',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: iemand ís geen diagnose. Noem wat iemand heeft of beschrijf wat je zag.',
    explanation:
      '‘Is psychotisch’ maakt van een diagnose iemands identiteit. Persoonsgerichte taal (‘heeft een psychose’) of een beschrijving van wat je zag en hoorde laat zien dat er meer is dan de aandoening.',
    source: LABELS,
    swap: DIAGNOSIS_SWAPS,
    rewrites: [DIAGNOSED],
    examples: {
      bad: [
        'Meneer is psychotisch.',
        'Mevrouw is erg depressief en blijft in bed.',
        'Haar moeder was dement.',
        'Hij is schizofreen en woont beschermd.',
        'Cliënt lijkt manisch.',
        'Hij is verslaafd aan cocaïne.',
        'Ik ben depressief geweest.',
        'Omdat zijn vrouw dement is, kookt hij zelf.',
        'Mevrouw is moe en depressief.',
        'Sinds het overlijden van zijn broer is meneer depressief.',
        'Zij waren allebei verslaafd.',
      ],
      good: [
        'Meneer heeft een psychotische stoornis.',
        'Mevrouw heeft dementie en woont thuis met hulp van haar zoon.',
        'Mevrouw voelt zich somber en blijft in bed.',
        'Hij vertelde dat hij stemmen hoort die hem opdrachten geven.',
        'Zijn schizofrenie is sinds twee jaar stabiel.',
        'Hij heeft een psychose gehad en woont nu zelfstandig.',
        'De sfeer is depressief sinds de brand.',
      ],
    },
  },
  {
    id: 'label-diagnose-als-persoon',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een diagnose als zelfstandig naamwoord voor een persoon.',
    explanation:
      'Met ‘een schizofreen’ of ‘autisten’ wordt de persoon de diagnose. Noem eerst de persoon (‘iemand met schizofrenie’): zo blijft de mens met zijn krachten en wensen zichtbaar.',
    source: GUIDES,
    swap: ownWords([
      [`een\\s+schizofreen${NOUN_USE_PP}`, 'iemand met schizofrenie'],
      [`(?:de|die|deze)\\s+schizofreen${NOUN_USE}`, WHO],
      ['schizofrenen', 'mensen met schizofrenie'],
      [`een\\s+autist${NOUN_USE_PP}`, 'iemand met autisme'],
      ['(?:de|die|deze)\\s+autist', WHO],
      ...personFirst('autist', 'autisme'),
      ['autist', PERSON_FIRST],
      ['autisten', 'mensen met autisme'],
      [`een\\s+borderliner${NOUN_USE_PP}`, 'iemand met de diagnose borderline'],
      ['(?:de|die|deze)\\s+borderliner', WHO],
      ['borderliners', 'mensen met de diagnose borderline'],
      [`een\\s+(?:demente|dementerende)${NOUN_USE_PP}`, 'iemand met dementie'],
      [`(?:de|die|deze)\\s+(?:demente|dementerende)${NOUN_USE}`, WHO],
      ['(?:dementen|dementerenden)', 'mensen met dementie'],
      ['dementerende', PERSON_FIRST],
      ['(?:een|de|die|deze)\\s+(?:psychoot|psychopaat|sociopaat|narcist|schizo)', PERSON_FIRST],
      ['(?:psychoten|psychopaten|sociopaten|narcisten|schizo’s|schizo\'s)', PEOPLE_FIRST],
      // Spelled out, so that the engine looks for "adhd'er" and not for "een" (and "een adder" is a snake).
      [`een\\s+${ADHD_ER}${NOUN_USE_PP}`, 'iemand met ADHD'],
      [`een\\s+${ADD_ER}${NOUN_USE_PP}`, 'iemand met ADD'],
      ...personFirst(ADHD_ER, 'ADHD', false),
      [`${ADHD_ER}s`, 'mensen met ADHD'],
      [`${ADD_ER}s`, 'mensen met ADD'],
      [`(?:${ADHD_ER}|${ADD_ER})s?`, PERSON_FIRST],
      ['depressieveling(?:en)?', { question: 'Wat zag of hoorde je, en is er een diagnose gesteld?' }],
      [`een\\s+diabeet${NOUN_USE_PP}`, 'iemand met diabetes'],
      ['diabeten', 'mensen met diabetes'],
      [`een\\s+epilepticus${NOUN_USE_PP}`, 'iemand met epilepsie'],
      ['epileptici', 'mensen met epilepsie'],
      [`een\\s+(?:anorecticus|anorectica)${NOUN_USE_PP}`, 'iemand met anorexia'],
      ...personFirst('diabeet', 'diabetes'),
      ['(?:de|die|deze)\\s+(?:diabeet|epilepticus|anorecticus|anorectica)', WHO],
      // a psychiatric diagnosis glued to the person: "borderlinepatiënte", "ADHD-cliënt", "dementiepatiënten"
      // (the person noun as a lookahead: the engine then looks for the diagnosis, not for every "cliënt")
      [
        '(?:borderline|schizofrenie|psychose|dementie|alzheimer|autisme|adhd|add|bipolaire?|depressie|angst|verslavings|alcohol|drugs|gok|eetstoornis|anorexia)-?(?=(?:patiënt|patiënte|patient|patiente|cliënt|cliënte|client|cliente)(?![\\p{L}]))\\p{L}+',
        PERSON_FIRST,
      ],
      [
        '(?:borderline|schizofrenie|psychose|dementie|alzheimer|autisme|adhd|add|bipolaire?|depressie|angst|verslavings|alcohol|drugs|gok|eetstoornis|anorexia)-?(?=(?:patiënten|patienten|cliënten|clienten)(?![\\p{L}]))\\p{L}+',
        PEOPLE_FIRST,
      ],
    ], PERSON_FIRST),
    rewrites: [DIAGNOSED],
    examples: {
      bad: [
        'Hij is een schizofreen die zijn medicatie zelf beheert.',
        'In de groep zitten drie autisten.',
        'De dementerenden eten samen.',
        'Zij is een borderliner.',
        'Het is een ADHD\'er, hij zit nooit stil.',
        'Mevrouw is een borderlinepatiënte en woont sinds mei op de groep.',
        'De afdeling is voor dementiepatiënten.',
        'Hij is diabeet en spuit zelf.',
        'De buren noemen hem een autist.',
      ],
      good: [
        'Meneer heeft schizofrenie en beheert zijn medicatie zelf.',
        'In de groep zitten drie mensen met autisme.',
        'Mevrouw heeft dementie en eet graag samen met de anderen.',
        'Hij heeft autistische trekken en houdt van vaste tijden.',
        'Hij zegt: "Ik ben autist en daar ben ik trots op."',
        'Ze werkt bij de patiëntenvereniging voor mensen met borderline.',
        'Mevrouw heeft de diagnose borderline en woont sinds mei op de groep.',
      ],
    },
  },
  {
    id: 'label-diagnose-bijvoeglijk',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: de diagnose wordt een eigenschap van de persoon.',
    explanation:
      '‘Een psychotische man’ of ‘demente ouderen’ zegt dat de diagnose de hele persoon is. Schrijf over de persoon met de diagnose (‘een man met een psychose’) of beschrijf wat je zag.',
    source: GUIDES,
    patterns: [
      `(?:schizofrene|psychotische|demente|dementerende|manische|depressieve|autistische|bipolaire|paranoïde|paranoide|borderline)\\s+${PERSON}`,
      '(?:schizofreen|psychotisch|dement|autistisch|depressief)\\s+(?:kind|meisje|jongetje|persoon|mens|type)',
    ],
    rewrites: [
      { question: 'Noem eerst de persoon, dan de diagnose: ‘een man met een psychose’.', label: 'Noem eerst de persoon' },
      DESCRIBE,
    ],
    examples: {
      bad: ['Er woont een psychotische man boven haar.', 'Op de afdeling wonen demente ouderen.', 'Zij heeft een autistische zoon.'],
      good: [
        'Er woont een man met een psychose boven haar.',
        'Meneer heeft psychotische klachten sinds maart.',
        'Zij heeft een zoon met autisme, hij houdt van treinen.',
        'Mevrouw beschrijft een depressieve periode na de scheiding.',
      ],
    },
  },
  {
    id: 'label-alcoholist',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: noem de persoon, niet het drinken.',
    explanation:
      '‘Alcoholist’ maakt van het drinken iemands identiteit. Schrijf ‘iemand met een alcoholverslaving’ of beschrijf wat en hoeveel iemand drinkt.',
    source: GUIDES,
    swap: ownWords([
      ['alcoholisten', 'mensen met een alcoholverslaving'],
      [`een\\s+alcoholiste?${NOUN_USE_PP}`, 'iemand met een alcoholverslaving'],
      [`(?:de|die|deze)\\s+alcoholiste?${NOUN_USE}`, WHO],
      ...personFirst('alcoholiste?', 'een alcoholverslaving'),
      ['alcoholiste?', DRINKS],
    ], DRINKS),
    // "Anonieme Alcoholisten" is the name of a fellowship.
    exceptions: ['anonieme\\s+alcoholisten'],
    rewrites: [FORWARD],
    examples: {
      bad: ['Zijn vader was een alcoholist.', 'Er wonen vier alcoholisten op de gang.', 'Mevrouw is alcoholiste.', 'Omdat haar man alcoholist is, slaapt ze bij haar zus.'],
      good: [
        'Zijn vader had een alcoholverslaving.',
        'Meneer drinkt elke avond zes blikjes bier.',
        'Hij gaat naar de AA en vertelt: "Ik ben alcoholist."',
        'Het alcoholgebruik is in een maand gehalveerd.',
        'Hij gaat elke dinsdag naar de Anonieme Alcoholisten in het buurthuis.',
      ],
    },
  },
  {
    id: 'label-drinker',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: scheldwoord voor iemand die drinkt.',
    explanation:
      'Woorden als ‘zuiplap’ of ‘dronkaard’ zijn oordelen over de persoon. Beschrijf feitelijk wat iemand drinkt en wat je zag; dat helpt de cliënt en de collega verder.',
    source: LABELS,
    patterns: ['(?:zuiplap|zuiplappen|zuipschuit|zuipschuiten|zuiper|zuipers|dronkaard|dronkaards|dronkelap|dronkelappen|probleemdrinker|probleemdrinkers|drankorgel|drankorgels)', 'zware\\s+drinkers?'],
    rewrites: [DRINKS],
    examples: {
      bad: ['Zijn buurman is een zuiplap.', 'Meneer staat bekend als een zware drinker.'],
      good: ['Meneer drinkt zes blikjes bier per dag.', 'Hij is een fanatieke koffiedrinker.', 'Hij noemt zichzelf "een zuiplap".'],
    },
  },
  {
    id: 'label-junk',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: scheldwoord voor iemand die drugs gebruikt.',
    explanation:
      '‘Junk’ en ‘junkie’ zijn scheldwoorden die iemand reduceren tot het gebruik. Schrijf over de persoon en beschrijf het gebruik feitelijk.',
    source: GUIDES,
    // A relative clause fits only at the end of the clause: "iemand die drugs gebruikt bij het station" reads wrong.
    swap: ownWords([
      [`een\\s+(?:junk|junkie)${END_OF_CLAUSE}`, 'iemand die drugs gebruikt'],
      [`(?:junks|junkies|junken)${END_OF_CLAUSE}`, 'mensen die drugs gebruiken'],
      [`een\\s+methadonist${END_OF_CLAUSE}`, 'iemand die methadon gebruikt'],
      [`methadonisten${END_OF_CLAUSE}`, 'mensen die methadon gebruiken'],
      [`een\\s+cokesnuiver${END_OF_CLAUSE}`, 'iemand die cocaïne snuift'],
      [`cokesnuivers${END_OF_CLAUSE}`, 'mensen die cocaïne snuiven'],
      ['(?:junk|junks|junkie|junkies|junken|methadonist|methadonisten|cokesnuiver|cokesnuivers)', USES],
    ], USES),
    exceptions: ['junk\\s+(?:food|mail)'],
    rewrites: [FORWARD],
    examples: {
      bad: ['Hij wordt in de wijk een junk genoemd.', 'Er hangen junkies bij het station.', 'Zijn broer is een junk.'],
      good: ['Hij eet graag junkfood.', 'Hij gebruikt dagelijks heroïne en methadon.', 'Ze zegt: "Ze noemen me daar een junk."'],
    },
  },
  {
    id: 'label-drugsgebruiker',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: iemand wordt benoemd naar het middel.',
    explanation:
      'Met ‘harddrugsgebruiker’ wordt het gebruik iemands identiteit. Noem eerst de persoon en beschrijf daarna het gebruik.',
    source: GUIDES,
    swap: ownWords([
      // "een heroïnegebruiker" → "iemand die heroïne gebruikt", at the end of the clause (a relative clause fits only there).
      ...SUBSTANCES.flatMap(([prefix, substance]): Array<[string, SwapTarget]> => [
        [`een\\s+${prefix}gebruiker${END_OF_CLAUSE}`, `iemand die ${substance} gebruikt`],
        [`${prefix}gebruikers${END_OF_CLAUSE}`, `mensen die ${substance} gebruiken`],
      ]),
      ['(?:drugs|harddrugs|softdrugs|heroïne|heroine|crack|coke|cocaïne|cocaine|speed|ghb|opiaat|opiaten|cannabis|blow|middelen|alcohol)gebruikers?', USES],
      ['(?:drugs|harddrugs|heroïne|heroine|crack)hoeren?', { question: 'Wie is het? Wat gebruikt hij of zij, en welk werk doet hij of zij?' }],
    ], USES),
    rewrites: [FORWARD],
    examples: {
      bad: ['Hij is een harddrugsgebruiker.', 'De opvang is voor drugsgebruikers.', 'Er komen veel drugsgebruikers naar de inloop aan de Kade.'],
      good: ['Hij gebruikt heroïne, sinds een jaar minder.', 'Ze is een ervaren computergebruiker.', 'Meneer is rolstoelgebruiker en rijdt zelf naar de winkel.'],
    },
  },
  {
    id: 'label-zorgmijder',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: dit zegt iets over de zorg, niet over de persoon.',
    explanation:
      'Wie zorg op afstand houdt, bewaakt meestal zijn privacy en onafhankelijkheid, en heeft daar een reden voor. Beschrijf wat iemand doet en vraag naar die reden.',
    source: GUIDES,
    // "Zorgmijder" says that someone keeps care away: the replacement says that, without the label.
    swap: ownWords([
      [`zorgmijders${END_OF_CLAUSE}`, 'mensen die hulp op afstand houden'],
      [`een\\s+zorgmijd(?:er|ster)${END_OF_CLAUSE}`, 'iemand die hulp op afstand houdt'],
      [behind(`is\\s+zorgmijdend${FITS_AFTER}`, AFTER_PERSON_3), 'houdt hulp op afstand'],
      [behind(`was\\s+zorgmijdend${FITS_AFTER}`, AFTER_PERSON_3), 'hield hulp op afstand'],
      ['zorgmijd(?:er|ster|ers|sters|end|ende|ing)', { question: 'Wat doet de cliënt precies, en welke reden geeft hij of zij?' }],
    ], ZORGMIJDER),
    rewrites: [FORWARD],
    examples: {
      bad: ['Meneer is een zorgmijder.', 'Mevrouw is zorgmijdend.', 'Het team bespreekt de zorgmijders in de wijk.', 'Er is sprake van zorgmijding.'],
      good: [
        'Meneer bewaakt zijn privacy en laat alleen zijn broer binnen.',
        'Mevrouw houdt hulpverleners op afstand sinds een nare ervaring in 2019.',
        'Hij zegt over zichzelf: "Ik ben een zorgmijder."',
        'Mevrouw houdt hulp op afstand en laat alleen haar zoon binnen.',
      ],
    },
  },
  {
    id: 'label-dakloze',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: maakt de woonsituatie tot iemands identiteit.',
    explanation:
      'Geen woning hebben is een situatie, geen eigenschap. ‘Dakloze mensen’ of ‘iemand zonder eigen woning’ houdt de persoon in beeld.',
    source: GUIDES,
    swap: ownWords([
      ['dak-\\s+en\\s+thuislozen', 'dak- en thuisloze mensen'],
      ['daklozen', 'dakloze mensen'],
      ['thuislozen', 'thuisloze mensen'],
      [`een\\s+(?:dakloze|thuisloze)${NOUN_USE_PP}`, 'iemand zonder eigen woning'],
      [`(?:de|die|deze)\\s+(?:dakloze|thuisloze)${NOUN_USE}`, WHO],
      ['(?:zwerver|zwerfster|zwervers|zwerfsters)', { question: 'Waar slaapt hij of zij nu?' }],
    ], HOUSING),
    rewrites: [{ question: 'Waar wil de cliënt wonen?', label: 'Coachvraag: waar wil de cliënt wonen?' }],
    examples: {
      bad: ['De daklozen slapen in de nachtopvang.', 'Hij is een dakloze die overdag in de bibliotheek zit.', 'Een zwerver heeft de deur geopend.'],
      good: [
        'Dakloze mensen slapen in de nachtopvang.',
        'Een dakloze man vroeg om een kop koffie.',
        'Hij werkt als vrijwilliger bij de daklozenopvang.',
      ],
    },
  },
  {
    id: 'label-draaideur',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: legt de herhaling bij de persoon.',
    explanation:
      'Wie steeds terugkomt, laat zien dat de hulp nog niet past; de term legt dat bij de persoon. Beschrijf hoe vaak en waarom iemand terugkwam en wat iemand zelf wil.',
    source: GUIDES,
    patterns: ['draaideur(?:cliënt|client|patiënt|patient|crimineel|jongere|bewoner)\\p{L}*', 'draaideurcriminelen'],
    rewrites: [{ question: 'Hoe vaak kwam hij of zij terug, en waarom?', label: 'Beschrijf de opnames of contacten feitelijk' }],
    examples: {
      bad: ['Meneer is een bekende draaideurpatiënt.', 'Het gaat om een draaideurcliënt.'],
      good: ['Meneer is dit jaar drie keer opgenomen, de laatste keer na een verhuizing.', 'Hij liep door de draaideur naar binnen.'],
    },
  },
  {
    id: 'label-probleemgezin',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: het gezin wordt het probleem genoemd.',
    explanation:
      'Een gezin is geen probleem; het heeft vragen op meerdere terreinen tegelijk. Beschrijf het gezin met zijn hulpvragen en krachten.',
    source: GUIDES,
    swap: ownWords([
      // "Multiprobleem" says: on several areas of life at once. Plain "probleemgezin" does not, so it gets a question.
      ['multiprobleemgezinnen', 'gezinnen met hulpvragen op meerdere leefgebieden'],
      ['multiprobleemgezin', 'gezin met hulpvragen op meerdere leefgebieden'],
      ['multiprobleemhuishoudens', 'huishoudens met hulpvragen op meerdere leefgebieden'],
      ['multiprobleemhuishouden', 'huishouden met hulpvragen op meerdere leefgebieden'],
      ['(?:probleemgezin|probleemgezinnen|probleemhuishouden|probleemhuishoudens|probleemfamilie|probleemfamilies|achterstandsgezin|achterstandsgezinnen|asociale\\s+gezinnen|asociaal\\s+gezin)', FAMILY],
    ], FAMILY),
    rewrites: [{ question: 'Wat wil het gezin zelf bereiken?', label: 'Coachvraag: wat wil het gezin?' }],
    examples: {
      bad: ['Het is een multiprobleemgezin.', 'Wij werken met probleemgezinnen in Zuid.', 'Het gezin staat bij de school bekend als probleemgezin.'],
      good: ['Het gezin heeft vragen over geld, wonen en opvoeden.', 'Het gezin kookt elke zondag samen.'],
    },
  },
  {
    id: 'label-probleemjongere',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: de persoon wordt het probleem genoemd.',
    explanation:
      'Een ‘probleemjongere’ is een jongere in een moeilijke situatie. Noem de persoon en beschrijf wat er speelt en wat wel gaat.',
    source: LABELS,
    patterns: [
      'probleem(?:jongere|jongeren|kind|kinderen|kindje|leerling|leerlingen|jeugd|cliënt|cliënten|client|clienten|bewoner|bewoners|patiënt|patiënten|jongen|jongens|meisje|meisjes|ouder|ouders|puber|pubers|tiener|tieners|geval|gevallen|wijkbewoner|huurder|huurders)',
      '(?:hangjongere|hangjongeren|risicojongere|risicojongeren|hardekernjongere|hardekernjongeren)',
    ],
    rewrites: [{ question: 'Wie is het, en wat speelt er?', label: 'Noem de persoon en beschrijf de situatie' }],
    examples: {
      bad: ['Hij staat op school bekend als probleemjongere.', 'Er hangen hangjongeren bij het winkelcentrum.', 'Zij was altijd al een probleemkind.'],
      good: ['Hij is zestien en wil graag automonteur worden.', 'De jongeren spreken af bij het winkelcentrum.', 'Zij zoekt een probleemoplossende aanpak.'],
    },
  },
  {
    id: 'label-zwakbegaafd',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een oordeel over iemands verstand.',
    explanation:
      'Termen als ‘zwakbegaafd’ of ‘debiel’ zeggen wie iemand is in plaats van wat iemand nodig heeft. Beschrijf wat iemand begrijpt en wat helpt (korte zinnen, uitleg op papier).',
    source: GUIDES,
    patterns: [
      'zwakbegaafd(?:e|en)?',
      '(?:zwakzinnig|zwakzinnige|zwakzinnigen|debiel|debiele|debielen|imbeciel|imbeciele|achterlijk|achterlijke)',
      '(?:is|was|zijn|waren)\\s+(?:licht\\s+)?verstandelijk\\s+(?:beperkt|gehandicapt)',
      '(?:licht\\s+)?verstandelijk\\s+gehandicapten?',
    ],
    rewrites: [{ question: 'Wat begrijpt hij of zij goed, en wat helpt daarbij?', label: 'Beschrijf wat iemand begrijpt en wat helpt' }],
    examples: {
      bad: ['Meneer is zwakbegaafd.', 'Het is een zwakbegaafde vrouw.', 'Zij is licht verstandelijk beperkt.'],
      good: [
        'Meneer begrijpt uitleg het best in korte zinnen, met een voorbeeld erbij.',
        'Mevrouw leest brieven samen met haar zus.',
        'Hij vertelt: "Ze zeiden vroeger dat ik achterlijk was."',
      ],
    },
  },
  {
    id: 'label-lvber',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: maakt een beperking tot iemands naam.',
    explanation:
      'Een afkorting als naam voor een persoon reduceert iemand tot een indicatie. Beschrijf wat iemand nodig heeft om mee te kunnen doen.',
    source: GUIDES,
    patterns: ['lvb(?:\'|’|-)?ers?', 'lvb-(?=(?:cliënt|cliënten|client|clienten|jongere|jongeren|doelgroep|bewoner|bewoners)(?![\\p{L}]))\\p{L}+'],
    rewrites: [{ question: 'Wat heeft hij of zij nodig om mee te doen?', label: 'Beschrijf wat iemand nodig heeft' }],
    examples: {
      bad: ["Hij is een LVB'er.", 'De LVB-jongeren wonen op de tweede etage.'],
      good: ['Hij heeft baat bij korte zinnen en een vaste dagstructuur.', 'De jongeren wonen op de tweede etage.'],
    },
  },
  {
    id: 'label-gehandicapte',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: noem de persoon, niet de handicap.',
    explanation: 'Persoonsgerichte taal (‘mensen met een handicap’) laat zien dat de handicap een deel van iemand is, niet de hele persoon.',
    source: GUIDES,
    swap: ownWords([
      ['(?:gehandicapten|invaliden)', 'mensen met een handicap'],
      [`een\\s+(?:gehandicapte|invalide)${NOUN_USE_PP}`, 'iemand met een handicap'],
      [`(?:de|die|deze)\\s+(?:gehandicapte|invalide)${NOUN_USE}`, WHO],
      ...personFirst('gehandicapt', 'een handicap'),
      [`(?:is|was|zijn|waren)\\s+${ADVS}(?:(?:lichamelijk|meervoudig|motorisch|zwaar)\\s+)?gehandicapt`, NEEDS],
    ], NEEDS),
    rewrites: [FORWARD],
    examples: {
      bad: ['De gehandicapten gaan samen op vakantie.', 'Zijn broer is gehandicapt.', 'Zij is lichamelijk gehandicapt sinds het ongeluk.'],
      good: ['Mensen met een handicap gaan samen op vakantie.', 'Ze parkeert op de gehandicaptenparkeerplaats.', 'Zijn broer heeft een handicap en werkt bij de kringloop.'],
    },
  },
  {
    id: 'label-manipulatief',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een oordeel over bedoelingen.',
    explanation:
      'Of iemand manipuleert, is jouw interpretatie. Beschrijf wat iemand zei of deed en wat het met jou deed; vraag welke behoefte erachter zit.',
    source: JUDGEMENT,
    patterns: ['manipul(?:atief|atieve|atiever|erend|erende|eert|eerde|eerden|eren|ator|atoren|atie)'],
    rewrites: [
      { question: 'Wat zei of deed hij of zij, en wat deed dat met jou?', label: 'Beschrijf gedrag en je eigen reactie' },
      { question: 'Welke behoefte zit erachter?', label: 'Coachvraag: welke behoefte zit erachter?' },
    ],
    examples: {
      bad: ['Mevrouw is erg manipulatief.', 'Hij manipuleert de begeleiders tegen elkaar.', 'Er is sprake van manipulatief gedrag.'],
      good: [
        'Mevrouw vroeg aan drie begeleiders om extra geld en kreeg het van een van hen.',
        'Ik merk dat ik onzeker word als hij verschillende dingen aan collega\'s vraagt.',
      ],
    },
  },
  {
    id: 'label-claimend',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: ‘claimend’ oordeelt over een hulpvraag.',
    explanation:
      'Achter veel vragen zit een behoefte: aan contact, zekerheid of hulp. Beschrijf wat iemand vroeg en hoe vaak, en vraag wat iemand nodig heeft.',
    source: JUDGEMENT,
    patterns: ['(?:claimend|claimende|claimender|claimerig|claimerige|claimgedrag)'],
    rewrites: [
      { question: 'Wat vroeg hij of zij, wanneer en hoe vaak?', label: 'Beschrijf de vragen feitelijk' },
      { question: 'Welke vraag zit erachter?', label: 'Coachvraag: welke vraag zit erachter?' },
    ],
    examples: {
      bad: ['Mevrouw is erg claimend naar het team.', 'Er is sprake van claimend gedrag.'],
      good: ['Mevrouw belde gisteren vier keer naar het kantoor met vragen over haar uitkering.', 'Hij claimt zijn toeslag terug bij de Belastingdienst.'],
    },
  },
  {
    id: 'label-aandachtzoekend',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een oordeel over een behoefte aan contact.',
    explanation: 'Iemand die aandacht zoekt, heeft een behoefte aan contact. Beschrijf wat iemand deed en vraag wat iemand nodig heeft.',
    source: JUDGEMENT,
    patterns: ['aandacht(?:trekkend|trekkende|vragend|vragende|zoekend|zoekende|trekkerij|zoekerij|trekker|trekkers|zoeker|zoekers)'],
    rewrites: [{ question: 'Wat deed hij of zij, en welke behoefte zit erachter?', label: 'Beschrijf gedrag en de behoefte erachter' }],
    examples: {
      bad: ['Hij vertoont aandachttrekkend gedrag.', 'Mevrouw is erg aandachtvragend.'],
      good: ['Hij klopte vijf keer op de deur van het kantoor en vroeg om een gesprek.', 'Mevrouw geeft anderen in de groep veel aandacht.'],
    },
  },
  {
    id: 'label-ongemotiveerd',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een oordeel over iemands wil; vaak is het onmacht, geen onwil.',
    explanation:
      'Wie ‘ongemotiveerd’ lijkt, ziet vaak (nog) geen haalbare stap of heeft een doel dat niet van hemzelf is. Beschrijf waar iemand wel energie van krijgt en wat er in de weg zit.',
    source: GUIDES,
    patterns: [
      'ongemotiveerd(?:e|heid)?',
      '(?:niet|weinig|nauwelijks|amper|onvoldoende|totaal\\s+niet)\\s+gemotiveerd',
      '(?:geen|weinig|gebrek\\s+aan)\\s+motivatie',
    ],
    rewrites: [
      { question: 'Waar krijgt hij of zij energie van?', label: 'Coachvraag: waar krijgt iemand energie van?' },
      { question: 'Wat deed hij of zij, en wat zat in de weg?', label: 'Beschrijf wat er gebeurde' },
    ],
    examples: {
      bad: ['Meneer is ongemotiveerd voor de dagbesteding.', 'Zij is weinig gemotiveerd.', 'Cliënt is niet gemotiveerd.', 'Er is een gebrek aan motivatie.'],
      good: [
        'Meneer gaat graag vissen en wil weer een vaste dagbesteding.',
        'Zij is gemotiveerd om haar rijbewijs te halen.',
        'Hij zegt: "Ik heb nergens zin in."',
      ],
    },
  },
  {
    id: 'label-onwillig',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een oordeel over de wil van iemand.',
    explanation: 'Of iemand iets niet wil of niet kan, weet je pas als je het vraagt. Beschrijf wat iemand deed en wat iemand erover zei.',
    source: JUDGEMENT,
    patterns: ['(?:onwillig|onwillige|onwilligheid|onwil)'],
    rewrites: [{ question: 'Wat deed hij of zij, en wat zei hij of zij erover?', label: 'Beschrijf wat er gebeurde' }],
    examples: {
      bad: ['Mevrouw is onwillig als het om afspraken gaat.', 'Het lijkt meer onwil dan onmacht.'],
      good: ['Mevrouw wil de afspraken liever op maandag.', 'Hij zegt: "Ik wil dat gewoon echt anders."'],
    },
  },
  {
    id: 'label-non-compliant',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: beoordeelt iemand naar het volgen van advies.',
    explanation:
      'Als iemand een advies anders opvolgt, is er een reden: bijwerkingen, twijfel, andere prioriteiten. Beschrijf wat iemand doet en vraag waarom.',
    source: GUIDES,
    patterns: ['non-?complian(?:t|te|ce|tie)', '(?:niet|weinig)\\s+complian(?:t|te)'],
    rewrites: [{ question: 'Wat doet hij of zij met het advies, en waarom?', label: 'Vraag naar de reden' }],
    examples: {
      bad: ['Meneer is non-compliant met de medicatie.', 'Er is sprake van non-compliance.'],
      good: ['Meneer neemt de medicatie alleen in het weekend, door de bijwerkingen.', 'Mevrouw volgt het advies van de diëtist.'],
    },
  },
  {
    id: 'label-therapieontrouw',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: maakt van een keuze een karaktertrek.',
    explanation:
      'Ontrouw is een moreel oordeel. Vraag waarom iemand het advies anders opvolgt en beschrijf wat iemand werkelijk doet met medicatie of behandeling.',
    source: GUIDES,
    patterns: [
      '(?:therapie|medicatie|behandel|behandelings)-?ontrouw(?:e|heid)?',
      '(?:niet|weinig)\\s+(?:therapie|medicatie)-?trouw',
    ],
    rewrites: [
      { question: 'Wat doet de cliënt met de medicatie of behandeling, en waarom?', label: 'Beschrijf wat iemand doet en vraag waarom' },
    ],
    examples: {
      bad: ['Mevrouw is medicatieontrouw.', 'Er is sprake van therapieontrouw.', 'Meneer is niet therapietrouw.'],
      good: [
        'Mevrouw slaat de avondpil over omdat ze er suf van wordt.',
        'Meneer komt elke week naar zijn afspraak bij de psycholoog.',
      ],
    },
  },
  {
    id: 'label-weigert',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: maakt van een keuze verzet.',
    explanation:
      'Iemand die nee zegt, maakt een keuze en heeft daar een reden voor. Beschrijf wat iemand koos en welke reden iemand gaf; dat houdt het gesprek open.',
    source: LABELS,
    swap: [
      // "Weigert" has no honest one-word replacement: "zegt nee tegen" would hide a refusal. A question.
      ['(?:weigert|weigerde|weigerden|weigeren|weiger)', REASON],
      ['(?:heeft|had|hebben|hadden)\\s+(?:[\\p{L}’\'-]+\\s+){0,7}geweigerd', REASON],
      // The participle without "heeft": "medicatie geweigerd", "de zorg werd door meneer geweigerd".
      [`${CARE}\\s+(?:[\\p{L}\\p{N}.:’'-]+\\s+){0,3}geweigerd`, REASON],
      ['door\\s+(?:de\\s+)?(?:cliënt|cliënte|client|cliente|meneer|mevrouw|hem|haar|hen|betrokkene|patiënt|patiënte|bewoner|bewoonster)\\s+geweigerd', REASON],
      ['(?:\\p{L}*weigering|\\p{L}*weigeringen|weigerachtig|weigerachtige|weigerachtigheid|\\p{L}*weigeraar|\\p{L}*weigeraars)', REASON],
    ],
    exceptions: [
      '(?:mag|mogen|kan|kunnen|recht|vrij|vrijheid)\\s+(?:[\\p{L}’\'-]+\\s+){0,4}weigeren',
      `${INSTITUTION}\\s+(?:[\\p{L}’'-]+\\s+){0,6}(?:weigert|weigerde|weigerden|weigeren|geweigerd)`,
      `weigering\\s+(?:van|door)\\s+(?:de|het)\\s+${INSTITUTION}`,
      `(?:[\\p{L}’'-]+\\s+){0,5}geweigerd\\s+door\\s+(?:de|het|een)\\s+${INSTITUTION}`,
      '(?:aanvraag|uitkering|toeslag|vergunning|indicatie|betaling|verzoek)(?:[^.!?]*?)\\s+(?:geweigerd|weigering)',
      // The client is the one refused: "hem werd de toegang geweigerd".
      '(?:hem|haar|hen|meneer|mevrouw)\\s+(?:werd|wordt|is|was|werden|worden)\\s+(?:[\\p{L}’\'-]+\\s+){0,4}geweigerd',
      '(?:werd|wordt|is|was|werden|worden)\\s+(?:hem|haar|hen)\\s+(?:[\\p{L}’\'-]+\\s+){0,4}geweigerd',
      // Things that refuse: "de pinautomaat weigerde zijn pas", "de motor weigert dienst".
      `\\p{L}*${MACHINE}\\s+(?:[\\p{L}’'-]+\\s+){0,3}(?:weigert|weigerde|weigerden|weigeren)`,
      '(?:weigert|weigerde|weigerden|weigeren)\\s+(?:\\p{L}+\\s+)?dienst',
    ],
    rewrites: [{ question: 'Wat wil de cliënt wel, of wat zou helpen?', label: 'Coachvraag: wat wil de cliënt wel?' }],
    examples: {
      bad: [
        'Meneer weigert zijn medicatie.',
        'Mevrouw weigerde het gesprek.',
        'Hij blijft weigeren.',
        'Zij heeft de hulp van het wijkteam geweigerd.',
        'Er is sprake van zorgweigering.',
        'Meneer is weigerachtig.',
        'Ochtendmedicatie geweigerd.',
        'De douchebeurt werd door mevrouw geweigerd.',
      ],
      good: [
        'Meneer zegt nee tegen de medicatie, omdat hij er moe van wordt.',
        'Mevrouw heeft het recht om de behandeling te weigeren.',
        'De gemeente weigert de aanvraag voor bijzondere bijstand.',
        'Hij zegt: "Ik weiger die pillen nog te slikken."',
        'De pinautomaat weigerde zijn pas, dus we gingen samen naar de bank.',
        'Hem werd de toegang tot de nachtopvang geweigerd.',
        'De behandeling werd geweigerd door de zorgverzekeraar.',
      ],
    },
  },
  {
    id: 'label-agressief',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een oordeel. Beschrijf wat iemand deed.',
    explanation:
      '‘Hij sprak met luide stem en sloeg met zijn vuist op tafel’ laat zien wat er gebeurde; ‘hij is agressief’ maakt er een karaktertrek van. Een beschrijving helpt ook bij het zoeken naar de aanleiding.',
    source: LABELS,
    swap: [
      [`(?:is|was|wordt|werd|raakt|raakte|reageert|reageerde|reageerden|lijkt|leek|doet|deed)\\s+${ADVS}(?:${JOINED}${ADVS})?(?:(?:verbaal|fysiek|lichamelijk)\\s+)?agressief`, { question: 'Wat deed of zei hij of zij precies?' }],
      ['agressie(?:f|ve|ver|vere|fst|fste)', DESCRIBE],
    ],
    exceptions: [
      'agressieve\\s+(?:kanker|tumor|tumoren|vorm|behandeling|chemo|chemotherapie|ziekte|groei|kankersoort|hond|honden|reclame|marketing|middelen|middel|schoonmaakmiddelen|schoonmaakmiddel|stoffen|stof)',
      '(?:hond|honden|kat|dier|dieren)\\s+(?:is|was|zijn|waren|wordt|werd|reageert|reageerde)\\s+(?:\\p{L}+\\s+)?agressief',
    ],
    rewrites: [{ question: 'Wat ging eraan vooraf?', label: 'Zoek de aanleiding' }],
    examples: {
      bad: ['Hij is agressief.', 'Meneer reageerde agressief op de vraag.', 'Het is een agressieve man.', 'Mevrouw was verbaal agressief.', 'Hij was onrustig en agressief op de gang.'],
      good: [
        'Hij sprak met luide stem en sloeg met zijn vuist op tafel.',
        'Meneer werd boos toen ik naar zijn schulden vroeg.',
        'Zij heeft een agressieve vorm van kanker.',
        'Hij volgt een training over agressieregulatie.',
      ],
    },
  },
  {
    id: 'label-lastig',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een oordeel over de persoon in plaats van een beschrijving.',
    explanation:
      '‘Lastig’ of ‘vervelend’ zegt meer over de relatie dan over de persoon. Beschrijf wat iemand deed of zei; als het over jouw ervaring gaat, schrijf dan een ik-boodschap (‘ik merkte dat ik onrustig werd toen …’).',
    source: JUDGEMENT,
    patterns: [
      behind(`${SUBJECT}\\s+(?:is|was|doet|deed|reageert|reageerde|wordt|werd|kan|kon|gedraagt\\s+zich|gedroeg\\s+zich|stelt\\s+zich|stelde\\s+zich)\\s+${ADVS}(?:${JOINED}${ADVS})?(?:lastig|vervelend|moeilijk|irritant|onaangenaam|onmogelijk|onredelijk|naïef|naief|dom|onnozel|dwars)(?!\\s+(?:te(?![\\p{L}])|\\p{L}*baar(?![\\p{L}])|(?!tegen|tegenover)\\p{L}+en(?![\\p{L}])))`, NOT_AFTER_PREPOSITION),
      `(?:is|was|deed|doet|reageerde|reageert|werd|wordt)\\s+${SUBJECT}\\s+${ADVS}(?:lastig|vervelend|moeilijk|irritant|onaangenaam|onredelijk|dwars)(?!\\s+(?:te(?![\\p{L}])|\\p{L}*baar(?![\\p{L}])|(?!tegen|tegenover)\\p{L}+en(?![\\p{L}])))`,
      `(?:lastige|vervelende|moeilijke|irritante|onaangename|onmogelijke|onredelijke|domme|problematische|zware|ellendige)\\s+${PERSON}`,
      '(?:lastig|vervelend|moeilijk|irritant|onmogelijk|problematisch)\\s+(?:kind|meisje|jongetje|type|figuur|mens|persoon|heerschap|mannetje|vrouwtje)',
      '(?:lastpak|lastpakken|etterbak|etterbakken|zeikerd|zeikerds|dwarsligger|dwarsliggers)',
    ],
    rewrites: [
      { question: 'Wat deed of zei hij of zij precies?', label: 'Beschrijf gedrag in plaats van een oordeel' },
      { question: 'Wat deed het met jou? Schrijf dat als ik-boodschap.', label: 'Maak er je eigen ervaring van (ik-boodschap)' },
    ],
    examples: {
      bad: [
        'Meneer was erg lastig tijdens het gesprek.',
        'Vandaag was mevrouw vervelend naar de groep.',
        'Meneer was moe en vervelend tijdens de groep.',
        'Het is een moeilijke cliënt.',
        'Hij deed moeilijk over de afspraak.',
        'Zij is een echt lastpak.',
      ],
      good: [
        'Het is lastig om een afspraak te plannen.',
        'Mevrouw vindt het moeilijk om hulp te vragen.',
        'Het contact met meneer is lastig.',
        'Meneer is moeilijk bereikbaar op maandag.',
        'Ik vind het vervelend dat je te laat bent.',
        'Het was een moeilijke periode na de scheiding.',
      ],
    },
  },
  {
    id: 'label-achterdochtig',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: jouw lezing, geen beschrijving.',
    explanation:
      '‘Achterdochtig’ of ‘wantrouwig’ plakt een eigenschap op iemand. Wat je zag en hoorde (‘hij keek drie keer of de deur op slot zat en vroeg wie er meeluisterde’) en wat iemand zelf over zijn zorgen zegt, laat de lezer meer zien en houdt het gesprek open.',
    source: LABELS,
    patterns: traitPatterns(
      '(?:achterdochtig|wantrouwig|wantrouwend|argwanend)',
      '(?:achterdochtige|wantrouwige|wantrouwende|argwanende)',
    ),
    rewrites: [
      { question: 'Wat zei of deed de cliënt precies?', label: 'Beschrijf wat je zag en hoorde' },
      { question: 'Waar maakt hij of zij zich zorgen over, in eigen woorden?', label: 'Coachvraag: wat zijn de zorgen?' },
    ],
    examples: {
      bad: [
        'Meneer is erg achterdochtig naar de nieuwe begeleider.',
        'Mevrouw was wantrouwig en wilde de brief niet tekenen.',
        'Hij is somber en argwanend sinds de inbraak.',
        'Het is een achterdochtige man die alleen zijn zus vertrouwt.',
        'Ik vind hem wantrouwend.',
      ],
      good: [
        'Meneer vroeg drie keer wie er meeluisterde en keek of de deur op slot zat.',
        'Mevrouw zegt dat ze bang is dat de buren haar post lezen.',
        'De bank is wantrouwig bij grote overboekingen.',
        'Hij vertelt: "Ik ben achterdochtig geworden na de inbraak."',
      ],
    },
  },
  {
    id: 'label-onbetrouwbaar',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een oordeel over iemands karakter.',
    explanation:
      'Woorden als ‘onbetrouwbaar’, ‘egoïstisch’ of ‘kinderachtig’ zeggen wie iemand zou zijn, niet wat er gebeurde. Beschrijf de afspraak, de woorden of de daad; dan kan de lezer zelf oordelen en kun je het er samen over hebben.',
    source: JUDGEMENT,
    patterns: traitPatterns(
      '(?:onbetrouwbaar|leugenachtig|achterbaks|sluw|gluiperig|oneerlijk|onoprecht|egoïstisch|egoistisch|egocentrisch|onverantwoordelijk|onverschillig|ongeïnteresseerd|ongeinteresseerd|eigenwijs|bazig|kinderachtig|infantiel|onvolwassen|onaangepast|ongezeggelijk|ongehoorzaam|passief)',
      '(?:onbetrouwbare|leugenachtige|achterbakse|sluwe|gluiperige|oneerlijke|onoprechte|egoïstische|egoistische|egocentrische|onverantwoordelijke|onverschillige|ongeïnteresseerde|ongeinteresseerde|eigenwijze|bazige|kinderachtige|infantiele|onvolwassen|onaangepaste|ongezeggelijke|ongehoorzame|passieve)',
    ),
    rewrites: [{ question: 'Wat deed of zei de cliënt precies, en wanneer?', label: 'Beschrijf wat er gebeurde' }],
    examples: {
      bad: [
        'Meneer is onbetrouwbaar in het nakomen van afspraken.',
        'Volgens de buurvrouw is hij een leugenachtige man.',
        'Mevrouw is egoïstisch naar haar kinderen.',
        'Hij gedroeg zich kinderachtig tijdens de groepsavond.',
        'Zij was passief en ongeïnteresseerd in het gesprek.',
      ],
      good: [
        'Meneer kwam twee van de vier afspraken deze maand na.',
        'De bus is onbetrouwbaar op zondag.',
        'Hij zei dat hij het geld had betaald; de bank liet een andere stand zien.',
        'Mevrouw kiest eerst voor zichzelf en gaat op zaterdag zwemmen.',
      ],
    },
  },
  {
    id: 'label-prikkelbaar',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een stemming wordt een eigenschap van de persoon.',
    explanation:
      '‘Prikkelbaar’, ‘opvliegend’ of ‘labiel’ maken van een moment een karaktertrek. Beschrijf wat je zag en hoorde en wat eraan voorafging; dan wordt zichtbaar wat iemand onrustig maakt en wat helpt.',
    source: LABELS,
    patterns: traitPatterns(
      '(?:prikkelbaar|opvliegend|driftig|explosief|humeurig|chagrijnig|nors|labiel|instabiel|onvoorspelbaar|impulsief|vijandig|grillig)',
      '(?:prikkelbare|opvliegende|driftige|explosieve|humeurige|chagrijnige|norse|labiele|instabiele|onvoorspelbare|impulsieve|vijandige|grillige)',
    ),
    rewrites: [{ question: 'Wat zag of hoorde je, en wat ging eraan vooraf?', label: 'Beschrijf wat er gebeurde' }],
    examples: {
      bad: [
        'Mevrouw was de hele ochtend prikkelbaar.',
        'Hij is emotioneel labiel.',
        'Meneer reageerde opvliegend op de vraag over zijn huur.',
        'Het is een impulsieve jongen.',
        'Ze is moe en chagrijnig na het nachtwerk.',
      ],
      good: [
        'Mevrouw zuchtte en zei: "Laat me even met rust."',
        'Het weer is onvoorspelbaar deze week.',
        'De situatie in het huis is explosief sinds de ruzie.',
        'Hij kocht op een opwelling een nieuwe telefoon.',
      ],
    },
  },
  {
    id: 'label-brutaal',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een oordeel over iemands gedrag. Beschrijf wat iemand zei of deed.',
    explanation:
      'Woorden als ‘brutaal’ of ‘respectloos’ geven jouw oordeel, niet wat er gebeurde. Met de letterlijke woorden of daden kan de lezer zelf oordelen en kun je het gesprek aangaan.',
    source: JUDGEMENT,
    patterns: [
      '(?:brutaal|brutale|brutaler|brutaalste|onbeschoft|onbeschofte|respectloos|respectloze|onbeleefd|onbeleefde|asociaal|asociale|arrogant|arrogante|grofgebekt|grofgebekte|ondankbaar|ondankbare)',
      '(?:een\\s+)?grote\\s+(?:mond|bek)',
    ],
    exceptions: ['brutaal\\s+mens\\s+heeft\\s+de\\s+halve\\s+wereld'],
    rewrites: [{ question: 'Wat zei of deed de cliënt letterlijk?', label: 'Beschrijf wat iemand zei of deed' }],
    examples: {
      bad: ['Hij is brutaal tegen de begeleiding.', 'Mevrouw gaf een brutaal antwoord.', 'Hij had een grote mond tegen de buurman.'],
      good: [
        'Hij zei tegen de begeleider: "Bemoei je met je eigen zaken."',
        'Ze zegt: "Ik ben brutaal, net als mama."',
        'Meneer stelde veel vragen aan de arts.',
      ],
    },
  },
  {
    id: 'label-hysterisch',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een oordeel over iemands emoties.',
    explanation:
      '‘Hysterisch’ of ‘stelt zich aan’ zet de emotie van iemand weg als overdreven. Beschrijf wat je zag en hoorde en neem de emotie serieus.',
    source: JUDGEMENT,
    patterns: [
      '(?:hysterisch|hysterische|theatraal|theatrale|aanstellerig|aanstellerige|aansteller|aanstellers|aanstelster|aanstellerij|dramaqueen|drama\\s+queen)',
      '(?:stelt|stelde|stellen|stelden)\\s+(?:zich|zichzelf)\\s+(?:erg\\s+|zo\\s+|nogal\\s+|weer\\s+|ook\\s+|flink\\s+)?aan(?!\\s+(?:de|het|een|zijn|haar|hun|mij|ons|hen|iedereen|elkaar)(?![\\p{L}]))',
    ],
    rewrites: [DESCRIBE],
    examples: {
      bad: ['Mevrouw werd hysterisch toen ze het nieuws hoorde.', 'Hij stelt zich aan.'],
      good: ['Mevrouw huilde en riep dat ze het niet aankon.', 'Hij stelde zich voor aan de nieuwe buren.', 'Ze gaat naar een theatervoorstelling.'],
    },
  },
  {
    id: 'label-koppig',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: vasthouden aan iets kan ook een kracht zijn. Beschrijf wat iemand deed of zei.',
    explanation:
      'Wat in het contact als koppig of dwars voelt, is vaak vasthoudendheid: een kracht in het herstel. Beschrijf waar iemand aan vasthoudt en waarom.',
    source: 'Herstelwerk: krachtgericht formuleren (domain/METHOD.md)',
    swap: [
      // "Vasthoudend" is a reframe, not the same fact: the worker decides, after the question.
      ['(?:koppig|koppige|koppigheid)', { question: 'Waar houdt de cliënt aan vast, en waarom? Is het vasthoudendheid?' }],
      ['(?:recalcitrant|recalcitrante|opstandig|opstandige|tegendraads|dwarsliggend|dwarsliggende)', { question: 'Waar is de cliënt het mee oneens?' }],
    ],
    rewrites: [{ question: 'Wat wil de cliënt zelf?', label: 'Coachvraag: wat wil de cliënt zelf?' }],
    examples: {
      bad: ['Meneer is koppig.', 'Een opstandige houding.'],
      good: ['Meneer is vasthoudend: hij belde vijf keer tot de toeslag geregeld was.', 'Zij kiest haar eigen weg.'],
    },
  },
  {
    id: 'label-lui',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: ‘lui’ is een oordeel over de persoon.',
    explanation: 'Wat lui lijkt, is vaak vermoeidheid, somberheid of geen haalbaar doel. Beschrijf wat iemand deed en vraag waar iemand energie van krijgt.',
    source: JUDGEMENT,
    patterns: [`(?:is|was|zijn|waren)\\s+${ADVS}lui(?![\\p{L}])`, `luie\\s+${PERSON}`, '(?:luiheid|luilak|luilakken|luiaard|luiaards)'],
    rewrites: [{ question: 'Wat deed de cliënt, en waar krijgt hij of zij energie van?', label: 'Beschrijf wat er gebeurde' }],
    examples: {
      bad: ['Meneer is gewoon lui.', 'Zij vindt haar zoon een luilak.'],
      good: ['Meneer ligt tot 13.00 uur in bed en zegt dat hij moe is.', 'Hij hangt graag lui op de bank met zijn kat.', 'De lui van de buurt komen samen.'],
    },
  },
  {
    id: 'label-onhandelbaar',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: dit zegt iets over de hulp, niet over de persoon.',
    explanation:
      'Als iemand ‘onhandelbaar’ lijkt, past de aanpak nog niet. Beschrijf wat iemand deed in welke situatie, zodat het team kan zoeken naar wat wel werkt.',
    source: LABELS,
    patterns: ['(?:onhandelbaar|onhandelbare|onhandelbaarheid|onbehandelbaar|onbehandelbare)', 'niet\\s+(?:meer\\s+)?te\\s+(?:handhaven|hanteren|houden)'],
    rewrites: [{ question: 'Wat deed de cliënt, en in welke situatie?', label: 'Beschrijf gedrag en situatie' }],
    examples: {
      bad: ['De jongen is thuis onhandelbaar.', 'Meneer is op de groep niet te handhaven.'],
      good: ['De jongen gooide thuis twee borden kapot na een ruzie met zijn vader.', 'De afspraak is goed te handhaven.'],
    },
  },
  {
    id: 'label-uitbehandeld',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: niet de persoon is uitbehandeld, de behandelaar heeft de eigen mogelijkheden benut.',
    explanation:
      '‘Uitbehandeld’ legt het einde van de mogelijkheden bij de persoon en ontneemt hoop. Schrijf wat de behandelaars hebben geprobeerd en wat iemand nu zelf wil.',
    source: GUIDES,
    patterns: ['uitbehandeld(?:e|en)?'],
    rewrites: [
      { question: 'Wat hebben de behandelaars geprobeerd, en wat wil de cliënt nu?', label: 'Leg het bij de behandeling en kijk vooruit' },
    ],
    examples: {
      bad: ['Meneer is uitbehandeld.', 'Zij geldt als uitbehandelde patiënt.'],
      good: ['De behandelaars hebben hun mogelijkheden benut; meneer wil nu werken aan een eigen huis.', 'De behandeling is afgerond.'],
    },
  },
  {
    id: 'label-chronisch',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: maakt de zorg tot iemands identiteit.',
    explanation:
      '‘Chronisch’ voor een persoon zegt dat er geen verandering meer komt, en neemt hoop weg. Beschrijf hoe lang iemand al zorg krijgt en wat iemand wil.',
    source: GUIDES,
    patterns: [
      '(?:chronisch|chronische)\\s+(?:psychiatrische?\\s+)?(?:patiënt|patiënte|patiënten|patient|patiente|patienten|cliënt|cliënte|cliënten|client|cliente|clienten|bewoner|bewoners|zieke|zieken|verslaafde|verslaafden|gebruiker|gebruikers|alcoholist|alcoholisten|psychoot|psychoten|geval|gevallen|mensen|persoon|personen)',
      '(?:chronicus|chronici)',
      '(?:is|was|zijn|waren)\\s+chronisch\\s+(?:psychiatrisch|verslaafd|ziek|psychotisch)',
    ],
    rewrites: [{ question: 'Hoe lang krijgt de cliënt al zorg, en wat wil hij of zij nu?', label: 'Beschrijf hoe lang iemand zorg krijgt' }],
    examples: {
      bad: ['Hij is een chronisch psychiatrische patiënt.', 'Het huis is bedoeld voor chronici.', 'Zij is chronisch verslaafd.'],
      good: ['Hij krijgt sinds 2010 zorg van de GGZ en wil nu vrijwilligerswerk doen.', 'Zij heeft chronische pijn in haar rug.'],
    },
  },
  {
    id: 'label-ziekte-inzicht',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: meestal zien cliënt en behandelaar het anders.',
    explanation:
      'Wie ‘geen ziekte-inzicht’ heeft, heeft meestal een eigen verklaring voor wat er gebeurt. Schrijf hoe iemand het zelf ziet, in eigen woorden; dat is een begin van het gesprek.',
    source: GUIDES,
    // Only "heeft geen ziekte-inzicht" and "(een) gebrek aan ziekte-inzicht" say outright that the two views differ;
    // "weinig" or "beperkt" say less, and "het ziekte-inzicht ontbreekt" has no object to put it in: questions.
    swap: [
      [behind(`geen\\s+ziekte-?\\s?(?:inzicht|besef)${FITS_NOUN_PHRASE}`, `(?<=(?<![\\p{L}])(?:heeft|had|hebben|hadden|heb|hebt)\\s+(?:${SUBJECT}\\s+)?)`), 'een andere kijk op wat er speelt dan de behandelaar'],
      [behind(`(?:een\\s+)?gebrek\\s+aan\\s+ziekte-?\\s?(?:inzicht|besef)${FITS_NOUN_PHRASE}`, '(?<!(?<![\\p{L}])(?:het|dit|dat|zijn|haar|hun|een)\\s+)'), 'een andere kijk op wat er speelt dan de behandelaar'],
      ['(?:geen|weinig|gebrek\\s+aan|onvoldoende|beperkt|beperkte|nauwelijks|amper|zonder|gering|geringe|matig|nul|minimaal|ontbrekend|ontbrekende)\\s+(?:\\p{L}+\\s+)?ziekte-?\\s?(?:inzicht|besef)', OWN_VIEW],
      ['ziekte-?\\s?(?:inzicht|besef)\\s+(?:ontbreekt|ontbrak|is\\s+(?:beperkt|afwezig|gering|minimaal|matig|onvoldoende|nihil))', OWN_VIEW],
    ],
    rewrites: [{ question: 'Wat helpt volgens de cliënt zelf?', label: 'Coachvraag: wat helpt volgens de cliënt?' }],
    examples: {
      bad: ['Meneer heeft geen ziekte-inzicht.', 'Er is sprake van gebrek aan ziekte-inzicht.', 'Mevrouw heeft weinig ziektebesef.', 'Het ziekte-inzicht ontbreekt.', 'Het ziekte-inzicht is beperkt.'],
      good: [
        'Meneer ziet het anders dan de psychiater: hij denkt dat de buren hem volgen.',
        'Mevrouw herkent de vroege signalen en belt dan haar zus.',
        'Ze zegt: "Ik ben niet ziek, ik ben moe."',
      ],
    },
  },
  {
    id: 'label-ontkenning',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: maakt van een andere kijk een tekortkoming.',
    explanation:
      'Dat iemand het anders ziet dan de hulpverlener, is geen ontkenning maar een eigen verhaal. Schrijf op hoe iemand het zelf ziet.',
    source: GUIDES,
    patterns: [
      '(?:ontkent|ontkende|ontkennen)\\s+(?:de|zijn|haar|hun|het)\\s+(?:\\p{L}+\\s+)?(?:ziekte|ziektes|problemen|problematiek|verslaving|psychose|stoornis|gebruik|drankprobleem|klachten)',
      '(?:zit|zat|is|was)\\s+(?:nog\\s+)?in\\s+(?:de\\s+)?ontkenning',
    ],
    rewrites: [OWN_VIEW],
    examples: {
      bad: ['Meneer ontkent zijn verslaving.', 'Mevrouw zit in de ontkenning.'],
      good: ['Meneer zegt dat hij drinkt om te kunnen slapen.', 'Hij ontkent dat hij de fiets heeft meegenomen.'],
    },
  },
  {
    id: 'label-hopeloos-geval',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een mens is geen ‘geval’.',
    explanation: 'Een ‘hopeloos geval’ neemt de hoop weg, en hoop is de basis van herstel. Beschrijf wat er speelt en wat er al geprobeerd is.',
    source: 'Herstelwerk: hoop houden en geloven in herstel (domain/METHOD.md)',
    patterns: ['(?:hopeloos|hopeloze|verloren|lastig|lastige|moeilijk|moeilijke|zielig|zielige|triest|trieste|kansloos|kansloze)\\s+(?:geval|gevallen)', 'reddeloos\\s+verloren'],
    rewrites: [{ question: 'Wat speelt er, en wat is al geprobeerd?', label: 'Beschrijf de situatie' }],
    examples: {
      bad: ['Collega\'s noemen hem een hopeloos geval.', 'Het is een moeilijk geval.'],
      good: ['In dat geval bellen we de huisarts.', 'Hij heeft na vijf jaar weer contact met zijn dochter.'],
    },
  },
  {
    id: 'label-overlastgever',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: maakt de overlast tot iemands identiteit.',
    explanation: 'Beschrijf wat er gebeurde, wanneer, en wie er last van had; dan is er iets om samen aan te werken.',
    source: LABELS,
    patterns: ['(?:overlastgever|overlastgevers|overlastgeefster|overlastpleger|overlastplegers|overlastveroorzaker|overlastveroorzakers|overlastgevend|overlastgevende)'],
    rewrites: [{ question: 'Wat gebeurde er, wanneer, en wie had er last van?', label: 'Beschrijf de gebeurtenis' }],
    examples: {
      bad: ['Meneer staat bij de corporatie bekend als overlastgever.', 'Er zijn klachten over overlastgevend gedrag.'],
      good: ['De buren klaagden over harde muziek na middernacht op 3 en 5 mei.', 'Meneer spreekt met de buren af om de muziek zachter te zetten.'],
    },
  },
  {
    id: 'label-veelpleger',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een justitieel etiket als naam voor een persoon.',
    explanation: 'Termen als ‘veelpleger’ maken iemand tot zijn delicten. Beschrijf de feiten (wat, wanneer) en wat iemand nu wil.',
    source: GUIDES,
    patterns: ['(?:veelpleger|veelplegers|veelpleegster|recidivist|recidivisten|notoire\\s+daders?|stelselmatige\\s+daders?)'],
    rewrites: [{ question: 'Wat deed hij of zij, en wanneer?', label: 'Beschrijf de feiten' }],
    examples: {
      bad: ['Hij staat geregistreerd als veelpleger.', 'Het gaat om een recidivist.'],
      good: ['Hij is in 2022 drie keer veroordeeld voor winkeldiefstal.', 'Hij wil na zijn detentie een opleiding volgen.'],
    },
  },
  {
    id: 'label-querulant',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: zet iemands klachten weg.',
    explanation: 'Wie veel klaagt, heeft vaak een punt dat niet gehoord is. Beschrijf waarover iemand klaagt en wat iemand wil bereiken.',
    source: JUDGEMENT,
    patterns: ['(?:querulant|querulante|querulanten|querulantisme|querulerend|querulerende|zeurpiet|zeurpieten|zeurkous|zeurkousen|klaagmuur)'],
    rewrites: [{ question: 'Waarover klaagt de cliënt, en wat wil hij of zij bereiken?', label: 'Beschrijf de klacht en het doel' }],
    examples: {
      bad: ['Meneer is een querulant.', 'Zij is een zeurpiet.'],
      good: ['Meneer heeft vier klachten ingediend over de verwarming en wil een monteur.', 'Zij klaagt over de geluidsoverlast van de buren.'],
    },
  },
  {
    id: 'label-crimineel',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: maakt iemand tot wat hij gedaan heeft.',
    explanation: 'Een delict is iets wat iemand deed, niet wie iemand is. Beschrijf de feiten en laat ruimte voor wie iemand nu wil zijn.',
    source: GUIDES,
    patterns: [
      `(?:een|de|die|deze)\\s+crimineel${NOUN_USE}`,
      '(?:criminelen|boef|boeven|delinquent|delinquente|delinquenten)',
      `(?:is|was|zijn|waren)\\s+(?:een\\s+)?crimineel${NOUN_USE}`,
      `criminele\\s+${PERSON}`,
      '(?:tuig|geboefte|crimi|crimi\'s)',
    ],
    rewrites: [{ question: 'Wat deed hij of zij, en wanneer?', label: 'Beschrijf de feiten' }],
    examples: {
      bad: ['Zijn broer is een crimineel.', 'De wijk trekt criminelen aan.', 'Het zijn criminele jongeren.'],
      good: ['Zijn broer is in 2021 veroordeeld voor inbraak.', 'Hij vertelt over zijn crimineel verleden.', 'Ze praat over criminele activiteiten in de buurt.'],
    },
  },
  {
    id: 'label-gestoord',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: scheldwoord voor iemands psyche.',
    explanation: 'Woorden als ‘gestoord’ of ‘psychopaat’ zijn oordelen over wie iemand is. Beschrijf wat je zag en hoorde.',
    source: GUIDES,
    patterns: [
      `(?:een|de|die|deze)\\s+(?:gestoorde|gek|idioot|malloot|halvegare|gare)${NOUN_USE}`,
      `gestoorde\\s+${PERSON}`,
      '(?:gedragsgestoord|gedragsgestoorde|gedragsgestoorden|gestoorden|psychopaat|psychopaten|sociopaat|sociopaten|halvegaren)',
      `${SUBJECT}\\s+(?:is|was)\\s+${ADVS}(?:gestoord|gek|knettergek|getikt|geschift)(?![\\p{L}])(?!\\s+op(?![\\p{L}]))`,
    ],
    exceptions: ['(?:steekt|steken|stak|staken|steek)\\s+de\\s+gek', 'als\\s+een\\s+gek', 'voor\\s+(?:de\\s+)?gek'],
    rewrites: [DESCRIBE],
    examples: {
      bad: ['De buren noemen hem een gestoorde.', 'Het is een gedragsgestoorde jongen.', 'Hij is gestoord.'],
      good: ['Zijn nachtrust is gestoord door het verkeer.', 'Ik ben gek op mijn hond.', 'Hij is gek op voetbal.', 'Ze steekt de gek met zichzelf.'],
    },
  },
  {
    id: 'label-verward',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: beschrijft niet wat er gebeurde.',
    explanation:
      '‘Verward’ plakt een etiket op iemand wiens gedrag we niet begrijpen. Beschrijf wat je zag en hoorde; ‘iemand met onbegrepen gedrag’ is de gangbare term.',
    source: GUIDES,
    swap: ownWords([
      ['verwarde\\s+personen', 'personen met onbegrepen gedrag'],
      ['verwarde\\s+mensen', 'mensen met onbegrepen gedrag'],
      ['verwarden', 'mensen met onbegrepen gedrag'],
      ['verwarde\\s+(?:man|vrouw|persoon|jongere|jongen|meisje|bewoner|bewoonster|cliënt|cliënte|client|buurman|buurvrouw)', { question: 'Wat zag je de persoon doen, en wat zei hij of zij?' }],
      // "verward" as a trait of the client: "mevrouw was verward". "Hij sprak verward" describes how he spoke, and stays.
      ...traitPatterns('verward', 'verwarde').slice(0, 4).map((p): [string, SwapTarget] => [p, { question: 'Wat zei of deed de cliënt precies?' }]),
    ], DESCRIBE),
    rewrites: [{ question: 'Wat zei de cliënt zelf over wat er speelde?', label: 'Gebruik de woorden van de cliënt' }],
    examples: {
      bad: ['De politie kreeg een melding over een verwarde man.', 'Het wijkteam ziet meer verwarde personen.', 'Mevrouw was gisteravond erg verward.', 'Sinds de val is meneer onrustig en verward.'],
      good: [
        'De politie kreeg een melding over een man die op straat riep dat hij gevolgd werd.',
        'Mevrouw was in de war en wist de datum niet.',
        'Hij sprak verward over een reis naar zijn moeder.',
        'De brief van de gemeente is verward opgesteld.',
      ],
    },
  },
  {
    id: 'label-prostituee',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: noem het werk, niet de persoon.',
    explanation: 'Sekswerk is werk dat iemand doet; oude termen dragen een oordeel. ‘Sekswerker’ of ‘iemand die in de prostitutie werkt’ is neutraal.',
    source: GUIDES,
    swap: ownWords([
      ['(?:prostituee|prostitué)', 'sekswerker'],
      ['(?:prostituees|prostitués)', 'sekswerkers'],
      ['(?:tippelaarster|tippelaar)', 'sekswerker op straat'],
      ['(?:tippelaarsters|tippelaars)', 'sekswerkers op straat'],
      // Also a term of abuse ("hij noemde haar een hoer"): a replacement could change what was said.
      ['(?:hoer|hoeren)', { question: 'Gaat het om werk of om een scheldwoord? Wat werd er precies gezegd?' }],
    ], WORK),
    rewrites: [FORWARD],
    examples: {
      bad: ['Mevrouw werkte jaren als prostituee.', 'In de straat werken hoeren.', 'Ze was tippelaarster op de Theemsweg.'],
      good: ['Mevrouw werkte jaren als sekswerker.', 'Zij wil stoppen met werken in de prostitutie.'],
    },
  },
  {
    id: 'label-illegaal',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een mens is niet illegaal.',
    explanation: 'Een verblijfsstatus is een situatie, geen eigenschap van een mens. ‘Ongedocumenteerd’ of ‘zonder verblijfsvergunning’ beschrijft de situatie.',
    source: GUIDES,
    swap: ownWords([
      ['illegalen', 'ongedocumenteerde mensen'],
      [`een\\s+illegaal${NOUN_USE_PP}`, 'iemand zonder verblijfsvergunning'],
      [`(?:de|die|deze)\\s+illegaal${NOUN_USE}`, WHO],
      [`illegale\\s+${PERSON}`, STATUS],
      ['illegale\\s+(?:vreemdeling|vreemdelingen|migrant|migranten|asielzoeker|asielzoekers)', STATUS],
    ], STATUS),
    rewrites: [{ question: 'Welke verblijfspapieren heeft de cliënt, en wat loopt er?', label: 'Beschrijf de verblijfssituatie' }],
    examples: {
      bad: ['De opvang is ook voor illegalen.', 'Hij is een illegaal.', 'Er wonen illegale migranten.'],
      good: ['De opvang is ook voor ongedocumenteerde mensen.', 'Illegale onderhuur is een risico voor zijn woning.', 'Hij verblijft illegaal in Nederland.'],
    },
  },
  {
    id: 'label-uitkeringstrekker',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: een inkomensbron als oordeel over de persoon.',
    explanation: 'Een uitkering is een recht en een inkomen, geen karaktertrek. Noem de persoon en het inkomen feitelijk.',
    source: JUDGEMENT,
    swap: ownWords([
      [`een\\s+(?:uitkeringstrekker|uitkeringstrekster)${NOUN_USE_PP}`, 'iemand met een uitkering'],
      [`als\\s+(?:uitkeringstrekker|uitkeringstrekster)${NOUN_USE_PP}`, 'als iemand met een uitkering'],
      [`een\\s+(?:bijstandstrekker|bijstandstrekster)${NOUN_USE_PP}`, 'iemand met een bijstandsuitkering'],
      [`als\\s+(?:bijstandstrekker|bijstandstrekster)${NOUN_USE_PP}`, 'als iemand met een bijstandsuitkering'],
      ['uitkeringstrekkers', 'mensen met een uitkering'],
      ['bijstandstrekkers', 'mensen met een bijstandsuitkering'],
      ['(?:uitkeringstrekker|bijstandstrekker|uitkeringstrekster|bijstandstrekster)', INCOME],
      ['(?:profiteur|profiteurs|uitvreter|uitvreters|klaploper|klaplopers)', { question: 'Wat gebeurde er precies?' }],
    ], INCOME),
    rewrites: [FORWARD],
    examples: {
      bad: ['Hij is een uitkeringstrekker.', 'De buurt noemt hem een klaploper.', 'Ze is al acht jaar een bijstandstrekster.'],
      good: ['Hij ontvangt een bijstandsuitkering en zoekt werk als schilder.', 'Mevrouw trekt een nieuwe trui aan.'],
    },
  },
  {
    id: 'label-wanbetaler',
    kind: 'substitution',
    category: 'label',
    severity: 'error',
    message: 'Etiket: schulden zijn een situatie, geen eigenschap.',
    explanation: 'Schulden hebben vaak een geschiedenis. Beschrijf feitelijk welke rekeningen openstaan en wat iemand al regelt.',
    source: JUDGEMENT,
    swap: ownWords([
      [`een\\s+wanbetaler${NOUN_USE_PP}`, 'iemand met openstaande rekeningen'],
      [`als\\s+wanbetaler${NOUN_USE_PP}`, 'als iemand met openstaande rekeningen'],
      ['wanbetalers', 'mensen met openstaande rekeningen'],
      ['wanbetaler', DEBTS],
    ], DEBTS),
    rewrites: [FORWARD],
    examples: {
      bad: ['Meneer staat bij de zorgverzekeraar bekend als wanbetaler.', 'De corporatie weert wanbetalers.'],
      good: ['Meneer heeft drie maanden premie openstaan en betaalt nu elke maand 50 euro af.', 'De betalingsregeling loopt sinds mei.'],
    },
  },
  {
    id: 'label-slachtofferrol',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: zet iemands ervaring weg.',
    explanation: 'Wie zich slachtoffer voelt, heeft vaak echt iets meegemaakt. Beschrijf wat iemand vertelt en zoek samen naar wat iemand wel in handen heeft.',
    source: JUDGEMENT,
    patterns: ['(?:slachtofferrol|slachtoffergedrag)', '(?:speelt|speelde|spelen)\\s+(?:het|de)\\s+slachtoffer'],
    rewrites: [{ question: 'Wat vertelt de cliënt over wat er gebeurd is?', label: 'Beschrijf wat iemand vertelt' }],
    examples: {
      bad: ['Mevrouw zit in de slachtofferrol.', 'Hij speelt het slachtoffer.'],
      good: ['Mevrouw vertelt dat haar ex haar geld afpakte.', 'Hij is slachtoffer van een overval en doet aangifte.'],
    },
  },
  {
    id: 'label-sociaal-wenselijk',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: ‘sociaal wenselijk’ zet iemands eigen woorden opzij.',
    explanation:
      'Als je iemands antwoord ‘sociaal wenselijk’ noemt, telt het niet meer mee. Noteer wat iemand letterlijk zei en, apart, wat jij ervan denkt (‘ik heb de indruk dat …’).',
    source: 'Herstelwerk: de woorden van de cliënt gebruiken (domain/METHOD.md)',
    patterns: ['sociaal[-\\s]wenselijke?(?:\\s+(?:antwoorden|antwoord|gedrag))?'],
    rewrites: [
      { question: 'Wat zei de cliënt letterlijk?', label: 'Gebruik de woorden van de cliënt' },
      { question: 'Wat is jouw eigen indruk, en waarop baseer je die?', label: 'Markeer je interpretatie als de jouwe' },
    ],
    examples: {
      bad: ['Meneer geeft sociaal wenselijke antwoorden.', 'Haar antwoord was sociaal wenselijk.'],
      good: ['Meneer zegt: "Het gaat prima met me."', 'Ik heb de indruk dat meneer meer zorgen heeft dan hij vertelt.'],
    },
  },
  {
    id: 'label-allochtoon',
    kind: 'existence',
    category: 'label',
    severity: 'error',
    message: 'Etiket: deelt mensen in naar afkomst.',
    explanation: 'De overheid gebruikt de term sinds 2016 niet meer. Noem alleen waar iemand geboren is of welke taal iemand spreekt als dat er in de hulp toe doet.',
    source: 'CBS (2016): de termen allochtoon en autochtoon vervallen',
    patterns: ['(?:allochtoon|allochtone|allochtonen)'],
    rewrites: [{ question: 'Doet de afkomst ertoe? Waar is de cliënt geboren, en welke taal spreekt hij of zij?', label: 'Noem het feit dat ertoe doet' }],
    examples: {
      bad: ['Het is een allochtone vrouw.', 'In de wijk wonen veel allochtonen.'],
      good: ['Mevrouw is geboren in Marokko en spreekt Tarifit en Nederlands.', 'Hij woont in de wijk Kanaleneiland.'],
    },
  },
];
