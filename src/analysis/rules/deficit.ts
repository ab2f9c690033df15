import type { Rule } from '../rule-schema';

/**
 * Probleemgerichte taal (`deficit`): wording that puts problems, shortcomings or deficits in
 * front. LABELS.md: probleem/problemen, moeite met, lukt niet, niet in staat, gebrek aan,
 * tekort, beperkt/beperking, stoornis, slecht(e), zwak, onvermogen, faalt/mislukt.
 *
 * Conventions:
 * - "lukt (het) niet" and "niet in staat" are flagged here AND by the generic `niet` rule.
 * - Labels (multiprobleemgezin, zwakbegaafd, mislukkeling) belong to the label rules; this file
 *   leaves them alone so that one word does not get two findings.
 * - "in beperkte mate" IS flagged (rule `def-in-beperkte-mate`): it describes someone by the
 *   limit of what they do ("kookt in beperkte mate zelf") where a number or a concrete
 *   description says what is there ("kookt twee keer per week zelf").
 * - Overlapping findings of one category collapse to one: the earliest, then the longest, and on
 *   a tie the rule listed first. So the specific substitution rules (schulden, huurachterstand)
 *   stand before the generic rules they overlap, and "is mislukt" starts earlier than "mislukt".
 * - Rewrites avoid niet/geen, labels, jargon, vague words and pronouns (worksheet mode).
 */

const METHOD = 'Herstelwerk / Krachtwerk: kijk naar wat iemand kan, wil en heeft (domain/METHOD.md)';
const HANDREIKING = 'Handreiking herstelgericht rapporteren: beschrijf wat er is en wat iemand wil';
const OBSERVE = 'Herstelwerk, krachteninventarisatie: directe observatie en feiten, compleet en specifiek (domain/METHOD.md)';

/*
 * Quiet on good text: a deficit rule flags what is said about a person. The classes below are
 * not about a person, and each rule that could meet them leaves them alone:
 * - things, buildings and infrastructure ("probleem met de verwarming", "tekort aan stoelen",
 *   "gebrek aan parkeerplaatsen", "achterstallig onderhoud");
 * - shortages and backlogs of organisations ("personeelstekort", "de gemeente heeft een
 *   achterstand met de aanvragen", "de hulpverlening schoot tekort");
 * - money trouble that is resolved, which is good news ("de huurachterstand is helemaal
 *   afgelost"), and problems that are solved ("het probleem met de buren is opgelost").
 */

/** After a verb or a preposition, where a noun phrase is an object: "heeft een schuldenprobleem", "over de schuldenproblematiek". */
const AS_OBJECT =
  "(?<=(?<![\\p{L}])(?:(?:heeft|had|hebben|hadden|heb|hebt)(?:\\s+(?:hij|zij|ze|meneer|mevrouw|cliënt|het\\s+gezin))?|van|met|door|om|over|vanwege|bij|rond|rondom|aan|voor|naar|tegen|ondanks)\\s+(?:(?:de|zijn|haar|hun|z'n)\\s+)?)";
/** After a replaced noun phrase: the end of the clause, or a conjunction. */
const FITS_NOUN_PHRASE = '(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:en|maar|want|omdat|dus)(?![\\p{L}]))';

/**
 * `word`, when `before` stands right in front of it, written so that V8 looks for the word and
 * only then checks what comes before it: an exception that starts with a list of 170 things would
 * be tried at every position of the paragraph.
 */
function seenAfter(before: string, word: string): string {
  return `${word}(?<=${before}${word})`;
}

/**
 * A condition on what comes before the match, `(?<=X)` or `(?<!X)`, checked behind it: `B(?<=XB)`
 * matches what `(?<=X)B` matches, but V8 tries the lookbehind only where B matched.
 */
function behind(body: string, ...conditions: string[]): string {
  return body + conditions.map((c) => `${c.slice(0, 4)}${c.slice(4, -1)}(?:${body}))`).join('');
}

/** Things, places and infrastructure, and the places and people an organisation has or lacks. */
const THING =
  "(?:verwarming|cv|cv-ketel|ketel|boiler|geiser|lift|liften|wifi|internet|internetverbinding|verbinding|computer|computers|laptop|tablet|telefoon|printer|scanner|server|systeem|software|app|website|inlog|digid|pinautomaat|auto|fiets|scooter|bus|bussen|trein|treinen|tram|taxi|vervoer|rolstoel|scootmobiel|kraan|wasmachine|droger|koelkast|vriezer|oven|fornuis|afvoer|riool|riolering|dak|goot|raam|ramen|deur|deuren|slot|sloten|sleutel|sleutels|stroom|elektriciteit|meterkast|douche|toilet|wc|verlichting|lamp|lampen|bel|intercom|parkeerplaats|parkeerplaatsen|parkeergelegenheid|stoelen|tafels|bedden|kamers|plekken|plaatsen|woningen|huizen|woning|huis|flat|ruimte|ruimtes|materiaal|materialen|personeel|vrijwilligers|begeleiders|collega's|collega’s|medewerkers|artsen|huisartsen|tandartsen|opvangplekken|huurwoningen|ventilatie|isolatie|schimmel|vocht|lekkage|bereik|ontvangst|accu|batterij|borden|bestek|bekers|kopjes|glazen|banken|dekens|kussens|handdoeken|lakens|matrassen|boeken|pennen|papier|kasten|kluisjes)";
/** Compounds that name trouble with a thing or an organisation: "lekprobleem", "personeelstekort". */
const THING_TROUBLE_PREFIX =
  '(?:parkeer|verkeers|lek|vocht|schimmel|stroom|verbindings|inlog|netwerk|software|computer|opstart|verwarmings|ict|capaciteits|personeels|lift|internet|wifi|wachtlijst|afvoer|riool|rooster)';
/** Organisations: their backlog or shortage is not the client's. */
const ORGANISATION =
  '(?:gemeente|uwv|svb|cak|belastingdienst|verzekeraar|zorgverzekeraar|woningcorporatie|corporatie|verhuurder|bank|rechtbank|instantie|organisatie|wijkteam|ziekenhuis|huisarts|huisartsenpraktijk|praktijk|ggz|kliniek|afdeling|team|opvang|hulpverlening|zorg|begeleiding|behandeling|school)';
/** After "is achterstallig" → "staat open": the end of the clause or a preposition. */
const FITS_PREDICATE = '(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:en|maar|want|omdat|sinds|bij|door|volgens)(?![\\p{L}]))';
const AMOUNT = { question: 'Welk bedrag staat open, en wat is al geregeld?', label: 'Noem het bedrag en wat geregeld is' };

/** Where a thing is: "het bereik in de kelder", "de bus naar de dagbesteding" (not "met zijn zus": that is a person). */
const WHERE = '(?:\\s+(?:in|op|bij|aan|naar)\\s+(?:de|het|zijn|haar|hun)\\s+\\p{L}+)?';
/** "De woning is slecht onderhouden" is about how someone looks after it: that is not a thing's fault. */
const NOT_CARE =
  '(?!\\s+(?:onderhouden|bijgehouden|schoongemaakt|opgeruimd|verzorgd|verwarmd|gelucht|geventileerd|gepoetst|gestofzuigd)(?![\\p{L}]))';

