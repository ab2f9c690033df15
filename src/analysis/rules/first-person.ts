import type { Rule } from '../rule-schema';

/**
 * Worksheets (krachteninventarisatie, actieplan, hersteldoelen) are written in the client's
 * voice: ik-vorm (domain/METHOD.md). These rules only run in `worksheet` mode; in a report the
 * third person is normal (LABELS.md, rule 5).
 *
 * A sentence that already speaks as ik / mij / mijn / we / ons is left alone: a third person
 * there is someone else ("mijn broer, hij helpt mij"). First-person words inside a quotation do
 * not count, so `Cliënt zegt: "Ik wil werken."` is still flagged for "Cliënt".
 */

const SOURCE = 'Herstelwerk, krachteninventarisatie en actieplan: in de ik-vorm, in de woorden van de cliënt (domain/METHOD.md)';
const WHY =
  'Een werkblad is van de cliënt: de methode vraagt de ik-vorm en de eigen woorden. ‘Ik wil weer werken’ is het doel van de cliënt; ‘cliënt wil weer werken’ is een doel over de cliënt.';

/** The engine tests this on the sentence without its quotes: the client speaking does not count. */
const SPEAKS_AS_I = ["(?:ik|ikzelf|mij|me|mijzelf|mezelf|mijn|m'n|m’n|we|wij|wijzelf|ons|onze|onszelf|jij|jou|jouw)"];

/**
 * A pronoun in the sentence right after one that introduces someone of the client's own
 * ("Mijn zoon Milan en ik lezen samen. Hij gaat naar school.") points at that person, not at
 * the client. Matched as an exception span from "mijn zoon" to the pronoun, over one sentence
 * boundary at most.
 */
const RELATIONS =
  '(?:zoon|zoontje|dochter|dochtertje|kind|kindje|broer|broertje|zus|zusje|vader|moeder|man|vrouw|vriend|vriendin|partner|ex|oom|tante|opa|oma|neef|nicht|buurman|buurvrouw|collega|baas|begeleider|begeleidster|kleinzoon|kleindochter|schoonvader|schoonmoeder|zwager|schoonzus|stiefvader|stiefmoeder|peetoom|peettante|hond|kat|poes)';
const OWN_PERSON_THEN_PRONOUN =
  `(?:mijn|m'n|m’n|onze)\\s+(?:\\p{L}+\\s+)?${RELATIONS}(?![\\p{L}])[^.!?]{0,300}[.!?]["”’)]?\\s+[^.!?]{0,300}(?:hij|hijzelf|zij|zijzelf|ze|hem|hemzelf|haar|haarzelf|zijn)`;

/**
 * A word swapped for "ik" or "mij" leaves the verb and the rest of the sentence as they were ("ik
 * heeft", "helpt ik", "ik voel zich"), and a pronoun may be about someone else than the client. So
 * these rules ask; `ik-onderwerp` below replaces only where it can make the whole clause right.
 */
const IK_TEMPLATE = { question: 'Hoe zegt de cliënt dit zelf, met ‘ik’?', label: 'Vraag het de cliënt en schrijf het in de ik-vorm' };
const SOMEONE_ELSE = { question: 'Gaat dit over iemand anders dan de cliënt? Noem die persoon dan bij naam of rol.', label: 'Over wie gaat het?' };
const SUBJECT_REWRITES = [IK_TEMPLATE];

const CLIENT = '(?:de\\s+)?(?:cliënt|cliënte|client|cliente)';
const MENEER = '(?:[Dd]e\\s+heer|[Mm]eneer|[Mm]ijnheer|[Dd]hr\\.?)';
const MEVROUW = '(?:[Mm]evrouw|[Mm]evr\\.|[Mm]w\\.)';
/** A surname after meneer / mevrouw: "Meneer Jansen", "mevrouw van der Berg", "dhr. De Vries". */
const SURNAME = "(?:\\s+(?:(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Ee]l|[Bb]en|'t)\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)?";

