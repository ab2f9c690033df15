import type { Rule } from '../rule-schema';

const SOURCE =
  'Herstelwerk, krachteninventarisatie: volledig, gedetailleerd en specifiek; directe observatie en feiten (domain/METHOD.md)';
const SOURCE_PLAN = 'Herstelwerk, actieplan: SMART, wie doet wat en wanneer (domain/METHOD.md)';

const FREQUENCY =
  'Een vaag woord laat de lezer raden. Een concreet feit (hoe vaak, wanneer, in welke situatie) maakt de rapportage toetsbaar en laat de cliënt en collega\'s zien wat er echt gebeurt, ook als het beter gaat.';
const DEGREE =
  'Een versterkend of afzwakkend woord is een indruk van de schrijver, geen observatie. Beschrijf wat je zag of hoorde; dan kan de lezer zelf oordelen en kan de cliënt zich erin herkennen.';

const HOW_OFTEN = { question: 'Hoe vaak precies? Twee keer per week, elke ochtend?', label: 'Noem hoe vaak, concreet' };
const WHEN = { question: 'Wanneer precies? Op welke dag, bij welke gelegenheid?', label: 'Noem wanneer het gebeurt' };
const WHAT_SEEN = { question: 'Wat zag of hoorde je precies?', label: 'Beschrijf wat je zag of hoorde' };
/** "wil", "graag": a wish. */
const WISH = 'wil|wilt|willen|wilde|wilden|graag';
const SHIFT_MOOD = 'goede|rustige|fijne|prima|mindere|onrustige|drukke|wisselende|slechte';
const SHIFT = 'dag|dagen|dienst|avond|avonden|nacht|nachten|ochtend|middag|week|weekend';
const HOW_MUCH = { question: 'Hoeveel precies, en in welke tijd?', label: 'Noem de hoeveelheid' };

