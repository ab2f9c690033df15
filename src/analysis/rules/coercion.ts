import type { Rule } from '../rule-schema';

const SOURCE = 'Herstelwerk: de cliënt stuurt, de werker coacht; etiquette: stimuleren in plaats van dwingen (domain/METHOD.md)';
const SOURCE_AGREEMENT = 'Herstelwerk: wederzijdse verwachtingen en afspraken samen maken (domain/METHOD.md)';
const WHY =
  'In herstelgericht werken stuurt de cliënt en coacht de werker. Sturende taal maakt van een afspraak een opdracht en van de cliënt iemand die gehoorzaamt; beschrijf liever wat samen is afgesproken en waarom.';

/** Subjects that may stand between a modal verb and what follows ("mag hij niet"). */
const SUBJECT =
  '(?:\\s+(?:hij|zij|ze|u|je|jij|ik|we|wij|jullie|meneer|mevrouw|cliënt|client|het|dat|dit|er|men|de\\s+bewoner|de\\s+deelnemer))?';
const MAG = 'm(?:ag|ogen|ocht|ochten)';
/** Who a threat is addressed to: the client, not "het" or "de aanvraag". */
const CONDITION_SUBJECT =
  '(?:hij|zij|ze|u|je|jij|meneer|mevrouw|cliënt|client|de\\s+(?:cliënt|client|bewoner|bewoonster|deelnemer|jongere|huurder)|bewoners|deelnemers|jongeren|huurders)';
/** "volgt" as a consequence ("volgt een gesprek"), not as a verb with a subject ("volgt hij de route"). */
const FOLLOWS = 'volg(?:t|en)(?!\\s+(?:hij|zij|ze|ik|je|jij|u|we|wij|jullie|meneer|mevrouw|cliënt|client)(?![\\p{L}]))';
/** An infinitive after "te": "te melden", "te zijn"; not "te laat", "te veel". */
const TE_INFINITIVE = '\\s+te\\s+(?:\\p{L}+en|zijn)(?![\\p{L}])';
/** One word or number between the verb and its "te" ("dient zich om 9 uur te melden"). */
const TOKEN = "\\s+[\\p{L}\\p{N}'’-]+(?:[.:]\\p{N}+)*";

/** Never "heeft afgesproken" in its place: that states an agreement the text does not state. */
const AGREED_OR_MEASURE = { question: 'Wat is er afgesproken, en met wie? Of is het een maatregel? Schrijf dat dan zo op.' };