/** Sentence starters that look like a first name before a verb ("Vandaag wil ik …"). */
const STARTERS = [
  'Ik', 'Wij', 'We', 'Mijn', 'Onze', 'Ons', 'Jij', 'Je', 'Jouw', 'U', 'Uw', 'Hij', 'Zij', 'Ze', 'Het', 'De', 'Een', 'Dit', 'Dat',
  'Deze', 'Die', 'Er', 'Daar', 'Hier', 'Nu', 'Dan', 'Toen', 'Daarna', 'Daarom', 'Dus', 'Maar', 'En', 'Of', 'Want', 'Omdat', 'Als',
  'Wanneer', 'Zodra', 'Tijdens', 'Na', 'Voor', 'Met', 'Bij', 'In', 'Op', 'Om', 'Aan', 'Over', 'Door', 'Volgens', 'Sinds', 'Vanaf',
  'Tot', 'Vandaag', 'Morgen', 'Gisteren', 'Overmorgen', 'Straks', 'Soms', 'Vaak', 'Altijd', 'Nooit', 'Ook', 'Verder', 'Eerst',
  'Later', 'Vroeger', 'Thuis', 'Buiten', 'Binnen', 'Binnenkort', 'Elke', 'Elk', 'Iedere', 'Ieder', 'Iedereen', 'Niemand', 'Alles',
  'Niets', 'Niks', 'Wat', 'Wie', 'Waar', 'Hoe', 'Waarom', 'Welke', 'Welk', 'Samen', 'Zo', 'Zelf', 'Alleen', 'Misschien', 'Graag',
  'Echt', 'Wel', 'Geen', 'Niet', 'Veel', 'Weinig', 'Meer', 'Minder', 'Alle', 'Beide', 'Allebei', 'Iets', 'Iemand', 'Eigenlijk',
  'Gelukkig', 'Helaas', 'Inmiddels', 'Intussen', 'Vervolgens', 'Uiteindelijk', 'Elders', 'Overdag', 'Vanavond', 'Vanochtend',
  'Vanmiddag', 'Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag', 'Geld', 'Werk', 'Sport', 'Muziek',
  'Gezondheid', 'Veiligheid', 'Wonen', 'Zingeving', 'Familie', 'Vrienden', 'Koken', 'Eten', 'Slapen', 'Roken', 'Drinken',
  'Gebruik', 'Alcohol', 'Drugs', 'Medicatie', 'School', 'Studie', 'Opleiding', 'Huis', 'Schulden', 'Inkomen', 'Liefde', 'Geloof',
  'Rust', 'Structuur', 'Hulp', 'Begeleiding', 'Contact', 'Geluk', 'Tijd', 'Vrijwilligerswerk', 'Dagbesteding', 'Bewegen',
  'Wandelen', 'Fietsen', 'Lezen', 'Schrijven', 'Tekenen', 'Vissen', 'Tuinieren', 'Cliënt', 'Cliënte', 'Client', 'Cliente',
  'Meneer', 'Mevrouw', 'Mijnheer', 'Bewoner', 'Bewoonster', 'Betrokkene', 'Patiënt', 'Patiënte', 'Begeleider', 'Hulpverlener',
  'Moeder', 'Vader', 'Mama', 'Papa', 'Mam', 'Pap', 'Oma', 'Opa', 'Broer', 'Zus', 'Zoon', 'Dochter', 'Partner', 'Vriend',
  'Vriendin', 'Buurman', 'Buurvrouw', 'Collega', 'Doel', 'Actie', 'Wens', 'Kracht', 'Nederland', 'God', 'Allah', 'Jezus',
  // places are subjects too ("Utrecht is een mooie stad")
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Den', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen', 'Arnhem',
  'Haarlem', 'Zwolle', 'Leiden', 'Maastricht', 'Dordrecht', 'Zoetermeer', 'Amersfoort', 'Apeldoorn', 'Enschede', 'België',
  'Brussel', 'Antwerpen', 'Gent', 'Marokko', 'Turkije', 'Suriname', 'Syrië', 'Polen', 'Europa',
];
const NOT_A_STARTER = `(?!(?:${STARTERS.join('|')})(?![\\p{L}]))`;
/** Paragraph start (also after a list bullet), after the end of a sentence, or after a colon. */
const SENTENCE_START = '(?<=^\\s*(?:[-•*–]\\s*)?|[.!?:;]\\s+|[.!?]["”’\']\\s+)';
/** "zijn" as a verb ends its clause or stands before a conjunction; the possessive stands before a noun. */
const NOT_VERB_ZIJN =
  '(?!\\s*(?:[.,;:!?)\\]"”’]|$)|\\s+(?:en|of|maar|want|dan|als|omdat|totdat|wanneer|geweest|gebleven|geworden)(?![\\p{L}]))';
