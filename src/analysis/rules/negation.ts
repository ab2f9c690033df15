import type { Rule } from '../rule-schema';

const SOURCE = 'Herstelwerk, krachteninventarisatie: positief formuleren, geen niet-formuleringen (domain/METHOD.md)';
const SOURCE_OBSERVE =
  'Herstelwerk, krachteninventarisatie: positief formuleren, directe observatie en feiten (domain/METHOD.md)';
const WHY =
  'De methode vraagt te beschrijven wat er wél is en wat iemand wél wil of doet. Een niet-formulering zegt alleen wat ontbreekt ("ik wil niet naar Amsterdam" vertelt niemand waar je heen wilt).';

/** Subjects and objects that may stand between a finite verb and "niet" ("kan hij niet"). */
const BETWEEN = '(?:\\s+(?:hij|zij|ze|het|dat|dit|u|je|jij|ik|we|wij|jullie|meneer|mevrouw|cliënt|client|er|hem|haar|men))?';

const KAN = 'k(?:an|on|onden|unnen|unt)';
const WIL = 'w(?:il|ilde|ilden|illen|ilt|ou|ouden)';
const DURF = 'd(?:urf|urft|urfde|urfden|urven|orst|orsten)';

const NUMBER = '(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|enkele|\\d+)';

/** Idioms that only emphasise are not negations (LABELS.md, rule 2). */
const BASE_IDIOMS = [
  'niet\\s+alleen\\b[^.!?]*?\\bmaar\\s+ook',
  'niet\\s+te\\s+vergeten',
  'niet-pluis\\p{L}*',
  'niet\\s+pluis\\p{L}*',
  'niet\\s+zozeer\\b[^.!?]*?\\bmaar',
  'niet\\s+meer\\s+dan\\s+(?:normaal|logisch|terecht|redelijk|eerlijk|vanzelfsprekend|fair)',
  'geen\\s+enkel\\s+probleem',
  'nog\\s+niet\\s+eerder',
  'niet\\s+in\\s+de\\s+laatste\\s+plaats',
  'niet\\s+voor\\s+niets',
  'al\\s+dan\\s+niet',
  'wel\\s+of\\s+niet',
  'of\\s+niet(?=\\s*[.,;!?]|\\s*$)',
  'niet\\s+te\\s+(?:geloven|missen|stoppen|onderschatten|evenaren|houden)',
  'niet\\s+genoeg\\s+(?:van\\s+)?krijgen',
  'niet\\s+meer\\s+weg\\s+te\\s+denken',
  'niet\\s+meer\\s+te\\s+stoppen',
  'nog\\s+niet\\s+zo\\s+(?:lang\\s+geleden|gek)',
  'geen\\s+wonder',
  '(?:als|zoals)\\s+geen\\s+ander',
  'in\\s+geen\\s+(?:jaren|tijden|maanden)\\s+zo',
  'twijfel(?:t|de|den)?\\s+geen\\s+(?:moment|seconde)',
  'geen\\s+(?:moment|seconde)\\s+(?:getwijfeld|gedacht\\s+aan\\s+opgeven)',
  '(?:niets|niks)\\s+liever\\s+dan',
  '(?:niets|niks)\\s+dan\\s+lof',
  '(?:niets|niks)\\s+(?:is\\s+)?(?:(?:haar|hem|hen|hun|mij|me|ons)\\s+)?te\\s+(?:veel|gek)',
  'niemand\\s+minder\\s+dan',
  'nergens\\s+(?:liever|zo\\s+graag|gelukkiger)',
  'beter\\s+laat\\s+dan\\s+nooit',
  'nu\\s+of\\s+nooit',
  'nooit\\s+te\\s+oud\\s+om',
  'nog\\s+nooit\\s+zo',
  '(?:als|zoals)\\s+nooit\\s+(?:tevoren|eerder)',
  'm(?:ag|ogen)\\s+niet\\s+(?:ontbreken|klagen)',
  'niet\\s+m(?:ag|ogen)\\s+ontbreken',
];