// "moet" in idioms where it directs nobody: involuntary reactions, discourse markers, inference.
const OPT_SUBJECT = '(?:(?:ik|je|jij|hij|zij|ze|we|wij|u|men)\\s+)?';
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
  // a how-question asks for the way, not for obedience: "ze weet niet hoe ze de app moet installeren"
  // ("hoe laat hij binnen moet zijn", "hoe vaak …" and "hoe hij zich moet gedragen" still direct)
  'hoe\\s+(?!(?:laat|vaak|lang|snel|veel)(?![\\p{L}]))(?:(?!zich(?![\\p{L}]))\\p{L}+\\s+){0,6}?moe(?:t|ten|st|sten)(?:\\s+(?:ik|je|jij))?',
];

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
    rewrites: [AGREED_OR_MEASURE, { question: 'Wat wil de cliënt zelf? Schrijf dat in zijn of haar eigen woorden op.' }],
    examples: {
      bad: [
        'Meneer moet om 22 uur binnen zijn.',
        'Ik moet stoppen met blowen.',
        'Ze moesten hun kamer opruimen.',
        'Mevrouw moest zich melden bij de balie.',
        'Ik heb uitgelegd hoe laat hij binnen moet zijn.',
        'Ik heb hem uitgelegd hoe hij zich moet gedragen in de groep.',
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
      ],
    },
  },
  {
    id: 'dwang-mag-niet',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: '"Mag niet" is een verbod: beschrijf de afspraak en wat iemand wel doet.',
    explanation:
      'Een verbod zet de werker boven de cliënt. Beschrijf wat er samen is afgesproken, waarom, en wat de cliënt in plaats daarvan doet; dat nodigt uit tot meedoen in plaats van gehoorzamen.',
    source: SOURCE_AGREEMENT,
    patterns: [
      `${MAG}${SUBJECT}\\s+(?:niet|geen|nooit|nergens|niets|niks|niemand)`,
      `niet\\s+(?:meer\\s+)?${MAG}`,
    ],
    exceptions: [
      `${MAG}${SUBJECT}\\s+niet\\s+(?:ontbreken|klagen)`,
      `niet\\s+${MAG}\\s+(?:ontbreken|klagen)`,
      `${MAG}\\s+er\\s+niet\\s+aan\\s+denken`,
    ],
    rewrites: [
      { question: 'Wat is de afspraak, en wat doet ze wel? Bv. ze rookt buiten', label: 'Beschrijf de afspraak' },
      { question: 'Wat is afgesproken, en waarom?', label: 'Noem de afspraak en de reden' },
    ],
    examples: {
      bad: [
        'Meneer mag niet roken op zijn kamer.',
        'Ze mag geen bezoek ontvangen na 22 uur.',
        'Er is afgesproken dat hij niet mag drinken in de huiskamer.',
      ],
      good: [
        'Een kop koffie mag niet ontbreken bij het gesprek.',
        'Meneer rookt buiten op het bankje bij de voordeur.',
        'Ze werkt in een magazijn en vindt dat leuk.',
      ],
    },
  },
  {
    id: 'dwang-mag-pas',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: '"Mag pas" maakt iets afhankelijk van toestemming: beschrijf de afgesproken stap.',
    explanation:
      'Voorwaarden die de werker stelt, maken van herstel een beloningssysteem. Beschrijf welke stap samen is afgesproken en wat de cliënt zelf wil bereiken.',
    source: SOURCE_AGREEMENT,
    patterns: [`${MAG}${SUBJECT}\\s+pas`, `pas\\s+(?:weer\\s+)?${MAG}`],
    exceptions: [`(?:zijn|haar|de|een|mijn|je|jouw|hun|uw|z'n|d'r|nieuwe|oude)\\s+pas\\s+(?:weer\\s+)?${MAG}`],
    rewrites: [
      { question: 'Welke stap is samen afgesproken? Bv. na twee weken evalueren we', label: 'Beschrijf de afgesproken stap' },
    ],
    examples: {
      bad: ['Meneer mag pas naar huis als zijn kamer is opgeruimd.', 'Ze mag pas weer op verlof na het gesprek.'],
      good: [
        'Hij heeft zijn pas mogen ophalen bij het gemeentehuis.',
        'Meneer gaat naar huis na het opruimen van zijn kamer; dat heeft hij zelf voorgesteld.',
        'Ze is pas verhuisd naar een eigen appartement.',
      ],
    },
  },
  {
    id: 'dwang-mag-alleen',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: '"Mag alleen/uitsluitend" is een beperking: beschrijf de afspraak.',
    explanation:
      'Een toestemming met een beperking is een verkapt verbod. Beschrijf wat is afgesproken en waarom, zodat de cliënt meedenkt over de afspraak.',
    source: SOURCE_AGREEMENT,
    patterns: [
      `${MAG}${SUBJECT}\\s+(?:uitsluitend|enkel|slechts|alleen\\s+maar|alleen\\s+(?:onder|met|na|als|wanneer|op|in\\s+overleg))`,
    ],
    rewrites: [{ question: 'Wat is samen afgesproken, en waarom?', label: 'Beschrijf de afspraak' }],
    examples: {
      bad: ['Meneer mag alleen onder begeleiding naar buiten.', 'Ze mag uitsluitend op dinsdag bellen.'],
      good: [
        'Meneer gaat samen met zijn broer naar de markt.',
        'Ze belt op dinsdag met haar dochter; dat vindt ze een fijn moment.',
      ],
    },
  },
  {
    id: 'dwang-verplicht',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: '"Verplicht" legt een plicht op: beschrijf de afspraak en wie die maakte.',
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
    ],
    rewrites: [{ question: 'Wat is afgesproken, en met wie?', label: 'Beschrijf de afspraak en de bron' }],
    examples: {
      bad: ['Deelname aan de dagbesteding is verplicht.', 'Meneer is verplicht zich wekelijks te melden.', 'Het gesprek is niet vrijblijvend.'],
      good: [
        'Ze voelt zich verplicht om haar moeder elke dag te helpen.',
        'Hij is plichtsgetrouw en komt altijd op tijd.',
        'We dronken een onverplicht kopje koffie in de tuin.',
        'Meneer betaalt zijn financiële verplichtingen op de eerste van de maand.',
      ],
    },
  },
  {
    id: 'dwang-anders-volgt',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: '"Anders volgt …" is een dreigement: beschrijf de afspraak en de gevolgen samen.',
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
      {
        question: 'Wat spreken jullie samen af, en wat zijn de gevolgen als het anders loopt?',
        label: 'Bespreek de afspraak en de gevolgen samen',
      },
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
    message: 'Sanctietaal: beschrijf wat er gebeurde en wat jullie nu afspreken.',
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
    rewrites: [
      { question: 'Wat gebeurde er, en wat spreken jullie nu af?', label: 'Beschrijf de feiten en de afspraak' },
    ],
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
    message: 'Verbodstaal: beschrijf de afspraak en wat iemand wel doet.',
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
    rewrites: [
      { question: 'Wat is de afspraak, en wat doet hij wel? Bv. hij rookt in de tuin', label: 'Beschrijf de afspraak' },
    ],
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
    message: '"Dient te" is een opdracht: beschrijf wat is afgesproken.',
    explanation:
      '"Dient te" is de taal van een reglement. Beschrijf wat de cliënt en de werker samen hebben afgesproken; dat is ook voor de cliënt die het dossier leest duidelijker.',
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
    rewrites: [{ question: 'Wat is samen afgesproken?', label: 'Beschrijf de afspraak' }],
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
    message: '"Heeft zich te houden aan" is een gebod: beschrijf de afspraak.',
    explanation:
      'Een gebod maakt de cliënt ondergeschikt. Beschrijf welke afspraak er is, hoe die tot stand kwam en wat de cliënt ervan vindt.',
    source: SOURCE_AGREEMENT,
    patterns: [
      `he(?:eft|bben|ad|dden)\\s+zich(?:${TOKEN}){0,8}?\\s+te\\s+(?:houden|melden|gedragen|voegen|schikken|onthouden)`,
    ],
    rewrites: [{ question: 'Welke afspraak is er, en hoe kwam die tot stand?', label: 'Beschrijf de afspraak' }],
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
    message: '"Er wordt verwacht dat" legt een eis op: beschrijf de afspraak.',
    explanation:
      'Wederzijdse verwachtingen bespreek je samen aan het begin van het traject. Beschrijf wat jullie hebben afgesproken, in plaats van een eenzijdige verwachting.',
    source: 'Herstelwerk, ontmoeten en aansluiten: wederzijdse verwachtingen (domain/METHOD.md)',
    patterns: [
      `w(?:ordt|erd|orden|erden)\\s+(?:(?:er|van|hem|haar|hen|u|jou|je|cliënt|client|meneer|mevrouw|de|het|bewoner|bewoners|deelnemer|deelnemers|jullie|ons)\\s+){0,3}verwacht(?=\\s+(?:dat|om)\\b|${TE_INFINITIVE}|(?:${TOKEN}){1,4}${TE_INFINITIVE})`,
      'verwacht(?:en|te|ten)?\\s+van\\s+(?:\\p{L}+\\s+){1,2}?(?:dat|om)\\b',
      // "bewoners worden geacht om 23 uur binnen te zijn": the same expectation in official words
      'w(?:ordt|erd|orden|erden)\\s+(?:(?:er|hij|zij|ze|u|je|jij|meneer|mevrouw|cliënt|client|bewoners?|deelnemers?|jongeren|ouders)\\s+){0,2}geacht',
    ],
    rewrites: [{ question: 'Wat is samen afgesproken? Bv. we spraken af dat …', label: 'Beschrijf de afspraak' }],
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
    message: '"Wordt verzocht" is een verhulde opdracht: vraag of spreek iets af.',
    explanation:
      'Ambtelijke verzoeken zijn opdrachten in een beleefde vorm en houden afstand. Schrijf wat je vraagt of wat jullie afspreken, in gewone taal.',
    source: SOURCE_AGREEMENT,
    patterns: [
      'w(?:ordt|orden|erd|erden)\\s+(?:(?:u|je|jij|hij|zij|ze|meneer|mevrouw|cliënt|client|er)\\s+)?(?:vriendelijk\\s+)?verzocht',
    ],
    rewrites: [{ question: 'Wat vraag je, of wat spreken jullie af?', label: 'Vraag het rechtstreeks of beschrijf de afspraak' }],
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
    message: '"Niet toegestaan" is verbodstaal: beschrijf de afspraak.',
    explanation:
      'Wat wel en niet is toegestaan, is de taal van een reglement. Beschrijf de afspraak en de reden, en wat de cliënt in plaats daarvan doet.',
    source: SOURCE_AGREEMENT,
    patterns: [
      'niet\\s+toegestaan',
      '(?:alleen|uitsluitend|enkel)\\s+toegestaan',
      'niet\\s+geoorloofd',
      'ongeoorloofd(?:e)?',
    ],
    rewrites: [{ question: 'Wat is de afspraak, en waarom?', label: 'Beschrijf de afspraak en de reden' }],
    examples: {
      bad: ['Bezoek op de kamer is niet toegestaan.', 'Roken is alleen toegestaan in de tuin.'],
      good: ['Meneer ontvangt zijn bezoek in de huiskamer.', 'Hij rookt in de tuin, zoals afgesproken.'],
    },
  },
  {
    id: 'dwang-opdragen',
    kind: 'existence',
    category: 'coercion',
    severity: 'warning',
    message: 'Een opdracht geven stuurt: beschrijf wat jullie afspraken.',
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
    rewrites: [{ question: 'Wat heb je gevraagd, en wat is afgesproken?', label: 'Beschrijf vraag en afspraak' }],
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
    message: 'Een voorwaarde stellen stuurt: beschrijf de afspraak.',
    explanation:
      'Hulp onder voorwaarden maakt herstel tot iets wat je moet verdienen. Beschrijf wat samen is afgesproken en wat de cliënt zelf wil bereiken.',
    source: SOURCE_AGREEMENT,
    patterns: [
      'op\\s+voorwaarde\\s+dat',
      'onder\\s+(?:de\\s+)?voorwaarde\\s+dat',
      '(?:harde|strikte|absolute)\\s+voorwaarden?',
    ],
    rewrites: [{ question: 'Wat is samen afgesproken?', label: 'Beschrijf de afspraak' }],
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
    message: 'Gebiedende wijs: vraag of nodig uit in plaats van op te dragen.',
    explanation:
      'Een bevel ("Zorg dat …") laat de ander geen keuze. Een vraag of een voorstel ("Zullen we afspreken …") houdt de ander aan het stuur en past bij een complete boodschap.',
    source: 'Herstelwerk: complete boodschap, het wij-deel (domain/METHOD.md)',
    caseSensitive: true,
    patterns: [
      'Zorg\\s+(?:er\\s*voor\\s+|ervoor\\s+)?dat',
      'Vergeet\\s+niet',
      'Denk\\s+eraan',
      'Denk\\s+erom',
      'Hou(?:d)?\\s+je\\s+aan',
    ],
    rewrites: [{ question: 'Zullen we afspreken dat …?', label: 'Stel een afspraak voor' }],
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
    message: '"Hoort te" is een norm van de werker: beschrijf de afspraak of de wens.',
    explanation:
      'Wat iemand "hoort" te doen, is een norm die de werker oplegt en moraliseert. Beschrijf wat de cliënt zelf wil of wat jullie samen hebben afgesproken.',
    source: 'Herstelwerk, etiquette: niet moraliseren of kleineren (domain/METHOD.md)',
    patterns: [
      `hoor(?:t|en|de|den)(?=(?:\\s+(?!(?:dat|die|van|hoe|wat|wie|stemmen|muziek|geluiden)(?![\\p{L}]))[\\p{L}\\p{N}'’-]+(?:[.:]\\p{N}+)*){0,5}?${TE_INFINITIVE})`,
    ],
    rewrites: [{ question: 'Wat is afgesproken, of wat wil hij zelf?', label: 'Beschrijf de afspraak of de wens' }],
    examples: {
      bad: ['Meneer hoort om 23 uur binnen te zijn.', 'Ze hoort haar medicatie zelf te beheren.'],
      good: [
        'Ze hoorde van haar zus dat het te laat was.',
        'Hij hoort bij het voetbalteam van de wijk.',
        'Meneer hoort stemmen die hem aansporen te vertrekken.',
      ],
    },
  },
];
