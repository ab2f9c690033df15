import type { Rule } from '../rule-schema';

const SOURCE = 'Herstelwerk: de cliënt stuurt, de werker coacht; etiquette: stimuleren in plaats van dwingen (domain/METHOD.md)';
const SOURCE_AGREEMENT = 'Herstelwerk: wederzijdse verwachtingen en afspraken samen maken (domain/METHOD.md)';
const WHY =
  'In herstelgericht werken stuurt de cliënt en coacht de werker. Sturende taal maakt van een afspraak een opdracht en van de cliënt iemand die gehoorzaamt; beschrijf liever wat samen is afgesproken en waarom.';

const NL = '(?![\\p{L}])';
const MAG = 'm(?:ag|ogen|ocht|ochten)';
const NEG = '(?:niet|geen|nooit|nergens|niets|niks|niemand)';
/** Words that open another clause: a "niet" after one of them is not the ban's own. */
const CLAUSE_WORD =
  '(?:dat|als|omdat|want|maar|en|of|die|wat|wie|waar|waarom|hoe|hoelang|welke|toen|zodat|terwijl|dan|wanneer|hoewel|doordat|nadat|voordat|totdat|zolang|tenzij|zodra|sinds|zoals|alsof|mits|opdat)';
/** Up to n words of the same clause (no comma, no conjunction): "mag [de komende week] niet". */
const sameClause = (n: number, stops = '') =>
  `(?:\\s+tot\\s+en\\s+met|\\s+(?!${CLAUSE_WORD}${NL})${stops ? `(?!${stops}${NL})` : ''}[\\p{L}\\p{N}'’]+(?:[.:]\\p{N}+)*){0,${n}}?`;
/** "mag gerust", "mag best": a permission, whatever follows ("mag van mij best een keer niets doen"). */
const PERMISSION = '(?:gerust|best|altijd)';
/** Where a clause starts: a main clause's subject stands right after it. */
const CLAUSE_START =
  "(?<=^|[.!?:;]\\s{1,5}|\\n\\s{0,5})(?<!(?:^|[\\s(])(?:mw|mevr|mej|dhr|hr|fam|dr|drs|mr|ir|ing|st|nr|bijv|bv|evt|ca)\\.\\s{1,5})";
/**
 * The same, checked after the article it stands before ("de soep moet …"): a regex that starts with
 * a lookbehind tries it at every position of the paragraph, one that starts with a word only where
 * the word is.
 */
const CLAUSE_START_AFTER =
  "(?<=(?:^|[.!?:;]\\s{1,5}|\\n\\s{0,5})(?:de|het|dit|deze))(?<!(?:^|[\\s(])(?:mw|mevr|mej|dhr|hr|fam|dr|drs|mr|ir|ing|st|nr|bijv|bv|evt|ca)\\.\\s{1,5}(?:de|het|dit|deze))";
/** Who a threat is addressed to: the client, not "het" or "de aanvraag". */
const CONDITION_SUBJECT =
  '(?:hij|zij|ze|u|je|jij|meneer|mevrouw|cliënt|client|de\\s+(?:cliënt|client|bewoner|bewoonster|deelnemer|jongere|huurder)|bewoners|deelnemers|jongeren|huurders)';
/** The client as subject or object right after a verb ("moet hij", "moesten we hem"). */
const CLIENT =
  '(?:hij|zij|ze|u|je|jij|jou|hem|haar|hen|meneer|mevrouw|cliënt|client|de\\s+(?:cliënt|client|bewoner|bewoners|bewoonster|deelnemer|deelnemers|jongere|jongeren|huurder)|bewoners|deelnemers|jongeren)';
/** The client as the subject of a clause. */
const CLIENT_SUBJECT =
  '(?:hij|zij|ze|meneer|mevrouw|cliënt|client|de\\s+(?:cliënt|client|bewoner|bewoners|bewoonster|deelnemer|deelnemers|jongere|jongeren|huurder)|bewoners|deelnemers|jongeren)';
/** "volgt" as a consequence ("volgt een gesprek"), not as a verb with a subject ("volgt hij de route"). */
const FOLLOWS = 'volg(?:t|en)(?!\\s+(?:hij|zij|ze|ik|je|jij|u|we|wij|jullie|meneer|mevrouw|cliënt|client)(?![\\p{L}]))';
/** An infinitive after "te": "te melden", "te zijn"; not "te laat", "te veel". */
const TE_INFINITIVE = '\\s+te\\s+(?:\\p{L}+en|zijn)(?![\\p{L}])';
/** One word or number between the verb and its "te" ("dient zich om 9 uur te melden"). */
const TOKEN = "\\s+[\\p{L}\\p{N}'’-]+(?:[.:]\\p{N}+)*";

/** Never "gaat" or "heeft afgesproken" in its place: that states an agreement or a plan the text does not state. */
const AGREED_OR_MEASURE = { question: 'Wat is er afgesproken, en met wie? Of is het een maatregel? Schrijf dat dan zo op.' };
const MEASURE = { question: 'Is het een maatregel? Noem dan wie die nam en waarom.' };
const CLIENT_WISH = { question: 'Wat wil de cliënt zelf?' };
const CLIENT_VIEW = { question: 'Wat vindt de cliënt ervan?' };
const INSTEAD = { question: 'Wat doet de cliënt in plaats daarvan?' };

// "moet" in idioms where it directs nobody: involuntary reactions, discourse markers, inference.
const OPT_SUBJECT = '(?:(?:ik|je|jij|hij|zij|ze|we|wij|u|men)\\s+)?';
const PAST = 'moest(?:en)?';
/** People a "moet" directs; "de soep moet" and "het formulier moet" direct nobody. */
const PERSON_NOUN =
  '(?:meneer|mevrouw|\\p{L}*(?:bewoner|bewoonster|cliënt|client|deelnemer|jongere|huurder|patiënt|pupil|kind|kinderen|jongen|meisje|puber|tiener|man|mannen|vrouw|vrouwen|moeder|vader|ouder|ouders|zoon|zoons|dochter|dochters|broer|zus|partner|vriend|vriendin|familie|gezin|persoon|personen|mens|mensen|heer|dame|buurman|buurvrouw|buren|student|leerling|systeem|groep)(?:s|en)?)';
/** Things that stand for the client's own duties: "de kamer moet opgeruimd zijn" directs the client. */
const DUTY_NOUN =
  '(?:kamer|woning|huis|appartement|studio|was|afwas|huur|rekening|rekeningen|medicatie|medicijnen|pillen|post|boodschappen|schuld|schulden|badkamer|keuken|tuin|huishouden|urine\\p{L}*|sleutel|telefoon)';
