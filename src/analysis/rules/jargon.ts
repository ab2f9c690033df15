import type { Rule } from '../rule-schema';

/**
 * Vakjargon (`jargon`): professional jargon and abbreviations where plain language is asked.
 * Clients have the right to read their file; the method asks for plain words.
 *
 * Conventions:
 * - "ziekte-inzicht" is flagged here always; the label rules take "geen/weinig/gebrek aan
 *   ziekte-inzicht" as a whole (LABELS.md allows jargon there too).
 * - Acronyms (ADL, MDO, IBS, ECD) are matched case-insensitively: none of them is also a Dutch
 *   word, and workers type them in lower case as well.
 * - A replacement is finished text for the record: it works on the phrase, not the word. It keeps
 *   the article's gender ("het depot" → "de prik met medicijnen"), the number the verb agrees
 *   with ("signaleringsplannen" → "plannen …"), and the facts. Where a pattern can match a phrase
 *   whose replacement would break the sentence (an adjective before a het-word, a predicate
 *   joined with "en", an object after "afnemen"), that phrase gets its own entry with a question.
 *   Replacements avoid deficit words (slecht, probleem, moeite, …), niet/geen, coercion words,
 *   labels and pronouns. Questions are short coaching questions to the worker, never inserted.
 * - Names are not jargon: where a jargon word also names an organisation or a place (RIBW
 *   Brabant, Depot Boijmans), the rule is case-sensitive and leaves a capitalised word after
 *   the start of a sentence alone.
 * - Overlapping findings of one category collapse to one (earliest, then longest, then the
 *   pattern with a replacement), so a specific phrase stands before a generic word.
 */

const PLAIN = 'Herstelwerk: gewone taal, geen jargon of afkortingen; cliënten hebben recht op inzage (domain/METHOD.md)';
const OBSERVE = 'Herstelwerk: directe observatie en feiten in gewone taal (domain/METHOD.md)';
const GUIDE = 'Handreiking herstelgericht rapporteren: schrijf zo dat de cliënt het kan lezen';

/** A capital after the start of a sentence is part of a name ("Depot Boijmans", "het Depot"). */
const SENTENCE_START = '(?<=^|[.!?:]\\s+)';
/** The end of a clause: punctuation or the end of the paragraph. */
const CLAUSE_END = '(?=\\s*(?:[.,;:!?)]|$))';

const SEEN = { question: 'Wat zag en hoorde je precies?', label: 'Beschrijf wat je zag en hoorde' };
const OWN_WORDS = { question: 'Hoe zegt de cliënt het zelf?', label: 'Gebruik de woorden van de cliënt' };
const WHAT_HAPPENED = { question: 'Wat gebeurde er precies, en wat ging eraan vooraf?', label: 'Beschrijf wat er gebeurde' };
const WHAT_AND_HOW_MUCH = {
  question: 'Wat gebruikt de cliënt, en hoeveel? Bijvoorbeeld: vier blikjes bier per dag.',
  label: 'Noem wat en hoeveel',
};

