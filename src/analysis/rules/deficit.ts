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

export const deficitRules: Rule[] = [
  {
    id: 'def-schuldenproblematiek',
    kind: 'substitution',
    category: 'deficit',
    severity: 'warning',
    message: 'Noem de schulden of geldzorgen bij naam.',
    explanation:
      '"Schuldenproblematiek" maakt van geldzaken een probleemcategorie. "Schulden" of "geldzorgen" is gewone taal en opent het gesprek over wat er al geregeld is en wat de cliënt wil.',
    source: HANDREIKING,
    swap: [
      ['(?:een\\s+)?schulde?n?proble(?:em|men|matiek)', 'schulden'],
      ['(?:een\\s+)?(?:geld|financi(?:eel|[eë]le)\\s+)proble(?:em|men|matiek)', 'geldzorgen'],
    ],
    rewrites: [{ question: 'Welke schulden, hoe hoog, en wat is al geregeld?', label: 'Beschrijf de schulden concreet' }],
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
      'Het woord "probleem" zet een etiket op de situatie en zegt nog niet wat er gebeurt. Beschrijf concreet wat er speelt en wat de cliënt zelf anders wil; dan kun je samen aan een doel werken.',
    source: METHOD,
    patterns: ['\\p{L}*proble(?:em|men)\\p{L}*'],
    exceptions: [
      'probleemoploss\\p{L}*',
      'probleemlo(?:os|ze)',
      // Person and family labels belong to the label rules (label-probleemgezin, label-probleemjongere, label-drinker).
      '(?:multi)?probleem(?:gezin|gezinnen|huishouden|huishoudens|famil(?:ie|ies))',
      'probleem(?:jongeren?|kind(?:eren|je)?|leerlingen?|jeugd|cli[eë]nten?|clienten?|bewoners?|pati[eë]nten?|jongens?|meisjes?|ouders?|pubers?|tieners?|gevallen?|wijkbewoner|huurders?|drinkers?)',
      'geen\\s+(?:enkel\\s+)?probleem',
    ],
    rewrites: [
      { question: 'Beschrijf concreet wat er speelt', label: 'Beschrijf concreet wat er gebeurt' },
      { question: 'Wat is het doel? Wat helpt al?', label: 'Coachvraag: wat wil de cliënt bereiken?' },
    ],
    examples: {
      bad: [
        'Meneer heeft gedragsproblemen in de groep.',
        'Het probleemgedrag nam toe na het bezoek van zijn broer.',
        'Mevrouw heeft problemen met haar buren.',
      ],
      good: [
        'Meneer denkt probleemoplossend mee over het rooster.',
        'Afwassen is voor haar geen enkel probleem.',
        'Ze zegt: "Ik heb overal problemen mee."',
        'Mevrouw wil haar buren beter leren kennen en groet ze elke ochtend.',
        'Het gezin woont sinds mei in de nieuwe woning.',
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
      '"Problematiek" en "problematisch" vatten een mens samen als een verzameling problemen. Beschrijf in gewone woorden wat er gebeurt, hoeveel en sinds wanneer, en wat de cliënt zelf wil.',
    source: METHOD,
    patterns: ['\\p{L}*problematiek', 'problematisch(?:e|er|ere)?'],
    rewrites: [{ question: 'Noem concreet wat er speelt, in gewone woorden', label: 'Beschrijf concreet wat er speelt' }],
    examples: {
      bad: ['Er is sprake van verslavingsproblematiek.', 'Het drinken is problematisch geworden.', 'De problematiek van mevrouw is complex.'],
      good: [
        'Hij drinkt sinds januari vier blikjes bier per dag en wil minderen.',
        'Ze vertelde over haar schulden en haar plan om ze af te lossen.',
        'Ze zegt: "Mijn problematiek kent iedereen hier."',
      ],
    },
  },
  {
    id: 'def-moeite',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '"Moeite met": beschrijf wat al lukt en wat iemand wil leren.',
    explanation:
      '"Moeite met" zet voorop wat iemand lastig vindt. De methode vraagt te beschrijven wat al lukt en wat de cliënt wil leren; daar kan een actie op volgen.',
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
      { question: 'Wat lukt al bij de cliënt? Wat wil de cliënt leren?', label: 'Coachvraag: wat lukt al, wat wil de cliënt leren?' },
      { question: 'Beschrijf wat je zag: wat ging er, waar liep het vast?', label: 'Beschrijf wat je zag' },
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
    message: '"Vindt het moeilijk": beschrijf wat al lukt en wat zou helpen.',
    explanation:
      'Net als "moeite met" zet "vindt het moeilijk" de tekortkoming voorop. Vraag wat al lukt en wat zou helpen, en beschrijf dat.',
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
    rewrites: [{ question: 'Wat lukt al? Wat zou helpen?', label: 'Coachvraag: wat lukt al, wat zou helpen?' }],
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
    message: '"Ik vind het moeilijk": schrijf wat al lukt en wat je wilt leren.',
    explanation:
      'Op een werkblad is de ik de cliënt. "Ik vind het moeilijk om …" zet de tekortkoming voorop; "ik wil leren …" of "het lukt me als …" laat zien waar je naartoe werkt en wat al helpt.',
    source: METHOD,
    patterns: [
      'ik\\s+(?:vind|vond)\\s+(?:(?:het|nog|erg|heel|best|soms|vaak|ook|echt|zo|dat|dit)\\s+){0,3}(?:moeilijk|lastig)',
      '(?:vind|vond)\\s+ik\\s+(?:(?:het|nog|erg|heel|best|soms|vaak|ook|echt|zo)\\s+){0,3}(?:moeilijk|lastig)',
      'ik\\s+k(?:an|on)\\s+(?:(?:nog|erg|heel|soms|vaak|ook|het)\\s+){0,2}moeilijk',
    ],
    rewrites: [{ question: 'Wat wil je leren, en wanneer lukt het wel? Schrijf bijvoorbeeld: "Ik wil leren …"', label: 'Schrijf wat je wilt leren of wat al helpt' }],
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
    message: '"Lukt niet": beschrijf wat al lukt en wat de volgende stap is.',
    explanation:
      '"Het lukt niet" beschrijft iemand vanuit wat mislukt. Beschrijf wat al wel lukt en welke kleine stap de cliënt als volgende wil zetten.',
    source: METHOD,
    patterns: [
      '(?:lukt|lukte|lukten|lukken)\\s+(?:(?:het|hem|haar|hen|hun|mij|me|ons|jou|je|u|meneer|mevrouw|cli[eë]nt|nog|nu|ook|echt|helemaal|steeds|vaak|soms|daar|dit|dat|er|zelf|alleen|vandaag|gisteren|momenteel|toen|dan|hier)\\s+){0,4}(?:niet|nooit|nauwelijks)',
      '(?:is|was|zijn|waren)\\s+(?:(?:het|hem|haar|hen|hun|mij|me|ons|meneer|mevrouw|nog|ook|echt|helemaal|daar|dit|dat|er|toen)\\s+){0,3}(?:niet|nooit)\\s+(?:meer\\s+)?gelukt',
      '(?:niet|nooit)\\s+(?:meer\\s+)?(?:lukt|lukte|lukten|lukken|gelukt)',
    ],
    exceptions: ['(?:lukt|lukte|lukten)\\s+(?:\\p{L}+\\s+){0,4}niet\\s+alleen\\b[^.!?]*?\\bmaar\\s+ook'],
    rewrites: [
      { question: 'Wat lukt al? Wat is de volgende stap?', label: 'Coachvraag: wat lukt al?' },
      { question: 'Beschrijf wat er wel gebeurde', label: 'Beschrijf wat er gebeurde' },
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
      ],
    },
  },
  {
    id: 'def-niet-in-staat',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '"Niet in staat": beschrijf wat iemand wel kan en wat nodig is.',
    explanation:
      '"Niet in staat" spreekt een oordeel uit over iemands vermogen. Beschrijf wat de cliënt al kan en wat er nodig is om de volgende stap te zetten.',
    source: METHOD,
    patterns: ['(?:niet|nooit)\\s+(?:(?:meer|goed|langer|echt|helemaal|zelf)\\s+)?in\\s+staat', 'buiten\\s+staat'],
    rewrites: [{ question: 'Wat kan de cliënt al? Wat is nodig om …?', label: 'Coachvraag: wat kan de cliënt al, wat is nodig?' }],
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
    message: '"Onvoldoende": beschrijf wat er is en wat nodig is.',
    explanation:
      '"Onvoldoende" is een rapportcijfer over de cliënt. Beschrijf wat er al is en wat er nodig is; dat geeft richting aan het actieplan.',
    source: METHOD,
    patterns: ['onvoldoende', 'ontoereikend(?:e)?', 'insufficiënt(?:e)?'],
    rewrites: [{ question: 'Wat is er al, en wat is nodig?', label: 'Beschrijf wat er is en wat nodig is' }],
    examples: {
      bad: ['Mevrouw heeft onvoldoende vaardigheden om zelfstandig te wonen.', 'Het inkomen is ontoereikend.'],
      good: [
        'Ze haalde een voldoende voor haar taaltoets.',
        'Ze kookt vier keer per week en wil leren wassen.',
        'Hij zegt: "Mijn inkomen is onvoldoende."',
      ],
    },
  },
  {
    id: 'def-gebrek',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '"Gebrek aan": beschrijf wat er is en wat iemand nodig heeft.',
    explanation:
      '"Gebrek aan" en "gebrekkig" beschrijven iemand vanuit wat ontbreekt. Beschrijf wat er al is en wat de cliënt nodig heeft of wil.',
    source: METHOD,
    patterns: ['gebrek(?:en)?\\s+aan', '\\p{L}+gebrek(?:en)?', 'gebrekkig(?:e|er|ere)?'],
    exceptions: ['bij\\s+gebrek\\s+aan\\s+beter'],
    rewrites: [{ question: 'Wat is er nodig? Wat is er al?', label: 'Beschrijf wat er is en wat nodig is' }],
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
      ],
    },
  },
  {
    id: 'def-tekort',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '"Tekort": beschrijf wat er is en wat nodig is.',
    explanation:
      '"Tekort", "tekortkoming" en "tekortschieten" meten iemand af aan een norm. Beschrijf wat er al is en wat de cliënt nodig heeft om verder te komen.',
    source: METHOD,
    patterns: ['\\p{L}*tekort\\p{L}*'],
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
      ],
    },
  },
  {
    id: 'def-in-beperkte-mate',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '"In beperkte mate": zeg hoeveel of hoe precies.',
    explanation:
      '"In beperkte mate" beschrijft iemand vanuit de grens van wat hij doet en blijft vaag. Een getal of een concrete beschrijving laat zien wat er is ("kookt twee keer per week zelf").',
    source: OBSERVE,
    patterns: ['in\\s+(?:zeer\\s+|erg\\s+)?beperkte\\s+mate'],
    rewrites: [{ question: "Hoeveel of hoe precies? Bijv. 'twee keer per week'", label: 'Maak concreet: hoeveel, hoe vaak?' }],
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
    message: '"Beperkt": beschrijf wat er is, hoeveel of welke.',
    explanation:
      '"Beperkt" zegt wat er te weinig is, zonder te zeggen wat er wel is. Beschrijf concreet wat de cliënt kan of heeft; dat is het vertrekpunt voor herstel.',
    source: METHOD,
    patterns: ['beperkt(?:e|er|ere)?', 'beperkthe(?:id|den)'],
    exceptions: [
      // "beperkt" as a verb is often the client's own action: "hij beperkt zijn gebruik tot het weekend".
      'beperkt(?:e|en)?\\s+(?:zijn|haar|hun|mijn|zich|ons|me|het|de)',
      'beperkt\\s+(?:te\\s+)?h(?:ouden|oudt|ield|ielden)',
      'h(?:oudt|ouden|ield|ielden|oud)\\s+(?:\\p{L}+\\s+){0,3}beperkt',
      'beperkte\\s+(?:tijd|oplage|houdbaarheid)',
      'tijd(?:\\s+\\p{L}+){0,5}\\s+(?:is|was)\\s+beperkt',
    ],
    rewrites: [{ question: 'Beschrijf wat er is: hoeveel of welke?', label: 'Beschrijf wat er is' }],
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
      ],
    },
  },
  {
    id: 'def-beperking',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '"Beperking": beschrijf wat iemand nodig heeft om mee te doen.',
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
    message: '"Stoornis": beschrijf wat iemand ervaart en wat helpt.',
    explanation:
      'Een diagnose als "stoornis" beschrijft wat er mis is; de cliënt is meer dan de diagnose. Beschrijf wat de cliënt ervaart en wat helpt, in de woorden van de cliënt.',
    source: METHOD,
    patterns: ['\\p{L}*stoornis(?:sen)?'],
    rewrites: [{ question: 'Beschrijf wat … ervaart en wat helpt', label: 'Beschrijf wat de cliënt ervaart en wat helpt' }],
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
    message: '"Slecht" is een oordeel: beschrijf concreet wat er gebeurt.',
    explanation:
      '"Slecht" is een oordeel zonder inhoud. Beschrijf wat je zag of hoorde en wat al beter gaat, bijvoorbeeld hoe laat iemand in slaap valt.',
    source: OBSERVE,
    patterns: ['slecht(?:e|er|ere|st|ste)?'],
    exceptions: ['slechte?\\s+(?:weer|nieuws)', 'niet\\s+slecht'],
    rewrites: [
      { question: "Beschrijf concreet wat er gebeurt, bijv. 'valt rond drie uur in slaap'", label: 'Beschrijf concreet' },
      { question: 'Wat gaat al beter?', label: 'Coachvraag: wat gaat al beter?' },
    ],
    examples: {
      bad: ['Hij slaapt slecht.', 'Mevrouw heeft een slechte hygiëne.', 'Het gaat slechter met meneer.'],
      good: [
        'Hij kwam slechts één keer te laat.',
        'Door het slechte weer dronken we binnen koffie.',
        'Ze slaapt sinds de nieuwe matras zes uur per nacht.',
        'Ze zegt: "Ik slaap slecht."',
      ],
    },
  },
  {
    id: 'def-zwak',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '"Zwak": beschrijf waar iemand sterk in is en wat nodig is.',
    explanation:
      '"Zwak" en "zwakte" leggen de nadruk op wat iemand mist. De methode zoekt de krachten: beschrijf waar de cliënt goed in is en wat nodig is om verder te komen.',
    source: METHOD,
    patterns: ['zwak(?:ke|ker|kere|st|ste)?', '\\p{L}*zwakte(?:n)?', 'zwakhe(?:id|den)'],
    exceptions: ['(?:een\\s+)?zwak(?:je)?\\s+voor', 'zwakke\\s+plek(?:je)?\\s+voor'],
    rewrites: [{ question: 'Waar is … sterk in? Wat is nodig?', label: 'Coachvraag: waar is de cliënt sterk in?' }],
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
    message: '"Onvermogen": beschrijf wat iemand kan en wat nodig is.',
    explanation:
      '"Onvermogen" en "onkunde" spreken een oordeel uit over wat iemand niet kan. Beschrijf wat de cliënt al kan en welke hulp of oefening nodig is.',
    source: METHOD,
    patterns: ['onvermogen(?:d|de)?', 'onkunde', 'onkundig(?:e|er)?'],
    rewrites: [{ question: 'Wat kan de cliënt al? Welke hulp helpt?', label: 'Coachvraag: wat kan de cliënt al?' }],
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
    message: '"Falen": beschrijf wat er gebeurde en wat iemand ervan leerde.',
    explanation:
      '"Falen" maakt van een gebeurtenis een oordeel over de persoon. Beschrijf wat er gebeurde, wat de cliënt probeerde en wat hij of zij ervan leerde.',
    source: METHOD,
    patterns: ['falen', 'faal\\p{L}*', 'gefaald', 'falend(?:e)?'],
    rewrites: [{ question: 'Wat gebeurde er, en wat leerde … ervan?', label: 'Beschrijf wat er gebeurde' }],
    examples: {
      bad: ['Meneer faalt in het bijhouden van zijn post.', 'De eerdere trajecten zijn gefaald.', 'Ze heeft veel faalervaringen.'],
      good: [
        'Ze at falafel met haar zus.',
        'Hij opent zijn post op maandag samen met zijn begeleider.',
        'Ze zegt: "Ik heb gefaald als moeder."',
      ],
    },
  },
  {
    id: 'def-is-mislukt',
    kind: 'substitution',
    category: 'deficit',
    severity: 'warning',
    message: '"Is mislukt": beschrijf wat er anders liep dan gepland.',
    explanation:
      '"Mislukt" is een eindoordeel. "Liep anders dan gepland" beschrijft hetzelfde feit en laat ruimte voor wat de cliënt ervan leerde en wat de volgende poging wordt.',
    source: METHOD,
    swap: [
      ['(?:is|was)\\s+mislukt', 'liep anders dan gepland'],
      ['(?:zijn|waren)\\s+mislukt', 'liepen anders dan gepland'],
    ],
    rewrites: [{ question: 'Wat ging er anders, en wat leerde … ervan?', label: 'Beschrijf wat er gebeurde' }],
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
    message: '"Mislukt": beschrijf wat er gebeurde en wat iemand ervan leerde.',
    explanation:
      '"Mislukt" en "mislukking" zijn eindoordelen. Beschrijf wat er gebeurde, wat de cliënt probeerde en wat de volgende stap is.',
    source: METHOD,
    patterns: ['mislukt(?:e|en)?', 'mislukken', '\\p{L}*mislukking(?:en)?'],
    rewrites: [{ question: 'Wat ging er anders dan gepland? Wat leerde … ervan?', label: 'Beschrijf wat er gebeurde' }],
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
    message: 'Noem het bedrag dat openstaat.',
    explanation:
      '"Achterstand" meet iemand af aan een norm. "Openstaande huur" of "openstaande rekeningen" is gewone taal en feitelijk; noem het bedrag en wat al geregeld is.',
    source: HANDREIKING,
    swap: [
      ['(?:een\\s+)?huurachterstand(?:en)?', 'openstaande huur'],
      ['(?:een\\s+)?betalingsachterstand(?:en)?', 'openstaande rekeningen'],
      ['achterstallig(?:e)?', 'openstaande'],
    ],
    rewrites: [{ question: 'Welk bedrag staat open, en wat is al geregeld?', label: 'Noem het bedrag en wat geregeld is' }],
    examples: {
      bad: [
        'Meneer heeft een huurachterstand van 800 euro.',
        'Er zijn betalingsachterstanden bij de zorgverzekeraar.',
        'De achterstallige huur wordt in termijnen betaald.',
      ],
      good: [
        'Meneer heeft 800 euro openstaande huur en betaalt 50 euro per maand af.',
        'Hij betaalt zijn huur sinds maart via automatische incasso.',
        'Ze zegt: "Ik heb een huurachterstand."',
      ],
    },
  },
  {
    id: 'def-achterstand',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '"Achterstand": beschrijf wat iemand al kan en de volgende stap.',
    explanation:
      '"Achterstand" vergelijkt iemand met een norm en zet voorop wat ontbreekt. Beschrijf wat de cliënt al kan en wat de volgende stap is.',
    source: METHOD,
    patterns: ['\\p{L}*achterstand(?:en|s\\p{L}*)?'],
    // "achterstandsgezin" is a family label: label-probleemgezin takes it.
    exceptions: ['achterstandsgezin(?:nen)?'],
    rewrites: [{ question: 'Wat kan de cliënt al, en wat is de volgende stap?', label: 'Beschrijf wat er al is' }],
    examples: {
      bad: ['Het kind heeft een ontwikkelingsachterstand.', 'Hij heeft een achterstand in zijn opleiding.', 'Ze woont in een achterstandswijk.'],
      good: [
        'Het kind zegt twintig woorden en wijst aan wat het wil.',
        'Ze stond achter in de rij bij de voedselbank.',
        'Hij zegt: "Ik heb een achterstand."',
      ],
    },
  },
  {
    id: 'def-verwaarloosd',
    kind: 'existence',
    category: 'deficit',
    severity: 'warning',
    message: '"Verwaarloosd" is een oordeel: beschrijf wat je zag.',
    explanation:
      '"Verwaarloosd" of "zelfverwaarlozing" is een oordeel dat de cliënt kan kwetsen. Beschrijf wat je zag, zo feitelijk mogelijk, en wat de cliënt er zelf over zegt.',
    source: OBSERVE,
    patterns: ['\\p{L}*verwaarlo(?:osd|osde|osden|ost|zing|zen)'],
    rewrites: [
      { question: "Beschrijf wat je zag, bijv. 'afwas op het aanrecht, stapel post op de mat'", label: 'Beschrijf wat je zag' },
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
    message: '"Vervuild" of "onverzorgd" is een oordeel: beschrijf wat je zag.',
    explanation:
      '"Vervuild" en "onverzorgd" zijn oordelen over iemands huis of lichaam. Beschrijf wat je zag en wat de cliënt er zelf over zegt; dan blijft het gesprek open.',
    source: OBSERVE,
    patterns: ['vervuil(?:d|de|den|ing|t|en)', '(?:woning|huis)vervuiling', 'onverzorgd(?:e|er)?'],
    rewrites: [
      { question: "Beschrijf wat je zag, bijv. 'vuilniszakken in de gang, vlekken op de vloer'", label: 'Beschrijf wat je zag' },
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
    message: '"Kwetsbaar": beschrijf wat iemand nodig heeft om zich veilig te voelen.',
    explanation:
      '"Kwetsbaar" als kenmerk van een persoon of groep zet de zwakte voorop. Beschrijf concreet wat de cliënt nodig heeft; "zich kwetsbaar opstellen" is juist een kracht en blijft staan.',
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
    message: '"Heeft last van": beschrijf wat iemand merkt en wat helpt.',
    explanation:
      '"Last van" zet de klacht voorop. Beschrijf wat de cliënt merkt, wanneer, en wat helpt. In een complete boodschap is "ik heb daar last van" juist het ik-deel; die blijft staan.',
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
    message: '"Hulpbehoevend": beschrijf bij welke dingen iemand hulp wil.',
    explanation:
      '"Hulpbehoevend" maakt van de hulpvraag een eigenschap van de persoon. Beschrijf bij welke dingen de cliënt hulp wil en wat hij of zij zelf doet.',
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
    message: '"Disfunctioneel": beschrijf wat er gebeurt en wat wel werkt.',
    explanation:
      '"Disfunctioneel" is een oordeel in vaktaal. Beschrijf wat er gebeurt en wat al wel werkt in het gezin, de relatie of het dagelijks leven.',
    source: METHOD,
    patterns: ['d[iy]sfunctione(?:el|le|ren|ert|erde|erden)', 'd[iy]sfuncties?'],
    rewrites: [{ question: 'Beschrijf wat er gebeurt en wat wel werkt', label: 'Beschrijf wat er gebeurt' }],
    examples: {
      bad: ['Het gaat om een disfunctioneel gezin.', 'De relatie is dysfunctioneel.'],
      good: ['In het gezin eten ze elke zondag samen; doordeweeks is er ruzie over geld.', 'Hij zegt: "Ons gezin is disfunctioneel."'],
    },
  },
];