/** Like SENTENCE_START, for a rule matched in the lower-cased text. */
const SENTENCE_START_ANY = '(?<=^\\s*(?:[-•*–]\\s*|\\p{N}+[.)]\\s*)?|[.!?:;]\\s+|[.!?]["”’\']\\s+)';
const NAME = `${NOT_A_STARTER}\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?`;
const NAME_VERBS =
  'wil|wilt|wilde|gaat|ging|heeft|had|kan|kon|zal|zou|mag|mocht|moet|moest|vindt|vond|doet|deed|woont|woonde|werkt|werkte|houdt|hield|krijgt|kreeg|komt|kwam|zoekt|zocht|leert|leerde|maakt|maakte|neemt|nam|belt|belde|zorgt|zorgde|geniet|genoot|voelt|voelde|loopt|liep|sport|kookt|kookte|zegt|zei|vertelt|vertelde|geeft|gaf|weet|wist|kent|kende|hoopt|hoopte|droomt|spreekt|sprak|schrijft|schreef|leest|volgt|volgde|bezoekt|bezocht|haalt|haalde|brengt|bracht|helpt|hielp|zit|zat|staat|stond|slaapt|sliep|eet|drinkt|dronk|rookt|rookte|gebruikt|gebruikte|blijft|bleef|probeert|probeerde|oefent|oefende|regelt|regelde|betaalt|betaalde|spaart|fietst|wandelt|zwemt|speelt|speelde|luistert|praat|praatte|ziet|zag|verdient|kiest|koos|begint|begon|stopt|stopte|vraagt|vroeg|is|was|wordt|werd|heeft|' +
  // what people do and like, as a worksheet tells it ("Mehmet repareert fietsen", "Shanti zingt in een koor")
  'repareert|repareerde|zingt|zong|danst|danste|tekent|tekende|schildert|schilderde|bakt|bakte|breit|naait|knutselt|sleutelt|sleutelde|timmert|tuiniert|fotografeert|studeert|studeerde|traint|trainde|rijdt|reed|reist|reisde|verhuist|verhuisde|verzorgt|verzorgde|onderhoudt|bidt|gelooft|geloofde|mist|miste|lacht|lachte|huilt|heet|heette|leeft|leefde|wacht|wachtte|bouwt|bouwde|poetst|las|luisterde|wandelde|fietste|zwom|voetbalt|kickbokst|sportte|viert|vierde|verzamelt|verzamelde|vangt|vist|viste|kijkt|keek|ontmoet|ontmoette|steunt|steunde|vertrouwt|vertrouwde';

/**
 * `ik-onderwerp`: "Meneer wil een eigen huis" → "Ik wil een eigen huis", the clause made whole.
 * Only for words that can only mean the client (cliënt, meneer, mevrouw, betrokkene, de bewoner,
 * de patiënt; not a pronoun or a first name, which may be someone else), as the subject at the
 * start of a clause right before a verb it knows, or right after it in "Volgend jaar wil meneer
 * …". The sentence must hold no other person word (zijn, haar, zich, hij, mijn, …) and no second
 * verb that would have to change too ("meneer kookt en wast af"): else the rule stays quiet and
 * the sentence rules above ask their question.
 */
const SUBJECT_WORD =
  '(?:[Dd]e\\s+(?:cliënte?|cliente?|bewoner|bewoonster|patiënte?|patiente?|betrokkene)|[Cc]liënte?|[Cc]liente?|[Bb]etrokkene|[Bb]ewoner|[Bb]ewoonster|[Pp]atiënte?|[Mm]eneer|[Mm]ijnheer|[Mm]evrouw)';
/**
 * Start of a clause: paragraph, sentence, numbered item, after a colon or a conjunction. Not after a
 * bullet: the engine would write the replacement there with a small letter ("- ik zoek werk").
 */
const CLAUSE_START =
  "(?:^\\s*(?:\\p{N}+[.)]\\s*)?|[.!?:;][\"”’']?\\s+|(?<![\\p{L}])(?:[Ee]n|[Mm]aar|[Ww]ant|[Dd]us|[Oo]mdat|[Zz]odat|[Aa]ls|[Ww]anneer|[Zz]odra|[Tt]erwijl|[Dd]oordat|[Tt]oen)\\s+)";