/** Idioms as they follow a verb form, optionally with one word between ("kan er niet genoeg van krijgen"). */
function idiomsAfter(verb: string): string[] {
  return BASE_IDIOMS.filter((i) => i.startsWith('niet')).map((i) => `${verb}(?:\\s+\\p{L}+)?\\s+${i}`);
}

/**
 * Every negation rule gets this whole list as exceptions: a match that lies inside one of these
 * phrases is left alone. The list is shared because the generic rules (`niet`, `neg-geen`) match
 * inside the longer phrases of the specific rules too.
 */
const IDIOMS = [
  ...BASE_IDIOMS,
  ...idiomsAfter(KAN),
  ...idiomsAfter(WIL),
  ...idiomsAfter(DURF),
  `${KAN}${BETWEEN}\\s+niet\\s+wachten\\s+(?:om|tot|totdat)`,
  `${KAN}\\s+niet\\s+missen`,
  `${WIL}\\s+niet\\s+zeggen`,
  'niet\\s+zonder\\s+(?:reden|slag\\s+of\\s+stoot|risico|gevaar|gevolgen|trots)',
  `(?:nauwelijks|amper)\\s+${NUMBER}`,
];

/**
 * The idioms as one alternation: the engine then tests the word boundary once per position
 * instead of once per idiom, which makes the exception scan an order of magnitude faster.
 */
const EXCEPTIONS = [IDIOMS.join('|')];