/** Past-tense "moest" as a fact: a timetable, a body, a search, a job; not an order to the client. */
/** What may follow a past-tense "moest" and a few words of its clause when it states a fact: a timetable, a body, a search; not an order. */
const MOEST_TAILS = [
  // passive: "moeder moest geopereerd worden", "de auto moest worden gerepareerd"
  `(?:\\p{L}+(?:d|t|en)\\s+worden|worden\\s+\\p{L}+(?:d|t|en))${NL}`,
  // transport: "moest om 16.10 de trein halen", "moest in Utrecht overstappen", "moest rennen om de bus te halen"
  `(?:de|een|zijn|haar|hun|het|die|deze)\\s+(?:\\p{L}+\\s+)?(?:\\p{L}*(?:trein|bus|tram|metro|pont|boot|veer|vlucht|taxi)|vliegtuig)(?:\\s+\\p{L}+){0,3}?\\s+(?:halen|nemen|pakken|hebben|in)${NL}`,
  `overstappen${NL}`,
  `(?:rennen|hollen|sprinten|lopen|fietsen)\\s+om\\s+(?:de|het|zijn|haar|op)${NL}`,
  // the body and medical events: "moest overgeven", "moest naar de spoedeisende hulp", "moest een operatie ondergaan"
  `(?:overgeven|braken|kotsen|hoesten|plassen|poepen|bevallen)${NL}`,
  `naar\\s+(?:de|het)\\s+(?:spoedeisende\\s+hulp|eerste\\s+hulp|seh|ic|intensive\\s+care|\\p{L}*ziekenhuis|huisartsenpost|operatiekamer|tandarts|huisarts|dokter|specialist|fysiotherapeut|kaakchirurg|verloskamer|polikliniek|poli)${NL}`,
  `(?:een|de)\\s+(?:\\p{L}*operatie|ingreep|bevalling|\\p{L}*behandeling)\\s+ondergaan${NL}`,
  `(?:aan\\s+(?:de|het)\\s+(?:zuurstof|beademing|dialyse|infuus)|hechtingen\\s+(?:krijgen|hebben))${NL}`,
  `(?:in|op)\\s+(?:het|de)\\s+(?:\\p{L}*ziekenhuis|ic|intensive\\s+care|hartbewaking)\\s+(?:blijven|liggen)${NL}`,
  // a job's place: "moest naar haar werk"
  `naar\\s+(?:zijn|haar|hun|het|mijn|m'n)\\s+werk${NL}`,
  // a search or an adjustment: "moest even zoeken", "moest schakelen"
  `(?:zoeken|puzzelen|schakelen|improviseren)${NL}`,
];
/** Past-tense "moest" as a fact, not an order to the client. */
const MOEST_FACTS = [
  // one shared lead-in of a few words: with a copy per fact the exception regex grows too big to run fast
  `${PAST}${sameClause(6)}\\s+(?:${MOEST_TAILS.join('|')})`,
  // a job's hours: "moest die avond werken", "moest zaterdag tot 18.00 uur werken" (not "moest harder werken")
  `${PAST}(?:\\s+(?:die|dat|deze|de|het|volgende|hele|zelf|ook|nog|om|tot|van|uur|\\p{L}*(?:dag|avond|ochtend|middag|nacht|weekend|dienst)|vroeg|laat|later|eerder|extra|\\p{N}+(?:[.:]\\p{N}+)?)){0,6}\\s+(?:over)?werken${NL}`,
  // "er moest een nieuwe ketel komen": something had to happen, nobody was told to
  `er(?<!(?:hij|zij|ze|meneer|mevrouw|cliënt|client|bewoners|jongeren)\\s+er)\\s+${PAST}|${PAST}\\s+er\\s+(?:een|nog|iets|wat|\\p{N}+)${NL}`,
  // the writer's own past, and the client's own story on a worksheet: "ik moest even zoeken", "toen moesten we verhuizen";
  // not when someone made them ("ik moest van mijn vader") or when it is about the client ("we moesten hem vasthouden")
  `(?:(?:ik|we|wij)\\s+${PAST}|${PAST}\\s+(?:ik|we|wij))(?!(?:\\s+\\p{L}+){0,2}\\s+van${NL})(?!\\s+${CLIENT}${NL})`,
];
const MOET_IDIOMS = [
  `${OPT_SUBJECT}moe(?:t|ten|st|sten)(?:\\s+\\p{L}+){0,3}?\\s+(?:lachen|huilen|glimlachen|grinniken|gniffelen|giechelen|grijnzen|niezen|geeuwen|gapen|zuchten|slikken)`,
  `${OPT_SUBJECT}moest(?:en)?(?:\\s+\\p{L}+){0,3}?\\s+denken\\s+aan`,
  'ik\\s+moet\\s+(?:eerlijk\\s+)?zeggen',
  'moet\\s+ik\\s+(?:eerlijk\\s+)?zeggen',
  '(?:het\\s+)?moet\\s+(?:\\p{L}+\\s+)?gezegd(?:\\s+worden)?',
  'moet\\s+(?:mij|me)\\s+van\\s+het\\s+hart',
  'moet\\s+je\\s+(?:nagaan|zien)',
  'moet\\s+kunnen(?=\\s*[.!?,;]|\\s*$)',
  'moe(?:t|ten)(?:\\s+\\p{L}+){0,6}?\\s+(?:zijn\\s+geweest|geweest\\s+zijn)',
  `${OPT_SUBJECT}moe(?:t|ten|st|sten)(?:\\s+\\p{L}+){0,4}?\\s+(?:wennen|nadenken|bijkomen|uitrusten|uitblazen)`,
  '(?:dat|het)\\s+moet\\s+(?:wel\\s+)?lukken(?=\\s*[.!?,;]|\\s*$)',
  `${OPT_SUBJECT}moe(?:t|st)\\s+er\\s+niet\\s+aan\\s+denken`,
  'moe(?:t|ten|st|sten)\\s+het\\s+van(?:\\s+\\p{L}+){1,3}?\\s+hebben',
  'moet\\s+niet\\s+gekker\\s+worden',
  // "of er nog zout bij moet": what has to be added, nobody to direct
  'er(?:\\s+\\p{L}+){0,3}?\\s+bij\\s+moe(?:t|ten|st|sten)(?=\\s*[.!?,;]|\\s*$)',
  // "als het moet", "als het echt moest": when needed
  'als\\s+het\\s+(?:echt\\s+|nodig\\s+)?moe(?:t|st)(?=\\s*[.!?,;]|\\s*$)',
  // inference about a feeling: "dat moet een opluchting voor haar zijn", "het moest een verrassing zijn"
  '(?:dat|het)\\s+moe(?:t|st)\\s+(?:(?:echt|wel|toch|ook)\\s+)?(?:een\\s+\\p{L}+|fijn|moeilijk|zwaar|lastig|mooi|heerlijk|pijnlijk|vervelend|spannend|raar|vreemd|gek|eng|confronterend|verdrietig)(?:\\s+\\p{L}+){0,3}?\\s+(?:zijn|geweest|voelen|voelde|voelen)(?![\\p{L}])',
  // a how-question asks for the way, not for obedience: "ze weet niet hoe ze de app moet installeren"
  // ("hoe laat hij binnen moet zijn", "hoe vaak …" and "hoe hij zich moet gedragen" still direct)
  'hoe\\s+(?!(?:laat|vaak|lang|snel|veel)(?![\\p{L}]))(?:(?!zich(?![\\p{L}]))\\p{L}+\\s+){0,6}?moe(?:t|ten|st|sten)(?:\\s+(?:ik|je|jij))?',
  // not knowing what to do is no order: "hij wist niet wat hij moest zeggen", "ze weet nog niet waar ze moet beginnen"
  '(?:weet|weten|wist|wisten)(?:\\s+\\p{L}+){0,3}?\\s+(?:wat|waar|welke|wanneer|wie|waarheen)(?:\\s+\\p{L}+){0,4}?\\s+moe(?:t|ten|st|sten)',
  // a thing as subject, not a person: "de soep moet zo dik zijn", "het verslag van de audit moet vrijdag klaar zijn";
  // "de kamer moet opgeruimd zijn" and "de was moet hij zelf doen" still direct the client
  `(?:de|het|dit|deze)${CLAUSE_START_AFTER}(?:\\s+(?!(?:van|voor|met|over|uit|bij|naar|in|op|aan|om|tot)${NL})\\p{L}+){0,2}?\\s+(?!(?:${PERSON_NOUN}|${DUTY_NOUN})\\s)\\p{L}+(?:\\s+(?:van|voor|met|over|uit|bij|naar|in|op)(?:\\s+\\p{L}+){1,3}?)?\\s+moe(?:t|ten|st|sten)(?!\\s+(?:${CLIENT}|ik|we|wij|jullie|men)${NL})`,
  ...MOEST_FACTS,
];