/** Trouble with a thing or in an organisation, for the exceptions of the problem rules. */
const THING_TROUBLE = [
  `proble(?:em|men|matiek)\\s+(?:met|bij|in|aan|van|rond|rondom|op)\\s+(?:(?:de|het|een|onze|ons|zijn|haar|hun|mijn|die|deze)\\s+)?(?:\\p{L}+\\s+)?\\p{L}*${THING}(?![\\p{L}])`,
  seenAfter(`${THING}(?:\\s+\\p{L}+){0,3}\\s+(?:geeft|gaf|heeft|had|veroorzaakt|veroorzaakte)\\s+(?:\\p{L}+\\s+){0,4}`, 'proble(?:em|men)'),
  `${THING_TROUBLE_PREFIX}proble(?:em|men|matiek)`,
  'technische?\\s+proble(?:em|men)',
];
/** Before a word that ends in "resolved", words that would make it not resolved yet. */
const NOT_YET = '(?:niet|nog|geen|nooit|wordt|worden|moet|moeten|zal|zullen|gaat|gaan|kan|kunnen|wil|willen|om|te)';
/** A debt that is paid off is good news: "de huurachterstand is helemaal afgelost". */
const PAID_OFF = `(?:\\s+(?!${NOT_YET}(?![\\p{L}]))[\\p{L}\\p{N}€-]+(?:[.,]\\p{N}+)?){0,8}?\\s+(?:afgelost|weggewerkt|ingelopen|voldaan|kwijtgescholden|betaald|afbetaald|terugbetaald|opgelost)(?![\\p{L}])`;