export const vagueRules: Rule[] = [
  {
    id: 'vaag-soms',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: wanneer en hoe vaak precies?',
    explanation: FREQUENCY,
    source: SOURCE,
    patterns: ['soms', 'somtijds', 'bij\\s+tijd\\s+en\\s+wijle'],
    rewrites: [WHEN, HOW_OFTEN],
    examples: {
      bad: ['Meneer is soms onrustig.', 'Ze vergeet soms haar afspraken.'],
      good: ['Ze maakte de som zonder rekenmachine.', 'Meneer was op maandag en donderdag onrustig na het bezoek van zijn broer.'],
    },
  },
  {
    id: 'vaag-vaak',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: hoe vaak precies?',
    explanation: FREQUENCY,
    source: SOURCE,
    patterns: ['vaak', 'vaker', 'vaakst', 'dikwijls', 'veelvuldig(?:e)?', 'frequent(?:e)?', 'menigmaal'],
    // "vaker" in a wish is a direction, not a count ("hij wil dat vaker doen": how often is the next
    // question, not a fact the worker left out); "vaker dan vorige maand" reports a change against a
    // point in time. A bare "hij belt vaker" still says nothing checkable.
    exceptions: [
      `(?:${WISH})\\s+(?:\\p{L}+\\s+){0,4}vaker`,
      `vaker(?=\\s+(?:\\p{L}+\\s+){0,2}(?:${WISH})(?!\\p{L}))`,
      'vaker\\s+dan\\s+(?:vorige|vorig|eerst|vroeger|voorheen|toen|eerder|daarvoor|afgelopen|het\\s+afgelopen|de\\s+afgelopen|in|voor|v[oó]{2}r|sinds|een\\s+(?:week|maand|jaar)\\s+geleden)(?!\\p{L})',
    ],
    rewrites: [HOW_OFTEN],
    examples: {
      bad: ['Hij belt vaak naar het kantoor.', 'Mevrouw is dikwijls moe.', 'Meneer komt vaker te laat.'],
      good: [
        'Hij gaat in de vakantie naar zijn zus.',
        'Hij belde deze week drie keer naar het kantoor.',
        'Ze wil graag vaker met haar kleinzoon naar het park.',
        'We bespreken volgende week of hij de training vaker wil doen.',
        'Sinds de nieuwe fiets gaat ze vaker dan vorige maand naar de markt.',
        'Hij belt zijn moeder vaker dan voor de verhuizing.',
      ],
    },
  },
  {
    id: 'vaag-beetje',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: hoeveel, of wat zag je precies?',
    explanation: DEGREE,
    source: SOURCE,
    patterns: ['(?:een\\s+)?beetje', 'ietsje', 'ietwat', 'een\\s+tikje', 'een\\s+tikkeltje'],
    exceptions: ['beetje\\s+bij\\s+beetje'],
    rewrites: [WHAT_SEEN],
    examples: {
      bad: ['Mevrouw was een beetje gespannen.', 'Hij leek ietwat afwezig.'],
      good: ['Beetje bij beetje richt ze haar nieuwe huis in.', 'De hond beet in zijn speeltje.'],
    },
  },
  {
    id: 'vaag-steeds',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: wanneer en hoe vaak precies?',
    explanation: FREQUENCY,
    source: SOURCE,
    patterns: ['steeds', 'telkens', 'voortdurend', 'continu', 'constant', 'almaar', 'aldoor', 'onophoudelijk', 'keer\\s+op\\s+keer'],
    exceptions: [
      '(?:is|blijft|bleef|zijn|blijven)\\s+constant',
      'constant\\s+gebleven',
      // "nog steeds" is "still", and "steeds beter" a trend: neither says how often
      'nog\\s+steeds',
      'steeds\\s+(?:meer|minder|(?!(?:weer|over|onder|achter|hier|ieder|wanneer|zeer|per)(?![\\p{L}]))\\p{L}{2,}er)(?![\\p{L}])',
    ],
    rewrites: [{ question: 'Wanneer gebeurde het, en hoe vaak?', label: 'Noem wanneer het gebeurde' }, HOW_OFTEN],
    examples: {
      bad: [
        'Meneer vraagt steeds om sigaretten.',
        'Ze belt telkens als ze alleen is.',
        'Hij komt steeds weer terug op het geld.',
        'Hij begint steeds over zijn ex.',
      ],
      good: [
        'Zijn gewicht is constant sinds januari.',
        'Meneer vroeg bij alle drie de bezoeken deze week om sigaretten.',
        'Ze woont nog steeds in haar eigen flat.',
        'Het traplopen gaat steeds beter.',
      ],
    },
  },
  {
    id: 'vaag-altijd',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: een veralgemening. Hoe vaak precies, en wanneer?',
    explanation:
      '‘Altijd’ maakt van enkele gebeurtenissen een vaststaand patroon en laat geen ruimte voor uitzonderingen. Noem de concrete keren; uitzonderingen zijn juist waar herstel begint.',
    source: SOURCE,
    patterns: ['altijd', 'immer', 'te\\s+allen\\s+tijde'],
    // "nog altijd" is "still"; "altijd welkom" is an offer, not a count
    exceptions: ['voor\\s+altijd', 'nog\\s+altijd', 'altijd\\s+welkom'],
    rewrites: [
      { question: 'Hoe vaak precies? Bij welke afspraken?', label: 'Noem de concrete keren' },
      { question: 'Wanneer was het anders?', label: 'Uitzonderingsvraag' },
    ],
    examples: {
      bad: ['Hij komt altijd te laat.', 'Mevrouw is altijd somber in de ochtend.'],
      good: [
        'Die dag blijft voor altijd in haar herinnering.',
        'Hij kwam bij de laatste drie afspraken later dan gepland.',
        'Hij werkt nog altijd bij de bakker om de hoek.',
      ],
    },
  },
  {
    id: 'vaag-erg',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: hoe merkte je dat?',
    explanation: DEGREE,
    source: SOURCE,
    patterns: ['erg'],
    exceptions: [
      'geen\\s+erg\\s+in',
      'erg\\s+in\\s+(?:hebben|had|heeft|hadden|krijgen|kreeg)',
      // "erg" as "bad, sad", not as a degree: "wat erg", "ze vindt het erg dat …", "niet erg".
      '(?:wat|hoe)\\s+erg(?=\\s+(?:dat|voor|van|om)\\b|\\s*[.,;!?]|\\s*$)',
      'v(?:ind|indt|inden|ond|onden)\\s+(?:het|dat|dit)\\s+(?:\\p{L}+\\s+)?erg(?=\\s+(?:dat|om|als|van)\\b|\\s*[.,;!?]|\\s*$)',
      'niet\\s+erg(?=\\s+(?:dat|als|om)\\b|\\s*[.,;!?]|\\s*$)',
    ],
    rewrites: [{ question: 'Waaraan merkte je dat? Wat zag of hoorde je?', label: 'Beschrijf wat je zag of hoorde' }],
    examples: {
      bad: ['Mevrouw was erg verdrietig.', 'Hij is erg druk in de groep.'],
      good: [
        'Hij ergert zich aan het lawaai van de buren.',
        'Ze wandelt graag in de bergen.',
        'Ik had er geen erg in dat het al vijf uur was.',
        'Ze vindt het erg dat haar moeder ziek is.',
        'Wat erg voor je, zei ik tegen mevrouw.',
      ],
    },
  },
  {
    id: 'vaag-versterker',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: beschrijf wat je zag in plaats van hoe sterk het was.',
    explanation: DEGREE,
    source: SOURCE,
    patterns: [
      'zeer',
      'enorm',
      'ontzettend',
      'hartstikke',
      'uiterst',
      'extreem',
      'vreselijk',
      'verschrikkelijk',
      'buitengewoon',
      'heel\\s+erg',
      'heel\\s+veel',
    ],
    exceptions: ['(?:doet|deed|doen|deden)\\s+(?:\\p{L}+\\s+){0,2}zeer', 'zeer\\s+(?:doet|deed|doen|deden)', 'oud\\s+zeer'],
    rewrites: [WHAT_SEEN],
    examples: {
      bad: ['Meneer was zeer gespannen.', 'Ze was ontzettend boos op haar broer.'],
      good: ['Zijn knie doet zeer na het fietsen.', 'Ze sprak met luide stem en liep de kamer uit.'],
    },
  },
  {
    id: 'vaag-nogal',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: wat zag je precies?',
    explanation: DEGREE,
    source: SOURCE,
    patterns: ['nogal', 'best\\s+wel', 'wel\\s+een\\s+beetje'],
    rewrites: [WHAT_SEEN],
    examples: {
      bad: ['Hij was nogal stil vandaag.', 'Het was best wel druk in de huiskamer.'],
      good: ['Hij doet zijn best bij het koken.', 'Hij zei vandaag twee zinnen tijdens de lunch.'],
    },
  },
  {
    id: 'vaag-tamelijk',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: wat zag je precies?',
    explanation: DEGREE,
    source: SOURCE,
    patterns: [
      'tamelijk',
      'betrekkelijk',
      'relatief',
      'vrij(?=\\s+(?:druk|stil|rustig|veel|goed|lang|laat|snel|moeilijk|makkelijk|gemakkelijk|zwaar|groot|klein|somber|onrustig|gespannen|moe|boos|vrolijk|actief|passief|afwezig|vermoeid|slordig|netjes|ernstig|fors|matig))',
    ],
    rewrites: [WHAT_SEEN],
    examples: {
      bad: ['Mevrouw was tamelijk somber.', 'Hij was vrij onrustig tijdens het gesprek.'],
      good: ['Ze heeft vrij op vrijdag.', 'Hij voelt zich vrij in zijn eigen huis.'],
    },
  },
  {
    id: 'vaag-behoorlijk',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: hoeveel, of wat zag je precies?',
    explanation: DEGREE,
    source: SOURCE,
    patterns: ['behoorlijk', 'flink', 'aardig\\s+wat', 'een\\s+flink\\s+aantal'],
    exceptions: ['wat\\s+flink'],
    rewrites: [WHAT_SEEN, HOW_MUCH],
    examples: {
      bad: ['Meneer had behoorlijk gedronken.', 'Ze heeft flink afgevallen.'],
      good: ['Ze heeft een behoorlijke woning gevonden in Zuid.', 'Meneer dronk gisteravond zes blikjes bier.'],
    },
  },
  {
    id: 'vaag-redelijk',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: wat ging er precies goed of minder goed?',
    explanation: DEGREE,
    source: SOURCE,
    patterns: ['redelijk', 'matig', 'gematigd'],
    exceptions: ['redelijk\\s+(?:verzoek|voorstel|bedrag|alternatief|antwoord)'],
    rewrites: [{ question: 'Wat ging er goed, en wat minder?', label: 'Beschrijf wat er gebeurde' }],
    examples: {
      bad: ['Het gaat redelijk met meneer.', 'Hij eet matig.'],
      good: ['Dat is een redelijk verzoek van mevrouw.', 'Hij at vandaag zijn ontbijt en zijn warme maaltijd.'],
    },
  },
  {
    id: 'vaag-enigszins',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: in welke mate, en waaraan merk je dat?',
    explanation: DEGREE,
    source: SOURCE,
    patterns: ['enigszins', 'enigermate', 'in\\s+zekere\\s+mate', 'min\\s+of\\s+meer', 'in\\s+meer\\s+of\\s+mindere\\s+mate'],
    rewrites: [WHAT_SEEN],
    examples: {
      bad: ['Mevrouw was enigszins teruggetrokken.', 'Hij houdt zich min of meer aan de afspraak.'],
      good: ['Mevrouw bleef vandaag op haar kamer en kwam om zes uur eten.', 'Hij belde om tien uur, zoals afgesproken.'],
    },
  },
  {
    id: 'vaag-regelmatig',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: hoeveel keer, en in welke periode?',
    explanation: FREQUENCY,
    source: SOURCE,
    patterns: [
      'regelmatig',
      'met\\s+regelmaat',
      'herhaaldelijk',
      'meermaals',
      'meermalen',
      '(?:meerdere|diverse|verschillende|talloze|vele)\\s+(?:keren|malen)',
      'een\\s+aantal\\s+(?:keren|malen)',
    ],
    exceptions: ['regelmatig\\s+(?:dagritme|ritme|leven|slaapritme|dagprogramma|bestaan|inkomen)'],
    rewrites: [{ question: 'Hoe vaak, en in welke periode?', label: 'Noem aantal en periode' }],
    examples: {
      bad: ['Meneer gebruikt regelmatig cannabis.', 'Ze is herhaaldelijk aangesproken op haar gedrag.'],
      good: ['Ze heeft een regelmatig dagritme met vaste eettijden.', 'Meneer blowde vier avonden in de afgelopen week.'],
    },
  },
  {
    id: 'vaag-af-en-toe',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: wanneer en hoe vaak precies?',
    explanation: FREQUENCY,
    source: SOURCE,
    patterns: ['af\\s+en\\s+toe', '(?:zo\\s+)?nu\\s+en\\s+dan', 'van\\s+tijd\\s+tot\\s+tijd', 'eens\\s+in\\s+de\\s+zoveel\\s+tijd'],
    rewrites: [WHEN, HOW_OFTEN],
    examples: {
      bad: ['Ze drinkt af en toe een glas wijn.', 'Hij komt zo nu en dan langs bij zijn moeder.'],
      good: ['Ze drinkt op zaterdagavond een glas wijn met haar zus.', 'Nu en straks: hij heeft een plan voor de komende maand.'],
    },
  },
  {
    id: 'vaag-weleens',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: wanneer was dat, en hoe vaak?',
    explanation: FREQUENCY,
    source: SOURCE,
    patterns: ['weleens', 'wel\\s+eens', 'een\\s+enkele\\s+keer', 'een\\s+keer\\s+of\\s+wat'],
    rewrites: [{ question: 'Wanneer was dat, en hoe vaak?', label: 'Noem wanneer en hoe vaak' }],
    examples: {
      bad: ['Meneer gebruikt weleens cocaïne.', 'Ze slaat wel eens een maaltijd over.'],
      good: ['Meneer gebruikte in mei twee keer cocaïne.', 'Hij wil eens per maand zijn dochter zien.'],
    },
  },
  {
    id: 'vaag-meestal',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: hoe vaak precies, en wanneer niet?',
    explanation: FREQUENCY,
    source: SOURCE,
    patterns: [
      'meestal',
      'meestentijds',
      'doorgaans',
      'over\\s+het\\s+algemeen',
      'in\\s+de\\s+regel',
      'overwegend',
      'merendeels',
      'veelal',
      'gewoonlijk',
    ],
    rewrites: [
      { question: 'Hoe vaak precies, en wanneer niet?', label: 'Noem hoe vaak, concreet' },
    ],
    examples: {
      bad: ['Meneer staat meestal om tien uur op.', 'Over het algemeen gaat het koken goed.'],
      good: ['Meneer stond deze week vier van de vijf dagen om tien uur op.', 'Ze schreef de regel op in haar schrift.'],
    },
  },
  {
    id: 'vaag-zelden',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: hoeveel keer, en in welke periode?',
    explanation: FREQUENCY,
    source: SOURCE,
    patterns: ['zelden', 'sporadisch', '(?:bijna|haast)\\s+nooit'],
    rewrites: [{ question: 'Hoe vaak, in welke periode?', label: 'Noem aantal en periode' }],
    examples: {
      bad: ['Ze komt zelden buiten.', 'Hij neemt sporadisch contact op.'],
      good: ['Ze ging deze maand één keer naar de markt, samen met haar buurvrouw.', 'Het was een zeldzaam mooie dag.'],
    },
  },
  {
    id: 'vaag-te-veel',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: een oordeel zonder maat. Hoeveel precies?',
    explanation:
      '‘Te veel’ en ‘overmatig’ zijn een oordeel zonder maat. Noem de hoeveelheid; dan kan de cliënt zelf wegen wat dat voor hem betekent.',
    source: SOURCE,
    patterns: [
      'te\\s+veel',
      'teveel',
      'veel\\s+te\\s+veel',
      'overmatig(?:e)?',
      'excessie(?:f|ve)',
      'bovenmatig(?:e)?',
      'buitensporig(?:e)?',
    ],
    exceptions: ['(?:niets|niks)\\s+(?:is\\s+)?(?:(?:haar|hem|hen|hun|mij|me|ons)\\s+)?te\\s+veel'],
    rewrites: [HOW_MUCH],
    examples: {
      bad: ['Meneer drinkt te veel.', 'Er is sprake van overmatig gebruik van alcohol.'],
      good: ['Niets is haar te veel als de buren hulp vragen.', 'Meneer drinkt op werkdagen zes blikjes bier.'],
    },
  },
  {
    id: 'vaag-weinig',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: hoeveel precies?',
    explanation:
      '‘Weinig’ is een indruk zonder maat. Een concreet feit zegt meer en laat zien waarop je kunt voortbouwen.',
    source: SOURCE,
    patterns: ['weinig', 'te\\s+weinig', 'heel\\s+weinig'],
    rewrites: [{ question: 'Hoeveel precies?', label: 'Noem de hoeveelheid' }],
    examples: {
      bad: ['Mevrouw eet weinig.', 'Hij heeft weinig contact met zijn kinderen.'],
      good: ['Mevrouw eet één warme maaltijd per dag.', 'Hij ziet zijn kinderen elke tweede zaterdag.'],
    },
  },
  {
    id: 'vaag-binnenkort',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: wanneer precies?',
    explanation:
      'Een actie zonder datum blijft liggen. Het actieplan vraagt wie wat doet en wanneer; een concrete datum maakt afspraken haalbaar en te vieren.',
    source: SOURCE_PLAN,
    patterns: [
      'binnenkort',
      'op\\s+(?:korte\\s+)?termijn',
      'te\\s+zijner\\s+tijd',
      't\\.\\s?z\\.\\s?t\\.',
      'tzt',
      'zo\\s+snel\\s+mogelijk',
      'z\\.\\s?s\\.\\s?m\\.',
      'zsm',
      'een\\s+dezer\\s+dagen',
      'binnen\\s+afzienbare\\s+tijd',
    ],
    rewrites: [{ question: 'Op welke datum, en wie doet het?', label: 'Noem een datum' }],
    examples: {
      bad: ['Meneer gaat binnenkort solliciteren.', 'We plannen t.z.t. een gesprek met de woningcorporatie.'],
      good: ['Meneer stuurt vóór 14 maart zijn sollicitatiebrief naar de bakker.', 'Het gesprek met de woningcorporatie is op 3 april.'],
    },
  },
  {
    id: 'vaag-tijdsduur',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: sinds wanneer, of hoe lang?',
    explanation: FREQUENCY,
    source: SOURCE,
    patterns: [
      'een\\s+tijdje',
      'een\\s+poos(?:je)?',
      'geruime\\s+tijd',
      'lange\\s+tijd',
      'een\\s+tijd\\s+(?:geleden|terug|lang)',
      'onlangs',
      'recentelijk',
      'kort\\s*geleden',
      'de\\s+laatste\\s+tijd',
      'sinds\\s+kort',
    ],
    rewrites: [{ question: 'Sinds wanneer, of hoe lang?', label: 'Noem datum of duur' }],
    examples: {
      bad: ['Meneer is de laatste tijd somber.', 'Ze heeft een tijdje bij haar zus gewoond.'],
      good: ['Meneer is sinds 3 maart somber.', 'We spraken een tijd af voor het volgende gesprek.'],
    },
  },
  {
    id: 'vaag-sommige',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: welke precies?',
    explanation:
      'Noem de mensen, dingen of momenten bij naam. Een concreet beeld van wie en wat er is, is de basis van een krachteninventarisatie en een ecogram.',
    source: SOURCE,
    patterns: ['sommige(?:n)?', 'enkele', 'een\\s+aantal', 'een\\s+paar', 'diverse', 'allerlei', 'een\\s+hoop', 'tal\\s+van', 'de\\s+nodige'],
    // "geen enkele" is "not a single one", no vague amount
    exceptions: [
      'enkele\\s+reis',
      'geen\\s+enkele',
      'een\\s+paar\\s+(?:schoenen|sokken|laarzen|handschoenen|oorbellen)',
      // a duration is no "which ones": "over een paar maanden", "enkele weken" (a count of times, "een
      // paar keer", stays)
      '(?:een\\s+paar|enkele|een\\s+aantal)\\s+(?:seconden|minuten|uur|uren|dagen|weken|maanden|jaar|jaren)',
      // the examples follow in the same sentence: "een paar zinnen opgeschreven, zoals: …",
      // "enkele vrienden: Jan en Said"
      `(?:sommige(?:n)?|enkele|een\\s+aantal|een\\s+paar|diverse|allerlei)(?=(?:\\s+[\\p{L}'’-]+){1,5}\\s*(?:,\\s*)?(?:zoals|bijvoorbeeld|namelijk)(?!\\p{L})|(?:\\s+[\\p{L}'’-]+){1,4}\\s*:)`,
    ],
    rewrites: [{ question: 'Welke precies, of wie?', label: 'Noem ze bij naam' }],
    examples: {
      bad: ['Ze heeft een paar goede vrienden.', 'Meneer heeft diverse hobby\'s.', 'Hij belde een paar keer naar zijn zus.'],
      good: [
        'Ze kocht een paar schoenen voor haar sollicitatie.',
        'Meneer houdt van vissen, schaken en tuinieren.',
        'Ze had geen enkele moeite met de nieuwe route naar haar werk.',
        'Ze wil over een paar weken zelf met de bus naar de dagbesteding.',
        'Hij noemde enkele oud-collega\'s: Sjaak, Mirjam en Theo.',
        'We oefenden een aantal vragen, zoals "Wat verdien ik per uur?"',
      ],
    },
  },
  {
    id: 'vaag-gaat-goed',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: wat ging er precies goed?',
    explanation:
      '‘Het gaat goed’ is fijn, maar vertelt niet wat er werkt. Wie de krachten concreet benoemt, kan ze ook inzetten en vieren.',
    source: 'Herstelwerk: talenten concreet benoemen, successen vieren (domain/METHOD.md)',
    patterns: [
      '(?:gaat|ging|gaan|gingen)\\s+(?:het\\s+)?(?:goed|prima|beter|oké|oke|ok)(?!\\s+om\\b)',
      '(?:gaat|ging)\\s+(?:het\\s+)?wel(?=\\s*[.,;!?]|\\s*$)',
      'verliep\\s+(?:rustig|goed|prima|naar\\s+wens)',
    ],
    // the summary that the same sentence makes concrete at once: "De werkdagen gaan goed; hij heeft
    // op die dagen …", "Het koken ging goed: ze sneed zelf de uien"
    exceptions: ['(?:(?:gaat|ging|gaan|gingen)\\s+(?:het\\s+)?(?:goed|prima|beter)|verliep\\s+(?:rustig|goed|prima))(?=\\s*[;:]\\s*\\p{L})'],
    rewrites: [{ question: 'Wat ging er goed? Wat zag je?', label: 'Beschrijf wat er werkt' }],
    examples: {
      bad: ['Het gaat goed met meneer.', 'Het bezoek verliep rustig.', 'De werkdagen gaan goed.'],
      good: [
        'Hij gaat goed om met zijn geld.',
        'Meneer stond om acht uur op, ontbeet en ging naar zijn werk.',
        'De ochtenden gaan goed: ze staat om zeven uur op en ontbijt met haar zoon.',
        'Het bezoek verliep rustig; ze liet haar broer de nieuwe keuken zien.',
      ],
    },
  },
  {
    id: 'vaag-rustige-dag',
    kind: 'existence',
    category: 'vague',
    severity: 'suggestion',
    message: 'Vaag: wat deed iemand, en hoe zag je dat?',
    explanation:
      '‘Een rustige dag’ zegt vooral iets over de dienst, niet over de cliënt. Beschrijf in een zin wat iemand deed; dan wordt het dossier een verhaal over de persoon.',
    source: SOURCE,
    patterns: [`(?:${SHIFT_MOOD})\\s+(?:${SHIFT})`],
    // a shift report's heading, a sentence of its own, followed by the account hour by hour:
    // "Rustige nacht. Om 23.00 uur …"
    exceptions: [
      `(?<=^|\\n|[.!?]\\s+)(?:${SHIFT_MOOD})\\s+(?:${SHIFT})(?=\\.\\s+(?:om|rond|tot|vanaf|tussen|van|na)\\s+(?:half\\s+|kwart\\s+)?\\p{N})`,
    ],
    rewrites: [{ question: 'Wat deed de cliënt, en wat zag je?', label: 'Beschrijf wat iemand deed' }],
    examples: {
      bad: ['Meneer had een rustige nacht.', 'Mevrouw had een goede dag.', 'Rustige avond.', 'Rustige nacht. Iedereen sliep.'],
      good: [
        'Meneer sliep van 23 tot 7 uur en ontbeet om half acht.',
        'Ze wenste me een goede reis.',
        'Drukke avond. Om 19.00 uur kwamen de ouders van Tim op bezoek; om 20.30 uur gingen ze samen wandelen.',
      ],
    },
  },
];