export const negationRules: Rule[] = [
  {
    id: 'niet',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: 'Niet-formulering: beschrijf wat er wél is of gebeurde.',
    explanation: WHY,
    source: SOURCE,
    patterns: ['niet'],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat is er wel? Wat deed of koos iemand?', label: 'Beschrijf wat er wél is of gebeurde' },
      { question: 'Wat lukt wel?', label: 'Coachvraag: wat lukt wel?' },
    ],
    examples: {
      bad: [
        'Mevrouw vond de groepsactiviteit niet leuk.',
        'Hij heeft de brief van de gemeente niet geopend.',
        'Meneer is niet in staat om zelf te koken.',
        'Het lukt hem niet om op tijd op te staan.',
      ],
      good: [
        'Ze is niet alleen handig met haar handen, maar ook creatief.',
        'Ik heb een niet-pluisgevoel bij dit bezoek.',
        'Mevrouw geniet van de zon op haar balkon.',
        'Hij kiest zelf of hij wel of niet meegaat naar de markt.',
        'Ze bepaalt zelf of ze meedoet of niet.',
        'Ze heeft niet voor niets zo hard geoefend voor haar rijexamen.',
        '"Ik ga niet terug naar die kliniek," zei meneer.',
        'Mevrouw maakte de nietjes los en legde de papieren op volgorde.',
        'Niet te vergeten: ze heeft zelf haar huurcontract geregeld.',
      ],
    },
  },
  {
    id: 'neg-geen',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Geen" zegt wat ontbreekt: beschrijf wat er wél is.',
    explanation:
      'Met "geen" beschrijf je iemand vanuit een gemis. De methode vraagt wat er nu is aan krachten, wensen en hulpbronnen; dat geeft de cliënt en collega\'s iets om op voort te bouwen.',
    source: SOURCE,
    patterns: ['geen', 'geenszins'],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat is er wel? …', label: 'Beschrijf wat er wél is' },
      { question: 'Wat is er nodig?', label: 'Coachvraag: wat is er nodig?' },
    ],
    examples: {
      bad: ['Meneer heeft geen werk en geen dagbesteding.', 'Er is geen netwerk aanwezig.'],
      good: [
        'Ze gaat tegen twaalf uur boodschappen doen.',
        'Geen wonder dat ze trots is op haar tuin.',
        'Hij weet als geen ander hoe je een fiets repareert.',
        'Mevrouw fietst elke dag naar haar werk bij de bakker.',
        '"Ik wil geen medelijden," zegt ze.',
      ],
    },
  },
  {
    id: 'neg-nooit',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Nooit" beschrijft wat er niet gebeurt: wanneer wel, of wat doet iemand wel?',
    explanation:
      '"Nooit" is een stellige niet-formulering die weinig ruimte laat voor verandering. Uitzonderingsvragen ("wanneer ging het een beetje beter?") brengen juist in beeld wat wél werkt.',
    source: SOURCE,
    patterns: ['nooit', 'nimmer'],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wanneer wel? Of: wat doet ze in plaats daarvan?', label: 'Uitzonderingsvraag: wanneer wel?' },
    ],
    examples: {
      bad: ['Meneer komt nooit naar de groep.', 'Ze heeft nog nooit gewerkt.'],
      good: [
        'Ze was nog nooit zo trots op zichzelf.',
        'Beter laat dan nooit: hij heeft zijn paspoort aangevraagd.',
        'Meneer kwam op dinsdag en donderdag naar de groep.',
        'Hij zegt: "Ik drink nooit meer."',
      ],
    },
  },
  {
    id: 'neg-niets',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Niets/niks" zegt wat er niet is: beschrijf wat iemand wel deed.',
    explanation:
      '"Hij deed niets" vertelt niet wat je zag. Beschrijf wat er gebeurde; ook rusten, kijken of nadenken is iets, en zo blijft de cliënt een persoon in plaats van een leegte.',
    source: SOURCE_OBSERVE,
    patterns: ['niets', 'niks', 'nix'],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Wat deed hij wel? Beschrijf wat je zag', label: 'Beschrijf wat je zag' }],
    examples: {
      bad: ['Meneer heeft de hele middag niets gedaan.', 'Ze zegt dat er niks verandert.'],
      good: [
        'Ze wil niets liever dan weer aan het werk.',
        'Niets is haar te veel als de buurvrouw hulp vraagt.',
        'Hij was nietsvermoedend toen zijn dochter aanbelde met taart.',
        'Meneer heeft de middag op de bank gelegen en naar muziek geluisterd.',
      ],
    },
  },
  {
    id: 'neg-niemand',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Niemand" zegt wie er ontbreekt: wie is er wel?',
    explanation:
      'Een netwerk dat "leeg" lijkt, blijkt bij doorvragen vaak mensen te bevatten: een buurman, een oud-collega, de kapper. Het ecogram vraagt naar wie er wel is of was.',
    source: 'Herstelwerk: hulpbronnen en ecogram (domain/METHOD.md)',
    patterns: ['niemand', 'niemands'],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Wie wel? Bv. buurvrouw, zus, oud-collega', label: 'Vraag door naar wie er wél is' }],
    examples: {
      bad: ['Meneer heeft niemand om op terug te vallen.', 'Niemand uit de familie bezoekt haar.'],
      good: [
        'De buurvrouw en haar zus komen op zondag op bezoek.',
        'Het was niemand minder dan haar oude trainer die belde.',
        '"Niemand begrijpt mij," zegt hij.',
      ],
    },
  },
  {
    id: 'neg-nergens',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Nergens" zegt waar iets niet is: waar wel?',
    explanation:
      '"Nergens" sluit alles uit en geeft geen aanknopingspunt. Vraag waar iemand wel graag is of wil zijn; dat is een begin voor een doel.',
    source: SOURCE,
    patterns: ['nergens'],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Waar wel? Of: waar wil ze heen?', label: 'Vraag waar wél' }],
    examples: {
      bad: ['Hij heeft nergens zin in.', 'Mevrouw kan nergens terecht.'],
      good: [
        'Ze is nergens liever dan in haar moestuin.',
        'Mevrouw kan terecht bij het buurthuis en bij haar zus.',
        '"Ik hoor nergens bij," zegt hij.',
      ],
    },
  },
  {
    id: 'neg-niet-meer',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Niet meer" zegt wat gestopt is: wat doet iemand nu, en sinds wanneer?',
    explanation:
      'Wat iemand niet meer doet, kan een verlies zijn of juist een overwinning. Beschrijf wat er nu is en sinds wanneer, dan blijft het succes zichtbaar en wordt het verlies bespreekbaar.',
    source: SOURCE,
    patterns: ['niet\\s+meer'],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat doet ze nu, en sinds wanneer?', label: 'Beschrijf wat er nu is en sinds wanneer' },
      { question: 'Schrijf bijvoorbeeld: "is sinds … gestopt met …"', label: 'Benoem het als stap: gestopt sinds …' },
    ],
    examples: {
      bad: ['Meneer drinkt niet meer.', 'Ze gaat niet meer naar de sportschool.'],
      good: [
        'Hij is niet meer weg te denken uit het koor.',
        'Meneer is op 1 maart gestopt met drinken.',
        'Ze was niet meer te stoppen toen ze over haar kleinzoon vertelde.',
        'Dat ze boos werd, was niet meer dan logisch.',
      ],
    },
  },
  {
    id: 'neg-nog-niet',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Nog niet" benadrukt wat ontbreekt: wat is de volgende stap?',
    explanation:
      '"Nog niet" houdt de blik op het gat tussen nu en het doel. Beschrijf wat er al is gedaan en wat de volgende kleine stap is; zo wordt herstel een weg in plaats van een tekort.',
    source: 'Herstelwerk: actieplan met kleine haalbare stappen (domain/METHOD.md)',
    patterns: ['nog\\s+niet'],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Wat is de volgende stap, en wanneer?', label: 'Beschrijf de volgende stap' }],
    examples: {
      bad: ['Meneer heeft nog niet gebeld met de woningcorporatie.', 'Ze is nog niet toe aan werk.'],
      good: [
        'Dat is nog niet zo lang geleden gebeurd.',
        'Meneer belt maandag met de woningcorporatie; zijn zus helpt hem daarbij.',
        'Ze heeft haar eerste sollicitatiebrief geschreven.',
      ],
    },
  },
  {
    id: 'neg-nog-geen',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Nog geen" benadrukt wat ontbreekt: wat is de volgende stap?',
    explanation:
      'Beschrijf wat er al gedaan is en wat de volgende stap is. Dat sluit aan bij het actieplan: wat, hoe, wie en wanneer.',
    source: 'Herstelwerk: actieplan met kleine haalbare stappen (domain/METHOD.md)',
    patterns: ['nog\\s+geen'],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Wat is er al, en wat is de volgende stap?', label: 'Beschrijf wat er al is en de volgende stap' }],
    examples: {
      bad: ['Mevrouw heeft nog geen woning.', 'Er is nog geen datum voor het gesprek met de werkgever.'],
      good: [
        'Mevrouw staat sinds januari ingeschreven bij de woningcorporatie.',
        'Het gesprek met de werkgever staat op 12 mei.',
      ],
    },
  },
  {
    id: 'neg-geen-bijzonderheden',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Geen bijzonderheden" zegt niets over de cliënt: beschrijf kort wat je zag.',
    explanation:
      'Een rapportage "z.b." vertelt de cliënt en collega\'s niets over hoe het met iemand gaat. Eén of twee zinnen over wat je zag, wat iemand deed en wat goed ging, maken het dossier bruikbaar en laten de persoon zien.',
    source: SOURCE_OBSERVE,
    patterns: [
      'geen\\s+bijzonderheden',
      'geen\\s+bijz\\.?',
      'zonder\\s+bijzonderheden',
      'niets\\s+bijzonders',
      'niks\\s+bijzonders',
      'niets\\s+te\\s+melden',
      'niets\\s+gemeld',
      'geen\\s+opvallende\\s+zaken',
      'geen\\s+meldingen',
      'z\\.\\s?b\\.',
      'g\\.\\s?b\\.',
    ],
    exceptions: EXCEPTIONS,
    rewrites: [
      {
        question: 'Beschrijf kort wat je zag: stemming, wat hij deed, wat lukte',
        label: 'Beschrijf in een of twee zinnen wat je zag',
      },
    ],
    examples: {
      bad: ['Nachtdienst: geen bijzonderheden.', 'Dienst verliep z.b.', 'Bezoek verliep zonder bijzonderheden.'],
      good: [
        'Mevrouw heeft vanavond samen met een groepsgenoot gekookt en de tafel gedekt.',
        'Meneer heeft bijzondere verhalen over zijn tijd op zee.',
        'Het z.b.v.-nummer staat in het dossier.',
      ],
    },
  },
  {
    id: 'neg-kan-niet',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Kan niet" zegt wat iemand niet kan: wat kan wel, of wat is er nodig?',
    explanation:
      'Beschrijf wat iemand wél kan en onder welke omstandigheden het lukt. Dat maakt zichtbaar welke steun of welke kleine stap nodig is, en houdt de hoop op groei levend.',
    source: SOURCE,
    patterns: [`${KAN}${BETWEEN}\\s+niet`],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat kan wel, of wat is er nodig?', label: 'Wat kan wel, of wat is er nodig?' },
      { question: 'Wat lukt wel?', label: 'Coachvraag: wat lukt wel?' },
    ],
    examples: {
      bad: ['Hij kan niet met geld omgaan.', 'Mevrouw kon niet naar de afspraak komen.', 'Daarom kan hij niet werken.'],
      good: [
        'Ze kan niet wachten om aan haar nieuwe baan te beginnen.',
        'Hij kan niet alleen koken, maar ook bakken.',
        'Hij kan goed rekenen en houdt zijn kasboek zelf bij.',
        '"Ik kan niet meer," zei ze.',
      ],
    },
  },
  {
    id: 'neg-wil-niet',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Wil niet" zegt wat iemand niet wil: wat wil hij wel?',
    explanation:
      '"Ik wil niet naar Amsterdam" vertelt niemand waar je heen wilt. Achter een "nee" zit meestal een wens of een reden; vraag daarnaar en beschrijf wat iemand wél wil.',
    source: SOURCE,
    patterns: [`${WIL}${BETWEEN}\\s+niet`],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat wil hij wel?', label: 'Beschrijf wat iemand wél wil' },
      { question: 'Wat is de reden, in zijn eigen woorden?', label: 'Vraag naar de reden' },
    ],
    examples: {
      bad: ['Meneer wil niet naar de dagbesteding.', 'Ze wilde niet praten over haar moeder.'],
      good: [
        'Dat wil niet zeggen dat ze het opgeeft.',
        'Meneer wil liever buiten werken, bijvoorbeeld bij de kinderboerderij.',
        'Ze wil graag eerst over haar werk praten.',
      ],
    },
  },
  {
    id: 'neg-durft-niet',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Durft niet" zegt wat iemand niet doet: wat zou helpen, wat durft ze wel?',
    explanation:
      'Beschrijf wat iemand al wel aandurft en wat helpt om een stap verder te gaan. Zo wordt spanning een vertrekpunt voor een kleine, haalbare actie.',
    source: SOURCE,
    patterns: [`${DURF}${BETWEEN}\\s+niet`],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Wat durft ze al wel, en wat zou helpen?', label: 'Wat durft ze al, wat helpt?' }],
    examples: {
      bad: ['Mevrouw durft niet alleen met de bus.', 'Hij durfde niet te bellen.'],
      good: [
        'Mevrouw gaat met de bus als haar buurvrouw meerijdt.',
        'Ze heeft de durf gehad om zelf te bellen.',
      ],
    },
  },
  {
    id: 'neg-niet-meer-dan',
    kind: 'substitution',
    category: 'negation',
    severity: 'warning',
    message: 'Dubbele ontkenning: zeg het rechtstreeks.',
    explanation:
      '"Niet meer dan" en "niet minder dan" zijn omwegen. Een rechtstreekse formulering ("hooguit", "minstens") is korter en makkelijker te lezen, ook voor de cliënt die zijn dossier leest.',
    source: 'Herstelwerk: positief formuleren en eenvoudige taal (domain/METHOD.md)',
    swap: [
      ['niet\\s+meer\\s+dan', 'hooguit'],
      ['niet\\s+langer\\s+dan', 'hooguit'],
      ['niet\\s+minder\\s+dan', 'minstens'],
      ['niet\\s+korter\\s+dan', 'minstens'],
    ],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Hoe zeg je het rechtstreeks tegen de ander?', label: 'Formuleer rechtstreeks' }],
    examples: {
      bad: ['Hij drinkt niet meer dan twee koppen koffie per dag.', 'Ze loopt niet minder dan vijf kilometer.'],
      good: [
        'Het is niet meer dan normaal dat ze moe is na de verhuizing.',
        'Hij drinkt hooguit twee koppen koffie per dag.',
      ],
    },
  },
  {
    id: 'neg-niet-zonder',
    kind: 'substitution',
    category: 'negation',
    severity: 'warning',
    message: 'Dubbele ontkenning: "niet zonder" betekent "alleen met".',
    explanation:
      'Een dubbele ontkenning is lastig te lezen. Zeg rechtstreeks wat iemand meeneemt of nodig heeft; dat laat ook zien welke hulpbron belangrijk is.',
    source: 'Herstelwerk: positief formuleren en eenvoudige taal (domain/METHOD.md)',
    swap: [['niet\\s+zonder', 'alleen met']],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Wat is er bij? Bv. met haar hond', label: 'Zeg wat er bij is' }],
    examples: {
      bad: ['Ze gaat niet zonder haar hond de deur uit.', 'Hij slaapt niet zonder nachtlampje.'],
      good: ['Ze heeft het niet zonder reden gezegd.', 'Ze gaat met haar hond de deur uit.'],
    },
  },
  {
    id: 'neg-niet-aanwezig',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: 'Niet verschenen: wat weet je over de reden, en wat is de nieuwe afspraak?',
    explanation:
      '"Niet verschenen" beschrijft alleen een lege stoel. Wie zegt wat er bekend is over de reden en wat de volgende afspraak is, houdt het contact open en sluit aan bij de etiquette: er zijn, en het verhaal achter gedrag zoeken.',
    source: 'Herstelwerk, etiquette: het verhaal achter gedrag zoeken (domain/METHOD.md)',
    patterns: [
      'niet\\s+(?:aanwezig|verschenen|gekomen|opgedaagd|opdagen|op\\s+komen\\s+dagen|komen\\s+opdagen|op\\s+(?:de\\s+)?afspraak)',
      '(?<!(?:zich|me|mij|je)\\s+)niet\\s+thuis',
    ],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat weet je over de reden? Bv. ze belde af, ze was bij haar zus', label: 'Beschrijf wat je weet' },
      { question: 'Wat is de nieuwe afspraak?', label: 'Noem de nieuwe afspraak' },
    ],
    examples: {
      bad: ['Mevrouw is niet aanwezig geweest bij de groepsactiviteit.', 'Hij kwam niet opdagen.', 'Meneer was niet thuis.'],
      good: [
        'Mevrouw belde af voor de groep; ze was bij haar zus in Utrecht.',
        'Hij is aanwezig bij het spreekuur op dinsdag.',
      ],
    },
  },
  {
    id: 'neg-geen-contact',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: 'Geen contact: beschrijf wat je hebt geprobeerd en wat de volgende stap is.',
    explanation:
      'Bij outreachend werken telt wat jij gedaan hebt om in contact te komen. Beschrijf de pogingen en de volgende stap; dan blijft zichtbaar dat de deur openstaat.',
    source: 'Herstelwerk: outreachend werken, ontmoeten en aansluiten (domain/METHOD.md)',
    patterns: [
      'geen\\s+(?:contact(?!\\s+(?:meer\\s+)?met)|gehoor|reactie|respons|antwoord)',
      'niet\\s+(?:bereikbaar|bereikt|thuis\\s+getroffen|aangetroffen|opengedaan|opengedaan)',
      'n(?:am|eemt|amen|emen)\\s+(?:de\\s+telefoon\\s+)?niet\\s+op',
      'd(?:eed|eden|oet|oen)\\s+(?:de\\s+deur\\s+)?niet\\s+open',
    ],
    exceptions: EXCEPTIONS,
    rewrites: [
      {
        question: 'Wat heb je geprobeerd, en wat is de volgende poging? Bv. twee keer gebeld, sms gestuurd',
        label: 'Beschrijf de pogingen en de volgende stap',
      },
    ],
    examples: {
      bad: ['Gebeld, geen gehoor.', 'Meneer was niet bereikbaar.', 'Ze deed de deur niet open.'],
      good: [
        'Om 10 en om 14 uur gebeld en een sms gestuurd; morgen ga ik langs.',
        'Hij neemt de telefoon op als hij het nummer herkent.',
      ],
    },
  },
  {
    id: 'neg-geen-zin',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Geen zin/behoefte" zegt wat er niet is: waar heeft iemand wel zin in?',
    explanation:
      'Zin, behoefte en energie zijn de brandstof van een hersteldoel. Vraag waar iemand wél zin in heeft of vroeger plezier aan had; daar begint een doel in eigen woorden.',
    source: 'Herstelwerk: wensen en ambities, doelen in eigen woorden (domain/METHOD.md)',
    patterns: [
      'geen\\s+(?:enkele\\s+)?(?:zin|behoefte|interesse|belangstelling|motivatie|puf|energie|fut|trek|animo)',
    ],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Waar heeft hij wel zin in?', label: 'Vraag waar iemand wél zin in heeft' }],
    examples: {
      bad: ['Meneer heeft geen zin in de dagbesteding.', 'Ze heeft geen behoefte aan contact met haar familie.'],
      good: ['Meneer heeft zin in de fietstocht van zaterdag.', 'Ze heeft behoefte aan rust na het werk.'],
    },
  },
  {
    id: 'neg-houdt-zich-niet-aan',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: 'Afspraak niet nagekomen: welke afspraak, wat gebeurde er, en wat spreken jullie nu af?',
    explanation:
      '"Houdt zich niet aan afspraken" is een oordeel dat het gesprek sluit. Beschrijf welke afspraak het was, wat er gebeurde en wat nu samen wordt afgesproken; dat houdt de werkrelatie wederkerig.',
    source: 'Herstelwerk: een goede werkrelatie is wederkerig en doelgericht (domain/METHOD.md)',
    patterns: [
      'h(?:oudt|ield|ielden|ouden)\\s+zich\\s+niet\\s+aan',
      'niet\\s+(?:nagekomen|nakomen|na\\s+te\\s+komen)',
      'k(?:omt|wam|wamen|omen)\\s+(?:zijn\\s+|haar\\s+|de\\s+|die\\s+|deze\\s+)?(?:afspra(?:ak|ken)|verplichtingen|belofte)\\s+niet\\s+na',
    ],
    exceptions: EXCEPTIONS,
    rewrites: [
      {
        question: 'Welke afspraak, wat gebeurde er, en wat spreken jullie nu af?',
        label: 'Beschrijf de afspraak en wat er gebeurde',
      },
    ],
    examples: {
      bad: ['Meneer houdt zich niet aan de afspraken.', 'Ze kwam de afspraak niet na.'],
      good: [
        'We spraken af dat hij om 22 uur terug zou zijn; hij kwam om 23 uur en belde vooraf.',
        'Meneer houdt zich aan de afspraak over het kasgeld.',
      ],
    },
  },
  {
    id: 'neg-nauwelijks',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '"Nauwelijks/amper" zegt wat er bijna niet is: hoeveel precies?',
    explanation:
      '"Nauwelijks" is een verkapte niet-formulering en bovendien vaag. Een concreet feit ("eet één maaltijd per dag") zegt meer en laat zien waar je op kunt bouwen.',
    source: SOURCE_OBSERVE,
    patterns: ['nauwelijks', 'amper', 'ternauwernood', '(?:bijna|haast)\\s+niet(?:s)?'],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Hoeveel precies? Bv. één maaltijd per dag', label: 'Noem het concrete feit' }],
    examples: {
      bad: ['Meneer eet nauwelijks.', 'Ze komt amper buiten.', 'Hij slaapt bijna niet.'],
      good: [
        'Amper twee weken later had ze een vrijwilligersbaan.',
        'Meneer eet één warme maaltijd per dag, samen met zijn buurman.',
      ],
    },
  },
];