export const deficitRules: Rule[] = [
  {
    id: 'def-schuldenproblematiek',
    kind: 'substitution',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: noem de schulden of geldzorgen bij naam.',
    explanation:
      '‘Schuldenproblematiek’ maakt van geldzaken een probleemcategorie. ‘Schulden’ of ‘geldzorgen’ is gewone taal en opent het gesprek over wat er al geregeld is en wat de cliënt wil.',
    source: HANDREIKING,
    // Plural for plural fits every sentence ("zijn schuldproblemen zijn groot" → "zijn schulden zijn groot").
    // A singular becomes plural only where no verb has to agree: after a verb or preposition, at the end of the clause.
    swap: [
      ['schulde?n?problemen', 'schulden'],
      [behind(`(?:een\\s+)?schulde?n?proble(?:em|matiek)${FITS_NOUN_PHRASE}`, AS_OBJECT), 'schulden'],
      ['(?:geldproblemen|financi[eë]le\\s+(?=problemen(?![\\p{L}]))\\p{L}+)', 'geldzorgen'],
      [behind(`(?:geldproblematiek|financi[eë]le\\s+(?=problematiek(?![\\p{L}]))\\p{L}+)${FITS_NOUN_PHRASE}`, AS_OBJECT), 'geldzorgen'],
      ['(?:een\\s+)?(?:schulde?n?proble(?:em|matiek)|geldprobleem|geldproblematiek|financi(?:eel|[eë]le)\\s+(?=proble(?:em|matiek)(?![\\p{L}]))\\p{L}+)', { question: 'Welke schulden of geldzorgen, hoe hoog, en wat is al geregeld?' }],
    ],
    rewrites: [{ question: 'Wat heeft de cliënt al geregeld, en met wie?', label: 'Beschrijf wat al geregeld is' }],
    examples: {
      bad: ['Meneer heeft schuldproblemen.', 'Er is sprake van schuldenproblematiek.', 'Mevrouw heeft financiële problemen sinds de scheiding.'],
      good: [
        'Meneer heeft schulden en heeft een afspraak bij de schuldhulpverlening.',
        'Ze houdt een kasboek bij en betaalt haar huur op tijd.',
        'Hij vertelt: "Mijn schuldproblemen houden me wakker."',
      ],
    },
  },
  {
    id: 'def-probleem',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf concreet wat er speelt en wat iemand wil.',
    explanation:
      'Het woord ‘probleem’ zet een etiket op de situatie en zegt nog niet wat er gebeurt. Beschrijf concreet wat er speelt en wat de cliënt zelf anders wil; dan kun je samen aan een doel werken.',
    source: METHOD,
    patterns: ['\\p{L}*proble(?:em|men)\\p{L}*'],
    exceptions: [
      'probleemoploss\\p{L}*',
      'probleemlo(?:os|ze)',
      // Person and family labels belong to the label rules (label-probleemgezin, label-probleemjongere, label-drinker).
      '(?:multi)?probleem(?:gezin|gezinnen|huishouden|huishoudens|famil(?:ie|ies))',
      'probleem(?:jongeren?|kind(?:eren|je)?|leerlingen?|jeugd|cli[eë]nten?|clienten?|bewoners?|pati[eë]nten?|jongens?|meisjes?|ouders?|pubers?|tieners?|gevallen?|wijkbewoner|huurders?|drinkers?)',
      'geen\\s+(?:enkel\\s+|enkele\\s+)?proble(?:em|men)',
      'zonder\\s+(?:enig\\s+|enige\\s+|veel\\s+)?proble(?:em|men)',
      // trouble with a thing or an organisation
      ...THING_TROUBLE,
      // a problem that is solved
      `proble(?:em|men)(?:\\s+(?!${NOT_YET}(?![\\p{L}]))[\\p{L}-]+){0,8}?\\s+(?:opgelost|verholpen|verdwenen)(?![\\p{L}])`,
    ],
    rewrites: [
      { question: 'Wat speelt er precies?', label: 'Beschrijf concreet wat er gebeurt' },
      { question: 'Wat wil de cliënt bereiken, en wat helpt al?', label: 'Coachvraag: wat wil de cliënt bereiken?' },
    ],
    examples: {
      bad: [
        'Meneer heeft gedragsproblemen in de groep.',
        'Het probleemgedrag nam toe na het bezoek van zijn broer.',
        'Mevrouw heeft problemen met haar buren.',
        'De problemen met zijn zus zijn nog niet opgelost.',
      ],
      good: [
        'Meneer denkt probleemoplossend mee over het rooster.',
        'Afwassen is voor haar geen enkel probleem.',
        'Ze zegt: "Ik heb overal problemen mee."',
        'Mevrouw wil haar buren beter leren kennen en groet ze elke ochtend.',
        'Het gezin woont sinds mei in de nieuwe woning.',
        'Er is een probleem met de verwarming in de flat.',
        'De lift had vorige week een storing en technische problemen.',
        'Het probleem met de buren is inmiddels opgelost.',
        'Hij reisde zonder problemen met de trein naar Zwolle.',
      ],
    },
  },
  {
    id: 'def-problematiek',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: noem concreet wat er speelt.',
    explanation:
      '‘Problematiek’ en ‘problematisch’ vatten een mens samen als een verzameling problemen. Beschrijf in gewone woorden wat er gebeurt, hoeveel en sinds wanneer, en wat de cliënt zelf wil.',
    source: METHOD,
    patterns: ['\\p{L}*problematiek', 'problematisch(?:e|er|ere)?'],
    exceptions: [...THING_TROUBLE, seenAfter(`${THING}\\s+(?:is|was|wordt|werd)\\s+(?:\\p{L}+\\s+)?`, 'problematisch')],
    rewrites: [{ question: 'Wat speelt er precies, in gewone woorden?', label: 'Beschrijf concreet wat er speelt' }],
    examples: {
      bad: ['Er is sprake van verslavingsproblematiek.', 'Het drinken is problematisch geworden.', 'De problematiek van mevrouw is complex.'],
      good: [
        'Hij drinkt sinds januari vier blikjes bier per dag en wil minderen.',
        'Ze vertelde over haar schulden en haar plan om ze af te lossen.',
        'Ze zegt: "Mijn problematiek kent iedereen hier."',
        'De parkeerproblematiek in de wijk staat op de agenda van de gemeente.',
      ],
    },
  },
  {
    id: 'def-moeite',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat al lukt en wat iemand wil leren.',
    explanation:
      '‘Moeite met’ zet voorop wat iemand lastig vindt. De methode vraagt te beschrijven wat al lukt en wat de cliënt wil leren; daar kan een actie op volgen.',
    source: METHOD,
    patterns: [
      'moeite\\s+(?:met|mee|om)',
      'moeite\\s+(?:heeft|had|hebben|hadden|heb|krijgt|kreeg)(?:\\s+(?:met|mee|om))?',
      '(?:heeft|had|hebben|hadden|heb|hebt|krijgt|kreeg)\\s+(?:(?:er|het|hier|daar|nog|veel|wat|erg|grote?|duidelijk|zichtbaar|enige|ook|soms|vaak|altijd|steeds|meer|meneer|mevrouw|hij|zij|ze)\\s+){0,3}moeite(?:\\s+(?:met|mee|om))?',
      'kost(?:te|ten|en)?\\s+(?:(?:hem|haar|hen|hun|me|mij|ons|je|jou|u|meneer|mevrouw|veel|wat|nog|erg|extra|zichtbaar|duidelijk|enige|het)\\s+){0,3}moeite',
      'moeiza(?:am|me|mer)',
    ],
    exceptions: [
      '(?:heeft|had|hebben|hadden)\\s+(?:\\p{L}+\\s+){0,3}moeite\\s+gedaan',
      'd(?:oet|eed|eden|oen|oe)\\s+(?:\\p{L}+\\s+){0,3}moeite(?:\\s+(?:om|voor|met))?',
      'moeite\\s+(?:om\\s+)?(?:te\\s+)?doen',
      'n(?:eemt|am|amen|emen)\\s+(?:\\p{L}+\\s+){0,3}moeite(?:\\s+om)?',
      'geen\\s+(?:enkele\\s+)?moeite(?:\\s+(?:met|mee|om))?',
      'zonder\\s+(?:veel\\s+)?moeite',
    ],
    rewrites: [
      { question: 'Wat lukt al, en wat wil de cliënt leren?', label: 'Coachvraag: wat lukt al, wat wil de cliënt leren?' },
      { question: 'Wat ging goed, en waar liep het vast?', label: 'Beschrijf wat je zag' },
    ],
    examples: {
      bad: [
        'Meneer heeft moeite met plannen.',
        'Ze vertelt dat ze moeite heeft met opstaan.',
        'Het kost hem veel moeite om de post te openen.',
        'Het gesprek verliep moeizaam.',
      ],
      good: [
        'Ze deed veel moeite om op tijd te komen.',
        'Hij heeft zichtbaar moeite gedaan voor het gesprek.',
        'Het is de moeite waard om samen te koken.',
        'Ze nam de moeite om haar buurvrouw te bellen.',
        'Meneer plant zijn week met een weekkaart op de koelkast.',
      ],
    },
  },
  {
    id: 'def-moeilijk-vinden',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat al lukt en wat zou helpen.',
    explanation:
      'Net als ‘moeite met’ zet ‘vindt het moeilijk’ de tekortkoming voorop. Vraag wat al lukt en wat zou helpen, en beschrijf dat.',
    source: METHOD,
    patterns: [
      '(?:vind|vindt|vond|vonden|vinden)\\s+(?:(?:het|hij|zij|ze|meneer|mevrouw|nog|erg|heel|best|soms|vaak|ook|echt|zo|dat|dit)\\s+){0,3}(?:moeilijk|lastig)',
      'het\\s+(?:(?:nog|erg|heel|best|soms|vaak|ook|echt|zo)\\s+){0,2}(?:moeilijk|lastig)\\s+(?:te\\s+vinden|vindt|vond|vonden|vind|vinden)',
      'k(?:an|on|unnen|onden)\\s+(?:(?:nog|erg|heel|soms|vaak|ook|hij|zij|ze|het|meneer|mevrouw)\\s+){0,2}moeilijk',
    ],
    // In a report or a message "ik" is the worker: "ik vond het lastig dat …" is the worker's own
    // experience (an ik-boodschap), not a deficit of the client. On a worksheet "ik" is the client:
    // rule def-ik-vind-moeilijk takes those.
    exceptions: [
      'ik\\s+(?:vind|vond)\\s+(?:\\p{L}+\\s+){0,3}(?:moeilijk|lastig)',
      'ik\\s+k(?:an|on)\\s+(?:\\p{L}+\\s+){0,2}moeilijk',
    ],
    rewrites: [{ question: 'Wat lukt al, en wat zou helpen?', label: 'Coachvraag: wat lukt al, wat zou helpen?' }],
    examples: {
      bad: [
        'Ze vindt het moeilijk om hulp te vragen.',
        'Mevrouw geeft aan het lastig te vinden om alleen te reizen.',
        'Hij kan moeilijk stilzitten tijdens de groep.',
      ],
      good: [
        'Ze heeft het moeilijk sinds het overlijden van haar moeder.',
        'Hij vindt het leuk om te koken.',
        'Ze vraagt hulp aan haar zus als ze een brief van de gemeente krijgt.',
        'Ze zegt: "Ik vind het moeilijk om hulp te vragen."',
        'Ik vond het lastig dat meneer tijdens het gesprek steeds zijn telefoon pakte.',
        'Ik kan moeilijk inschatten hoe het met haar gaat; ik vraag het haar morgen.',
      ],
    },
  },
  {
    id: 'def-ik-vind-moeilijk',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    modes: ['worksheet'],
    message: 'Probleemgerichte taal: schrijf wat al lukt en wat je wilt leren.',
    explanation:
      'Op een werkblad is de ik de cliënt. ‘Ik vind het moeilijk om …’ zet de tekortkoming voorop; ‘ik wil leren …’ of ‘het lukt me als …’ laat zien waar je naartoe werkt en wat al helpt.',
    source: METHOD,
    patterns: [
      'ik\\s+(?:vind|vond)\\s+(?:(?:het|nog|erg|heel|best|soms|vaak|ook|echt|zo|dat|dit)\\s+){0,3}(?:moeilijk|lastig)',
      '(?:vind|vond)\\s+ik\\s+(?:(?:het|nog|erg|heel|best|soms|vaak|ook|echt|zo)\\s+){0,3}(?:moeilijk|lastig)',
      'ik\\s+k(?:an|on)\\s+(?:(?:nog|erg|heel|soms|vaak|ook|het)\\s+){0,2}moeilijk',
    ],
    rewrites: [{ question: 'Wat wil je leren, en wanneer lukt het al?', label: 'Schrijf wat je wilt leren of wat al helpt' }],
    examples: {
      bad: ['Ik vind het moeilijk om hulp te vragen.', 'Alleen reizen vind ik nog lastig.', 'Ik kan moeilijk nee zeggen tegen mijn broer.'],
      good: [
        'Ik wil leren om hulp te vragen aan mijn zus.',
        'Ik vind het leuk om te koken.',
        '"Ik vind het moeilijk," zei ik tegen mijn begeleider.',
      ],
    },
  },
  {
    id: 'def-lukt-niet',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat al lukt en wat de volgende stap is.',
    explanation:
      '‘Het lukt niet’ beschrijft iemand vanuit wat mislukt. Beschrijf wat al wel lukt en welke kleine stap de cliënt als volgende wil zetten.',
    source: METHOD,
    patterns: [
      '(?:lukt|lukte|lukten|lukken)\\s+(?:(?:het|hem|haar|hen|hun|mij|me|ons|jou|je|u|meneer|mevrouw|cli[eë]nt|nog|nu|ook|echt|helemaal|steeds|vaak|soms|daar|dit|dat|er|zelf|alleen|vandaag|gisteren|momenteel|toen|dan|hier)\\s+){0,4}(?:niet|nooit|nauwelijks)',
      '(?:is|was|zijn|waren)\\s+(?:(?:het|hem|haar|hen|hun|mij|me|ons|meneer|mevrouw|nog|ook|echt|helemaal|daar|dit|dat|er|toen)\\s+){0,3}(?:niet|nooit)\\s+(?:meer\\s+)?gelukt',
      '(?:niet|nooit)\\s+(?:meer\\s+)?(?:lukt|lukte|lukten|lukken|gelukt)',
    ],
    exceptions: [
      '(?:lukt|lukte|lukten)\\s+(?:\\p{L}+\\s+){0,4}niet\\s+alleen\\b[^.!?]*?\\bmaar\\s+ook',
      // a concession in a plan makes room for a setback: "ook als het een dag niet lukt"
      '(?:ook|zelfs)\\s+(?:als|wanneer|al)\\s+(?:\\p{L}+\\s+){0,4}(?:niet|nooit)\\s+(?:meer\\s+)?(?:lukt|lukte|lukken|lukten|gelukt)',
    ],
    rewrites: [
      { question: 'Wat lukt al, en wat is de volgende stap?', label: 'Coachvraag: wat lukt al?' },
      { question: 'Wat gebeurde er wel?', label: 'Beschrijf wat er gebeurde' },
    ],
    examples: {
      bad: [
        'Het lukt hem nog niet om zelf boodschappen te doen.',
        'Het is haar niet gelukt om de huur te betalen.',
        'Mevrouw vertelt dat het haar niet lukt om te slapen.',
      ],
      good: [
        'Het lukt hem om zelf boodschappen te doen.',
        'Het lukte haar om de huur op tijd te betalen.',
        'Het lukt hem niet alleen om te koken, maar ook om af te wassen.',
        'Hij zegt: "Het lukt me gewoon niet."',
        'Ze schrijft elke avond drie dingen op die goed gingen, ook als het een keer niet lukt om te gaan wandelen.',
        'Hij houdt zijn kasboek bij, zelfs wanneer het sparen een week niet lukt.',
      ],
    },
  },
  {
    id: 'def-niet-in-staat',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat iemand wel kan en wat nodig is.',
    explanation:
      '‘Niet in staat’ spreekt een oordeel uit over iemands vermogen. Beschrijf wat de cliënt al kan en wat er nodig is om de volgende stap te zetten.',
    source: METHOD,
    patterns: ['(?:niet|nooit)\\s+(?:(?:meer|goed|langer|echt|helemaal|zelf)\\s+)?in\\s+staat', 'buiten\\s+staat'],
    rewrites: [{ question: 'Wat kan de cliënt al, en wat is nodig voor de volgende stap?', label: 'Coachvraag: wat kan de cliënt al, wat is nodig?' }],
    examples: {
      bad: [
        'Meneer is niet in staat zijn administratie bij te houden.',
        'Ze was niet meer in staat om alleen te wonen.',
        'Hij is buiten staat om te werken.',
      ],
      good: [
        'Hij is in staat om zelf te koken.',
        'Ze houdt haar administratie bij met hulp van haar dochter.',
        'Ze zegt: "Ik ben niet in staat om te werken."',
      ],
    },
  },
  {
    id: 'def-onvoldoende',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat er is en wat nodig is.',
    explanation:
      '‘Onvoldoende’ is een rapportcijfer over de cliënt. Beschrijf wat er al is en wat er nodig is; dat geeft richting aan het actieplan.',
    source: METHOD,
    patterns: ['onvoldoende', 'ontoereikend(?:e)?', 'insufficiënt(?:e)?'],
    // Not enough places, staff or stamps is about the organisation or the thing, not the client.
    exceptions: [
      `onvoldoende\\s+(?:\\p{L}+\\s+)?\\p{L}*${THING}(?![\\p{L}])`,
      seenAfter(`${THING}\\s+(?:is|was|zijn|waren)\\s+(?:\\p{L}+\\s+)?`, '(?:onvoldoende|ontoereikend)'),
      'onvoldoende\\s+gefrankeerd',
    ],
    rewrites: [{ question: 'Wat is er al, en wat is nodig?', label: 'Beschrijf wat er is en wat nodig is' }],
    examples: {
      bad: ['Mevrouw heeft onvoldoende vaardigheden om zelfstandig te wonen.', 'Het inkomen is ontoereikend.'],
      good: [
        'Ze haalde een voldoende voor haar taaltoets.',
        'Ze kookt vier keer per week en wil leren wassen.',
        'Hij zegt: "Mijn inkomen is onvoldoende."',
        'Er zijn onvoldoende plekken in de nachtopvang.',
      ],
    },
  },
  {
    id: 'def-gebrek',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat er is en wat iemand nodig heeft.',
    explanation:
      '‘Gebrek aan’ en ‘gebrekkig’ beschrijven iemand vanuit wat ontbreekt. Beschrijf wat er al is en wat de cliënt nodig heeft of wil.',
    source: METHOD,
    patterns: ['gebrek(?:en)?\\s+aan', '\\p{L}+gebrek(?:en)?', 'gebrekkig(?:e|er|ere)?'],
    exceptions: [
      'bij\\s+gebrek\\s+aan\\s+beter',
      // a lack of things, space or staff, and defects of a house ("gebreken aan de woning")
      `gebrek(?:en)?\\s+aan\\s+(?:(?:de|het|een|zijn|haar|hun)\\s+)?(?:\\p{L}+\\s+)?\\p{L}*${THING}(?![\\p{L}])`,
      '(?:ruimte|plaats|personeels|materiaal|tijd)gebrek(?:en)?',
      `gebrekkige?\\s+(?:\\p{L}+\\s+)?\\p{L}*${THING}(?![\\p{L}])`,
      seenAfter(`${THING}\\s+(?:is|was|zijn|waren)\\s+(?:\\p{L}+\\s+)?`, 'gebrekkig'),
    ],
    rewrites: [{ question: 'Wat is er al, en wat is nodig?', label: 'Beschrijf wat er is en wat nodig is' }],
    examples: {
      bad: [
        'Er is een gebrek aan structuur in zijn dag.',
        'Ze spreekt gebrekkig Nederlands.',
        'Meneer heeft last van slaapgebrek.',
      ],
      good: [
        'Hij staat om acht uur op en gaat om tien uur naar de dagbesteding.',
        'Ze spreekt Arabisch en Turks en leert Nederlands op de taalles.',
        'Ze zegt: "Ik heb gebrek aan rust."',
        'In de wijk is een gebrek aan parkeerplaatsen.',
        'De verhuurder herstelt de gebreken aan de woning in juni.',
      ],
    },
  },
  {
    id: 'def-tekort',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '‘Tekort’: beschrijf wat er is en wat nodig is.',
    explanation:
      '‘Tekort’, ‘tekortkoming’ en ‘tekortschieten’ meten iemand af aan een norm. Beschrijf wat er al is en wat de cliënt nodig heeft om verder te komen.',
    source: METHOD,
    patterns: ['\\p{L}*tekort\\p{L}*'],
    exceptions: [
      // a shortage of things, places or staff
      `tekort(?:en)?\\s+aan\\s+(?:(?:de|het|een)\\s+)?(?:\\p{L}+\\s+)?\\p{L}*${THING}(?![\\p{L}])`,
      '(?:personeels|woning|huizen|plaats|plaatsen|bedden|capaciteits|begrotings|artsen|huisartsen|vrijwilligers|parkeer|ruimte|water|stroom|kamer|opvang)tekort(?:en)?',
      // "komt niets tekort" is good news
      '(?:niets|niks|nergens)\\s+(?:aan\\s+)?tekort',
      // the help fell short, not the client
      seenAfter(`${ORGANISATION}\\s+(?:\\p{L}+\\s+){0,3}(?:schiet|schoot|schieten|schoten)\\s+(?:\\p{L}+\\s+){0,3}`, 'tekort'),
    ],
    rewrites: [
      { question: 'Wat is er nodig?', label: 'Beschrijf wat er nodig is' },
      { question: 'Wat heeft de cliënt al, en wat is nog nodig?', label: 'Coachvraag: wat is er al?' },
    ],
    examples: {
      bad: [
        'Er is een tekort aan sociale vaardigheden.',
        'Moeder schiet tekort in de opvoeding.',
        'Zijn tekortkomingen worden duidelijk in de groep.',
        'Ze heeft een slaaptekort.',
      ],
      good: [
        'Ze heeft deze maand genoeg geld voor de boodschappen.',
        'Moeder leest haar zoon elke avond voor.',
        'Ze vertelde: "Ik kom altijd tekort."',
        'Bij de buurtmaaltijd was een tekort aan stoelen.',
        'Door het personeelstekort verschuift het huisbezoek naar donderdag.',
        'Zijn kinderen komen bij hem niets tekort.',
      ],
    },
  },
  {
    id: 'def-in-beperkte-mate',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '‘In beperkte mate’: zeg hoeveel of hoe precies.',
    explanation:
      '‘In beperkte mate’ beschrijft iemand vanuit de grens van wat hij doet en blijft vaag. Een getal of een concrete beschrijving laat zien wat er is (‘kookt twee keer per week zelf’).',
    source: OBSERVE,
    patterns: ['in\\s+(?:zeer\\s+|erg\\s+)?beperkte\\s+mate'],
    rewrites: [{ question: 'Hoeveel, of hoe vaak precies?', label: 'Maak concreet: hoeveel, hoe vaak?' }],
    examples: {
      bad: ['Mevrouw kan in beperkte mate zelf koken.', 'Hij neemt in beperkte mate deel aan de groep.'],
      good: [
        'Mevrouw kookt twee keer per week zelf.',
        'Hij komt op dinsdag naar de kookgroep.',
        'Ze zegt: "Ik kan dat in beperkte mate."',
      ],
    },
  },
  {
    id: 'def-beperkt',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '‘Beperkt’: beschrijf wat er is, hoeveel of welke.',
    explanation:
      '‘Beperkt’ zegt wat er te weinig is, zonder te zeggen wat er wel is. Beschrijf concreet wat de cliënt kan of heeft; dat is het vertrekpunt voor herstel.',
    source: METHOD,
    patterns: ['beperkt(?:e|er|ere)?', 'beperkthe(?:id|den)'],
    exceptions: [
      // "beperkt" as a verb is often the client's own action: "hij beperkt zijn gebruik tot het weekend".
      'beperkt(?:e|en)?\\s+(?:zijn|haar|hun|mijn|zich|ons|me|het|de)',
      'beperkt\\s+(?:te\\s+)?h(?:ouden|oudt|ield|ielden)',
      'h(?:oudt|ouden|ield|ielden|oud)\\s+(?:\\p{L}+\\s+){0,3}beperkt',
      'beperkte\\s+(?:tijd|oplage|houdbaarheid|openingstijden)',
      'tijd(?:\\s+\\p{L}+){0,5}\\s+(?:is|was)\\s+beperkt',
      // things and organisations: "een beperkt aantal plekken", "de huisarts is beperkt bereikbaar"
      `beperkte?\\s+(?:aantal\\s+)?${THING}(?![\\p{L}])`,
      seenAfter(`${THING}\\s+(?:is|was|zijn|waren)\\s+(?:\\p{L}+\\s+)?`, 'beperkt'),
      seenAfter(`${ORGANISATION}\\s+(?:is|was)\\s+(?:\\p{L}+\\s+)?`, 'beperkt(?=\\s+(?:bereikbaar|open|geopend)(?![\\p{L}]))'),
    ],
    rewrites: [{ question: 'Wat is er wel: hoeveel, of welke?', label: 'Beschrijf wat er is' }],
    examples: {
      bad: [
        'Meneer heeft een beperkt netwerk.',
        'Haar sociale vaardigheden zijn beperkt.',
        'Hij is beperkt zelfredzaam.',
      ],
      good: [
        'Hij beperkt zijn alcoholgebruik tot het weekend.',
        'Ze wil haar schermtijd beperkt houden.',
        'Meneer heeft contact met zijn zus, zijn buurman en twee oud-collega’s.',
        'Het gesprek beperkte zich tot de verhuizing.',
        'De tijd voor het gesprek was beperkt.',
        'De nachtopvang heeft een beperkt aantal bedden.',
      ],
    },
  },
  {
    id: 'def-beperking',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '‘Beperking’: beschrijf wat iemand nodig heeft om mee te doen.',
    explanation:
      'Een beperking is een deel van iemand, niet de hele persoon. Beschrijf liever wat de cliënt nodig heeft om mee te doen; noem de beperking alleen waar ze voor een recht of voorziening telt.',
    source: METHOD,
    patterns: ['\\p{L}*beperking(?:en)?'],
    exceptions: ['schadebeperking\\p{L}*'],
    rewrites: [{ question: 'Wat heeft de cliënt nodig om mee te doen?', label: 'Coachvraag: wat is nodig om mee te doen?' }],
    examples: {
      bad: [
        'Mevrouw heeft een licht verstandelijke beperking.',
        'Door zijn beperkingen kan hij geen werk vinden.',
        'Er is sprake van een functiebeperking.',
      ],
      good: [
        'Mevrouw leest korte teksten en gebruikt pictogrammen bij het plannen.',
        'We spraken over schadebeperking bij het gebruik.',
        'Hij zegt: "Ik heb een beperking, maar ik kan veel."',
      ],
    },
  },
  {
    id: 'def-stoornis',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '‘Stoornis’: beschrijf wat iemand ervaart en wat helpt.',
    explanation:
      'Een diagnose als ‘stoornis’ beschrijft wat er mis is; de cliënt is meer dan de diagnose. Beschrijf wat de cliënt ervaart en wat helpt, in de woorden van de cliënt.',
    source: METHOD,
    patterns: ['\\p{L}*stoornis(?:sen)?'],
    rewrites: [{ question: 'Wat merkt de cliënt ervan, en wat helpt?', label: 'Beschrijf wat de cliënt ervaart en wat helpt' }],
    examples: {
      bad: [
        'Meneer heeft een psychotische stoornis.',
        'Mevrouw is bekend met een angststoornis.',
        'Er zijn slaapstoornissen.',
      ],
      good: [
        'Meneer hoort stemmen; muziek luisteren helpt hem.',
        'Er was een stroomstoring in de flat.',
        'Ze zegt: "Ik heb een angststoornis."',
      ],
    },
  },
  {
    id: 'def-slecht',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '‘Slecht’ is een oordeel: beschrijf concreet wat er gebeurt.',
    explanation:
      '‘Slecht’ is een oordeel zonder inhoud. Beschrijf wat je zag of hoorde en wat al beter gaat, bijvoorbeeld hoe laat iemand in slaap valt.',
    source: OBSERVE,
    patterns: ['slecht(?:e|er|ere|st|ste)?'],
    exceptions: [
      'slechte?\\s+(?:weer|nieuws)',
      'niet\\s+slecht',
      // things: "een slechte verbinding", "de woning is slecht bereikbaar", "het bereik was slecht"
      `slechte?\\s+(?:\\p{L}+\\s+)?${THING}(?![\\p{L}])`,
      seenAfter(`(?:${THING}|weer)${WHERE}\\s+(?:is|was|bleef|werd|wordt)\\s+(?:\\p{L}+\\s+)?`, `slecht${NOT_CARE}`),
    ],
    rewrites: [
      { question: 'Wat zag of hoorde je precies?', label: 'Beschrijf concreet' },
      { question: 'Wat gaat al beter?', label: 'Coachvraag: wat gaat al beter?' },
    ],
    examples: {
      bad: ['Hij slaapt slecht.', 'Mevrouw heeft een slechte hygiëne.', 'Het gaat slechter met meneer.'],
      good: [
        'Hij kwam slechts één keer te laat.',
        'Door het slechte weer dronken we binnen koffie.',
        'Ze slaapt sinds de nieuwe matras zes uur per nacht.',
        'We belden met beeld, maar de verbinding was slecht.',
        'De bus naar de dagbesteding is slecht op zondag, dus hij fietst.',
        'Ze zegt: "Ik slaap slecht."',
      ],
    },
  },
  {
    id: 'def-zwak',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '‘Zwak’: beschrijf waar iemand sterk in is en wat nodig is.',
    explanation:
      '‘Zwak’ en ‘zwakte’ leggen de nadruk op wat iemand mist. De methode zoekt de krachten: beschrijf waar de cliënt goed in is en wat nodig is om verder te komen.',
    source: METHOD,
    patterns: ['zwak(?:ke|ker|kere|st|ste)?', '\\p{L}*zwakte(?:n)?', 'zwakhe(?:id|den)'],
    exceptions: [
      '(?:een\\s+)?zwak(?:je)?\\s+voor',
      'zwakke\\s+plek(?:je)?\\s+voor',
      `zwakke?\\s+(?:signaal|${THING})(?![\\p{L}])`,
      seenAfter(`(?:signaal|${THING})\\s+(?:is|was)\\s+(?:\\p{L}+\\s+)?`, 'zwak'),
    ],
    rewrites: [{ question: 'Waar is de cliënt sterk in, en wat is nodig?', label: 'Coachvraag: waar is de cliënt sterk in?' }],
    examples: {
      bad: ['Zijn sociale vaardigheden zijn zwak.', 'Ze heeft een zwakke gezondheid.', 'Een zwakte van meneer is plannen.'],
      good: [
        'Ze heeft een zwak voor katten.',
        'Hij heeft een zwakke plek voor zijn kleinzoon.',
        'Meneer kookt graag en helpt zijn buurman met de tuin.',
        'Hij zegt: "Ik voel me zwak."',
      ],
    },
  },
  {
    id: 'def-onvermogen',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat iemand kan en wat nodig is.',
    explanation:
      '‘Onvermogen’ en ‘onkunde’ spreken een oordeel uit over wat iemand niet kan. Beschrijf wat de cliënt al kan en welke hulp of oefening nodig is.',
    source: METHOD,
    patterns: ['onvermogen(?:d|de)?', 'onkunde', 'onkundig(?:e|er)?'],
    rewrites: [{ question: 'Wat kan de cliënt al, en welke hulp helpt?', label: 'Coachvraag: wat kan de cliënt al?' }],
    examples: {
      bad: ['Zijn onvermogen om te plannen leidt tot schulden.', 'Uit onkunde vulde ze het formulier verkeerd in.'],
      good: [
        'Hij plant met een agenda op zijn telefoon.',
        'Ze vulde het formulier samen met haar dochter in.',
        'Ze zegt: "Het is mijn eigen onvermogen."',
      ],
    },
  },
  {
    id: 'def-falen',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat er gebeurde en wat iemand ervan leerde.',
    explanation:
      '‘Falen’ maakt van een gebeurtenis een oordeel over de persoon. Beschrijf wat er gebeurde, wat de cliënt probeerde en wat hij of zij ervan leerde.',
    source: METHOD,
    patterns: ['falen', 'faal\\p{L}*', 'gefaald', 'falend(?:e)?'],
    // a thing or a technique that fails: "de meting faalde", "de remmen faalden"
    exceptions: [seenAfter(`(?:${THING}|meting|metingen|techniek|remmen|motor|operatie|pomp|sensor|alarm)\\s+`, '(?:faalt|faalde|faalden|falen)')],
    rewrites: [{ question: 'Wat gebeurde er, en wat leerde de cliënt ervan?', label: 'Beschrijf wat er gebeurde' }],
    examples: {
      bad: ['Meneer faalt in het bijhouden van zijn post.', 'De eerdere trajecten zijn gefaald.', 'Ze heeft veel faalervaringen.'],
      good: [
        'Ze at falafel met haar zus.',
        'Hij opent zijn post op maandag samen met zijn begeleider.',
        'Ze zegt: "Ik heb gefaald als moeder."',
        'De pomp van de wasmachine faalde, dus we gingen naar de wasserette.',
      ],
    },
  },
  {
    id: 'def-is-mislukt',
    kind: 'substitution',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat er gebeurde en wat de volgende poging wordt.',
    explanation:
      '‘Mislukt’ is een eindoordeel. Beschrijf wat er gebeurde, wat de cliënt ervan leerde en wat de volgende poging wordt. ‘Liep anders dan gepland’ zegt minder dan ‘mislukt’ en is dus geen vervanging: schrijf de feiten op.',
    source: METHOD,
    swap: [
      ['(?:is|was|zijn|waren)\\s+mislukt', { question: 'Wat gebeurde er precies, en wat wordt de volgende poging?' }],
    ],
    rewrites: [{ question: 'Wat leerde de cliënt ervan?', label: 'Coachvraag: wat leerde de cliënt?' }],
    examples: {
      bad: ['De verhuizing is mislukt.', 'Eerdere pogingen om te stoppen waren mislukt.'],
      good: [
        'De verhuizing liep anders dan gepland; de sleutel kwam een week later.',
        'Ze stopte in maart twee weken met drinken.',
        'Hij zegt: "Alles is mislukt."',
      ],
    },
  },
  {
    id: 'def-mislukt',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat er gebeurde en wat de volgende stap is.',
    explanation:
      '‘Mislukt’ en ‘mislukking’ zijn eindoordelen. Beschrijf wat er gebeurde, wat de cliënt probeerde en wat de volgende stap is.',
    source: METHOD,
    patterns: ['mislukt(?:e|en)?', 'mislukken', '\\p{L}*mislukking(?:en)?'],
    rewrites: [{ question: 'Wat ging er anders dan gepland, en wat is de volgende stap?', label: 'Beschrijf wat er gebeurde' }],
    examples: {
      bad: ['Na een mislukte poging om te stoppen is hij weer gaan drinken.', 'Het traject werd een mislukking.', 'De training mislukte.'],
      good: [
        'Hij stopte in maart twee weken met drinken en wil het opnieuw proberen.',
        'Het traject liep anders dan gepland.',
        'Ze zegt: "Mijn leven is een mislukking."',
      ],
    },
  },
  {
    id: 'def-huurachterstand',
    kind: 'substitution',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: noem het bedrag dat openstaat.',
    explanation:
      '‘Achterstand’ meet iemand af aan een norm. ‘Openstaande huur’ of ‘openstaande rekeningen’ is gewone taal en feitelijk; noem het bedrag en wat al geregeld is.',
    source: HANDREIKING,
    // The article belongs to the phrase: "een huurachterstand" → "openstaande huur", "de
    // betalingsachterstand" → "het openstaande bedrag"; "is achterstallig" → "staat open".
    swap: [
      ['(?:een\\s+)?huurachterstand', 'openstaande huur'],
      ['huurachterstanden', 'openstaande huurbetalingen'],
      ['een\\s+betalingsachterstand', 'een openstaand bedrag'],
      ['de\\s+betalingsachterstand', 'het openstaande bedrag'],
      ['betalingsachterstanden', 'openstaande rekeningen'],
      ['betalingsachterstand', AMOUNT],
      [`is\\s+achterstallig${FITS_PREDICATE}`, 'staat open'],
      [`was\\s+achterstallig${FITS_PREDICATE}`, 'stond open'],
      [behind(`zijn\\s+achterstallig${FITS_PREDICATE}`, '(?<=(?<![\\p{L}])(?:de|het|deze|die)\\s+\\p{L}+\\s+)'), 'staan open'],
      [`waren\\s+achterstallig${FITS_PREDICATE}`, 'stonden open'],
      ['achterstallige', 'openstaande'],
      ['achterstallig(?=\\s+(?:bedrag|eigen\\s+risico)(?![\\p{L}]))', 'openstaand'],
      ['achterstallig', AMOUNT],
    ],
    exceptions: [
      // paid off: good news; maintenance is about the building
      `(?:(?:huur|betalings)achterstand(?:en)?|achterstallige?\\s+\\p{L}+)${PAID_OFF}`,
      'achterstallige?\\s+onderhoud',
      // money owed to the client ("achterstallig loon") is no deficit of the client
      'achterstallige?\\s+(?:loon|salaris|uitkering|uitkeringen|toeslag|toeslagen|kinderbijslag|vakantiegeld|pensioen|zorgtoeslag|huurtoeslag)',
    ],
    rewrites: [{ question: 'Welke regeling loopt er al, en wat wil de cliënt?', label: 'Beschrijf wat al geregeld is' }],
    examples: {
      bad: [
        'Meneer heeft een huurachterstand van 800 euro.',
        'Er zijn betalingsachterstanden bij de zorgverzekeraar.',
        'De achterstallige huur wordt in termijnen betaald.',
        'De premie van de zorgverzekering is achterstallig.',
        'De huurachterstand is nog niet afgelost.',
      ],
      good: [
        'Meneer heeft 800 euro openstaande huur en betaalt 50 euro per maand af.',
        'Hij betaalt zijn huur sinds maart via automatische incasso.',
        'Ze zegt: "Ik heb een huurachterstand."',
        'De huurachterstand van vorig jaar is in mei helemaal afgelost.',
        'De corporatie pakt het achterstallig onderhoud aan de galerij aan.',
      ],
    },
  },
  {
    id: 'def-achterstand',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '‘Achterstand’: beschrijf wat iemand al kan en de volgende stap.',
    explanation:
      '‘Achterstand’ vergelijkt iemand met een norm en zet voorop wat ontbreekt. Beschrijf wat de cliënt al kan en wat de volgende stap is.',
    source: METHOD,
    patterns: ['\\p{L}*achterstand(?:en|s\\p{L}*)?'],
    exceptions: [
      // "achterstandsgezin" is a family label: label-probleemgezin takes it.
      'achterstandsgezin(?:nen)?',
      // paid off: good news
      `(?:huur|betalings|premie|energie)?achterstand(?:en)?${PAID_OFF}`,
      // the backlog of an organisation or a building
      '(?:onderhouds|werk|verwerkings|behandel|post)achterstand(?:en)?',
      seenAfter(`${ORGANISATION}\\s+(?:\\p{L}+\\s+){0,4}(?:een\\s+)?`, 'achterstand'),
      'achterstand\\s+(?:in|bij|met)\\s+(?:het|de)\\s+(?:onderhoud|behandelen|verwerken|uitbetalen|afhandelen|beoordelen|behandeling|verwerking|uitbetaling|afhandeling|beoordeling)',
    ],
    rewrites: [{ question: 'Wat kan de cliënt al, en wat is de volgende stap?', label: 'Beschrijf wat er al is' }],
    examples: {
      bad: ['Het kind heeft een ontwikkelingsachterstand.', 'Hij heeft een achterstand in zijn opleiding.', 'Ze woont in een achterstandswijk.'],
      good: [
        'Het kind zegt twintig woorden en wijst aan wat het wil.',
        'Ze stond achter in de rij bij de voedselbank.',
        'Hij zegt: "Ik heb een achterstand."',
        'De gemeente heeft een achterstand met het verwerken van aanvragen.',
        'De achterstand bij de energieleverancier is helemaal afgelost.',
      ],
    },
  },
  {
    id: 'def-verwaarloosd',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: een oordeel. Beschrijf wat je zag.',
    explanation:
      '‘Verwaarloosd’ of ‘zelfverwaarlozing’ is een oordeel dat de cliënt kan kwetsen. Beschrijf wat je zag, zo feitelijk mogelijk, en wat de cliënt er zelf over zegt.',
    source: OBSERVE,
    patterns: ['\\p{L}*verwaarlo(?:osd|osde|osden|ost|zing|zen)'],
    rewrites: [
      { question: 'Wat zag je precies in huis, en wat zegt de cliënt erover?', label: 'Beschrijf wat je zag' },
    ],
    examples: {
      bad: ['De woning maakt een verwaarloosde indruk.', 'Er is sprake van zelfverwaarlozing.', 'Mevrouw verwaarloost haar gebit.'],
      good: [
        'In de keuken stond afwas op het aanrecht en in de gang lagen drie vuilniszakken.',
        'Ze verzorgt haar katten elke dag.',
        'Ze zegt: "Ik heb mezelf verwaarloosd."',
      ],
    },
  },
  {
    id: 'def-vervuild',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: een oordeel over huis of lichaam. Beschrijf wat je zag.',
    explanation:
      '‘Vervuild’ en ‘onverzorgd’ zijn oordelen over iemands huis of lichaam. Beschrijf wat je zag en wat de cliënt er zelf over zegt; dan blijft het gesprek open.',
    source: OBSERVE,
    patterns: ['vervuil(?:d|de|den|ing|t|en)', '(?:woning|huis)vervuiling', 'onverzorgd(?:e|er)?'],
    rewrites: [
      { question: 'Wat zag je precies, en wat zegt de cliënt erover?', label: 'Beschrijf wat je zag' },
    ],
    examples: {
      bad: ['De woning is ernstig vervuild.', 'Er is sprake van woningvervuiling.', 'Meneer zag er onverzorgd uit.'],
      good: [
        'Er is luchtvervuiling door de drukke weg naast de flat.',
        'Hij zag er verzorgd uit en had zich geschoren.',
        'Ze zegt: "Mijn huis is vervuild."',
      ],
    },
  },
  {
    id: 'def-kwetsbaar',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat iemand nodig heeft om zich veilig te voelen.',
    explanation:
      '‘Kwetsbaar’ als kenmerk van een persoon of groep zet de zwakte voorop. Beschrijf concreet wat de cliënt nodig heeft; ‘zich kwetsbaar opstellen’ is juist een kracht en blijft staan.',
    source: METHOD,
    patterns: ['kwetsba(?:ar|re|arder|ardere|arheid|arheden)'],
    exceptions: [
      '(?:zich|me|mij|ons|je)\\s+kwetsbaar\\s+op',
      'kwetsbaar\\s+op\\s+te\\s+stellen',
      'durf\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}kwetsba\\p{L}*',
      'kwetsbaarheid\\s+(?:te\\s+)?(?:tonen|toont|toonde|delen|deelt|deelde|laten|laat|liet)',
      '(?:to(?:on|ont|onde|nen)|de(?:el|elt|elde|len)|liet|laat)\\s+(?:\\p{L}+\\s+){0,2}kwetsbaarheid',
    ],
    rewrites: [{ question: 'Wat heeft de cliënt nodig om zich veilig te voelen?', label: 'Coachvraag: wat is nodig voor veiligheid?' }],
    examples: {
      bad: ['Mevrouw is kwetsbaar.', 'Het gaat om een kwetsbare cliënt.', 'Door zijn kwetsbaarheid wordt hij snel uitgebuit.'],
      good: [
        'Ze stelde zich kwetsbaar op in de groep.',
        'Hij durfde zich kwetsbaar te tonen.',
        'Ze deelde haar kwetsbaarheid met de groep.',
        'Ze zegt: "Ik voel me kwetsbaar."',
      ],
    },
  },
  {
    id: 'def-last-van',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat iemand merkt en wat helpt.',
    explanation:
      '‘Last van’ zet de klacht voorop. Beschrijf wat de cliënt merkt, wanneer, en wat helpt. In een complete boodschap is ‘ik heb daar last van’ juist het ik-deel; die blijft staan.',
    source: METHOD,
    modes: ['report', 'worksheet'],
    patterns: [
      '(?:heeft|had|hadden|hebben|heb|hebt|krijgt|kreeg|kregen|krijgen|ervaart|ervaarde|ervaren)\\s+(?:(?:er|hier|daar|nog|veel|wat|erg|ook|al|soms|vaak|steeds|weer|regelmatig|zichtbaar|duidelijk|meer|meneer|mevrouw|hij|zij|ze)\\s+){0,3}last\\s+(?:gehad\\s+)?van',
      'last\\s+(?:gehad\\s+)?van',
    ],
    exceptions: [
      '(?:geen|nergens|niets|niks)\\s+(?:meer\\s+)?last\\s+(?:meer\\s+)?(?:gehad\\s+)?van',
      'op\\s+last\\s+van',
      'ik\\s+(?:heb|had)\\s+(?:\\p{L}+\\s+){0,2}last\\s+(?:gehad\\s+)?van',
    ],
    rewrites: [{ question: 'Wat merkt de cliënt precies, en wat helpt?', label: 'Coachvraag: wat merkt de cliënt, wat helpt?' }],
    examples: {
      bad: ['Meneer heeft last van stemmen.', 'Ze had er last van tijdens de groep.', 'Hij vertelt dat hij last van zijn rug heeft.'],
      good: [
        'Ik heb daar last van, want ik schrik van harde geluiden.',
        'De woning werd op last van de burgemeester gesloten.',
        'Ze wandelt elke ochtend; dan wordt haar rug soepel.',
        'Hij heeft nergens last van en fietst naar zijn werk.',
        'Hij zegt: "Ik heb last van mijn rug."',
      ],
    },
  },
  {
    id: 'def-hulpbehoevend',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf bij welke dingen iemand hulp wil.',
    explanation:
      '‘Hulpbehoevend’ maakt van de hulpvraag een eigenschap van de persoon. Beschrijf bij welke dingen de cliënt hulp wil en wat hij of zij zelf doet.',
    source: METHOD,
    patterns: ['hulpbehoevend(?:e|en|heid)?', 'zorgbehoevend(?:e|en|heid)?'],
    rewrites: [{ question: 'Bij welke dingen wil de cliënt hulp?', label: 'Beschrijf bij welke dingen hulp nodig is' }],
    examples: {
      bad: ['Mevrouw is erg hulpbehoevend.', 'Het gaat om een zorgbehoevende man.'],
      good: ['Mevrouw wil hulp bij het douchen en kookt zelf.', 'Ze zegt: "Ik ben hulpbehoevend geworden."'],
    },
  },
  {
    id: 'def-disfunctioneren',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: 'Probleemgerichte taal: beschrijf wat er gebeurt en wat wel werkt.',
    explanation:
      '‘Disfunctioneel’ is een oordeel in vaktaal. Beschrijf wat er gebeurt en wat al wel werkt in het gezin, de relatie of het dagelijks leven.',
    source: METHOD,
    patterns: ['d[iy]sfunctione(?:el|le|ren|ert|erde|erden)', 'd[iy]sfuncties?'],
    rewrites: [{ question: 'Wat gebeurt er, en wat werkt al?', label: 'Beschrijf wat er gebeurt' }],
    examples: {
      bad: ['Het gaat om een disfunctioneel gezin.', 'De relatie is dysfunctioneel.'],
      good: ['In het gezin eten ze elke zondag samen; doordeweeks is er ruzie over geld.', 'Hij zegt: "Ons gezin is disfunctioneel."'],
    },
  },
];