/** A person, or what the care around a person is about, somewhere in the sentence. */
const PERSON_REF =
  '(?<![\\p{L}])(?:meneer|mevrouw|hij|zij|ze|hem|haar|hen|je|jij|jou|jouw|u|uw|cliënt|client|cliënten|clienten|(?:mede)?bewoners?|bewoonster|jongeren?|deelnemers?|huurders?|kinderen|kind|(?:woon)?begeleiding|behandeling|verlof|bezoek|bezoektijden|bezoekregeling|zakgeld|medicatie|opname|dagbesteding|sleutel|kamer|woning|(?:zijn|hun)\\s+(?!(?:en|of|maar|want|dan|dat|als|geweest|gebleven|geworden|er|nog|ook|wel|niet|te|om|in|op|aan|bij|voor|met|van)(?![\\p{L}]))\\p{L}+)(?![\\p{L}])';
/**
 * A decision about a person, not about a meeting or a party: the sentence names the client or
 * the care ("het team heeft besloten dat hij …", "… om zijn verlof in te trekken"), before or after.
 * Checked after the decision matched, so that the rest of a paragraph costs nothing.
 */
const aboutAPerson = (x: string) =>
  `(?:${x})(?:(?=[^.!?;\\n]{0,120}?${PERSON_REF})|(?<=${PERSON_REF}[^.!?;\\n]{0,200}))`;

/** Who may lay down a duty by law: naming it is what the method asks of a duty that really holds. */
const AUTHORITY = '(?:\\p{L}*rechter|rechtbank|reclassering|officier\\s+van\\s+justitie|burgemeester|wet)';
/** Who decides over the client's head: the worker's side, not the client ("meneer heeft besloten"). */
const DECIDERS =
  '(?:we|wij|het\\s+(?:\\p{L}*team|mdo|management|bestuur)|de\\s+(?:begeleiding|\\p{L}*begeleiders|staf|directie|organisatie|instelling|afdeling|behandelaar|behandelaren|psychiater|teamleider|leiding|groepsleiding|zorgaanbieder|woonbegeleiding|nachtdienst|avonddienst|dagdienst))';
/** Words between auxiliary and "besloten" that do not say the client decided too. */
const OVER_HEAD_WORDS = `(?:\\s+(?!(?:samen|gezamenlijk|overleg|niet|nog)${NL})(?!(?:met|door)\\s+(?:meneer|mevrouw|hem|haar|cliënt|client|mij|de\\s+(?:cliënt|client|bewoner|jongere|deelnemer))${NL})[\\p{L}\\p{N}]+){0,4}?`;
/** A cheap look ahead for the decision itself, so that every "we" and "is" of a paragraph is not a long try. */
const SOON_DECIDED = '(?=(?:\\s+[\\p{L}\\p{N}]+){0,7}?\\s+(?:besloten|besluiten|besluit)(?![\\p{L}]))';
/** "besloten" as an adjective: "een besloten groep", "in besloten kring". */
const CLOSED = '(?!\\s+(?:\\p{L}*groep|kring|bijeenkomst|\\p{L}*vennootschap|ruimte|sessie|setting|omgeving|karakter|terrein|afdeling|gedeelte|deel|tuin|huis|\\p{L}*app|\\p{L}*chat)(?![\\p{L}]))';