/** Words that put another person (or already the client as ik) in the sentence. */
const PERSON_LIST = "ik ikzelf mij me mijn mezelf mijzelf m'n m’n we wij ons onze jij je jou jouw u uw hij hijzelf zij zijzelf ze hem hemzelf haar haarzelf zijn zich zichzelf hun hen".split(' ');
/** Before the subject a person word may open the sentence ("Zijn zus …"), so with either first letter. */
const PERSON_ANY_CASE = `(?:${PERSON_LIST.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;
/** No person word earlier in the sentence than `matched` (the text just matched). */
const noPersonBefore = (matched: string) => `(?<!(?<![\\p{L}'’])${PERSON_ANY_CASE}(?![\\p{L}])[^.!?]*${matched})`;
const NO_PERSON_AFTER = `(?![^.!?]*?(?<![\\p{L}'’])(?:${PERSON_LIST.join('|')})(?![\\p{L}]))`;
/** A second present-tense verb in "meneer kookt en wast af" would still say "wast". */
const NO_SECOND_VERB =
  '(?![^.!?]*?(?<![\\p{L}])(?:en|of|maar)\\s+(?:(?:daarna|dan|ook|straks|later|graag|zelf|weer|samen|nu|vervolgens)\\s+)?(?:is|heeft|gaat|doet|komt|ziet|staat|slaat|(?!(?:het|niet|met|wat|dat|tot|uit|echt|net|vast|best|recht|licht|soms|altijd)(?![\\p{L}]))\\p{Ll}*t)(?![\\p{L}]))';
const CLEAN_SENTENCE = `${NO_PERSON_AFTER}${NO_SECOND_VERB}`;

/**
 * Present-tense verbs whose ik-form differs, [he-form, ik-form]: the ones worksheets use most. Each
 * pair is a pattern of its own, so the list stays short; any other verb gets the question.
 */
const PRESENT_PAIRS: Array<[string, string]> = [
  ['is', 'ben'], ['heeft', 'heb'], ['gaat', 'ga'], ['doet', 'doe'], ['komt', 'kom'], ['wordt', 'word'], ['vindt', 'vind'],
  ['houdt', 'houd'], ['staat', 'sta'], ['ziet', 'zie'], ['woont', 'woon'], ['werkt', 'werk'], ['kookt', 'kook'], ['zoekt', 'zoek'],
  ['leert', 'leer'], ['maakt', 'maak'], ['belt', 'bel'], ['zorgt', 'zorg'], ['helpt', 'help'], ['krijgt', 'krijg'], ['neemt', 'neem'],
  ['geeft', 'geef'], ['leest', 'lees'], ['volgt', 'volg'], ['blijft', 'blijf'], ['probeert', 'probeer'], ['betaalt', 'betaal'],
  ['spaart', 'spaar'], ['begint', 'begin'], ['gebruikt', 'gebruik'], ['drinkt', 'drink'], ['rookt', 'rook'], ['fietst', 'fiets'],
  ['wandelt', 'wandel'], ['zwemt', 'zwem'], ['speelt', 'speel'], ['slaapt', 'slaap'], ['bezoekt', 'bezoek'], ['regelt', 'regel'],
  ['schrijft', 'schrijf'],
];
/** Verbs whose ik-form is the same (kan, wil, zit, and every past tense): only the subject changes. */
const SAME_FORM =
  '(?:kan|kon|wil|wilde|zal|zou|mag|mocht|moet|moest|zit|zat|eet|at|weet|wist|praat|wacht|heet|zet|laat|geniet|sport|rust|was|had|ging|kwam|deed|zag|vond|hield|kreeg|liep|nam|gaf|bleef|kocht|bracht|dacht|sliep|las|schreef|sprak|koos|begon|stond|lag|reed|zwom|hielp|vroeg|zei|\\p{Ll}{2,}(?:de|te))(?![\\p{L}])';
/** Words that open a sentence before the verb in "Volgend jaar wil meneer verhuizen". */
const FRONTED =
  '(?:[Oo]ver|[Nn]a|[Bb]innen|[Vv]anaf|[Ii]n|[Oo]p|[Ee]lke|[Ee]lk|[Ii]edere|[Vv]olgend|[Vv]olgende|[Kk]omend|[Kk]omende|[Dd]eze|[Dd]it|[Mm]orgen|[Ss]traks|[Nn]u|[Dd]an|[Dd]aarna|[Vv]andaag|[Vv]anavond|[Ll]ater|[Vv]oortaan|[Ee]erst|[Ss]amen|[Tt]huis|[Oo]verdag|[Mm]et|[Bb]ij|[Ss]inds|[Tt]ijdens)';
const FRONT = `(?:^\\s*(?:\\p{N}+[.)]\\s*)?|[.!?:;]["”’']?\\s+)${FRONTED}(?:\\s+[\\p{L}\\p{N}]+){0,4}\\s+`;
/** Not "meneer Jansen", "mevrouw de Vries": with a surname it may be someone else. */
const NO_SURNAME = '(?!\\s+(?:\\p{Lu}|(?:van|de|den|der|ter|ten)\\s))';
const INVERTED_PAIRS = PRESENT_PAIRS.filter(([he]) => ['is', 'heeft', 'gaat', 'doet', 'komt', 'wordt', 'woont', 'werkt'].includes(he));

/**
 * Each pattern starts with its own words and checks the rest of the sentence only where they occur,
 * cheapest test first. A verb is spelled in short groups ("(?:heef)(?:t)"), so that the engine runs
 * these patterns only in paragraphs that hold a subject word (rare in a worksheet), not in every
 * one that holds "is" or "heeft".
 */
const verb = (form: string) => `${form.replace(/.{1,3}/gu, '(?:$&)')}(?![\\p{L}])`;
const checks = (matched: string) => `(?<=${CLAUSE_START}${matched})${noPersonBefore(matched)}${CLEAN_SENTENCE}`;
const SUBJECT_SWAPS: Array<[string, string]> = [
  [`${SUBJECT_WORD}(?=\\s+${SAME_FORM})${checks(SUBJECT_WORD)}`, 'ik'],
  ...PRESENT_PAIRS.map(([he, ik]): [string, string] => [
    `${SUBJECT_WORD}\\s+${verb(he)}${checks(`${SUBJECT_WORD}\\s+\\p{Ll}+`)}`,
    `ik ${ik}`,
  ]),
  [
    `${SUBJECT_WORD}${NO_SURNAME}(?<=${FRONT}${SAME_FORM}\\s+${SUBJECT_WORD})${noPersonBefore(SUBJECT_WORD)}${CLEAN_SENTENCE}`,
    'ik',
  ],
  ...INVERTED_PAIRS.map(([he, ik]): [string, string] => {
    const matched = `\\p{Ll}+\\s+${SUBJECT_WORD}`;
    return [`${verb(he)}\\s+${SUBJECT_WORD}${NO_SURNAME}(?<=${FRONT}${matched})${noPersonBefore(matched)}${CLEAN_SENTENCE}`, `${ik} ik`];
  }),
];

export const firstPersonRules: Rule[] = [
  {
    id: 'ik-client',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    message: 'Geen ik-vorm: schrijf vanuit de cliënt; zeg liever ‘ik’.',
    explanation: WHY,
    source: SOURCE,
    patterns: [CLIENT],
    skipSentenceIf: SPEAKS_AS_I,
    rewrites: SUBJECT_REWRITES,
    examples: {
      bad: [
        'Cliënt voelt zich thuis in de wijk.',
        'Doel: de cliënt gaat met zijn zus zwemmen.',
        'De begeleider belt samen met cliënt de woningcorporatie.',
      ],
      good: [
        'Ik wil weer aan het werk.',
        'Ik ben cliënt bij de GGZ en wil meedenken in de cliëntenraad.',
        'Mijn begeleider zegt dat de cliënt centraal staat.',
        'Ze belt met de cliëntenraad.',
      ],
    },
  },
  {
    id: 'ik-meneer',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    caseSensitive: true,
    message: 'Geen ik-vorm: schrijf vanuit de cliënt; zeg liever ‘ik’.',
    explanation: WHY,
    source: SOURCE,
    patterns: [`${MENEER}${SURNAME}`],
    skipSentenceIf: SPEAKS_AS_I,
    rewrites: SUBJECT_REWRITES,
    examples: {
      bad: ['Meneer kijkt graag voetbal met zijn broer.', 'Meneer Jansen gaat elke dag wandelen.', 'De buurman helpt meneer met de tuin.'],
      good: ['Ik wil graag een eigen huis.', 'Mijn buurman, meneer Jansen, helpt mij met de tuin.', 'Mijnheer is hier een beleefde aanspreekvorm voor mijn vader.'],
    },
  },
  {
    id: 'ik-mevrouw',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    caseSensitive: true,
    message: 'Geen ik-vorm: schrijf vanuit de cliënt; zeg liever ‘ik’.',
    explanation: WHY,
    source: SOURCE,
    patterns: [`${MEVROUW}${SURNAME}`],
    skipSentenceIf: SPEAKS_AS_I,
    rewrites: SUBJECT_REWRITES,
    examples: {
      bad: ['Mevrouw wil haar rijbewijs halen.', 'Mevrouw de Vries kookt graag voor anderen.', 'De begeleider maakt samen met mevrouw een plan.'],
      good: ['Ik wil mijn rijbewijs halen.', 'Mevrouw Bakker van de bibliotheek helpt mij met lezen.'],
    },
  },
  {
    id: 'ik-bewoner',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    message: 'Geen ik-vorm: schrijf vanuit de cliënt; zeg liever ‘ik’.',
    explanation: WHY,
    source: SOURCE,
    patterns: ['(?:de\\s+)?(?:bewoner|bewoonster)'],
    skipSentenceIf: SPEAKS_AS_I,
    rewrites: SUBJECT_REWRITES,
    examples: {
      bad: ['De bewoner kookt en wast zelf af.', 'Bewoonster gaat op zaterdag met haar zus naar de markt.'],
      good: ['Ik wil zelf koken.', 'Ik kook op vrijdag voor mijn medebewoners.', 'De bewoners van de flat houden een buurtfeest.'],
    },
  },
  {
    id: 'ik-betrokkene',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    message: 'Geen ik-vorm: schrijf vanuit de cliënt; zeg liever ‘ik’.',
    explanation: WHY,
    source: SOURCE,
    patterns: ['(?:de\\s+)?betrokkene'],
    skipSentenceIf: SPEAKS_AS_I,
    rewrites: SUBJECT_REWRITES,
    examples: {
      bad: ['Betrokkene wil haar schulden op orde.', 'De betrokkene heeft een fijne band met haar zus.'],
      good: ['Ik wil mijn schulden op orde.', 'Alle betrokkenen komen naar het netwerkberaad.'],
    },
  },
  {
    id: 'ik-patient',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    message: 'Geen ik-vorm: schrijf vanuit de cliënt; zeg liever ‘ik’.',
    explanation: WHY,
    source: SOURCE,
    patterns: ['(?:de\\s+)?(?:patiënt|patiënte|patient|patiente)'],
    skipSentenceIf: SPEAKS_AS_I,
    rewrites: SUBJECT_REWRITES,
    examples: {
      bad: ['Patiënt wil minder medicatie en overlegt dat met zijn arts.', 'De patiënte gaat weer naar haar werk.'],
      good: ['Ik wil minder medicatie.', 'De patiëntenvereniging organiseert een lotgenotendag.'],
    },
  },
  {
    id: 'ik-onderwerp',
    kind: 'substitution',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    caseSensitive: true,
    message: 'Geen ik-vorm: schrijf vanuit de cliënt; zeg liever ‘ik’.',
    explanation: WHY,
    source: SOURCE,
    swap: SUBJECT_SWAPS,
    rewrites: [IK_TEMPLATE],
    examples: {
      bad: [
        'Meneer wil een eigen huis in de wijk.',
        'Cliënt heeft een hond en twee katten.',
        'Doel: mevrouw gaat twee keer per week zwemmen.',
        'Volgend jaar woont de cliënt zelfstandig.',
        'Over een jaar wil mevrouw een rijbewijs halen.',
      ],
      good: [
        'Ik wil een eigen huis in de wijk.',
        'Meneer voelt zich thuis in de moestuin.',
        'Mevrouw kookt en wast zelf af.',
        'De buurman van meneer helpt met de tuin.',
        'Volgend jaar gaat meneer Jansen met pensioen.',
      ],
    },
  },
  {
    id: 'ik-hij',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    message: 'Geen ik-vorm: ‘hij’ over de cliënt; zeg liever ‘ik’.',
    explanation: WHY,
    source: SOURCE,
    patterns: ['hij', 'hijzelf'],
    skipSentenceIf: SPEAKS_AS_I,
    exceptions: [OWN_PERSON_THEN_PRONOUN],
    rewrites: [IK_TEMPLATE, SOMEONE_ELSE],
    examples: {
      bad: ['Hij wil weer contact met zijn dochter.', 'Over een jaar woont hij zelfstandig.'],
      good: [
        'Ik wil weer contact met mijn dochter.',
        'Mijn broer, hij helpt mij met de boodschappen.',
        'Ik ben blij met mijn buurman: hij is er als ik hem nodig heb.',
        'Mijn zoon Milan (6) en ik lezen elke avond samen een boek. Hij gaat naar de Montessorischool.',
      ],
    },
  },
  {
    id: 'ik-zij',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    message: 'Geen ik-vorm: de cliënt in de derde persoon; zeg liever ‘ik’.',
    explanation: WHY,
    source: SOURCE,
    patterns: [
      'zij',
      'zijzelf',
      // "ze" only with a singular verb: "ze hebben" is about other people.
      "ze(?=\\s+(?:wil|kan|kon|is|was|heeft|had|zal|zou|mag|moet|ging|deed|kwam|zag|wist|vond|zei|hield|kreeg|wilde|lag|zat|stond|at|dronk|sliep|(?!(?:niet|het|dat|wat|met|uit|tot|echt|recht|licht|net|best|slecht|meest|vast|ooit|beide|samen)(?![\\p{L}]))\\p{L}+(?:t|de|te))(?![\\p{L}]))",
      '(?<=(?:wil|kan|is|heeft|gaat|doet|zal|mag|wordt|vindt|moet|zou|kon|had|was|ging|komt|woont|werkt|krijgt|houdt|zegt|weet|ziet)\\s+)ze',
    ],
    skipSentenceIf: SPEAKS_AS_I,
    exceptions: ['zij\\s+aan\\s+zij', OWN_PERSON_THEN_PRONOUN],
    rewrites: [IK_TEMPLATE, SOMEONE_ELSE],
    examples: {
      bad: ['Zij wil een opleiding tot kapper volgen.', 'Ze gaat elke week naar de sportschool.', 'Volgend jaar wil ze verhuizen.'],
      good: [
        'Ik wil een opleiding tot kapper volgen.',
        'Mijn kinderen zijn mijn kracht, ze maken me blij.',
        'Ze hebben een hond en een kat.',
        'We werken zij aan zij in de moestuin.',
        'Mijn moeder is 80. Ze woont nog zelfstandig in Paramaribo.',
      ],
    },
  },
  {
    id: 'ik-hem',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    message: 'Geen ik-vorm: de cliënt in de derde persoon; zeg liever ‘mij’ of ‘mezelf’.',
    explanation: WHY,
    source: SOURCE,
    patterns: ['hem', 'hemzelf', 'zichzelf'],
    skipSentenceIf: SPEAKS_AS_I,
    exceptions: [OWN_PERSON_THEN_PRONOUN],
    rewrites: [
      { question: 'Hoe zegt de cliënt dit zelf, met ‘mij’ of ‘mezelf’?', label: 'Vraag het de cliënt en schrijf het in de ik-vorm' },
      SOMEONE_ELSE,
    ],
    examples: {
      bad: ['Zijn zus helpt hem met de post.', 'Wandelen geeft hem rust.', 'Koken voor anderen geeft zichzelf een goed gevoel.'],
      good: [
        'Mijn zus helpt mij met de post.',
        'Ik bel mijn vader en vraag hem om advies.',
        'Wandelen geeft rust.',
        'Mijn hond Bobby is mijn maatje. Iedereen in de straat kent hem.',
      ],
    },
  },
  {
    id: 'ik-haar',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    message: 'Geen ik-vorm: ‘haar’ over de cliënt; zeg liever ‘mijn’ of ‘mij’.',
    explanation: WHY,
    source: SOURCE,
    patterns: ['haar', 'haarzelf'],
    skipSentenceIf: SPEAKS_AS_I,
    exceptions: [
      // the noun: "het haar", "kort haar", "haar (laten) knippen", "op een haar na"
      "(?<=(?:het|een|mijn|m'n|m’n|je|jouw|zijn|haar|ons|hun|kort|korte|lang|lange|grijs|grijze|blond|blonde|bruin|bruine|zwart|zwarte|rood|rode|donker|donkere|krullend|krullende|steil|steile|dik|dikke|dun|dunne|nat|natte|geverfd|geverfde|vet|vette|schoon|schone|mooi|mooie)\\s+)haar",
      'haar(?=\\s+(?:te\\s+)?(?:laten\\s+)?(?:knippen|kammen|borstelen|föhnen|verven|vlechten|invlechten|groeien)(?![\\p{L}]))',
      'op\\s+een\\s+haar\\s+na',
      OWN_PERSON_THEN_PRONOUN,
    ],
    rewrites: [
      { question: 'Hoe zegt de cliënt dit zelf, met ‘mijn’ of ‘mij’?', label: 'Vraag het de cliënt en schrijf het in de ik-vorm' },
      SOMEONE_ELSE,
    ],
    examples: {
      bad: ['Haar moeder is een belangrijke steun.', 'De buurvrouw helpt haar met boodschappen.', 'Over een jaar heeft Fatima haar diploma.'],
      good: [
        'Mijn moeder is een belangrijke steun.',
        'Ik laat mijn haar knippen bij de kapper in de wijk.',
        'Kort haar staat goed en is makkelijk.',
        'Ik bel mijn zus en vraag haar om mee te gaan.',
        'Mijn dochter Naima woont in Almere. Haar kinderen zijn drie en vijf.',
      ],
    },
  },
  {
    id: 'ik-zijn',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    message: 'Geen ik-vorm: ‘zijn’ over de cliënt; zeg liever ‘mijn’.',
    explanation: WHY,
    source: SOURCE,
    patterns: [
      // after a preposition "zijn" is the possessive ("contact met zijn kinderen"), unless it ends the clause as the
      // verb of a particle verb ("als de pillen op zijn, …", "de verwarming moet aan zijn")
      `(?<=(?<![\\p{L}])(?:met|van|voor|naar|bij|aan|op|in|uit|over|door|om|tegen|zonder|tussen|na|onder|achter|rond|tot|volgens|vanwege|via)\\s+)zijn(?!\\s+(?:tweeën|tweetjes|drieën|vieren|vijven|allen)(?![\\p{L}]))${NOT_VERB_ZIJN}`,
      // at the start of a sentence or list item, before a noun: "Zijn grootste wens is …"
      `${SENTENCE_START_ANY}zijn(?=\\s+(?!(?:er|het|de|een|dit|dat|die|deze|we|wij|jullie|ze|zij|u|jij|je|hier|daar|alle|dan|nu|ook|dus)(?![\\p{L}]))\\p{L})`,
    ],
    skipSentenceIf: SPEAKS_AS_I,
    exceptions: ['op\\s+zijn\\s+(?:best|minst|vroegst|laatst|snelst|langst|hoogst|meest|tijd)', 'in\\s+zijn\\s+geheel', OWN_PERSON_THEN_PRONOUN],
    rewrites: [
      { question: 'Hoe zegt de cliënt dit zelf, met ‘mijn’?', label: 'Vraag het de cliënt en schrijf het in de ik-vorm' },
      SOMEONE_ELSE,
    ],
    examples: {
      bad: ['Weer contact met zijn kinderen.', 'Zijn grootste wens is een eigen huis.', '2. Een vaste baan, zodat hij voor zijn gezin kan zorgen.'],
      good: [
        'Weer contact met mijn kinderen.',
        'Ik ga met mijn broer naar zijn volkstuin.',
        'We gaan met zijn allen naar het strand.',
        'Zijn er nog vragen over het plan?',
        'Op zijn minst één keer per week ga ik zwemmen.',
        'Mijn kinderen zijn mijn kracht.',
        'Mijn broer woont in Gent. Hij werkt daar met zijn vrouw in een bakkerij.',
        'Als de pillen op zijn, belt de apotheek.',
        'De verwarming moet aan zijn en de ramen dicht.',
      ],
    },
  },
  {
    id: 'ik-voornaam',
    kind: 'sentence',
    category: 'not-first-person',
    severity: 'warning',
    modes: ['worksheet'],
    caseSensitive: true,
    message: 'Geen ik-vorm: de cliënt bij naam. Schrijf vanuit de cliënt; zeg liever ‘ik’.',
    explanation: WHY,
    source: SOURCE,
    patterns: [
      `${SENTENCE_START}${NAME}(?=\\s+(?:${NAME_VERBS})(?![\\p{L}]))`,
      // inversion: "Volgend jaar gaat Kees verhuizen", but not "wil Nederlands leren"
      `(?<=(?:wil|gaat|kan|heeft|wordt|zal|mag|moet|doet|komt|zou|wilde|ging|kon|woont|werkt|kookt|sport|zoekt|haalt|krijgt|houdt|volgt|leert|rijdt|maakt|start|begint)\\s+)(?!(?:Nederlands|Engels|Duits|Frans|Spaans|Turks|Arabisch|Pools|Papiaments|Sranantongo|Berbers|Tamazight|Tarifit|Somalisch|Tigrinya|Koerdisch|Perzisch|Farsi|Oekraïens|Russisch|Portugees|Italiaans|Chinees|Kerst|Kerstmis|Pasen|Ramadan|Suikerfeest|Offerfeest)(?![\\p{L}]))${NAME}(?=\\s+\\p{Ll}|\\s*[.,!?])`,
    ],
    skipSentenceIf: SPEAKS_AS_I,
    rewrites: [IK_TEMPLATE, SOMEONE_ELSE],
    examples: {
      bad: ['Fatima wil weer gaan werken.', 'Doel: Kees gaat twee keer per week zwemmen.', 'Volgend jaar gaat Anouk verhuizen.', 'Jan-Willem heeft een hond.'],
      good: [
        'Vandaag wil ik de post openmaken.',
        'Kees en ik gaan samen vissen.',
        'Sport geeft mij energie.',
        'Samen gaan we naar de markt.',
        'Binnenkort wil ik Nederlands leren.',
        'Thuis heb ik een eigen plek.',
      ],
    },
  },
];