export const jargonRules: Rule[] = [
  {
    id: 'jargon-decompensatie',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat er gebeurt.',
    explanation:
      '‘Decompenseren’ is een vakterm die de cliënt zelf zelden gebruikt en die niets zegt over wat er gebeurt. Beschrijf wat je zag en wat de cliënt zelf merkt.',
    source: OBSERVE,
    patterns: ['(?:ge)?decompens\\p{L}*'],
    rewrites: [
      { question: 'Wat zag je gebeuren? Bijvoorbeeld: slaapt drie nachten kort, praat snel.', label: 'Beschrijf wat er gebeurt' },
      { question: 'Wat merkt de cliënt zelf als het minder gaat?', label: 'Wat merkt de cliënt zelf?' },
    ],
    examples: {
      bad: ['Meneer dreigt te decompenseren.', 'Na de verhuizing is mevrouw gedecompenseerd.', 'Er is sprake van een decompensatie.'],
      good: [
        'Meneer slaapt sinds maandag vier uur per nacht en praat snel.',
        'Mevrouw raakte na de verhuizing overprikkeld en wil rust in huis.',
        'Hij zegt: "Ik decompenseer, zegt de dokter."',
      ],
    },
  },
  {
    id: 'jargon-comorbiditeit',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg het in gewone woorden.',
    explanation:
      '‘Comorbiditeit’ is medische vaktaal. Noem in gewone woorden wat er speelt, zodat de cliënt het dossier kan lezen.',
    source: PLAIN,
    swap: [
      // "een comorbide angststoornis" → "een bijkomende angststoornis"; only before a noun.
      ['comorbide(?=\\s+\\p{L})(?!\\s+(?:aan|met|bij|is|zijn|was|waren|en|of|voor)(?![\\p{L}]))', 'bijkomende'],
      ['comorbide', { question: 'Welke klachten spelen er nog meer? Noem ze in gewone woorden.' }],
      ['comorbiditeit(?:en)?', { question: 'Welke klachten of diagnoses spelen er samen? Noem ze in gewone woorden.' }],
    ],
    rewrites: [{ question: 'Wat merkt de cliënt zelf van de klachten?', label: 'Noem het in gewone woorden' }],
    examples: {
      bad: ['Er is sprake van comorbiditeit.', 'Mevrouw heeft een comorbide angststoornis.'],
      good: ['Mevrouw hoort stemmen en drinkt elke avond wijn.', 'Hij zegt: "Ik heb comorbiditeit."'],
    },
  },
  {
    id: 'jargon-dubbele-diagnose',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: noem in gewone woorden wat er speelt.',
    explanation:
      '‘Dubbele diagnose’ is een vakterm voor psychische klachten samen met een verslaving. Beschrijf in gewone woorden wat er speelt.',
    source: PLAIN,
    patterns: ['dubbele\\s+diagnoses?', 'dubbeldiagnoses?'],
    rewrites: [
      { question: 'Wat speelt er, in gewone woorden? Bijvoorbeeld: hoort stemmen en drinkt elke dag.', label: 'Noem het in gewone woorden' },
    ],
    examples: {
      bad: ['Meneer is een cliënt met een dubbele diagnose.', 'De afdeling dubbeldiagnose nam hem op.'],
      good: ['Meneer hoort stemmen en gebruikt cannabis om rustig te worden.', 'Ze noemt het zelf "mijn dubbele diagnose".'],
    },
  },
  {
    id: 'jargon-middelengebruik',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: noem wat en hoeveel iemand gebruikt.',
    explanation:
      '‘Middelengebruik’ is een verzamelterm uit de verslavingszorg. Noem wat en hoeveel de cliënt gebruikt, in gewone woorden.',
    source: PLAIN,
    swap: [
      ['middelengebruik', 'gebruik van alcohol of drugs'],
      // "misbruik" is a judgement that "gebruik" would drop: the worker says what it is.
      ['middelenmisbruik', { question: 'Wat gebruikt de cliënt, hoeveel, en wat merkt de cliënt ervan?' }],
    ],
    rewrites: [WHAT_AND_HOW_MUCH],
    examples: {
      bad: ['Het middelengebruik is toegenomen.', 'Er is sprake van middelenmisbruik.'],
      good: ['Hij drinkt vier blikjes bier per dag en blowt in het weekend.', 'Ze gebruikt hulpmiddelen bij het koken.'],
    },
  },
  {
    id: 'jargon-abusus',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: noem wat en hoeveel iemand gebruikt.',
    explanation: '‘Abusus’ is medisch Latijn. Noem wat en hoeveel de cliënt gebruikt, in gewone woorden.',
    source: PLAIN,
    patterns: ['(?:\\p{L}+-?)?abusus'],
    rewrites: [WHAT_AND_HOW_MUCH],
    examples: {
      bad: ['Meneer is bekend met alcoholabusus.', 'Er is sprake van cannabis-abusus.'],
      good: ['Meneer drinkt sinds zijn ontslag zes blikjes bier per dag.', 'Ze vertelt over haar gebruik: "Vooral in het weekend."'],
    },
  },
  {
    id: 'jargon-adl',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: een afkorting. Zeg het in gewone woorden.',
    explanation:
      '‘ADL’ (algemene dagelijkse levensverrichtingen) is een afkorting uit de zorg. ‘Zelfverzorging’ of een concrete beschrijving (wassen, aankleden, eten) is voor de cliënt te lezen.',
    source: PLAIN,
    swap: [
      ['ADL-?(?:hulp|ondersteuning|begeleiding)', 'hulp bij zelfverzorging'],
      ['ADL-?vaardigheden', 'vaardigheden voor zelfverzorging'],
      ['ADL-?training', 'training in zelfverzorging'],
      // compounds: the engine reads "ADL-taken" as one word, so "ADL" alone does not match it
      ['ADL-\\p{L}+', { question: 'Wat precies? Bijvoorbeeld: wassen, aankleden of eten.' }],
      // "zijn ADL doen" is nurse talk; "zijn zelfverzorging doen" is no Dutch either
      ['(?:doe|doet|deed|deden|doen)\\s+(?:\\p{L}+\\s+){0,3}ADL', { question: 'Wat deed de cliënt zelf? Bijvoorbeeld: waste zich en kleedde zich aan.' }],
      ['ADL\\s+(?:\\p{L}+\\s+){0,2}(?:doen|gedaan)', { question: 'Wat deed de cliënt zelf? Bijvoorbeeld: waste zich en kleedde zich aan.' }],
      ['ADL', 'zelfverzorging'],
      ['bij\\s+de\\s+(?:algemene\\s+)?dagelijkse\\s+levensverrichtingen', 'bij de zelfverzorging'],
      ['met\\s+de\\s+(?:algemene\\s+)?dagelijkse\\s+levensverrichtingen', 'met de zelfverzorging'],
      // a plural subject ("de ADL-verrichtingen gaan goed") would lose its verb agreement
      ['(?:algemene\\s+)?dagelijkse\\s+levensverrichtingen', { question: 'Wat precies? Bijvoorbeeld: wassen, aankleden of eten.' }],
    ],
    // ADL-assistentie and ADL-woningen are the names of a service that clients know by that name.
    exceptions: ['ADL-?(?:assistentie|woning|woningen|cluster|clusters|clusterwoning|clusterwoningen)'],
    rewrites: [{ question: 'Waarbij krijgt de cliënt hulp, en wat doet de cliënt zelf?', label: 'Beschrijf concreet' }],
    examples: {
      bad: [
        'Mevrouw krijgt hulp bij de ADL.',
        'De ADL-vaardigheden zijn besproken.',
        'Hij krijgt adl-ondersteuning in de ochtend.',
        'Na de val deed hij zijn ADL weer zelf.',
      ],
      good: [
        'Mevrouw krijgt hulp bij het douchen en kleedt zich zelf aan.',
        'Hij wast zich zelf en wil leren strijken.',
        'Hij woont in een ADL-woning en belt de ADL-assistentie als hij uit bed wil.',
      ],
    },
  },
  {
    id: 'jargon-psycho-educatie',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg liever ‘uitleg’.',
    explanation:
      '‘Psycho-educatie’ is een vakterm. Schrijf ‘uitleg’ en zeg waarover: wat de diagnose betekent en wat helpt.',
    source: PLAIN,
    swap: [
      // "de cursus psycho-educatie" is the name of a course: "de cursus uitleg" says nothing
      [
        '(?:cursus|cursussen|training|groep|module|bijeenkomst|bijeenkomsten)\\s+psycho-?educatie',
        { question: 'Waar gaat de cursus over, en wat haalt de cliënt eruit?' },
      ],
      // "uitleg en psycho-educatie" would say "uitleg" twice
      ['(?:uitleg|voorlichting)\\s+(?:en|of)\\s+psycho-?educatie', { question: 'Wat heb je uitgelegd, in een paar woorden?' }],
      ['psycho-?educatieve', 'voorlichtende'],
      ['psycho-?educatief', 'voorlichtend'],
      ['psycho-?educatie', 'uitleg'],
    ],
    rewrites: [{ question: 'Waarover ging de uitleg, en wat neemt de cliënt ervan mee?', label: 'Zeg waarover de uitleg ging' }],
    examples: {
      bad: ['Meneer krijgt psycho-educatie over psychose.', 'We gaven psychoeducatie aan de familie.', 'Ze volgt de cursus psycho-educatie.'],
      good: ['Ik legde meneer uit wat een psychose is en wat hem helpt.', 'Ze zegt: "Die psycho-educatie hielp me."'],
    },
  },
  {
    id: 'jargon-mdo',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: een afkorting. Zeg liever ‘overleg met het team’.',
    explanation:
      '‘MDO’ (multidisciplinair overleg) is een afkorting die de cliënt niet hoeft te kennen. Schrijf ‘overleg met het team’ en noem wie er waren.',
    source: PLAIN,
    swap: [
      ["MDO['’]s", 'overleggen met het team'],
      ['MDO-?verslagen', 'verslagen van het overleg met het team'],
      ['MDO-?verslag', 'verslag van het overleg met het team'],
      // compounds: the engine reads "MDO-afspraken" as one word, so "MDO" alone does not match it
      ['MDO-\\p{L}+', { question: 'Welk overleg bedoel je, en wie zaten erbij?' }],
      ['MDO', 'overleg met het team'],
      ['MDT-\\p{L}+', { question: 'Welk overleg bedoel je, en wie zaten erbij?' }],
      ['MDT', 'team'],
      ['multidisciplinair(?:e)?\\s+overleg', 'overleg met het team'],
      ['multidisciplinair(?:e)?', { question: 'Wie waren erbij? Noem ze, bijvoorbeeld de psychiater en de verpleegkundige.' }],
    ],
    rewrites: [{ question: 'Wie waren er bij het overleg, en was de cliënt erbij?', label: 'Noem wie er overlegden' }],
    examples: {
      bad: [
        'Dit wordt besproken in het MDO.',
        'In het multidisciplinair overleg is besloten om te wachten.',
        'We bespraken het in twee MDO’s.',
        'MDO-verslag: mevrouw wil zelf bij het volgende overleg zijn.',
        'De MDO-afspraken staan in het plan.',
      ],
      good: ['Ik bespreek dit dinsdag met de psychiater en de verpleegkundige.', 'Hij wil zelf bij het overleg met het team zijn.'],
    },
  },
  {
    id: 'jargon-casus',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: een mens is geen casus.',
    explanation:
      '‘Casus’ maakt van een mens een geval. Schrijf over de persoon en de situatie, zoals je het ook aan de cliënt zou vertellen.',
    source: GUIDE,
    swap: [
      // "mevrouw is een complexe casus": a person is not a "situatie" either
      [
        '(?:is|was|blijft|bleef)\\s+een\\s+(?:\\p{L}+\\s+){0,2}casus',
        { question: 'Wat maakt het ingewikkeld? Beschrijf de situatie en wat de cliënt wil.' },
      ],
      ['casusbesprekingen', 'besprekingen'],
      ['casusbespreking', 'bespreking'],
      ['casushouders', 'vaste contactpersonen'],
      ['casushouder', 'vaste contactpersoon'],
      ['casuïstiek', { question: 'Over welke situaties gaat het, in gewone woorden?' }],
      ['casussen', 'situaties'],
      ['casus', 'situatie'],
    ],
    rewrites: [{ question: 'Hoe zou je de situatie aan de cliënt zelf vertellen?', label: 'Schrijf over de persoon en de situatie' }],
    examples: {
      bad: [
        'Deze casus wordt morgen besproken.',
        'Ik ben casushouder van meneer.',
        'We bespraken drie casussen in het team.',
        'Mevrouw is een complexe casus.',
      ],
      good: ['We bespreken morgen met het team hoe we mevrouw bij haar verhuizing helpen.', 'Ik ben de vaste begeleider van meneer.'],
    },
  },
  {
    id: 'jargon-geagiteerd',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat je zag.',
    explanation:
      '‘Geagiteerd’ is een vakterm en een interpretatie. Beschrijf wat je zag en hoorde, of gebruik het gewone woord ‘onrustig’.',
    source: OBSERVE,
    swap: [
      ['geagiteerder', 'onrustiger'],
      ['geagiteerde', 'onrustige'],
      ['geagiteerd', 'onrustig'],
      ['geagiteerdheid', 'onrust'],
      ['agitatie', 'onrust'],
    ],
    rewrites: [{ question: 'Wat zag je? Bijvoorbeeld: liep heen en weer en praatte snel.', label: 'Beschrijf wat je zag' }],
    examples: {
      bad: ['Meneer was geagiteerd tijdens het gesprek.', 'Er was sprake van agitatie op de afdeling.'],
      good: ['Meneer liep heen en weer en praatte snel tijdens het gesprek.', 'Ze zegt: "Ik was geagiteerd."'],
    },
  },
  {
    id: 'jargon-ontremd',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat je zag.',
    explanation: '‘Ontremd’ is een vakterm en een interpretatie. Beschrijf wat je zag en hoorde.',
    source: OBSERVE,
    patterns: ['ontremd(?:e|er|heid)?', 'ontremming'],
    rewrites: [
      {
        question: 'Wat deed of zei de cliënt precies? Bijvoorbeeld: sprak onbekenden aan, gaf in een middag 200 euro uit.',
        label: 'Beschrijf wat je zag',
      },
    ],
    examples: {
      bad: ['Mevrouw was ontremd in de huiskamer.', 'Er is sprake van ontremming.'],
      good: ['Mevrouw sprak in de huiskamer onbekenden aan en zong hard mee met de radio.', 'Hij zegt: "Ik voel me ontremd."'],
    },
  },
  {
    id: 'jargon-acting-out',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat er gebeurde.',
    explanation: '‘Acting-out’ en ‘uitageren’ zijn vaktermen en een interpretatie. Beschrijf wat er gebeurde en wat eraan voorafging.',
    source: OBSERVE,
    patterns: ['acting(?:[\\s-])?out(?:-?gedrag)?', 'uitage(?:ren|ert|erde|erden|rend|rende)', 'ageer(?:t|de|den)\\s+(?:\\p{L}+\\s+){0,2}uit'],
    rewrites: [WHAT_HAPPENED],
    examples: {
      bad: ['Er was sprake van acting-out na het bezoek.', 'Meneer ageert uit als hij moe is.', 'Na het telefoontje ageerde hij uit in de gang.'],
      good: ['Na het bezoek gooide meneer een kopje tegen de muur.', 'Hij reageerde rustig op het nieuws.'],
    },
  },
  {
    id: 'jargon-ziekte-inzicht',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf hoe de cliënt het zelf ziet.',
    explanation:
      '‘Ziekte-inzicht’ meet de cliënt af aan de kijk van de hulpverlener. Beschrijf hoe de cliënt de situatie zelf ziet, in de eigen woorden.',
    source: 'Taalgids GGZ: stigmatiserende termen (geen/gebrek aan ziekte-inzicht)',
    patterns: ['ziekte-?(?:inzicht|besef)'],
    rewrites: [
      { question: 'Hoe ziet de cliënt het zelf? Gebruik de eigen woorden.', label: 'Beschrijf de eigen kijk van de cliënt' },
      { question: 'Waarin verschillen jullie van kijk?', label: 'Zeg waar jullie anders naar kijken' },
    ],
    examples: {
      bad: ['Het ziekte-inzicht is toegenomen.', 'We werken aan ziektebesef.'],
      good: ['Meneer zegt dat de stemmen minder worden als hij zijn medicijnen neemt.', 'Ze noemt het "mijn inzicht in mezelf".'],
    },
  },
  {
    id: 'jargon-depot',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg liever ‘prik met medicijnen’.',
    explanation: '‘Depot’ is vaktaal voor medicijnen die met een prik worden gegeven en lang werken. Schrijf het in gewone woorden.',
    source: PLAIN,
    // Case-sensitive: a capital D after the start of a sentence is a name (Depot Boijmans, het Depot).
    caseSensitive: true,
    swap: [
      [`(?:${SENTENCE_START}D|d)epotmedicatie`, 'medicatie via een prik'],
      [`(?:${SENTENCE_START}D|d)epotinjecties`, 'prikken met medicijnen'],
      [`(?:${SENTENCE_START}D|d)epotinjectie`, 'prik met medicijnen'],
      // a het-word's adjective does not fit a de-word: "het nieuwe depot", "een nieuw depot"
      ['(?:[Hh]et|[Dd]it|[Ee]en)\\s+\\p{L}+\\s+depot', { question: 'Hoe noemt de cliënt de prik zelf?' }],
      // "zijn depot Haldol": the medicine's name would end up after "prik met medicijnen"
      [
        `(?:${SENTENCE_START}D|(?:(?:[Hh]et|[Dd]it|[Ee]en)\\s+)?d)epot\\s+(?:Haldol|Cisordinol|Xeplion|Trevicta|Abilify|Risperdal|Zyprexa|Fluanxol)|(?:(?:[Hh]et|[Dd]it|[Ee]en)\\s+)?depot\\s+(?:\\p{Lu}\\p{L}*|haloperidol|zuclopent(?:h)?ixol|flupent(?:h)?ixol|paliperidon|aripiprazol|risperidon|olanzapine)`,
        { question: 'Hoe noemt de cliënt de prik zelf?' },
      ],
      ['[Hh]et\\s+depot', 'de prik met medicijnen'],
      ['[Dd]it\\s+depot', 'deze prik met medicijnen'],
      [`(?:${SENTENCE_START}D|d)epots`, 'prikken met medicijnen'],
      [`(?:${SENTENCE_START}Depot(?!\\s+\\p{Lu})|depot)`, 'prik met medicijnen'],
    ],
    exceptions: ['(?:[Ii]n|[Nn]aar|[Uu]it)\\s+(?:het\\s+)?depot'],
    rewrites: [{ question: 'Welk medicijn, op welke dag, en wat vindt de cliënt ervan?', label: 'Beschrijf concreet' }],
    examples: {
      bad: ['Meneer krijgt zijn depot op dinsdag.', 'De depotmedicatie is verhoogd.', 'Het depot is verlaagd.'],
      good: [
        'Meneer krijgt op dinsdag zijn prik met medicijnen.',
        'De oude meubels staan in depot bij de gemeente.',
        'Zaterdag gaat ze met haar zus naar Depot Boijmans.',
      ],
    },
  },
  {
    id: 'jargon-signaleringsplan',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg in gewone woorden wat het plan is.',
    explanation:
      '‘Signaleringsplan’ is een vakwoord. Het plan is van de cliënt: beschrijf het als een plan met vroege signalen en wat dan helpt.',
    source: GUIDE,
    swap: [
      ['signaleringsplannen', 'plannen met vroege signalen'],
      ['signaleringsplan', 'plan met vroege signalen'],
      ['terugvalpreventieplannen', 'plannen om terugval te voorkomen'],
      ['terugvalpreventieplan', 'plan om terugval te voorkomen'],
    ],
    rewrites: [{ question: 'Waaraan merkt de cliënt dat het minder gaat, en wat helpt dan?', label: 'Beschrijf het plan' }],
    examples: {
      bad: ['Het signaleringsplan is besproken.', 'We maken samen een terugvalpreventieplan.'],
      good: ['We spraken af wat ze doet als ze drie nachten kort slaapt: haar zus bellen.', 'Ze noemt het "mijn rode-vlaggenplan".'],
    },
  },
  {
    id: 'jargon-regressie',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat je zag.',
    explanation: '‘Regressief’ is een vakterm en een interpretatie. Beschrijf wat je zag en wat de cliënt erover zegt.',
    source: OBSERVE,
    patterns: ['regressie(?:f|ve)?', '(?:ge)?regred(?:iëren|ieert|ieerde|ieerden|ieerd)'],
    // statistics
    exceptions: ['(?:lineaire|logistische|multipele|meervoudige)\\s+regressie'],
    rewrites: [
      { question: 'Wat zag je? Bijvoorbeeld: vraagt hulp bij het aankleden, wat vorige maand zelf ging.', label: 'Beschrijf wat je zag' },
    ],
    examples: {
      bad: ['Mevrouw is regressief sinds de opname.', 'Er is sprake van regressie.'],
      good: [
        'Mevrouw vraagt sinds de opname hulp bij het aankleden.',
        'Ze zegt: "Ik voel me weer een kind."',
        'Voor haar scriptie gebruikt ze lineaire regressie.',
      ],
    },
  },
  {
    id: 'jargon-muraal',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg waar iemand woont of begeleiding krijgt.',
    explanation: '‘Extramuraal’ en ‘intramuraal’ zijn organisatietaal. Zeg in gewone woorden waar de cliënt woont of begeleiding krijgt.',
    source: PLAIN,
    swap: [
      ['intra-?murale\\s+zorg', 'zorg in een instelling'],
      ['intra-?murale\\s+begeleiding', 'begeleiding in een instelling'],
      // "extramuraal" is at home, at an outpatient clinic or in a sheltered flat: only the worker knows
      ['(?:extra|intra|semi)-?mur(?:aal|ale)', { question: 'Waar woont de cliënt, en waar krijgt de cliënt begeleiding?' }],
    ],
    rewrites: [{ question: 'Hoe beschrijft de cliënt zelf de woonplek?', label: 'Zeg waar de cliënt woont' }],
    examples: {
      bad: ['Meneer woont sinds januari extramuraal.', 'Ze krijgt intramurale zorg.'],
      good: ['Meneer woont sinds januari in een eigen appartement en krijgt begeleiding aan huis.', 'Ze woont in een woonvoorziening in Zwolle.'],
    },
  },
  {
    id: 'jargon-anamnese',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg het in gewone woorden.',
    explanation: '‘Anamnese’ is medische vaktaal. Schrijf ‘voorgeschiedenis’ of wat de cliënt vertelde, zodat de cliënt het kan lezen.',
    source: PLAIN,
    swap: [
      ['hetero-?anamnes(?:e|tisch|tische)', { question: 'Wie vertelde wat? Bijvoorbeeld: zijn zus vertelde over zijn jeugd.' }],
      ['anamnestische', { question: 'Wat vertelde de cliënt zelf?' }],
      ['anamnestisch', 'volgens eigen zeggen'],
      ['uit\\s+de\\s+anamnese', 'uit de voorgeschiedenis'],
      ['in\\s+de\\s+anamnese', 'in de voorgeschiedenis'],
      // "de anamnese afnemen": the history itself is not taken
      ['anamnese', { question: 'Wat vertelde de cliënt over de eigen geschiedenis?' }],
    ],
    rewrites: [{ question: 'Wat vertelde de cliënt over vroeger, in de eigen woorden?', label: 'Beschrijf wat de cliënt vertelde' }],
    examples: {
      bad: ['Uit de anamnese blijkt dat hij in 2019 is opgenomen.', 'De heteroanamnese werd afgenomen bij zijn zus.'],
      good: ['Hij vertelt dat hij in 2019 is opgenomen.', 'Zijn zus vertelde over zijn jeugd.'],
    },
  },
  {
    id: 'jargon-exacerbatie',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg liever ‘verergering’.',
    explanation: '‘Exacerbatie’ is medisch vakjargon. Schrijf in gewone woorden wat er veranderde.',
    source: PLAIN,
    swap: [
      ['exacerbaties', 'verergeringen'],
      ['exacerbatie', 'verergering'],
    ],
    rewrites: [{ question: 'Wat veranderde er? Bijvoorbeeld: hoort sinds maandag vaker stemmen.', label: 'Beschrijf wat veranderde' }],
    examples: {
      bad: ['Er is sprake van een exacerbatie van de psychose.', 'Ze had twee exacerbaties dit jaar.'],
      good: ['Hij hoort sinds maandag de hele dag stemmen.', 'Ze zegt: "Dit is een exacerbatie."'],
    },
  },
  {
    id: 'jargon-prodromaal',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg liever ‘vroege signalen’.',
    explanation: '‘Prodromaal’ is vaktaal voor de eerste signalen. Noem de signalen zelf, zoals de cliënt ze herkent.',
    source: PLAIN,
    swap: [
      ['prodromale\\s+fase', 'fase met vroege signalen'],
      ['prodromale\\s+(?:verschijnselen|symptomen|signalen|klachten)', 'vroege signalen'],
      ['prodromen', 'vroege signalen'],
      // "een prodromaal beeld", "is prodromaal": "vroege" does not fit there
      ['prodrom(?:aal|ale)', { question: 'Welke signalen zie je? Bijvoorbeeld: slaapt korter, trekt zich terug.' }],
    ],
    rewrites: [{ question: 'Welke signalen herkent de cliënt zelf?', label: 'Noem de signalen' }],
    examples: {
      bad: ['Meneer zit in een prodromale fase.', 'Er zijn prodromale verschijnselen.'],
      good: ['Meneer slaapt korter en belt zijn moeder minder.', 'Ze herkent haar vroege signalen: ze gaat dan poetsen.'],
    },
  },
  {
    id: 'jargon-incongruent',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat je zag en hoorde.',
    explanation: '‘Incongruent’ is een vakterm en een interpretatie. Beschrijf wat je zag en hoorde.',
    source: OBSERVE,
    patterns: ['incongru(?:ent|ente|entie)'],
    rewrites: [{ question: 'Wat zag en hoorde je? Bijvoorbeeld: vertelde lachend over het verlies.', label: 'Beschrijf wat je zag' }],
    examples: {
      bad: ['Het affect is incongruent.', 'Er was sprake van incongruentie tussen verhaal en gedrag.'],
      good: ['Ze vertelde lachend over het overlijden van haar vader.', 'Hij zegt: "Dat klinkt incongruent."'],
    },
  },
  {
    id: 'jargon-dissociatie',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat er gebeurde.',
    explanation: '‘Dissociatie’ is een vakterm. Beschrijf wat je zag en wat de cliënt er zelf over vertelt.',
    source: OBSERVE,
    patterns: ['dissoci(?:atie|aties|atief|atieve|eert|eerde|eerden|eren)', 'gedissocieerd'],
    rewrites: [
      { question: 'Wat zag je gebeuren? Bijvoorbeeld: staarde drie minuten voor zich uit.', label: 'Beschrijf wat er gebeurde' },
      OWN_WORDS,
    ],
    examples: {
      bad: ['Mevrouw dissocieerde tijdens het gesprek.', 'Er waren dissociatieve klachten.'],
      good: ['Mevrouw staarde tijdens het gesprek drie minuten voor zich uit.', 'Ze noemt het "wegdrijven".'],
    },
  },
  {
    id: 'jargon-suicidaliteit',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg het in gewone woorden.',
    explanation:
      '‘Suïcidaliteit’ en ‘suïcidaal’ zijn vaktaal. Benoem gedachten aan zelfdoding in gewone woorden; dat maakt het bespreekbaar met de cliënt.',
    source: 'Handreiking herstelgericht rapporteren; 113 Zelfmoordpreventie: spreek van zelfdoding',
    swap: [
      // thoughts, plans or attempts: only the worker knows which
      ['su[iï]cidaliteit', { question: 'Wat vertelt de cliënt: gedachten aan zelfdoding, plannen, een eerdere poging?' }],
      ['su[iï]cidale\\s+gedachten', 'gedachten aan zelfdoding'],
      ['su[iï]cidegedachten', 'gedachten aan zelfdoding'],
      ['su[iï]cidepogingen', 'pogingen tot zelfdoding'],
      ['su[iï]cidepoging', 'poging tot zelfdoding'],
      // only where the predicate ends the clause: "is suïcidaal en somber" or "is suïcidaal geweest" would break
      [`is\\s+su[iï]cidaal${CLAUSE_END}`, 'heeft gedachten aan zelfdoding'],
      [`was\\s+su[iï]cidaal${CLAUSE_END}`, 'had gedachten aan zelfdoding'],
      ['su[iï]cida(?:al|le)', { question: 'Wat zegt de cliënt zelf over gedachten aan zelfdoding?' }],
      ['su[iï]cidepreventie', 'preventie van zelfdoding'],
      ['parasu[iï]cide', { question: 'Wat deed de cliënt, en wat zegt de cliënt er zelf over?' }],
      ['su[iï]cide', 'zelfdoding'],
    ],
    rewrites: [{ question: 'Wat zegt de cliënt er zelf over, en wat helpt?', label: 'Vraag wat de cliënt zegt en wat helpt' }],
    examples: {
      bad: ['Er is sprake van suïcidaliteit.', 'Meneer is suïcidaal.', 'Ze deed in 2020 een suïcidepoging.'],
      good: ['Meneer vertelt dat hij gedachten aan zelfdoding heeft; praten met zijn broer helpt.', 'Hij zegt: "Ik ben suïcidaal."'],
    },
  },
  {
    id: 'jargon-compliance',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat iemand doet met de afspraken.',
    explanation:
      '‘Compliance’ meet de cliënt af aan het advies van de hulpverlener. Beschrijf wat de cliënt met de afspraken doet en wat de cliënt ervan vindt.',
    source: 'Taalgids GGZ: stigmatiserende termen (therapie- en medicatieontrouw)',
    patterns: ['(?:non-?)?complian(?:ce|t|te)'],
    // compliance as a job or a department is not about the client
    exceptions: ['compliance[\\s-]*(?:officers?|afdeling\\p{L}*|manager\\p{L}*|medewerkers?)', 'afdeling\\s+compliance'],
    rewrites: [
      { question: 'Wat doet de cliënt met de afspraken over medicijnen, en wat vindt de cliënt ervan?', label: 'Beschrijf wat de cliënt doet en vindt' },
    ],
    examples: {
      bad: ['De compliance is wisselend.', 'Meneer is compliant met de medicatie.'],
      good: [
        'Meneer neemt zijn medicijnen in de ochtend en vergeet de avonddosis.',
        'Ze zegt: "Ik ben compliant, hoor."',
        'Haar dochter werkt als compliance officer bij een bank.',
      ],
    },
  },
  {
    id: 'jargon-onttrekking',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat er gebeurde.',
    explanation: '‘Onttrekking’ is kliniektaal. Beschrijf wat er gebeurde: wanneer de cliënt vertrok en waarheen, als dat bekend is.',
    source: OBSERVE,
    patterns: ['onttrek(?:king|kingen|t|ken)', 'onttrok(?:ken)?', 'onttrokken'],
    // money taken from an account, a house hidden from view: ordinary Dutch
    exceptions: [
      'onttr\\p{L}*\\s+(?:[\\p{L}\\p{N}.,€]+\\s+){0,4}(?:euro|geld|spaargeld|bedrag\\p{L}*)',
      '(?:euro|geld|spaargeld|bedrag\\p{L}*)\\s+(?:[\\p{L}\\p{N}]+\\s+){0,4}onttr\\p{L}*',
      'aan\\s+het\\s+(?:oog|zicht)\\s+onttr\\p{L}*',
    ],
    rewrites: [
      { question: 'Wat gebeurde er? Bijvoorbeeld: vertrok om 14 uur van de afdeling en kwam om 22 uur terug.', label: 'Beschrijf wat er gebeurde' },
    ],
    examples: {
      bad: ['Meneer heeft zich aan de behandeling onttrokken.', 'Na de onttrekking kwam ze om 22 uur terug.'],
      good: [
        'Meneer vertrok om 14 uur van de afdeling en kwam om 22 uur terug.',
        'Hij zegt: "Ik heb me onttrokken."',
        'Ze onttrok 200 euro aan haar spaarrekening voor een nieuwe fiets.',
      ],
    },
  },
  {
    id: 'jargon-separeer',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat er gebeurde en wie wat besloot.',
    explanation:
      '‘Separeren’ is kliniektaal die een ingrijpende gebeurtenis verhult. Beschrijf in gewone woorden wat er gebeurde, wie wat besloot en hoe lang.',
    source: OBSERVE,
    patterns: ['(?:ge)?separe(?:er|erd|erde|erden|ert|ren)\\p{L}*', 'separatie'],
    rewrites: [
      { question: 'Wie besloot wat, in welke kamer was de cliënt, en hoe lang?', label: 'Beschrijf wat er gebeurde' },
    ],
    examples: {
      bad: ['Meneer is gisteren gesepareerd.', 'Ze verbleef twee uur in de separeer.'],
      good: ['Het team bracht meneer gisteren naar een afgesloten kamer; hij was daar twee uur.', 'De kosten worden separaat gefactureerd.'],
    },
  },
  {
    id: 'jargon-fixatie',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat er gebeurde en wie wat deed.',
    explanation:
      '‘Fixatie’ is kliniektaal die een ingrijpende gebeurtenis verhult. Beschrijf in gewone woorden wat er gebeurde en wie wat deed.',
    source: OBSERVE,
    patterns: ['fixaties?', '(?:ge)?fixe(?:er|erd|erde|erden|ert|ren)'],
    exceptions: [
      // "een fixatie op treinen", "gefixeerd op zijn gewicht": ordinary Dutch, unless it is a bed
      '(?:fixaties?|gefixeerd)\\s+op\\s+(?!(?:het\\s+|een\\s+|de\\s+|zijn\\s+|haar\\s+)?(?:bed|brancard|stoel|rolstoel|matras|vloer|grond)(?![\\p{L}]))\\p{L}+',
      // a broken bone is fixed too
      'fixatie\\s+van\\s+(?:de|het|zijn|haar)\\s+(?:\\p{L}*breuk|pols|enkel|heup|knie|arm|been|kaak|wervel\\p{L}*)',
    ],
    rewrites: [{ question: 'Wie deed wat, hoe lang duurde het, en wat zegt de cliënt erover?', label: 'Beschrijf wat er gebeurde' }],
    examples: {
      bad: ['Mevrouw werd gefixeerd op bed.', 'Er is een fixatie toegepast.'],
      good: [
        'Twee verpleegkundigen hielden mevrouw vast en legden haar op bed.',
        'Ze zegt: "Ze hebben me gefixeerd."',
        'Hij heeft een fixatie op treinen en kent alle dienstregelingen.',
      ],
    },
  },
  {
    id: 'jargon-ibs',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: juridische taal. Zeg in gewone woorden wat er besloten is.',
    explanation:
      'Afkortingen en termen als IBS, crisismaatregel of zorgmachtiging zijn juridische vaktaal. Zeg in gewone woorden wat er besloten is en wat dat voor de cliënt betekent.',
    source: PLAIN,
    patterns: [
      'IBS',
      'inbewaringstelling(?:en)?',
      'crisismaatregel(?:en)?',
      'zorgmachtiging(?:en)?',
      'rechterlijke\\s+machtiging(?:en)?',
      'RM',
      'BOPZ',
      'Wvggz',
      'Wzd',
    ],
    // IBS is also the prikkelbaredarmsyndroom
    exceptions: ['(?:heeft|had|hebben|last\\s+van|met\\s+klachten\\s+van)\\s+IBS', 'IBS[\\s-]+(?:klachten|dieet)'],
    rewrites: [
      {
        question: 'Wat is er besloten, door wie, en wat betekent het voor de cliënt? Bijvoorbeeld: de rechter besliste over opname tegen de eigen wil.',
        label: 'Zeg het in gewone woorden',
      },
    ],
    examples: {
      bad: ['Meneer is opgenomen met een IBS.', 'Er is een zorgmachtiging aangevraagd.', 'De crisismaatregel is verlengd.'],
      good: [
        'De burgemeester besliste dat meneer tegen zijn wil werd opgenomen.',
        'Hij zegt: "Ik zat vast op een IBS."',
        'Mevrouw heeft IBS en let goed op wat ze eet.',
      ],
    },
  },
  {
    id: 'jargon-triage',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg liever ‘eerste inschatting’.',
    explanation: '‘Triage’ is vaktaal. Schrijf wat er gebeurde: een eerste gesprek of inschatting van wat er dringend is.',
    source: PLAIN,
    swap: [
      ['triage', 'eerste inschatting'],
      ['getriageerd', 'beoordeeld'],
      ['triage(?:ren|ert|erde|erden)', { question: 'Wie sprak met de cliënt, en wat werd er besloten?' }],
    ],
    rewrites: [{ question: 'Wie sprak met de cliënt, en wat werd er afgesproken?', label: 'Beschrijf wat er gebeurde' }],
    examples: {
      bad: ['Na de triage werd hij doorverwezen.', 'Mevrouw is getriageerd door de crisisdienst.'],
      good: ['Na het eerste gesprek ging hij naar de wijkverpleging.', 'Ze had een eerste inschatting bij de huisarts.'],
    },
  },
  {
    id: 'jargon-decorum',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat je zag.',
    explanation: '‘Psychiatrisch decorum’ is vakjargon uit het psychiatrisch onderzoek. Beschrijf wat je zag.',
    source: OBSERVE,
    patterns: ['(?:psychiatrisch(?:e)?\\s+)?decorum'],
    exceptions: [
      '(?:het\\s+)?decorum\\s+(?:te\\s+)?(?:bewaren|bewaart|bewaarde|bewaard|houden)',
      '(?:bewaart|bewaarde|bewaren|bewaard|hield|houdt)\\s+(?:\\p{L}+\\s+){0,2}decorum',
    ],
    rewrites: [{ question: 'Wat zag je? Bijvoorbeeld: droeg schone kleren, keek me aan.', label: 'Beschrijf wat je zag' }],
    examples: {
      bad: ['Psychiatrisch decorum: verzorgd, goed contact.', 'Het decorum is verzorgd.'],
      good: ['Meneer droeg schone kleren en keek me aan tijdens het gesprek.', 'Ze probeerde het decorum te bewaren op de verjaardag.'],
    },
  },
  {
    id: 'jargon-affect',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat je zag.',
    explanation: '‘Affect’ en ‘affectvlak’ zijn vakjargon uit het psychiatrisch onderzoek. Beschrijf wat je zag en hoorde.',
    source: OBSERVE,
    patterns: [
      '(?:vlak|vlakke|labiel|labiele|inadequa(?:at|te)|adequa(?:at|te)|somber|sombere|angstig|angstige|geremd|geremde|vervlakt|vervlakte)\\s+affect',
      'affect(?:vlak|vlakheid|vervlakking|labiliteit|labiel|regulatie|ief|ieve|ieven|en)?',
    ],
    rewrites: [{ question: 'Wat zag je aan gezicht en stem? Bijvoorbeeld: vertelde met een rustig, gelijkblijvend gezicht.', label: 'Beschrijf wat je zag' }],
    examples: {
      bad: ['Er is sprake van een vlak affect.', 'Het affect is somber.', 'Mevrouw is affectlabiel.'],
      good: ['Ze toont affectie voor haar kleinkinderen.', 'Mevrouw huilde en lachte binnen vijf minuten.'],
    },
  },
  {
    id: 'jargon-geobserveerd',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg wie wat zag.',
    explanation: '‘Geobserveerd’ is vaktaal en verbergt wie keek. Schrijf wie wat zag, in de actieve vorm.',
    source: OBSERVE,
    swap: [
      // "is geobserveerd dat …" → "is gezien dat …"; "meneer wordt geobserveerd" is watched, not "gezien" (seen by a doctor)
      ['geobserveerd(?=\\s+dat(?![\\p{L}]))', 'gezien'],
      ['geobserveerd', { question: 'Wie keek, en wat zag die?' }],
      ['ter\\s+observatie', { question: 'Waarom is de cliënt opgenomen, en wat wil het team samen met de cliënt uitzoeken?' }],
    ],
    rewrites: [{ question: 'Wie zag wat, en wanneer?', label: 'Zeg wie wat zag' }],
    examples: {
      bad: ['Er is geobserveerd dat meneer alleen eet.', 'Mevrouw is opgenomen ter observatie.'],
      good: ['Ik zag dat meneer om 18 uur alleen at in zijn kamer.', 'Mijn observatie: ze lachte om de grap van haar buurman.'],
    },
  },
  {
    id: 'jargon-interventie',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg wat je deed.',
    explanation: '‘Interventie’ is vaktaal. Zeg wat je deed of wat jullie samen afspraken, zodat de cliënt het herkent.',
    source: PLAIN,
    swap: [
      ['interventies', 'acties'],
      ['interventie', 'actie'],
      ['\\p{L}+interventies?', { question: 'Wat gebeurde er, en wie deed wat?' }],
      ['interveni(?:ëren|eert|eerde|eerden)', { question: 'Wat deed je, en hoe reageerde de cliënt?' }],
      ['ge[iï]ntervenieerd', { question: 'Wat deed je, en hoe reageerde de cliënt?' }],
    ],
    // the name of a team ("het Crisis Interventie Team"); a country's or an army's intervention
    exceptions: ['interventie[\\s-]*teams?', '(?:militaire|humanitaire|buitenlandse|politieke)\\s+interventies?'],
    rewrites: [{ question: 'Wat deed je precies, en wat spraken jullie af?', label: 'Zeg wat je deed' }],
    examples: {
      bad: ['De interventie had effect.', 'Er vond een crisisinterventie plaats.', 'Ik heb direct geïntervenieerd.'],
      good: [
        'Ik belde zijn zus en we spraken af dat hij bij haar slaapt.',
        'Ik stelde voor om samen een wandeling te maken.',
        'Het Crisis Interventie Team van de politie bracht hem thuis.',
        'Na de militaire interventie in zijn dorp vluchtte hij met zijn broer.',
      ],
    },
  },
  {
    id: 'jargon-cognitief',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg het in gewone woorden.',
    explanation: '‘Cognitief’ is vaktaal. Schrijf in gewone woorden waar het om gaat: denken, onthouden, plannen.',
    source: PLAIN,
    patterns: ['cogniti(?:ef|eve)', 'cognities?'],
    // names of treatments
    exceptions: ['cognitieve\\s+(?:gedragstherapie|revalidatie|training)'],
    rewrites: [{ question: 'Waar gaat het om: denken, onthouden, plannen? Wat merkt de cliënt er zelf van?', label: 'Zeg het in gewone woorden' }],
    examples: {
      bad: ['Er zijn cognitieve klachten.', 'Cognitief functioneert meneer op een lager niveau.'],
      good: [
        'Meneer schrijft afspraken op een briefje, zo onthoudt hij ze.',
        'Ze volgt cognitieve gedragstherapie.',
        'Na het herseninfarct volgt ze cognitieve revalidatie in Hoensbroek.',
      ],
    },
  },
  {
    id: 'jargon-psychomotoriek',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat je zag.',
    explanation: '‘Psychomotorisch’ is vakjargon uit het psychiatrisch onderzoek. Beschrijf wat je zag.',
    source: OBSERVE,
    patterns: ['psychomotor(?:iek|isch|ische|e)'],
    // psychomotorische therapie (PMT) is the name of a treatment
    exceptions: ['psychomotor(?:e|ische)\\s+therapie', 'psychomotorisch\\s+therapeut(?:e|en)?'],
    rewrites: [{ question: 'Wat zag je? Bijvoorbeeld: liep heen en weer, wiebelde met de voet.', label: 'Beschrijf wat je zag' }],
    examples: {
      bad: ['Er is sprake van psychomotore onrust.', 'Psychomotorisch is meneer rustig.'],
      good: [
        'Meneer liep tijdens het gesprek heen en weer.',
        'Ze zat rustig op de bank en dronk thee.',
        'Hij volgt psychomotorische therapie en bokst daar graag.',
      ],
    },
  },
  {
    id: 'jargon-ontregeling',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat er veranderde.',
    explanation: '‘Ontregeld’ is vaktaal. Beschrijf wat er veranderde en wat de cliënt zelf merkt.',
    source: OBSERVE,
    patterns: ['ontregel(?:d|de|den|t|ing|ingen)'],
    // blood sugar that runs off course is the ordinary word of people with diabetes
    exceptions: [
      '(?:suiker\\p{L}*|bloedsuiker\\p{L}*|diabetes|glucose\\p{L}*|schildklier)\\s+(?:\\p{L}+\\s+){0,2}ontregel\\p{L}*',
      'ontregel\\p{L}*\\s+(?:\\p{L}+\\s+){0,1}(?:suiker\\p{L}*|bloedsuiker\\p{L}*|diabetes|glucose\\p{L}*|schildklier)',
      // traffic and timetables run off course too
      '(?:verkeer|treinverkeer|dienstregeling|planning|rooster)\\s+(?:\\p{L}+\\s+){0,3}ontregel\\p{L}*',
      'ontregel\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(?:verkeer|treinverkeer|dienstregeling|planning|rooster)',
    ],
    rewrites: [
      { question: 'Wat veranderde er? Bijvoorbeeld: sliep drie nachten kort, praatte snel.', label: 'Beschrijf wat er veranderde' },
      { question: 'Wat merkt de cliënt zelf?', label: 'Wat merkt de cliënt zelf?' },
    ],
    examples: {
      bad: ['Mevrouw raakt ontregeld door de drukte.', 'Er dreigt een ontregeling.'],
      good: [
        'Mevrouw slaapt sinds de verhuizing vier uur per nacht.',
        'Ze zegt: "Ik raak ontregeld van drukte."',
        'Zijn suiker was ontregeld na de griep; hij meet nu vier keer per dag.',
        'Het treinverkeer was ontregeld door de storm, dus ze kwam een uur later.',
      ],
    },
  },
  {
    id: 'jargon-somatisch',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg liever ‘lichamelijk’.',
    explanation: '‘Somatisch’ is medisch vakjargon. Schrijf ‘lichamelijk’ of noem de klacht.',
    source: PLAIN,
    swap: [
      // "de somatisch arts" is no "lichamelijk arts"
      ['somatisch\\s+artsen', 'artsen voor lichamelijke klachten'],
      ['somatisch\\s+arts', 'arts voor lichamelijke klachten'],
      ['somatische', 'lichamelijke'],
      ['somatisch', 'lichamelijk'],
      ['somatiek', 'lichamelijke gezondheid'],
      ['psychosomatisch(?:e)?', { question: 'Welke klachten zijn het, en wanneer komen ze op?' }],
      ['somatise(?:ren|ert|erde|erden)', { question: 'Welke klachten zijn het, en wanneer komen ze op?' }],
    ],
    rewrites: [{ question: 'Welke klacht is het, en wat merkt de cliënt ervan?', label: 'Noem de klacht' }],
    examples: {
      bad: ['Er zijn somatische klachten.', 'De somatiek wordt gevolgd door de huisarts.'],
      good: ['Hij heeft hoofdpijn en gaat daarvoor naar de huisarts.', 'Ze heeft lichamelijke klachten en wandelt elke dag.'],
    },
  },
  {
    id: 'jargon-intoxicatie',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg liever ‘onder invloed’.',
    explanation: '‘Geïntoxiceerd’ is medisch vakjargon. Schrijf ‘onder invloed’ en waarvan, als dat bekend is.',
    source: PLAIN,
    swap: [
      ['ge[iï]ntoxiceerd\\s+met', 'onder invloed van'],
      ['ge[iï]ntoxiceerd\\s+door', { question: 'Onder invloed van wat?' }],
      // "een geïntoxiceerde man": "onder invloed" does not stand before a noun
      ['ge[iï]ntoxiceerde', { question: 'Onder invloed van wat?' }],
      ['ge[iï]ntoxiceerd', 'onder invloed'],
      ['intoxicaties?', { question: 'Van welk middel, en hoeveel?' }],
    ],
    rewrites: [{ question: 'Wat zag je? Bijvoorbeeld: rook naar alcohol, sprak met dubbele tong.', label: 'Beschrijf wat je zag' }],
    examples: {
      bad: ['Meneer was geïntoxiceerd.', 'Er is sprake van een intoxicatie.'],
      good: ['Meneer was onder invloed van alcohol en sprak met dubbele tong.', 'Hij zegt: "Ik was geïntoxiceerd."'],
    },
  },
  {
    id: 'jargon-craving',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg het in gewone woorden.',
    explanation: '‘Craving’ is Engels vakjargon uit de verslavingszorg. Schrijf het in gewone woorden, liefst zoals de cliënt het zelf zegt.',
    source: PLAIN,
    // "hunkering naar" keeps the preposition of "craving naar"
    swap: [['craving', 'hunkering']],
    rewrites: [{ question: 'Hoe noemt de cliënt het zelf, en wanneer komt het op?', label: 'Gebruik de woorden van de cliënt' }],
    examples: {
      bad: ['Meneer heeft veel craving in de avond.', 'De craving neemt af.'],
      good: ['Meneer heeft in de avond sterke trek in bier en gaat dan wandelen.', 'Hij zegt: "De craving is erg."'],
    },
  },
  {
    id: 'jargon-detox',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg liever ‘ontwenning’.',
    explanation: '‘Detox’ is vakjargon uit de verslavingszorg. Schrijf ‘ontwenning’ of zeg wat er gebeurt.',
    source: PLAIN,
    swap: [
      ['detoxificatie', 'ontwenning'],
      ['detox', 'ontwenning'],
    ],
    // a break from the phone or a juice cure is no withdrawal from alcohol or drugs
    exceptions: ['(?:digitale|social[\\s-]?media|telefoon|smartphone|sap|suiker)[\\s-]?detox', 'detox\\s+(?:met|van)\\s+(?:sap\\p{L}*|smoothies?|thee|social\\s+media|zijn\\s+telefoon|haar\\s+telefoon)'],
    rewrites: [{ question: 'Waar, hoe lang, en met welke hulp?', label: 'Beschrijf concreet' }],
    examples: {
      bad: ['Meneer start volgende week met de detox.', 'Na de detoxificatie gaat ze naar huis.'],
      good: [
        'Meneer begint volgende week met afbouwen in de kliniek.',
        'Ze zegt: "Ik wil een detox."',
        'In de vakantie doet hij een digitale detox en leest hij elke dag een boek.',
      ],
    },
  },
  {
    id: 'jargon-automutilatie',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat er gebeurde.',
    explanation: '‘Automutilatie’ is vakjargon. Beschrijf in gewone woorden wat er gebeurde en wat de cliënt erover zegt.',
    source: PLAIN,
    patterns: ['automutil\\p{L}*'],
    rewrites: [
      { question: 'Wat gebeurde er? Bijvoorbeeld: sneed zich in de arm.', label: 'Beschrijf wat er gebeurde' },
      { question: 'Wat zegt de cliënt erover, en wat helpt?', label: 'Vraag wat helpt' },
    ],
    examples: {
      bad: ['Er is sprake van automutilatie.', 'Mevrouw automutileert als ze gespannen is.'],
      good: ['Mevrouw sneed zich gisteren in de arm; ze zegt dat het de spanning verlaagt.', 'Ze zegt: "Dat heet automutilatie."'],
    },
  },
  {
    id: 'jargon-functie-afkorting',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: een afkorting. Noem de functie of het team in gewone woorden.',
    explanation:
      'Afkortingen als SPV, PB\'er, EVV\'er of FACT-team zijn organisatietaal. De cliënt leest mee in het dossier: noem de functie in gewone woorden, of liever nog de naam van de collega.',
    source: PLAIN,
    // Case-sensitive, with the spellings workers use, so that the English word "fact" stays alone
    // and "RIBW Brabant", the name of an organisation, can be told from "de RIBW".
    caseSensitive: true,
    swap: [
      ["(?:SPV|spv)['’-]?ers", 'verpleegkundigen'],
      ["(?:SPV|spv)(?:['’-]?er)?", 'verpleegkundige'],
      ["(?:PB|pb)['’-]?ers", 'persoonlijk begeleiders'],
      ["(?:PB|pb)(?:['’-]?er)?", 'persoonlijk begeleider'],
      // individueel begeleider in care, intern begeleider at school: only the worker knows
      ["(?:IB|ib)['’-]?ers?", { question: 'Wie bedoel je: de individueel begeleider, of de intern begeleider van school?' }],
      ["(?:EVV|evv)['’-]?ers", 'eerstverantwoordelijke verzorgenden'],
      ["(?:EVV|evv)(?:['’-]?er)?", 'eerstverantwoordelijke verzorgende'],
      ['(?:F-?ACT|[Ff]-?act)-?[Tt]eams?', { question: 'Welk team bedoel je? Noem het zoals de cliënt het kent, of de namen van wie er komen.' }],
      ['F-?ACT', { question: 'Welk team bedoel je? Noem het zoals de cliënt het kent, of de namen van wie er komen.' }],
      ['(?:RIBW|[Rr]ibw)(?!\\s+\\p{Lu})', { question: 'Welke organisatie of welk huis bedoel je? Noem de naam.' }],
    ],
    // a PB in sport is a personal best: "een nieuw PB" (a het-word, unlike the begeleider), "PB gelopen"
    exceptions: [
      '[Nn]ieuw\\s+PB',
      'PB\\s+(?:gelopen|gezwommen|gefietst|geschaatst|verbeterd)',
      '(?:liep|loopt|zwom|zwemt|fietste|fietst|schaatste)\\s+(?:\\p{L}+\\s+){0,2}PB',
    ],
    rewrites: [{ question: 'Wie bedoel je? Noem de naam of de functie, bijvoorbeeld: Sanne, haar persoonlijk begeleider.', label: 'Noem de naam of de functie' }],
    examples: {
      bad: [
        'Afgesproken: meneer werkt samen met de SPV het plan bij.',
        "Morgen bespreekt de PB'er dit met hem.",
        'De pb belt vrijdag met de woningcorporatie.',
        'Huisbezoek FACT-team: meneer liet zijn tuin zien.',
        "Mevrouw wil een gesprek met haar EVV'er.",
        'Hij woont sinds mei in een huis van de RIBW.',
      ],
      good: [
        'Morgen bespreekt Sanne, zijn persoonlijk begeleider, dit met hem.',
        'De verpleegkundige komt elke dinsdag langs.',
        'Ze werkt samen met haar vaste begeleider aan haar weekplanning.',
        'Hij zegt: "Mijn PB\'er is top."',
        'Hij woont sinds mei in een huis van RIBW Brabant.',
        'Op de halve marathon liep hij een nieuw PB van 1 uur 52.',
      ],
    },
  },
  {
    id: 'jargon-psychiatrisch-onderzoek',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: uit het psychiatrisch onderzoek. Beschrijf wat je zag en hoorde.',
    explanation:
      'Termen als ‘georiënteerd in tijd, plaats en persoon’, ‘wanen’ of ‘anhedonie’ komen uit het psychiatrisch onderzoek. Voor de cliënt zeggen ze weinig; beschrijf wat je zag en hoorde en wat de cliënt zelf vertelt.',
    source: OBSERVE,
    patterns: [
      '(?:ge|des)?ori[eë]nteerd\\s+(?:in|naar)\\s+(?:tijd|plaats|persoon)(?:(?:\\s*,\\s*|\\s+en\\s+)(?:tijd|plaats|persoon)){0,2}',
      '(?:paranoïde\\s+|paranoide\\s+|bizarre\\s+)?(?:wanen|waanbeelden|waanbeleving|waanvorming|waanachtig(?:e)?|wanend(?:e)?)',
      '(?:een|de|zijn|haar|paranoïde|paranoide|bizarre)\\s+waan',
      'anhedon(?:ie|isch|ische)',
      'dysfo(?:or|re|rie|risch|rische)',
      'eu(?:th|t)ym(?:e|ie)?',
      'logorroe',
      'derealisatie',
      'depersonalisatie',
      '(?:katato|catato)(?:on|ne|nie)',
      'floride',
    ],
    exceptions: [
      '(?:de\\s+)?waan\\s+van\\s+de\\s+dag',
      'in\\s+de\\s+waan',
      '(?:zich|me|mij|je|ons|zichzelf)\\s+(?:\\p{L}+\\s+){0,3}wanen',
    ],
    rewrites: [
      { question: 'Wat zag en hoorde je? Bijvoorbeeld: wist de datum en waar hij was.', label: 'Beschrijf wat je zag en hoorde' },
      OWN_WORDS,
    ],
    examples: {
      bad: [
        'Meneer is georiënteerd in tijd, plaats en persoon.',
        'Er zijn paranoïde wanen over de buren.',
        'Mevrouw is sinds de opname dysfoor.',
        'Hij heeft een waan over zijn buurman.',
        'Er is sprake van anhedonie.',
      ],
      good: [
        'Meneer wist welke dag het was en waar hij was.',
        'Meneer denkt dat de buren hem volgen en afluisteren.',
        'Ze laat zich niet meeslepen door de waan van de dag.',
        'Ze waande zich veilig in haar nieuwe huis en wil daar blijven wonen.',
        'Hij liet haar in de waan dat alles geregeld was.',
        'Hij zegt: "Ik heb wanen, zegt de psychiater."',
      ],
    },
  },
  {
    id: 'jargon-ecd',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: een afkorting. Zeg liever ‘dossier’.',
    explanation: '‘ECD’ en ‘EPD’ zijn afkortingen voor het dossier. Schrijf ‘dossier’; de cliënt mag het lezen.',
    source: PLAIN,
    swap: [
      ['ECD', 'dossier'],
      ['EPD', 'dossier'],
    ],
    rewrites: [{ question: 'Heeft de cliënt het dossier al eens samen met jou gelezen?', label: 'Lees het dossier samen' }],
    examples: {
      bad: ['Zie het ECD voor de afspraken.', 'Dit is vastgelegd in het EPD.'],
      good: ['De afspraken staan in het dossier.', 'Ze leest haar dossier samen met mij.'],
    },
  },
  {
    id: 'jargon-hallucinaties',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat iemand hoort of ziet.',
    explanation: '‘Auditieve hallucinaties’ is vakjargon. Beschrijf wat de cliënt hoort of ziet, in de eigen woorden.',
    source: PLAIN,
    patterns: [
      '(?:auditieve|akoestische|visuele|optische|tactiele|olfactorische)\\s+hallucinaties?',
      'hallucin(?:eert|eerde|eerden|eren|erend|atoir|atoire)',
    ],
    rewrites: [
      { question: 'Wat hoort of ziet de cliënt precies, en hoe noemt de cliënt het zelf?', label: 'Beschrijf in de woorden van de cliënt' },
    ],
    examples: {
      bad: ['Meneer heeft auditieve hallucinaties.', 'Mevrouw hallucineert in de avond.'],
      good: ['Meneer hoort een mannenstem die commentaar geeft.', 'Ze noemt het "mijn stemmen".'],
    },
  },
  {
    id: 'jargon-toestandsbeeld',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat je zag en hoorde.',
    explanation: '‘Toestandsbeeld’ en ‘ziektebeeld’ zijn vaktermen. Beschrijf wat je zag en hoorde en wat de cliënt zelf vertelt.',
    source: OBSERVE,
    patterns: ['toestandsbeeld(?:en)?', 'ziektebeeld(?:en)?', 'klinisch(?:e)?\\s+beeld', 'symptomatologie', 'psychopathologie'],
    rewrites: [SEEN, { question: 'Hoe gaat het volgens de cliënt zelf?', label: 'Vraag het de cliënt' }],
    examples: {
      bad: ['Het toestandsbeeld is stabiel.', 'Het klinisch beeld past bij een depressie.'],
      good: ['Meneer slaapt zeven uur per nacht en kookt elke dag.', 'Ze zegt: "Mijn ziektebeeld is ingewikkeld."'],
    },
  },
  {
    id: 'jargon-clientsysteem',
    kind: 'substitution',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: noem de mensen.',
    explanation: '‘Cliëntsysteem’ maakt van familie en vrienden een systeem. Noem de mensen bij naam of rol.',
    source: PLAIN,
    // "het netwerk": a het-word in the singular, like "het cliëntsysteem", so the article and the
    // verb stay right ("de familie en naasten wordt …" would not agree)
    swap: [
      ['cli[eë]ntsystemen', 'netwerken van familie en naasten'],
      ['cli[eë]ntsysteem', 'netwerk van familie en naasten'],
      // one noun, so "een systeemgesprek met zijn ouders" does not get "met" twice
      ['systeemgesprekken', 'familiegesprekken'],
      ['systeemgesprek', 'familiegesprek'],
    ],
    rewrites: [{ question: 'Wie bedoel je? Bijvoorbeeld: zijn moeder, zijn zus en de buurman.', label: 'Noem de mensen' }],
    examples: {
      bad: ['Het cliëntsysteem wordt betrokken.', 'Volgende week is er een systeemgesprek.'],
      good: ['Zijn moeder en zus komen volgende week mee naar het gesprek.', 'Het systeem van de gemeente lag er uit.'],
    },
  },
  {
    id: 'jargon-hospitalisatie',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat je ziet.',
    explanation: '‘Gehospitaliseerd’ is vakjargon en een oordeel. Beschrijf wat je ziet en wat de cliënt wil leren.',
    source: OBSERVE,
    patterns: ['(?:ge)?hospitalis(?:eerd|eerde|atie|ering)'],
    rewrites: [
      { question: 'Wat zie je? Bijvoorbeeld: is gewend dat anderen de was doen.', label: 'Beschrijf wat je ziet' },
      { question: 'Wat wil de cliënt weer zelf leren doen?', label: 'Vraag wat de cliënt wil leren' },
    ],
    examples: {
      bad: ['Meneer is gehospitaliseerd na tien jaar opname.', 'Er is sprake van hospitalisatie.'],
      good: ['Meneer woonde tien jaar in de kliniek en leert nu zelf boodschappen doen.', 'Hij zegt: "Ik ben gehospitaliseerd."'],
    },
  },
  {
    id: 'jargon-egosyntoon',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: zeg hoe de cliënt het zelf ervaart.',
    explanation: '‘Egosyntoon’ en ‘egodystoon’ zijn vaktermen. Beschrijf hoe de cliënt het zelf ervaart, in de eigen woorden.',
    source: PLAIN,
    patterns: ['ego-?(?:synto|dysto)(?:on|ne|nie)'],
    rewrites: [{ question: 'Hoe ervaart de cliënt het zelf?', label: 'Beschrijf de ervaring van de cliënt' }],
    examples: {
      bad: ['Het gebruik is egosyntoon.', 'De dwanghandelingen zijn egodystoon.'],
      good: ['Ze zegt dat het poetsen haar rust geeft.', 'Hij vindt zijn gebruik bij zijn leven passen.'],
    },
  },
  {
    id: 'jargon-bemoeizorg',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf wat je doet.',
    explanation: '‘Bemoeizorg’ is een vakwoord dat de cliënt niet kent. Beschrijf wat je doet en waarom.',
    source: PLAIN,
    patterns: ['bemoeizorg'],
    rewrites: [
      { question: 'Wat doe je, en waarom? Bijvoorbeeld: ga onaangekondigd langs om te vragen hoe het gaat.', label: 'Beschrijf wat je doet' },
    ],
    examples: {
      bad: ['Meneer krijgt bemoeizorg.', 'Het team bemoeizorg gaat langs.'],
      good: ['Ik ga elke week langs om te vragen hoe het met hem gaat.', 'Hij zegt: "Ik krijg bemoeizorg."'],
    },
  },
  {
    id: 'jargon-zn-medicatie',
    // "medicijnen voor als het nodig is" does not fit every sentence ("kreeg … om 22 uur"), and
    // "extra" would add a fact: the worker names the medicine.
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: een afkorting. Noem welk medicijn en waarom.',
    explanation:
      '‘Z.n.-medicatie’ en ‘prn’ zijn afkortingen uit de verpleging voor medicijnen die iemand krijgt als het nodig is. Noem welk medicijn, wanneer en waarom.',
    source: PLAIN,
    patterns: ['(?:zn|z\\.n\\.|prn)-?medicatie', 'PRN'],
    rewrites: [{ question: 'Welk medicijn, hoe laat, en waarom was het nodig?', label: 'Noem welk medicijn' }],
    examples: {
      bad: ['Mevrouw kreeg zn-medicatie om 22 uur.', 'De z.n.-medicatie is gegeven.'],
      good: ['Mevrouw nam om 22 uur een extra tablet tegen de onrust, zoals afgesproken.', 'Hij zegt: "Geef me mijn zn-medicatie."'],
    },
  },
  {
    id: 'jargon-resocialisatie',
    kind: 'existence',
    category: 'jargon',
    severity: 'warning',
    message: 'Vakjargon: beschrijf het doel in gewone woorden.',
    explanation: '‘Resocialisatie’ is vaktaal. Beschrijf het doel zoals de cliënt het zegt, bijvoorbeeld weer meedoen in de buurt.',
    source: PLAIN,
    patterns: ['resocialis\\p{L}*'],
    rewrites: [{ question: 'Wat wil de cliënt weer doen? Bijvoorbeeld: meedoen in de buurt, werken.', label: 'Beschrijf het doel' }],
    examples: {
      bad: ['Meneer zit in een resocialisatietraject.', 'Het doel is resocialisatie.'],
      good: ['Meneer wil weer meedoen met het buurtcentrum en zoekt vrijwilligerswerk.', 'Hij zegt: "Ik doe aan resocialisatie."'],
    },
  },
];