export const coercionRules: Rule[] = [
  {
    id: 'dwang-moet',
    // No replacement: "gaat", "ging" or "wil" would state a plan or a wish the text does not state.
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: beschrijf de afspraak of de wens, niet een opdracht.',
    explanation: WHY,
    source: SOURCE,
    patterns: ['moet', 'moeten', 'moest', 'moesten'],
    exceptions: MOET_IDIOMS,
    rewrites: [AGREED_OR_MEASURE, CLIENT_WISH],
    examples: {
      bad: [
        'Meneer moet om 22 uur binnen zijn.',
        'Ik moet stoppen met blowen.',
        'Ze moesten hun kamer opruimen.',
        'Mevrouw moest zich melden bij de balie.',
        'Ik heb uitgelegd hoe laat hij binnen moet zijn.',
        'Ik heb hem uitgelegd hoe hij zich moet gedragen in de groep.',
        'Na het incident moest hij naar zijn kamer.',
        'De kamer moet voor zaterdag opgeruimd zijn.',
        'De afwas moet hij voortaan zelf doen.',
        'Ik moest van mijn moeder altijd om negen uur thuis zijn.',
        'We moesten hem naar zijn kamer brengen.',
      ],
      good: [
        'Ik moest lachen om zijn grap.',
        'Ze moest erom huilen.',
        'We ontmoeten elkaar op dinsdag in het buurthuis.',
        'De gemeente komt haar tegemoet in de kosten.',
        'Het moet een zware tijd voor haar zijn geweest.',
        'Ze moet nog wennen aan haar nieuwe huis.',
        'Hij moet er nog even over nadenken.',
        'Dat moet lukken, zegt hij lachend.',
        'Hij moet het van zijn humor hebben.',
        'Ik moet zeggen dat ze het gesprek goed voorbereid had.',
        'Ze heeft geen idee hoe ze de huiswerkapp moet installeren; dat doen we vrijdag samen.',
        'Hij vroeg hoe hij het formulier moest invullen.',
        '"Ik moet eerst mijn rust hebben," zegt mevrouw.',
        'We hebben afgesproken dat meneer om 22 uur thuis is.',
        'Hij moest om 7.45 uur de bus naar zijn werk halen.',
        'Haar vader moest in maart aan zijn knie geopereerd worden.',
        'Ik moest in de kast zoeken naar het goede formulier.',
        'Het deeg moet een uur rusten.',
        'Het verslag moet vrijdag bij de gemeente zijn.',
        'Ze moest zaterdag tot 18.00 uur werken.',
        'Dat moet een opluchting voor haar zijn.',
        'Als het moet, fietst hij in een half uur naar de stad.',
        'Toen moesten we verhuizen naar Zwolle.',
      ],
    },
  },
  {
    id: 'dwang-mag-niet',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een verbod. Beschrijf de afspraak en wat iemand wel doet.',
    explanation:
      'Een verbod zet de werker boven de cliënt. Beschrijf wat er samen is afgesproken, waarom, en wat de cliënt in plaats daarvan doet; dat nodigt uit tot meedoen in plaats van gehoorzamen. Is het een maatregel, noem dan wie die nam en waarom.',
    source: SOURCE_AGREEMENT,
    // In every word order: "mag niet roken", "mag hij niet", "mag de komende week niet van de afdeling af",
    // "dat hij niet van de afdeling af mag", "dat ze geen bezoek mag ontvangen".
    patterns: [
      `${MAG}${sameClause(5, PERMISSION)}\\s+${NEG}`,
      // verb-final, in a subordinate clause; not "te mogen", and not a main clause after one ("nu hij niet drinkt mag hij …")
      `${NEG}${sameClause(5)}\\s+(?<!te\\s+)${MAG}(?!\\s+(?:hij|zij|ze|ik|je|jij|u|we|wij|jullie|meneer|mevrouw|cliënt|client)${NL})`,
    ],
    exceptions: [
      `${MAG}${sameClause(5)}\\s+niet\\s+(?:ontbreken|klagen)`,
      `niet${sameClause(5)}\\s+${MAG}\\s+(?:ontbreken|klagen)`,
      `${MAG}\\s+er\\s+niet\\s+aan\\s+denken`,
      `${MAG}\\s+geen\\s+naam\\s+hebben`,
      `${MAG}\\s+de\\s+pret\\s+niet\\s+drukken`,
      // "mocht u niet tevreden zijn, …": "mocht" at the start of a clause is "if"
      `${CLAUSE_START}mocht(?:en)?${sameClause(5)}\\s+${NEG}`,
      `,\\s*mocht(?:en)?${sameClause(5)}\\s+${NEG}`,
      // "mogen" as liking: "hij mag haar niet", "ze mochten elkaar niet zo", "omdat ze hem niet mag."
      `${MAG}(?:\\s+(?:hij|zij|ze|ik|we|wij|jullie|u))?\\s+(?:hem|haar|hen|elkaar|jou|mij|me|ons)\\s+(?:niet|nooit)(?:\\s+(?:zo|erg|meer|bijster|echt))?(?=\\s*[.!?,;]|\\s*$)`,
      `${MAG}(?:\\s+(?:hij|zij|ze|ik|we|wij|jullie|u))?\\s+(?:zijn|haar|hun|de|die|dat|mijn|je)\\s+\\p{L}+\\s+(?:niet|nooit)\\s+(?:zo|erg|bijster|echt)(?=\\s*[.!?,;]|\\s*$)`,
      `(?:hem|haar|hen|elkaar|jou|mij|ons)\\s+(?:niet|nooit)(?:\\s+(?:zo|erg|meer|echt))?\\s+${MAG}(?=\\s*[.!?,;]|\\s*$)`,
    ],
    rewrites: [AGREED_OR_MEASURE, INSTEAD],
    examples: {
      bad: [
        'Meneer mag niet roken op zijn kamer.',
        'Ze mag geen bezoek ontvangen na 22 uur.',
        'Er is afgesproken dat hij niet mag drinken in de huiskamer.',
        'Hij mag tot en met vrijdag niet naar de sportschool.',
        'Vanavond mag ze niet.',
        'De begeleiding vindt dat ze voorlopig geen sleutel van de voordeur mag.',
        'Ik heb uitgelegd waarom hij niet van het terrein af mag.',
      ],
      good: [
        'Een kop koffie mag niet ontbreken bij het gesprek.',
        'De taart van zijn zus mag bij een verjaardag niet ontbreken.',
        'Meneer rookt buiten op het bankje bij de voordeur.',
        'Ze werkt in een magazijn en vindt dat leuk.',
        'Mocht u niet tevreden zijn over het gesprek, dan kunt u mij bellen.',
        'Hij mag zijn buurman niet zo, maar groet hem elke ochtend.',
        'Ze mogen elkaar niet.',
        'Het verschil mag geen naam hebben.',
      ],
    },
  },
  {
    id: 'dwang-mag-pas',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: maakt iets afhankelijk van toestemming. Beschrijf de afgesproken stap.',
    explanation:
      'Voorwaarden die de werker stelt, maken van herstel een beloningssysteem. Beschrijf welke stap samen is afgesproken en wat de cliënt zelf wil bereiken.',
    source: SOURCE_AGREEMENT,
    patterns: [
      `${MAG}${sameClause(4)}\\s+(?<!(?:zijn|haar|de|een|mijn|je|jouw|hun|uw|z'n|d'r|nieuwe|oude)\\s+)pas`,
      `pas\\s+(?:weer\\s+)?${MAG}`,
    ],
    exceptions: [`(?:zijn|haar|de|een|mijn|je|jouw|hun|uw|z'n|d'r|nieuwe|oude)\\s+pas\\s+(?:weer\\s+)?${MAG}`],
    rewrites: [{ question: 'Welke stap is er afgesproken, en met wie?' }, MEASURE],
    examples: {
      bad: [
        'Meneer mag pas naar huis als zijn kamer is opgeruimd.',
        'Ze mag pas weer op verlof na het gesprek.',
        'Hij mag na het weekend pas weer alleen naar buiten.',
      ],
      good: [
        'Hij heeft zijn pas mogen ophalen bij het gemeentehuis.',
        'Meneer gaat naar huis na het opruimen van zijn kamer; dat heeft hij zelf voorgesteld.',
        'Ze is pas verhuisd naar een eigen appartement.',
        'Hij mocht bij de balie zijn nieuwe pas ophalen.',
      ],
    },
  },
  {
    id: 'dwang-mag-alleen',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een beperking. Beschrijf de afspraak.',
    explanation:
      'Een toestemming met een beperking is een verkapt verbod. Beschrijf wat is afgesproken en waarom, zodat de cliënt meedenkt over de afspraak.',
    source: SOURCE_AGREEMENT,
    patterns: [
      `${MAG}${sameClause(4)}\\s+(?:uitsluitend|enkel|slechts|alleen(?=\\s+(?:maar|onder|met|na|als|wanneer|op|in\\s+overleg)${NL}))`,
    ],
    rewrites: [AGREED_OR_MEASURE, { question: 'Wat is de reden, en wat vindt de cliënt ervan?' }],
    examples: {
      bad: [
        'Meneer mag alleen onder begeleiding naar buiten.',
        'Ze mag uitsluitend op dinsdag bellen.',
        'Hij mag de komende weken alleen met een begeleider naar de stad.',
      ],
      good: [
        'Meneer gaat samen met zijn broer naar de markt.',
        'Ze belt op dinsdag met haar dochter; dat vindt ze een fijn moment.',
        'Ze mag sinds vorige week alleen naar de winkel, en daar is ze trots op.',
      ],
    },
  },
  {
    id: 'dwang-verplicht',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: legt een plicht op. Beschrijf de afspraak en wie die maakte.',
    explanation:
      'Een plicht komt van buiten, een afspraak maak je samen. Beschrijf wat is afgesproken, met wie, en wat de cliënt er zelf van vindt; waar een plicht echt geldt (bijvoorbeeld van de rechter), noem dan de bron.',
    source: SOURCE,
    patterns: [
      'verplicht',
      'verplichte',
      'verplichten',
      'verplichtte',
      'verplichtten',
      'verplichting',
      'verplichtingen',
      'verplichtend',
      'verplichtende',
      'niet\\s+vrijblijvend',
    ],
    exceptions: [
      'financiële\\s+verplichting(?:en)?',
      'verplichtingen\\s+(?:na|nakomen|nagekomen)',
      'voel(?:t|de|den|en)?\\s+(?:zich|me|mij|je|ze|hij)\\s+(?:\\p{L}+\\s+){0,2}verplicht',
      'zich\\s+(?:\\p{L}+\\s+){0,2}verplicht\\s+(?:voel(?:t|de|den|en)?|te\\s+voelen)',
      // no duty at all: "meedoen is niet verplicht", "zonder verplichtingen", "er is geen verplichting"
      'niet\\s+verplicht',
      '(?:zonder|geen)\\s+(?:enige\\s+|enkele\\s+)?verplichting(?:en)?',
      // the writer's or an organisation's own duty, not the client's: "wij zijn wettelijk verplicht u te informeren"
      '(?:(?:wij|we|ik)\\s+(?:zijn|ben|waren|was)|(?:zijn|ben|waren|was)\\s+(?:wij|we|ik))\\s+(?:\\p{L}+\\s+){0,2}?verplicht',
      '(?:de|het)\\s+(?:gemeente|verhuurder|woningcorporatie|corporatie|zorgaanbieder|organisatie|instelling|werkgever|school|bewindvoerder|zorgverzekeraar|verzekeraar|uwv|ziekenhuis)\\s+(?:is|was)\\s+(?:\\p{L}+\\s+){0,2}?verplicht',
      'verplichte?\\s+eigen\\s+(?:risico|bijdrage)',
      // the source is named, as the method asks: "de rechter heeft hem verplicht …", "door de reclassering verplicht"
      `(?:${AUTHORITY})(?:\\s+[\\p{L}\\p{N}]+){0,4}?\\s+verplicht\\p{L}*`,
      `verplicht\\p{L}*(?:\\s+\\p{L}+){0,2}?\\s+(?:door|van)\\s+(?:de|het)\\s+(?:${AUTHORITY})`,
    ],
    rewrites: [{ question: 'Van wie komt deze plicht: de rechter, de gemeente, of een afspraak? Noem de bron.' }, CLIENT_VIEW],
    examples: {
      bad: [
        'Deelname aan de dagbesteding is verplicht.',
        'Meneer is verplicht zich wekelijks te melden.',
        'Het gesprek is niet vrijblijvend.',
        'Hij heeft een verplichte meldplicht bij de reclassering.',
      ],
      good: [
        'Ze voelt zich verplicht om haar moeder elke dag te helpen.',
        'Hij is plichtsgetrouw en komt altijd op tijd.',
        'We dronken een onverplicht kopje koffie in de tuin.',
        'Meneer betaalt zijn financiële verplichtingen op de eerste van de maand.',
        'Wij zijn wettelijk verplicht u hierover te informeren.',
        'De verhuurder is verplicht de kapotte cv-ketel te vervangen.',
        'Het verplicht eigen risico betaalt ze in tien termijnen.',
      ],
    },
  },
  {
    id: 'dwang-anders-volgt',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een dreigement. Beschrijf de afspraak en bespreek de gevolgen samen.',
    explanation:
      'Dreigen met gevolgen schaadt het vertrouwen in de werkrelatie. Bespreek gevolgen open en samen, bijvoorbeeld met een complete boodschap, en beschrijf wat jullie afspreken.',
    source: 'Herstelwerk: confronteren met complete boodschappen, niet moraliseren (domain/METHOD.md)',
    patterns: [
      'anders\\s+volg(?:t|en)',
      'anders\\s+(?:zal|zullen|kan|kunnen|wordt|worden)\\s+(?:er\\s+)?(?:\\p{L}+\\s+){0,3}?(?:volgen|beëindigd|stopgezet|opgezegd|ontbonden|geschorst|uitgezet|ontruimd|gekort)',
      'anders\\s+(?:heeft|krijgt|krijgen)\\s+(?:dat|dit|hij|zij|ze|u|je|meneer|mevrouw)\\s+(?:\\p{L}+\\s+){0,2}?(?:gevolgen|consequenties|sanctie|waarschuwing)',
      'op\\s+straffe\\s+van',
      'bij\\s+(?:overtreding|niet-nakoming)',
      // The same threat as a condition on what the client does: "als hij zijn huur niet betaalt, volgt …",
      // "zo niet, dan volgt …". A plan is no threat: "als het niet lukt, volgt een nieuw gesprek".
      `(?:als|indien|wanneer|zolang)\\s+${CONDITION_SUBJECT}\\s+[^.!?;:]{0,80}?(?<![\\p{L}])(?:niet|geen|nooit)(?![\\p{L}])[^.!?;:]{0,60}?,\\s*(?:dan\\s+)?${FOLLOWS}`,
      `zo\\s+niet,?\\s+(?:dan\\s+)?${FOLLOWS}`,
      `bij\\s+(?:een\\s+)?(?:volgende|nieuwe|verdere|herhaalde|tweede|derde)\\s+(?:\\p{L}*achterstand|overtreding|incident|melding|klacht|misdraging|keer|schending|waarschuwing|\\p{L}*overlast)\\s+${FOLLOWS}`,
      `bij\\s+herhaling\\s+${FOLLOWS}`,
      `bij\\s+niet[\\s-]\\p{L}+\\s+${FOLLOWS}`,
    ],
    rewrites: [
      { question: 'Wat spreken jullie samen af, en wat gebeurt er als het anders loopt?' },
      { question: 'Heb je de gevolgen met de cliënt besproken? Wat zei die ervan?' },
    ],
    examples: {
      bad: [
        'Meneer levert het formulier vrijdag in, anders volgt een waarschuwing.',
        'Zij houdt zich aan de huisregels, anders wordt de begeleiding beëindigd.',
        'Als hij de woning niet schoonhoudt, volgt een gesprek met de woningcorporatie.',
        'Bij een nieuwe achterstand volgt ontbinding van het huurcontract.',
        'De huur wordt voor de 1e betaald; zo niet, dan volgt een aanmaning.',
      ],
      good: [
        'Ze pakt het nu anders aan dan vorig jaar.',
        'Hij wil het anders doen: eerst de post openen, dan bellen.',
        'Als de aanvraag is goedgekeurd, volgt een gesprek met de consulent.',
        'Bij een volgende afspraak volgt de evaluatie van het plan.',
        'Als het niet lukt om te bellen, volgt hij de route op zijn telefoon.',
        'Als de aanvraag niet wordt toegekend, volgt een bezwaarschrift; meneer schrijft het samen met zijn zus.',
      ],
    },
  },
  {
    id: 'dwang-sanctie',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een sanctie. Beschrijf wat er gebeurde en wat jullie nu afspreken.',
    explanation:
      'Sancties en waarschuwingen maken van de werker een handhaver. Beschrijf de feiten en het gesprek erover; stimuleren werkt beter dan dwingen.',
    source: SOURCE,
    patterns: [
      'sancti(?:e|es)',
      'gesanctioneerd',
      'sanctioner(?:en|t|de|den)',
      'strafmaatregel(?:en)?',
      '(?:laatste|officiële|schriftelijke|formele)\\s+waarschuwing',
      'dreig(?:t|en|de|den)\\s+met\\s+(?:een\\s+)?(?:sanctie|sancties|maatregel|maatregelen|korting|uitzetting|ontruiming|beëindiging|stopzetting|schorsing)',
    ],
    rewrites: [{ question: 'Wat gebeurde er, en wat spreken jullie nu af?' }, MEASURE],
    examples: {
      bad: ['Meneer heeft een laatste waarschuwing gekregen.', 'Bij herhaling volgt een sanctie.'],
      good: [
        'Meneer heeft met de woonbegeleider besproken wat er op zaterdag gebeurde.',
        'Ze heeft het waarschuwingslampje van haar fiets gerepareerd.',
      ],
    },
  },
  {
    id: 'dwang-verboden',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: verbodstaal. Beschrijf de afspraak en wat iemand wel doet.',
    explanation:
      'Een verbod zegt wat niet mag, niet wat er afgesproken is. Beschrijf de afspraak, de reden en wat de cliënt in plaats daarvan doet.',
    source: SOURCE_AGREEMENT,
    patterns: [
      'verbod(?:en)?',
      'verbied(?:t|en)?',
      'verbood',
      '(?:rook|alcohol|drank|drugs|blow|bezoek|gebruiks|telefoon|uitgaans)verbod(?:en)?',
    ],
    exceptions: ['verboden\\s+vrucht'],
    rewrites: [AGREED_OR_MEASURE, INSTEAD],
    examples: {
      bad: ['Roken is op de kamer verboden.', 'Er geldt een alcoholverbod in de woning.', 'We verbieden bezoek na 22 uur.'],
      good: [
        'Ze voelt zich verbonden met haar buurt.',
        'Meneer rookt in de tuin; dat hebben we samen zo afgesproken.',
        'Hij legt een verbinding met zijn oude voetbalclub.',
      ],
    },
  },
  {
    id: 'dwang-dient-te',
    kind: 'substitution',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een opdracht. Beschrijf wat is afgesproken.',
    explanation:
      '‘Dient te’ is de taal van een reglement. Beschrijf wat de cliënt en de werker samen hebben afgesproken; dat is ook voor de cliënt die het dossier leest duidelijker.',
    source: SOURCE_AGREEMENT,
    swap: [
      [`dient(?=(?:${TOKEN}){0,6}?${TE_INFINITIVE})`, AGREED_OR_MEASURE],
      [`dienen(?=(?:${TOKEN}){0,6}?${TE_INFINITIVE})`, AGREED_OR_MEASURE],
      [`diende(?=(?:${TOKEN}){0,6}?${TE_INFINITIVE})`, AGREED_OR_MEASURE],
      [`dienden(?=(?:${TOKEN}){0,6}?${TE_INFINITIVE})`, AGREED_OR_MEASURE],
    ],
    exceptions: [
      'dien(?:t|en|de|den)(?:\\s+\\p{L}+){1,4}\\s+in(?=\\s+(?:bij|om|voor|tegen|via|op)\\b|\\s*[.,;!?]|\\s*$)',
      'dien(?:t|en|de|den)\\s+(?:(?:hem|haar|hen|ons)\\s+)?(?:als|tot|ter)\\b',
    ],
    rewrites: [CLIENT_WISH],
    examples: {
      bad: ['Meneer dient zich om 9 uur te melden.', 'Bewoners dienen de huisregels te respecteren.'],
      good: [
        'Hij dient een bezwaarschrift in bij de gemeente.',
        'Het huis dient als uitvalsbasis om te gaan wandelen.',
        'Meneer meldt zich om 9 uur; dat hebben we samen afgesproken.',
      ],
    },
  },
  {
    id: 'dwang-heeft-zich-te-houden',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een gebod. Beschrijf de afspraak.',
    explanation:
      'Een gebod maakt de cliënt ondergeschikt. Beschrijf welke afspraak er is, hoe die tot stand kwam en wat de cliënt ervan vindt.',
    source: SOURCE_AGREEMENT,
    patterns: [
      `he(?:eft|bben|ad|dden)\\s+zich(?:${TOKEN}){0,8}?\\s+te\\s+(?:houden|melden|gedragen|voegen|schikken|onthouden)`,
    ],
    rewrites: [AGREED_OR_MEASURE, CLIENT_VIEW],
    examples: {
      bad: ['Meneer heeft zich aan de huisregels te houden.', 'Bewoners hebben zich bij binnenkomst te melden.'],
      good: [
        'Meneer heeft zich aangemeld voor de kookcursus.',
        'Ze heeft zich goed voorbereid op het gesprek.',
      ],
    },
  },
  {
    id: 'dwang-wordt-verwacht',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: legt een eis op. Beschrijf de afspraak.',
    explanation:
      'Wederzijdse verwachtingen bespreek je samen aan het begin van het traject. Beschrijf wat jullie hebben afgesproken, in plaats van een eenzijdige verwachting.',
    source: 'Herstelwerk, ontmoeten en aansluiten: wederzijdse verwachtingen (domain/METHOD.md)',
    patterns: [
      `w(?:ordt|erd|orden|erden)\\s+(?:(?:er|van|hem|haar|hen|u|jou|je|cliënt|client|meneer|mevrouw|de|het|bewoner|bewoners|deelnemer|deelnemers|jullie|ons)\\s+){0,3}verwacht(?=\\s+(?:dat|om)\\b|${TE_INFINITIVE}|(?:${TOKEN}){1,4}${TE_INFINITIVE})`,
      'verwacht(?:en|te|ten)?\\s+van\\s+(?:\\p{L}+\\s+){1,2}?(?:dat|om)\\b',
      // "bewoners worden geacht om 23 uur binnen te zijn": the same expectation in official words
      'w(?:ordt|erd|orden|erden)\\s+(?:(?:er|hij|zij|ze|u|je|jij|meneer|mevrouw|cliënt|client|bewoners?|deelnemers?|jongeren|ouders)\\s+){0,2}geacht',
    ],
    rewrites: [{ question: 'Wie verwacht dit? En wat is er samen afgesproken?' }, CLIENT_VIEW],
    examples: {
      bad: [
        'Van meneer wordt verwacht dat hij zijn kamer schoonhoudt.',
        'Wij verwachten van mevrouw dat ze op tijd komt.',
        'Bewoners worden geacht om 23.00 uur binnen te zijn.',
        'Meneer wordt geacht zijn eigen was te doen.',
      ],
      good: [
        'Zijn dochter wordt volgende week verwacht.',
        'Geachte heer Jansen, hierbij stuur ik het verslag van ons gesprek.',
        'Ik verwacht dat het gesprek met de werkgever goed gaat.',
        'We hebben afgesproken dat meneer zijn kamer op zaterdag schoonmaakt.',
      ],
    },
  },
  {
    id: 'dwang-wordt-verzocht',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een verhulde opdracht. Vraag of spreek iets af.',
    explanation:
      'Ambtelijke verzoeken zijn opdrachten in een beleefde vorm en houden afstand. Schrijf wat je vraagt of wat jullie afspreken, in gewone taal.',
    source: SOURCE_AGREEMENT,
    patterns: [
      'w(?:ordt|orden|erd|erden)\\s+(?:(?:u|je|jij|hij|zij|ze|meneer|mevrouw|cliënt|client|er)\\s+)?(?:vriendelijk\\s+)?verzocht',
    ],
    rewrites: [{ question: 'Wie vraagt dit, en wat precies? Schrijf het als een gewone vraag.' }],
    examples: {
      bad: ['U wordt verzocht zich om 9 uur te melden.', 'Meneer werd verzocht de huiskamer te verlaten.'],
      good: ['Meneer verzocht om een gesprek met zijn begeleider.', 'Ik vroeg haar of ze mee wilde naar de markt.'],
    },
  },
  {
    id: 'dwang-niet-toegestaan',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een verbod. Beschrijf de afspraak en de reden.',
    explanation:
      'Wat wel en niet is toegestaan, is de taal van een reglement. Beschrijf de afspraak en de reden, en wat de cliënt in plaats daarvan doet.',
    source: SOURCE_AGREEMENT,
    patterns: [
      'niet\\s+toegestaan',
      '(?:alleen|uitsluitend|enkel)\\s+toegestaan',
      'niet\\s+geoorloofd',
      'ongeoorloofd(?:e)?',
      // "hij heeft geen toestemming om de afdeling te verlaten" (not: "meneer gaf geen toestemming voor …")
      `geen\\s+toestemming(?=\\s+(?:om|voor|tot|van)${NL})`,
    ],
    exceptions: [
      `(?:geeft|geven|gaf|gaven|gegeven|verleent|verleende|verleenden|verleend)(?:\\s+\\p{L}+){0,3}?\\s+geen\\s+toestemming`,
      `geen\\s+toestemming(?:\\s+[\\p{L}\\p{N}]+){0,5}?\\s+(?:gegeven|verleend|geven|verlenen|gevraagd)${NL}`,
    ],
    rewrites: [AGREED_OR_MEASURE, INSTEAD],
    examples: {
      bad: [
        'Bezoek op de kamer is niet toegestaan.',
        'Roken is alleen toegestaan in de tuin.',
        'Het is hem niet toegestaan om na tienen te bellen.',
        'Ze heeft geen toestemming om met de auto van de instelling te rijden.',
      ],
      good: [
        'Meneer ontvangt zijn bezoek in de huiskamer.',
        'Hij rookt in de tuin, zoals afgesproken.',
        'Mevrouw gaf geen toestemming om haar dossier met de huisarts te delen.',
        'Hij heeft geen toestemming gegeven voor een huisbezoek.',
      ],
    },
  },
  {
    id: 'dwang-opdragen',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een opdracht geven. Beschrijf wat jullie afspraken.',
    explanation:
      'Opdragen en sommeren zijn eenrichtingsverkeer. In een herstelgerichte werkrelatie stimuleer je in plaats van te dwingen; beschrijf wat er gevraagd en afgesproken is.',
    source: SOURCE,
    patterns: [
      'opgedragen',
      'opdragen',
      'dr(?:aagt|agen|oeg|oegen)\\s+(?:hem|haar|hen|u|je|jou|cliënt|client|meneer|mevrouw)\\s+op',
      'gesommeerd',
      'sommer(?:en|t|de|den)',
      'sommatie',
      // "heeft de opdracht gekregen om …", "we gaven hem de opdracht om …"
      '(?:de|een)\\s+opdracht\\s+(?:gekregen|gegeven)\\s+(?:om|dat)(?![\\p{L}])',
      '(?:kreeg|kregen|krijgt|krijgen|gaf|gaven|geeft|geven)\\s+(?:(?:hem|haar|hen|u|je|jou|meneer|mevrouw|cliënt|client|de\\s+cliënt|bewoners?)\\s+)?(?:de|een)\\s+opdracht\\s+(?:om|dat)(?![\\p{L}])',
    ],
    exceptions: [
      'opgedragen\\s+aan',
      'opdragen\\s+aan',
      // the voices someone hears give orders too; that is no order of the worker
      'stem(?:men)?\\s+(?:\\p{L}+\\s+){0,5}opdracht(?:en)?\\s+(?:om|dat)',
    ],
    rewrites: [{ question: 'Wat is er gevraagd, en wat zei de cliënt?' }, AGREED_OR_MEASURE],
    examples: {
      bad: [
        'Meneer is opgedragen zijn kamer op te ruimen.',
        'Wij hebben haar gesommeerd de huur te betalen.',
        'Meneer heeft van het team de opdracht gekregen om zijn kamer op te ruimen.',
        'De avonddienst gaf hem de opdracht om naar zijn kamer te gaan.',
      ],
      good: [
        'Ze heeft het gedicht opgedragen aan haar moeder.',
        'Ik vroeg meneer of hij zijn kamer wilde opruimen.',
        'Hij hoort een stem die hem de opdracht geeft om weg te gaan.',
        'Ze vertelde trots over haar nieuwe opdracht bij de drukkerij.',
      ],
    },
  },
  {
    id: 'dwang-voorwaarde',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een voorwaarde stellen. Beschrijf de afspraak.',
    explanation:
      'Hulp onder voorwaarden maakt herstel tot iets wat je moet verdienen. Beschrijf wat samen is afgesproken en wat de cliënt zelf wil bereiken; stelt een rechter of instantie de voorwaarde, noem die dan.',
    source: SOURCE_AGREEMENT,
    patterns: [
      'op\\s+voorwaarde\\s+dat',
      'onder\\s+(?:de\\s+)?voorwaarde\\s+dat',
      '(?:harde|strikte|absolute)\\s+voorwaarden?',
    ],
    rewrites: [{ question: 'Wie stelt deze voorwaarde, en wat vindt de cliënt ervan?' }, CLIENT_WISH],
    examples: {
      bad: ['Meneer krijgt zijn zakgeld op voorwaarde dat hij zijn kamer opruimt.', 'Een harde voorwaarde is dat ze op tijd komt.'],
      good: [
        'Een eigen woning is voor haar een belangrijke stap in haar herstel.',
        'Hij heeft een voorwaardelijke straf en komt elke week bij de reclassering.',
      ],
    },
  },
  {
    id: 'dwang-gebiedende-wijs',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een bevel. Vraag of nodig uit in plaats van op te dragen.',
    explanation:
      'Een bevel (‘Zorg dat …’) laat de ander geen keuze. Een vraag of een voorstel (‘Zullen we afspreken …’) houdt de ander aan het stuur en past bij een complete boodschap.',
    source: 'Herstelwerk: complete boodschap, het wij-deel (domain/METHOD.md)',
    caseSensitive: true,
    patterns: [
      'Zorg\\s+(?:er\\s*voor\\s+|ervoor\\s+)?dat',
      'Vergeet\\s+niet',
      'Denk\\s+eraan',
      'Denk\\s+erom',
      'Hou(?:d)?\\s+je\\s+aan',
    ],
    rewrites: [{ question: 'Kun je het vragen of voorstellen? Bijvoorbeeld: ‘Zullen we afspreken dat …?’' }],
    examples: {
      bad: ['Zorg dat je op tijd bent voor het gesprek.', 'Vergeet niet je huur te betalen.'],
      good: ['Ik zorg dat de sleutel klaarligt.', 'Zullen we afspreken dat je om 10 uur komt?'],
    },
  },
  {
    id: 'dwang-hoort-te',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: een norm van de werker. Beschrijf de afspraak of de wens.',
    explanation:
      'Wat iemand ‘hoort’ te doen, is een norm die de werker oplegt en moraliseert. Beschrijf wat de cliënt zelf wil of wat jullie samen hebben afgesproken.',
    source: 'Herstelwerk, etiquette: niet moraliseren of kleineren (domain/METHOD.md)',
    patterns: [
      `hoor(?:t|en|de|den)(?=(?:\\s+(?!(?:dat|die|van|hoe|wat|wie|stemmen|muziek|geluiden)(?![\\p{L}]))[\\p{L}\\p{N}'’-]+(?:[.:]\\p{N}+)*){0,5}?${TE_INFINITIVE})`,
    ],
    rewrites: [{ question: 'Van wie komt deze norm? Wat wil de cliënt zelf?' }, AGREED_OR_MEASURE],
    examples: {
      bad: ['Meneer hoort om 23 uur binnen te zijn.', 'Ze hoort haar medicatie zelf te beheren.'],
      good: [
        'Ze hoorde van haar zus dat het te laat was.',
        'Hij hoort bij het voetbalteam van de wijk.',
        'Meneer hoort stemmen die hem aansporen te vertrekken.',
      ],
    },
  },
  {
    id: 'dwang-besloten',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    // On a worksheet "we" is the client and the people close to them: "we hebben besloten te gaan samenwonen".
    modes: ['report', 'message'],
    message: 'Sturende taal: wie besliste, en was de cliënt erbij?',
    explanation:
      'In herstelgericht werken stuurt de cliënt. ‘We hebben besloten’ of ‘er is besloten’ zegt niet wie besliste en of de cliënt meebesliste. Beschrijf wie wat besloot, met of zonder de cliënt, en wat de cliënt ervan vindt; was het een maatregel, noem die dan zo.',
    source: SOURCE,
    patterns: [
      // "we hebben besloten", "het team heeft besloten", "daarom hebben we besloten"
      aboutAPerson(`${DECIDERS}${SOON_DECIDED}\\s+(?:heeft|hebben|had|hadden)${OVER_HEAD_WORDS}\\s+besloten${CLOSED}`),
      aboutAPerson(`(?:heeft|hebben|had|hadden)${SOON_DECIDED}\\s+${DECIDERS}${OVER_HEAD_WORDS}\\s+besloten${CLOSED}`),
      // "we besloten hem …", "besluit het team"
      aboutAPerson(`${DECIDERS}\\s+(?:besloten|besluiten|besluit)${NL}(?!\\s+(?:samen|gezamenlijk)${NL})`),
      aboutAPerson(`(?:besloten|besluiten|besluit)\\s+(?:we|wij|het\\s+\\p{L}*team)${NL}(?!\\s+(?:samen|gezamenlijk)${NL})`),
      // passive: "er is besloten dat", "in het MDO werd besloten om", "besloten is om"
      aboutAPerson(`(?:is|werd|wordt|werden|worden)${SOON_DECIDED}(?:\\s+er)?${OVER_HEAD_WORDS}\\s+besloten${CLOSED}`),
      aboutAPerson(`besloten\\s+(?:is|werd|wordt)\\s+(?:om|dat|tot)${NL}`),
      aboutAPerson('(?:het|dit|dat)\\s+besluit\\s+(?:is|werd)\\s+genomen'),
    ],
    exceptions: [
      // the client decided too: "samen hebben we besloten", "meneer en wij hebben besloten", "met mevrouw is besloten"
      `(?:samen|gezamenlijk)(?:\\s+met\\s+\\p{L}+)?(?:\\s+\\p{L}+){0,4}?\\s+(?:besloten|besluiten|besluit)`,
      `(?:meneer|mevrouw|hij|zij|ze|cliënt|client|de\\s+cliënt)\\s+en\\s+(?:ik|wij|we|het\\s+\\p{L}*team)(?:\\s+\\p{L}+){0,4}?\\s+(?:besloten|besluiten|besluit)`,
      `(?:met|door)\\s+(?:meneer|mevrouw|hem|haar|cliënt|client|de\\s+(?:cliënt|client|bewoner|jongere|deelnemer))(?:\\s+\\p{L}+){0,4}?\\s+(?:besloten|besluiten|besluit)`,
      `besloten\\s+(?:door|met|samen\\s+met)\\s+(?:meneer|mevrouw|hem|haar|cliënt|client|de\\s+(?:cliënt|client|bewoner|jongere|deelnemer))`,
    ],
    rewrites: [
      { question: 'Wie besliste dit, en was de cliënt erbij? Wat vindt die ervan?' },
      MEASURE,
    ],
    examples: {
      bad: [
        'Het team heeft besloten dat mevrouw haar post voortaan op kantoor ophaalt.',
        'Daarom hebben we besloten om zijn zakgeld per week uit te betalen.',
        'In de teamvergadering is besloten dat hij naar een andere groep gaat.',
        'Besloten is om de bezoektijden in te korten.',
        'We besloten hem een week later op te halen.',
        'Het besluit is genomen om de begeleiding af te bouwen.',
      ],
      good: [
        'Meneer heeft besloten om te stoppen met roken.',
        'Samen met mevrouw hebben we besloten de hulp af te bouwen.',
        'Meneer en ik hebben besloten dat hij zelf de huisarts belt.',
        'Met meneer is besloten dat hij op maandag kookt.',
        'Ze zit in een besloten groep voor moeders op Facebook.',
        'Het is nog niet besloten waar de cursus komt.',
      ],
    },
  },
  {
    id: 'dwang-eigen-bestwil',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: de werker beslist wat goed is voor de cliënt.',
    explanation:
      '‘Voor zijn eigen bestwil’ zegt dat een ander weet wat goed is voor de cliënt, en rechtvaardigt zo een ingreep zonder die te noemen. Beschrijf wat er gebeurde, wie het besliste en wat de cliënt er zelf van vindt.',
    source: 'Herstelwerk: de cliënt stuurt; etiquette: niet moraliseren of kleineren (domain/METHOD.md)',
    patterns: [
      "(?:voor|in|om)\\s+(?:zijn|haar|hun|je|jouw|uw|z'n|d'r|mijn|m'n|ieders|ons|onze)\\s+(?:eigen\\s+)?bestwil",
      "in\\s+(?:zijn|haar|hun|je|jouw|uw|z'n|d'r)\\s+eigen\\s+belang",
      '(?:we|wij)(?:\\s+\\p{L}+){0,2}?\\s+weten(?:\\s+\\p{L}+){0,2}?\\s+wat\\s+(?:het\\s+)?(?:best|beste|goed)\\s+(?:voor\\s+(?:hem|haar|hen|jou|je|u)\\s+)?is',
    ],
    rewrites: [CLIENT_VIEW, { question: 'Wat gebeurde er precies, en wie besliste het?' }],
    examples: {
      bad: [
        'De sleutel van zijn scooter bewaren we voor zijn eigen bestwil op kantoor.',
        'Het is in haar eigen belang dat ze om 22 uur thuis is.',
        'We weten wat goed voor hem is.',
      ],
      good: [
        'Hij komt goed op voor zijn eigen belang bij de woningcorporatie.',
        'Ze vertelde een leugentje om bestwil over het cadeau voor haar zus.',
        'Hij weet zelf wat goed voor hem is, zegt hij.',
      ],
    },
  },
  {
    id: 'dwang-begrenzen',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Sturende taal: verhult wat er gebeurde. Beschrijf wat je deed en zei.',
    explanation:
      '‘Meneer is hierop begrensd’ zegt niet wat de werker deed, zei of besliste, en maakt van de cliënt iemand die wordt ingeperkt. Beschrijf wat er gebeurde, wat je zei of deed en hoe de cliënt reageerde; was het een maatregel, noem die dan zo.',
    source: 'Herstelwerk, etiquette: stimuleren in plaats van dwingen; verantwoorden wat je doet (domain/METHOD.md)',
    patterns: [
      // "meneer is hierop begrensd", "hij werd daarin begrensd", "mevrouw wordt begrensd"
      '(?:hier|daar|er)(?:op|in)(?:\\s+\\p{L}+){0,2}?\\s+begrensd',
      `${CLIENT_SUBJECT}\\s+(?:is|werd|wordt|worden|werden)(?:\\s+(?!(?:een|de|het)${NL})\\p{L}+){0,2}?\\s+begrensd`,
      `(?:is|werd|wordt|worden|werden)\\s+${CLIENT_SUBJECT}(?:\\s+(?!(?:een|de|het)${NL})\\p{L}+){0,2}?\\s+begrensd`,
      // "we hebben hem begrensd", "het team begrenst meneer", "we moeten haar begrenzen"; not "ze begrenst haar werkuren"
      '(?:hem|hen)(?:\\s+\\p{L}+){0,3}?\\s+(?:begrensd|begrenzen)',
      'haar\\s+(?:(?:duidelijk|direct|meteen|strak|stevig|daarin|hierin|daarop|hierop|erop|erin)\\s+)?(?:begrensd|begrenzen)',
      '(?:hebben|heeft|had|hadden)(?:\\s+\\p{L}+)?\\s+(?:meneer|mevrouw|de\\s+(?:cliënt|client|bewoner|bewoners|jongere|jongeren|deelnemer)|bewoners|jongeren)(?:\\s+\\p{L}+){0,2}?\\s+begrensd',
      `begrens(?:t|de|den|en)?\\s+(?:hem|hen|meneer|mevrouw|de\\s+(?:cliënt|client|bewoner|bewoners|jongere|jongeren|deelnemer)|bewoners|jongeren)${NL}`,
      'begrenzend(?:e)?(?!\\s+(?:factor|factoren)(?![\\p{L}]))',
      '(?:duidelijke|strakke|stevige|heldere|meer|extra)\\s+begrenzing',
      'begrenzing\\s+(?:nodig|geven|gegeven|bieden|geboden|aanbrengen|aangebracht)',
    ],
    exceptions: [
      // things that are bounded: "het budget is begrensd", "het terrein wordt begrensd door een heg"
      '(?:budget|aantal|tijd|ruimte|terrein|gebied|perceel|bedrag|capaciteit|plaatsen|uren|termijn|\\p{L}*tuin|wijk)(?:\\s+\\p{L}+){0,2}?\\s+(?:is|was|wordt|werd|zijn|worden)(?:\\s+\\p{L}+){0,2}?\\s+begrensd',
      // the client sets her own limits: "ze begrenst haar werkuren", "zichzelf begrenzen"
      'zich(?:zelf)?(?:\\s+\\p{L}+){0,2}?\\s+(?:begrenzen|begrensd|begrenst)',
    ],
    rewrites: [{ question: 'Wat deed of zei je precies, en hoe reageerde de cliënt?' }, MEASURE],
    examples: {
      bad: [
        'Meneer werd luid in de gang en is hierop begrensd.',
        'Mevrouw wordt daarin begrensd door de avonddienst.',
        'We hebben hem duidelijk begrensd.',
        'Hij heeft veel duidelijke begrenzing nodig.',
      ],
      good: [
        'Het terrein wordt begrensd door een heg en een sloot.',
        'Het budget voor de verhuizing is begrensd tot 500 euro.',
        'Ze leert zichzelf te begrenzen bij haar werk in de winkel.',
        'Een begrenzende factor is de reistijd naar Amersfoort.',
      ],
    },
  },
];
