/**
 * The data of the scope step (scope.ts): which questions are about the method, and which belong
 * somewhere else. Two kinds of evidence, weighed against each other:
 *
 * - METHOD evidence: the method's own vocabulary and the worker's own actions (schrijven,
 *   formuleren, aanspreken, een doel stellen, reflecteren …). Life-area words (geld, kinderen,
 *   huis, werk, scheiden) are weak: they are just as often the subject of an out-of-scope
 *   question ("hoeveel bijstand", "kinderalimentatie").
 * - Out-of-scope FAMILIES: each an intent the assistant does not serve, with its words, word pairs
 *   and phrasings, and a kind Dutch reply that says where to go instead.
 *
 * Words are written normalised (lower case, no diacritics). A word matches a token of the
 * question when it is the token, has the same search stem, or (from 5 letters on) is the start
 * or the end of a compound ("verlof" in "verlofuren", "laptop" in "werklaptop", "alimentatie" in
 * "kinderalimentatie"). Weights: 3 or more is enough on its own; a family wins when its evidence
 * reaches OUT_OF_SCOPE_MIN and is larger than the method evidence.
 */

export type ScopeFamilyId = 'it' | 'hr' | 'money-legal' | 'forms' | 'local' | 'medical' | 'translation' | 'writing' | 'chitchat';

export interface WordPair {
  /** One word of each list must occur (in any order). */
  a: readonly string[];
  b: readonly string[];
  weight: number;
}

export interface ScopeFamily {
  id: ScopeFamilyId;
  /** Words that mark the intent, with their weight. */
  words: Readonly<Record<string, number>>;
  /** Two words that mark the intent together, though neither does alone ("recht op" + toeslag). */
  pairs?: readonly WordPair[];
  /** Phrasings on the normalised question; `unless` cancels one (a request for coaching instead). */
  patterns?: ReadonlyArray<{ re: RegExp; weight: number; unless?: RegExp }>;
  /** Kind Dutch sentences: why not, and where to go instead. */
  reply: string;
}

/** Evidence a family needs before it can win. */
export const OUT_OF_SCOPE_MIN = 3;

/**
 * Method evidence: the method's own words and what the worker does. 2 = strong, 1 = medium
 * (words the method uses that other requests also use: schrijven, rapportage, plan, team),
 * 0.5 = life-area words (weak).
 */
export const METHOD_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  // The method and its instruments.
  ...words(2, `krachtgericht krachtgerichte krachtgerichter krachtwerk herstelwerk srh cra methode methodiek
    krachten krachteninventarisatie inventarisatie leefgebied leefgebieden levensgebied levensgebieden werkblad werkbladen actieplan
    hulpbronnen hulpbron ecogram netwerkkaart vipkaart wondervraag schaalvraag uitzonderingsvraag copingvraag
    oplossingsgericht oplossingsgerichte boodschap ikboodschap ikvorm citeren citaat labels label etiket etiketten stigma
    stigmatiserend zorgmijder ongemotiveerd jargon afkortingen taalniveau herstel herstelgericht hoop perspectief presentie
    werkrelatie vertrouwen meldcode draagkracht draaglast taxatie pluis veiligheidsplan teamkrachtbespreking intervisie
    reflectie reflecteren zelfreflectie ervaringsdeskundige ervaringsdeskundigheid lotgenoten naastbetrokkenen
    naastbetrokkene mantelzorger mantelzorgers triade evaluatie evalueren afronden afsluiten nazorg overdracht
    fuzzy smart doel doelen streefdoel prioriteit prioriteiten stappen krachtcoach`),
  // The worker's own actions: formulating, talking, confronting, involving, planning, reflecting.
  ...words(2, `formuleren formuleer formuleert herformuleren verwoorden omschrijven rapporteren aanspreken
    confronteren confronteer bespreekbaar bespreken doorvragen betrekken motiveren stimuleren aansluiten
    kennismaken kennismaking grenzen zelfonthulling begeleiden ondersteunen samenwerken afspraken
    positief positiever negatief ontkenning`),
  ...words(2, `strengths strength recovery hope goal goals confront confronting reflect reflection supervision
    relatives wording phrasing rephrase negations worksheet inventory ecomap`),
  // Medium: the method uses them, other requests too.
  ...words(1, `schrijven schrijf schrijft opschrijven rapportage rapportages verslag dossier ecd gesprek gesprekken plan
    team teamleider collega netwerk familie partner vragen vraag contact relatie client clienten bewoner bewoners
    bewoonster deelnemer help helpen write writing report reports notes conversation talk plan steps team family client resident`),
  // Weak: the life areas. They say what a situation is about, not that it is a method question.
  ...words(0.5, `geld financien schulden inkomen kinderen kind huis wonen woning werk werken baan scheiden scheiding
    gezondheid eten drinken slapen vrije tijd hobby dagbesteding vrienden zingeving geloof money debts children housing work job health`),
]);

function words(weight: number, list: string): Array<[string, number]> {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [w, weight]);
}

/** Languages, for "hoe zeg ik … in het Pools". */
const LANGUAGES =
  'engels pools arabisch turks frans duits spaans italiaans portugees russisch oekraiens roemeens bulgaars somalisch tigrinya farsi perzisch dari koerdisch berbers papiamento chinees english polish arabic turkish french german spanish russian ukrainian romanian somali';
const LANGUAGE_RE = new RegExp(`\\b(?:in het|naar het|into|in) (?:${LANGUAGES.split(' ').join('|')})\\b`);
/** "Spaans voor 'waar doet het pijn'", "Polish for …". */
const LANGUAGE_FOR_RE = new RegExp(`^(?:wat is )?(?:het )?(?:${LANGUAGES.split(' ').join('|')}) (?:voor|for)\\b`);

/** Diagnoses, for a diagnostic question ("denk je dat hij autisme heeft?"). */
const DIAGNOSIS =
  '(?:adhd|autisme|autistisch|asperger|borderline|bipolair|bipolaire|manisch|schizofreen|schizofrenie|psychose|psychotisch|depressie|depressief|dementie|dement|alzheimer|ptss|ocd|dwangstoornis|persoonlijkheidsstoornis|stoornis|lvb|dyslexie|autism|autistic|bipolar|schizophrenia|dementia|depression|depressed|disorder|ptsd)\\b';

/**
 * Medicines by name: the endings of the common groups (benzodiazepines -azepam/-zolam,
 * antipsychotics -apine/-idon/-peridol, antidepressants -oxetine/-alopram/-traline/-afaxine,
 * methylfenidaat) and a few names without one.
 */
const MEDICINE =
  '(?:\\w+(?:azepam|zolam|apine|idon|peridol|oxetine|alopram|traline|afaxine|fenidaat|pramine)|lithium|paracetamol|ibuprofen|methadon|haldol|seroquel|ritalin|concerta|antabuse|antidepressiva|antipsychotica|slaappillen|kalmeringsmiddelen)\\b';

/** Documents a worker might ask us to write for them. */
const DOC =
  '(?:rapportage|rapportages|rapport|verslag|dagrapportage|evaluatieverslag|eindverslag|brief|klachtbrief|bezwaarschrift|mail|email|tekst|leveringsplan|krachteninventarisatie|actieplan|samenvatting|report|letter|notes|summary)';

/** Cues that a request to "write" is a request for coaching ("hoe schrijf ik …", "help me … beter"). */
const COACHING_CUE = /\b(?:hoe|helpen|help me|tips?|beter|krachtgerichter|positiever|verbeteren|feedback|check|controleer|nakijken|how)\b/;

export const SCOPE_FAMILIES: readonly ScopeFamily[] = [
  {
    id: 'it',
    words: Object.fromEntries([
      ...words(3, `wachtwoord wachtwoorden inloggen inlog inlogcode inloggegevens uitgelogd password passwords login logon printer printen
        wifi vpn outlook servicedesk helpdesk tweestapsverificatie authenticator installeren papierstoring crasht software
        install installing foutmelding dossiersysteem ontgrendelen geblokkeerd ingelogd uitgelogd microfoon headset webcam scanner pdf error freezes
        locked`),
      // A client's computer is a life-area word ("zit de hele dag achter de computer"): a device counts with a fault.
      ...words(2, `laptop computer werklaptop werktelefoon traag hapert opslaan internet`),
      ...words(3, `sharepoint onedrive netwerkschijf teamsite roosterprogramma roosterapp`),
    ]),
    pairs: [
      // A device or program with a fault: "teams valt weg", "scherm bevriest", "opslaan lukt niet".
      {
        a: ['laptop', 'computer', 'pc', 'werklaptop', 'werktelefoon', 'scherm', 'account', 'systeem', 'system', 'ecd', 'programma', 'teams', 'screen', 'opslaan', 'geluid', 'beeld', 'file'],
        b: ['netwerk', 'internet', 'verbinding', 'reset', 'resetten', 'opstarten', 'kapot', 'broken', 'crashed', 'vastgelopen', 'update', 'network', 'connect', 'traag', 'hapert', 'foutmelding', 'bevriest', 'freezes', 'fix', 'slow'],
        weight: 3,
      },
      // Access and rights to a drive, folder or system: "toegang tot de teamschijf", "access to the shared drive".
      { a: ['toegang', 'rechten', 'access', 'permission', 'permissions'], b: ['drive', 'schijf', 'map', 'folder', 'ecd', 'systeem', 'system', 'account', 'laptop', 'mailbox', 'agenda'], weight: 3 },
    ],
    patterns: [
      // Saving or logging in that does not work ("opslaan lukt niet"); "wat hem wel lukte" is no fault.
      { re: /\b(?:opslaan|inloggen|printen|openen|verbinden|uploaden|versturen) (?:\w+ ){0,2}lukt (?:\w+ ){0,2}niet\b|\blukt (?:\w+ ){0,2}niet (?:\w+ ){0,2}(?:op te slaan|in te loggen|te printen|te openen|te versturen|opslaan|inloggen|printen)\b/, weight: 3 },
      // Creating an account: "hoe maak ik een account aan", "set up an account".
      { re: /\baccount (?:\w+ ){0,2}(?:aanmaken|aan|maken|create|set up)\b|\b(?:maak|maken|create|set up|open) (?:\w+ ){0,3}account\b/, weight: 3 },
      // A system that hangs or fails: "het ECD loopt vast als ik wil opslaan", "de app doet het niet".
      {
        re: /\b(?:ecd|systeem|dossiersysteem|laptop|computer|pc|programma|app|teams|outlook|printer|scherm|telefoon|system|app)\b(?: \w+){0,3} (?:loopt vast|vastloopt|blijft hangen|hangt|doet het niet|werkt niet|start niet op|crasht|sluit af|keeps crashing|crashes|wont start|doesnt work|is not working)\b/,
        weight: 4,
      },
    ],
    reply:
      'Met computers, accounts en wachtwoorden kan ik je niet helpen. Vraag het de **functioneel beheerder** of de ICT-servicedesk van je organisatie, of een collega die het systeem goed kent.',
  },
  {
    id: 'hr',
    words: Object.fromEntries([
      ...words(3, `verlof verlofuren verlofdagen vakantiedagen vakantiegeld vakantieuren salaris salarissen salarisschaal loonschaal
        inschaling cao eindejaarsuitkering loonsverhoging overuren plusuren minuren dienstrooster roosteren
        ziekmelding ziekmelden declaratie declareren reiskosten pensioen loonstrook arbeidsvoorwaarden payslip salary wage
        wages payrise overtime ruildienst onregelmatigheidstoeslag ort arbeidstijdenwet arbeidstijden jaarcontract
        proeftijd`),
      // Also a client's words ("zijn weekrooster", "haar werkgever"): not enough alone.
      ...words(2, `rooster functioneringsgesprek beoordelingsgesprek sollicitatie solliciteren verzuim werkgever slaapdienst
        ruilen bedrijfsarts arboarts arbodienst`),
    ]),
    pairs: [
      // The worker's own sick leave, holidays, contract ("ik", never "mijn", which is "mijn cliënt").
      { a: ['ik', 'me', 'mij'], b: ['ziek', 'vakantie', 'vrij', 'contract', 'ontslag', 'ontslagen', 'ontslaan'], weight: 2 },
      { a: ['leave', 'holiday', 'holidays', 'vacation', 'sick', 'shift', 'shifts', 'schedule', 'roster'], b: ['my', 'i', 'days', 'hours', 'swap'], weight: 3 },
      { a: ['verdient', 'verdien', 'verdienen', 'earn', 'earns'], b: ['begeleider', 'hulpverlener', 'medewerker', 'ik', 'je', 'we', 'worker', 'i'], weight: 3 },
      { a: ['diensten', 'dienst'], b: ['ruilen', 'wisselen', 'ruil'], weight: 3 },
    ],
    patterns: [
      // The worker's own sickness and hours: "ik ben ziek", "hoeveel uur mag ik werken".
      // ("ik word er ziek van" is frustration, not sick leave.)
      { re: /\bik (?:ben|word|voel me|lig) (?:\w+ ){0,4}ziek\b(?! van)|\bi (?:am|m|have been|ve been) (?:\w+ ){0,4}(?:sick|ill)\b(?! of)/, weight: 3 },
      { re: /\bhoeveel uur mag ik\b|\bvast contract\b|\brooster van (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|volgende (?:week|maand))\b/, weight: 3 },
    ],
    reply:
      'Over verlof, roosters, salaris, ziekmelden en andere arbeidsvoorwaarden kan ik je niets vertellen. Daarvoor is je **leidinggevende** of **HR / personeelszaken** de plek (en de cao).',
  },
  {
    id: 'money-legal',
    words: Object.fromEntries([
      ...words(3, `alimentatie kantonrechter rechtbank advocaat rechtszaak rechtsbijstand aansprakelijk aansprakelijkheid
        aanklagen strafbaar strafrecht wetsartikel opzegtermijn huurrecht huurcontract huurcommissie bezwaarschrift
        belastingaangifte lawyer lawsuit alimony recherche terugvordering fraudeonderzoek leefgeld leefloon ocmw cpas bijstandsnorm loonbeslag beslagvrije wsnp schuldsanering zorgmachtiging wvggz wzd cak duo studiefinanciering
        studielening`),
      ...words(2, `juridisch juridische bezwaar beschikking wachtlijst`),
    ]),
    pairs: [
      {
        a: ['hoeveel', 'hoog', 'bezwaar', 'berekend', 'berekenen', 'berekening', 'uitrekenen', 'bedrag', 'recht', 'aanvragen', 'aanvraag', 'formulier', 'formulieren', 'procedure', 'voorwaarden', 'maximaal', 'betalen', 'opzeggen', 'bijdrage', 'bedraagt', 'hoogte', 'minimaal', 'much', 'calculate', 'calculated', 'entitled', 'apply', 'eligible', 'monthly', 'amount', 'maximum', 'minimum', 'inkomen', 'inkomensgrens', 'verliest', 'verliezen', 'vervalt', 'income', 'threshold'],
        b: ['bijstand', 'bijstandsuitkering', 'uitkering', 'toeslag', 'toeslagen', 'huurtoeslag', 'zorgtoeslag', 'kinderbijslag', 'kindgebonden', 'aow', 'wia', 'wajong', 'bewind', 'beschermingsbewind', 'bewindvoering', 'curatele', 'mentorschap', 'boete', 'belasting', 'huur', 'huurprijs', 'huurwoning', 'verhuurder', 'woningcorporatie', 'benefit', 'benefits', 'allowance', 'welfare', 'rent', 'tax'],
        weight: 3,
      },
      { a: ['wachtlijst', 'wachttijd'], b: ['huurwoning', 'woningcorporatie', 'woning'], weight: 3 },
    ],
    patterns: [
      { re: /\b(?:volgens de wet|wat zegt de wet|wettelijk verplicht|wettelijk toegestaan|is dat wettelijk|mag dat wettelijk|volgens de avg|legal advice)\b/, weight: 3 },
      { re: /\baangifte doen\b/, weight: 3 },
      // Whether a client can get a benefit, and how a benefit works: facts of the agency, not the method.
      { re: /\b(?:kan|kun|mag|heeft|krijgt) (?:\w+ ){0,3}(?:recht op )?(?:bijzondere bijstand|bijstand|toeslag\w*|uitkering|kwijtschelding|kinderbijslag|kindgebonden budget|voedselbank|noodfonds)\b(?: \w+){0,4} (?:krijgen|aanvragen|ontvangen|vergoed)\b|\bhoe werkt (?:de |het |een )?(?:kinderbijslag|toeslag\w*|bijstand|uitkering|pgb|wmo|wlz|bewind\w*|beschermingsbewind|schuldsanering|wsnp|aow|kindgebonden budget|zorgverzekering|eigen risico)\b/, weight: 3 },
      // Entitled to a pass, an allowance, a discount: "heeft mijn cliënt recht op een gratis ov-kaart".
      { re: /\brecht op (?:een |de |het )?(?:\w+ ){0,2}(?:kaart|pas|vergoeding|toeslag\w*|uitkering|bijstand|korting|tegemoetkoming|regeling|pgb|indicatie|woning|parkeervergunning|kwijtschelding|subsidie)\b|\b(?:entitled to|eligible for)\b/, weight: 3 },
      // An amount per period: "wat is het leefgeld per week", "how much is … per month".
      { re: /\b(?:hoeveel|wat is (?:het|de)|how much)\b(?: \w+){0,6} (?:per (?:week|maand|jaar|dag|month|year)|netto|bruto)\b/, weight: 3 },
      { re: /\b(?:bezwaar (?:maken|aantekenen|indienen|tegen)|beroep (?:aantekenen|instellen)|eigen bijdrage)\b/, weight: 3 },
      { re: /\bjuridisch(?:e)? (?:advies|hulp|vraag|vragen|kwestie|procedure|stappen)\b/, weight: 3 },
      // Applying for a benefit with the verb split: "hoe vraagt hij bijzondere bijstand aan". Its
      // "vraag" also counts as a method word (a question), so the pattern weighs one more.
      { re: /\b(?:vraagt|vraag|vragen|vroeg)\b(?: \w+){0,5} (?:bijstand|bijzondere bijstand|uitkering|toeslag\w*|kinderbijslag|bewind|beschermingsbewind|schuldsanering|wsnp|kwijtschelding)\b(?: \w+){0,4} aan\b/, weight: 4 },
    ],
    reply:
      'Bedragen, uitkeringen, toeslagen en juridische procedures kan ik niet voor je uitzoeken of berekenen. Kijk bij de instantie zelf (gemeente, Belastingdienst / Toeslagen, UWV), of vraag het **Juridisch Loket**, een schuldhulpverlener of de sociaal raadslieden in je gemeente.',
  },
  {
    id: 'forms',
    words: Object.fromEntries([
      ...words(3, `zrm zelfredzaamheidsmatrix honos indicatiestelling reintegratieplan dsm`),
      // Agencies a client also deals with ("een gesprek bij het UWV voorbereiden" is a method question).
      ...words(2, `uwv ciz wlz indicatie reintegratie herindicatie`),
    ]),
    pairs: [
      // How a scheme works, its forms and the difference between schemes: "verschil tussen pgb en zorg in natura".
      { a: ['pgb', 'wmo', 'wlz', 'zvw', 'jeugdwet', 'natura', 'persoonsgebonden', 'zorgverzekering'], b: ['verschil', 'werkt', 'regels', 'aanvraag', 'aanvragen', 'hoeveel', 'voorwaarden', 'difference', 'rules', 'apply'], weight: 3 },
      { a: ['zrm', 'zelfredzaamheidsmatrix', 'honos', 'uwv', 'ciz', 'wlz', 'dsm', 'reintegratieplan', 'indicatie'], b: ['invullen', 'vul', 'scores', 'score', 'scoren', 'formulier', 'formulieren', 'aanvragen', 'aanvraag', 'domein', 'fill', 'form'], weight: 3 },
    ],
    patterns: [
      // Registering with or reporting to an agency: "aanmelden bij het CIZ", "wat moet er in een melding bij de gemeente".
      { re: /\b(?:aanmelden|aanmelding|melding|aanvraag|formulier|register|registration)\b(?: \w+){0,3} (?:bij|with|at) (?:de |het |the )?(?:gemeente|ciz|uwv|wijkteam|woningcorporatie|zorgkantoor|svb|duo|council|municipality)\b/, weight: 3 },
      // Getting an indication or a decision: "hoe krijgt mijn cliënt een indicatie voor begeleid wonen".
      { re: /\bhoe (?:krijgt|krijg|krijgen|kom|komt|komen) (?:\w+ ){0,3}(?:aan )?(?:een |de )?(?:indicatie|herindicatie|beschikking|pgb|toewijzing|urgentie|urgentieverklaring)\b|\bhow (?:do|does|can) (?:i|we|he|she|my client|a client) get (?:an? |the )?(?:indication|referral|urgency|care assessment)\b/, weight: 3 },
      // Applying with the verb split: "hoe vraag ik een indicatie beschermd wonen aan".
      { re: /\b(?:vraagt|vraag|vragen|vroeg)\b(?: \w+){0,5} (?:indicatie|herindicatie|wmo|pgb|beschikking|wlz)\b(?: \w+){0,5} aan\b/, weight: 3 },
    ],
    reply:
      'Formulieren en scores van andere instrumenten en instanties (zoals ZRM, HoNOS, UWV, CIZ of Wlz) staan niet in mijn kaarten. Kijk in de handleiding van dat instrument, of vraag het een **collega** die ermee werkt of de instantie zelf.',
  },
  {
    id: 'local',
    words: {},
    patterns: [
      // Facts about local services: which schools or doctors, waiting lists and places in a town.
      { re: /\b(?:welke|which|waar zit|waar is)\b (?:\w+ ){0,2}(?:school|scholen|basisschool|huisarts|huisartsen|tandarts|apotheek|ziekenhuis|kinderopvang|schools|doctors|dentist)\b/, weight: 3 },
      { re: /\b(?:wachtlijst|wachttijd|plek|plaats|adres|openingstijden|waiting list)\b(?: \w+){0,6} (?:in|bij) (?:onze|de|mijn|deze|jullie) (?:gemeente|stad|regio)\b/, weight: 3 },
      // Recommending a provider, or its phone number or address: facts for the sociale kaart.
      { re: /\b(?:recommend|aanraden|aanbevelen|weet je een|ken je een|know a|know any|suggest a)\b(?: \w+){0,3} (?:therapeut|therapist|psycholoog|psychologist|huisarts|doctor|gp|advocaat|lawyer|dagbesteding|provider|behandelaar|kliniek|clinic|tandarts|dentist)\b/, weight: 3 },
      { re: /\b(?:telefoonnummer|nummer|adres|emailadres|website|openingstijden|phone number|address|opening hours)\b (?:\w+ ){0,2}(?:van|of|for) (?:de |het |the )?(?:schuldhulp\w*|gemeente|wijkteam|huisarts\w*|ziekenhuis|uwv|ciz|woningcorporatie|dagbesteding|apotheek|voedselbank|council|food bank|debt (?:help|advice))\b/, weight: 3 },
      // How long the wait is: "hoe lang is de wachtlijst voor schuldhulp", "how long is the waiting list".
      { re: /\b(?:hoe lang|how long)\b(?: \w+){0,3} (?:wachtlijst|wachttijd|waiting list|wait|waiting time)\b/, weight: 3 },
      // Which courses, schools or schemes there are: a fact for the sociale kaart.
      { re: /\b(?:welke|which|what) (?:opleidingen|cursussen|studies|scholen|trainingen|vacatures|banen|dagbestedingen|instanties|regelingen|voorzieningen|toeslagen|uitkeringen|courses|schools|jobs|benefits|services)\b(?: \w+){0,2} (?:zijn er|bestaan er|zijn|are there|exist|are available)\b/, weight: 3 },
      // Which provider has a place: "welke dagbesteding heeft nog plek", "which shelter has room".
      {
        re: /\b(?:welke|which|waar|where)\b(?: \w+){0,2} (?:dagbesteding|dagbestedingen|zorgaanbieder|aanbieder|instelling|woonvorm|opvang|psycholoog|fysiotherapeut|ggz|verslavingszorg|logopedist|schuldhulp|daycare|day centre|day center|shelter|provider|clinic)\b(?: \w+){0,6} (?:plek|plaats|ruimte|wachtlijst|room|space|a place|waiting list|open)\b/,
        weight: 3,
      },
    ],
    reply:
      'Welke voorzieningen er bij jou in de buurt zijn, en hoe lang de wachttijden, weet ik niet. Kijk op de **sociale kaart** van je gemeente of vraag het **wijkteam** of een collega die de regio kent. Hoe je de buurt als hulpbron inzet, daar help ik je wel mee.',
  },
  {
    id: 'medical',
    words: Object.fromEntries(
      words(3, `dosering doseringen dosis doses dagdosis dose dosage overdosis overdose milligram bijwerking bijwerkingen
        wisselwerking voorschrijven toedienen toediening geneesmiddel geneesmiddelen mg ml iqtest intelligentieonderzoek baxterrol medicijnrol`),
    ),
    pairs: [
      // Weight 2: "hij wil afbouwen met zijn medicatie" told as a situation is no medication question;
      // asking whether it may or how much is (the patterns below).
      { a: ['medicatie', 'medicijnen', 'medicijn', 'pillen', 'tabletten', 'medication', 'pills'], b: ['verhogen', 'ophogen', 'verlagen', 'afbouwen', 'combineren', 'mixen', 'increase', 'decrease', 'combine', 'hoeveel', 'much'], weight: 2 },
    ],
    patterns: [
      { re: /\d+ ?(?:mg|ml|milligram)\b/, weight: 3 },
      // A question about a medicine itself: combining, stopping, how much, what it does.
      { re: new RegExp(`\\b${MEDICINE}(?: \\w+){0,6} (?:combineren|combined|samen|alcohol|stoppen|afbouwen|slikken|innemen|verslavend|addictive)\\b|\\b(?:combineren|mag|kan|stoppen|afbouwen|werkt|doet|wat is|can|does|what is)\\b(?: \\w+){0,3} ${MEDICINE}`), weight: 3 },
      { re: /\bside effects?\b/, weight: 3 },
      { re: /\b(?:mag|kan|moet|kun|mogen|may|can|should) (?:ik|je|we|hij|zij|ze|i|he|she) (?:\w+ ){0,3}(?:medicatie|medicijnen|pillen|tabletten|medication|pills|dose) (?:\w+ ){0,4}(?:verhogen|ophogen|verlagen|afbouwen|combineren|geven|stoppen|increase|decrease|stop)\b/, weight: 3 },
      // A diagnostic question, not a situation: "denk je dat hij autisme heeft", "heeft mijn cliëntje adhd",
      // "symptomen van borderline". "Mijn cliënt heeft autisme, hoe …" stays a method question.
      { re: new RegExp(`\\b(?:denk je|denkt u|lijkt het|lijkt dit|zou het|zou dit|kan het|kan dit|is dat|is dit|is het|do you think|could it|could this|is this|is it|does (?:my|the|this|a))\\b(?: \\w+){0,6} ${DIAGNOSIS}`), weight: 3 },
      { re: new RegExp(`\\b(?:verschil tussen|difference between)(?: \\w+){0,3} ${DIAGNOSIS}`), weight: 3 },
      { re: new RegExp(`^(?:heeft|is|zou|has|is)\\b(?: \\w+){0,6} ${DIAGNOSIS}`), weight: 3 },
      // Asking the assistant's own judgement: "heeft hij volgens jou …", "in your opinion".
      { re: new RegExp(`\\b(?:volgens (?:jou|u)|jouw mening|in your (?:opinion|view))\\b(?: \\w+){0,6} ${DIAGNOSIS}|\\b${DIAGNOSIS}(?: \\w+){0,4} (?:volgens (?:jou|u)|in your (?:opinion|view))\\b`), weight: 3 },
      { re: new RegExp(`\\b(?:symptomen|kenmerken|diagnose|symptoms|diagnosis|diagnose) (?:van|of|voor|for) (?:\\w+ ){0,2}${DIAGNOSIS}`), weight: 3 },
      { re: /\b(?:diagnose stellen|diagnosticeren|diagnose geven|diagnose)\b/, weight: 2 },
      // Asking whether a diagnosis is right: "ik denk dat hij autistisch is, klopt dat?", "is it autism or just shyness".
      { re: new RegExp(`\\b${DIAGNOSIS}(?: \\w+){0,8} (?:klopt dat|kan dat kloppen|is dat zo|zou dat kunnen|right|correct)\\b|\\b(?:is it|is dit|is dat) (?:\\w+ ){0,2}${DIAGNOSIS}(?: \\w+){0,2} (?:or|of)\\b`), weight: 3 },
      // Having it tested: "ik denk dat hij autisme heeft, hoe laat ik dat testen".
      { re: new RegExp(`\\b(?:ik denk dat|ik vermoed dat|vermoed|i think|i suspect)\\b(?: \\w+){0,5} ${DIAGNOSIS}`), weight: 2 },
      { re: /\b(?:laten|laat)\b(?: \w+){0,3} (?:testen|onderzoeken)\b|\b(?:testen op|test for|get (?:him|her|them) tested|assessment for)\b/, weight: 2 },
    ],
    reply:
      'Diagnoses, medicijnen en doseringen horen bij de **behandelaar**, de **huisarts of apotheker**: daar kan en mag ik niets over zeggen. Wat je zelf ziet, kun je wel goed beschrijven in je rapportage, en dat bespreken met de behandelaar.',
  },
  {
    id: 'translation',
    words: Object.fromEntries(words(3, `tolkentelefoon`)),
    // Arranging an interpreter is the organisation's; talking with one is a method question.
    pairs: [{ a: ['tolk', 'interpreter'], b: ['bestel', 'bestellen', 'aanvragen', 'regelen', 'boeken', 'inhuren', 'book', 'order'], weight: 3 }],
    patterns: [
      { re: LANGUAGE_RE, weight: 3 },
      { re: LANGUAGE_FOR_RE, weight: 3 },
      // Translating a text; not a wish "vertaald naar een doel" or "translated into small steps".
      {
        re: /\b(?:vertaal|vertaalt|vertalen|vertaling|vertaald|translate|translation|translated)\b/,
        weight: 3,
        unless: /\b(?:vertaal\w*|translat\w*) (?:\w+ ){0,1}(?:naar|in|into|to) (?:iets |een |concrete |small |something )?(?:\w+ ){0,3}(?:plan|doel|doelen|stappen|actie|acties|afspraken|goal|goals|steps|actions?|concreets|daily life|dagelijks leven)\b/,
      },
      // A request to translate a text: the request itself decides, whatever the text is about.
      { re: /\b(?:kun|kan|wil|kunt|could|can|would) (?:je|jij|u|you)\b(?: \S+){0,6} (?:vertalen|vertaal|translate)\b|^(?:vertaal|translate)\b/, weight: 3 },
    ],
    reply:
      'Vertalen kan ik niet. Voor een gesprek in een andere taal kun je een **tolk** inschakelen (vraag je organisatie hoe dat gaat); voor een tekst een vertaaldienst of een collega die de taal spreekt.',
  },
  {
    id: 'writing',
    words: Object.fromEntries(
      words(3, `gedicht gedichtje sinterklaasgedicht rijmpje speech toespraak linkedin notulen nieuwsbrief vacature vacaturetekst
        sollicitatiebrief poem speech minutes newsletter felicitatie verjaardagskaart afscheidsfeest farewell flyer
        kaarttekst klachtbrief uitnodiging invitation advert advertentie vacancy kerstwens kerstkaart nieuwjaarswens
        kersttekst`),
    ),
    pairs: [{ a: ['schrijf', 'maak', 'schrijven', 'maken', 'verzin', 'bedenk', 'stel', 'write', 'draft', 'uitwerken'], b: ['verjaardag', 'jarig', 'birthday', 'feest', 'party', 'borrel', 'uitje', 'barbecue', 'post', 'cv'], weight: 3 }],
    patterns: [
      // A request to write one of the worker's own documents for them: the words must stay theirs.
      { re: new RegExp(`^(?:kun je |kan je |kunt u |wil je |wilt u |graag )?(?:voor mij )?(?:schrijf|maak|genereer|formuleer|typ|stel|verzin|write|draft|vul)\\b(?: \\w+){0,3} ${DOC}\\b`), weight: 5, unless: COACHING_CUE },
      { re: new RegExp(`\\b(?:kun|kan|wil) (?:je|jij|u)\\b(?: \\w+){0,4} ${DOC}\\b(?: \\w+){0,6} (?:schrijven|maken|opstellen|invullen|genereren|uitwerken)\\b`), weight: 5, unless: COACHING_CUE },
      { re: new RegExp(`\\b(?:write|draft) (?:my|a|the|our) (?:\\w+ ){0,2}${DOC}\\b`), weight: 5, unless: COACHING_CUE },
      { re: /\b(?:vul|invullen|schrijf|schrijven)\b(?: \S+){0,8} voor (?:mij|me)\b/, weight: 5, unless: COACHING_CUE },
      { re: new RegExp(`\\b(?:schrijf|maak|vul) (?:jij|je|u)\\b(?: \\w+){0,4} ${DOC}\\b`), weight: 5, unless: COACHING_CUE },
      { re: /\buitwerken tot\b/, weight: 3 },
      // A mail or message on behalf of the team, and summaries of a whole file: the worker's own writing tasks.
      { re: /^(?:kun je |kan je |wil je |graag |can you |could you |please )?(?:schrijf|maak|write|draft|stel)\b(?: \w+){0,3} (?:\w*mail|\w*bericht|\w*kaart|email|message|note)\b(?: \w+){0,4} (?:namens|voor een collega|voor de collega|on behalf|for a colleague|for the team)\b/, weight: 5, unless: COACHING_CUE },
      { re: /\b(?:summarise|summarize|samenvatten|vat)\b(?: \w+){0,4} (?:file|dossier|report|rapportage|verslag|notes|document|case)\b/, weight: 5, unless: COACHING_CUE },
      // Turning notes into a whole report: "maak van deze aantekeningen een complete voortgangsrapportage".
      {
        re: /\b(?:maak|maken|schrijf|schrijven|zet|werk|make|turn|write)\b(?: \w+){0,2} (?:van )?(?:deze |mijn |these |my )?(?:aantekeningen|notities|steekwoorden|stichwoorden|bullets|bullet points|notes|krabbels)\b(?: \w+){0,5} (?:\w*(?:rapportage|rapport|verslag|report|plan))\b/,
        weight: 5,
        unless: COACHING_CUE,
      },
    ],
    reply:
      'Teksten die niet over je werk met de cliënt gaan (een gedicht, een speech, notulen, een post) schrijf ik niet, en je rapportage of werkblad schrijf ik niet voor je: dat zijn jouw woorden en die van de cliënt. Wel help ik je die van jezelf krachtgericht te maken: plak een zin en vraag **"hoe schrijf ik dit beter?"**.',
  },
  {
    id: 'chitchat',
    words: Object.fromEntries(words(3, `weerbericht weersverwachting buienradar weertje weather forecast hoofdstad voetbaluitslag`)),
    patterns: [
      {
        re: /^(?:hoi|hallo|hey|hi|hello|hee|goedemorgen|goedemiddag|goedenavond|goedenacht|dag|doei|bedankt|dankjewel|dank je wel|dank je|thanks|thank you|ok|oke|okay|top|prima|test)(?: (?:daar|allemaal|hoor|there|coach|assistent))?$/,
        weight: 4,
      },
      { re: /\bhoe gaat het (?:met (?:je|jou|u)|ermee)\b/, weight: 3 },
      { re: /\b(?:how are you|who are you|tell me (?:a|an|another|some) (?:\w+ ){0,2}jokes?)\b/, weight: 3 },
      { re: /\b(?:wie ben (?:je|jij)|wat ben jij|hoe heet (?:je|jij))\b|\bben (?:je|jij|u) (?:\w+ ){0,2}(?:robot|mens|ai|chatgpt|computer|bot)\b|\bwie heeft (?:je|jou) (?:\w+ )?gemaakt\b|\bare you (?:\w+ )?(?:human|robot|ai|bot|chatgpt)\b/, weight: 3 },
      { re: /^(?:thanks|thank you|bedankt|dank je wel|dankjewel|dank je)\b(?: \w+){0,4} (?:dat is alles|dat was het|that s all|thats all|voor vandaag|for today|tot later|see you)\b/, weight: 3 },
      { re: /\b(?:vertel|weet (?:je|jij)|ken (?:je|jij)) (?:eens )?(?:een|nog een) (?:\w+ ){0,2}(?:mop|grap|grapje|moppen|grappen)\b/, weight: 3 },
      { re: /\bhoe laat is het\b/, weight: 3 },
      // The assistant's own plans: "heb jij nog leuke plannen voor het weekend", "any plans for the weekend".
      { re: /\b(?:heb|heeft) (?:jij|u) (?:\w+ ){0,3}(?:plannen|plannetjes|vakantie)\b|\b(?:do you have|have you got|got) (?:any )?(?:\w+ )?plans\b/, weight: 3 },
      { re: /\blekker (?:weer|weertje)\b|\bnice weather\b/, weight: 3 },
      { re: /\bvertel (?:me |mij )?(?:eens )?iets (?:leuks|grappigs|interessants|gezelligs)\b|\btell me something (?:fun|funny|nice|interesting)\b/, weight: 3 },
      // Asking the assistant about its own life: "heb jij ook weleens een slechte dag", "do you ever get tired".
      {
        re: /\b(?:heb|ben|word|voel|slaap|werk|vind) (?:jij|u)\b(?: \w+){0,2} (?:ook|weleens|wel eens|zelf|ooit)\b|\b(?:do|have|are) you (?:ever|also|yourself)\b/,
        weight: 3,
        unless: /\b(?:tips?|advies|idee|ideeen|suggestie|suggesties|voorbeeld|voorbeelden|hoe|advice|ideas?|examples?|how)\b/,
      },
      // The weather, not "het weer" as "again" ("nu gaat het weer bergaf").
      { re: /\b(?:wat voor weer|hoe (?:is|wordt) het weer|het weer (?:morgen|vandaag|straks|in|voor|dit|deze|wordt|worden))\b/, weight: 3 },
      { re: /\b(?:gaat het|zal het) (?:morgen |vandaag |straks )?(?:regenen|sneeuwen|onweren|vriezen)\b|\b(?:regent|sneeuwt) het\b|\bhoeveel graden\b/, weight: 3 },
      { re: /\bwie (?:\w+ ){0,3}(?:wint|won|gewonnen|wonnen)\b|\b(?:uitslag van|who won)\b/, weight: 3 },
      // Everyday choices and sums: what to eat, the best pizza, 2 plus 2.
      // ("recept" only as a phrase: it is also the start of "receptie".)
      { re: /\brecept(?:je|en)? (?:voor|van|met)\b|\b(?:wat (?:eten|koken|drinken) we|wat zal ik (?:eten|koken)|de beste (?:pizza|film|serie|restaurant)|hoe maak ik (?:pannenkoeken|soep|taart)|what should i (?:eat|cook))\b/, weight: 3 },
      { re: /\b\d+ (?:plus|min|keer|maal|gedeeld door|times|minus) \d+\b/, weight: 3 },
    ],
    reply: 'Daar kan ik je niet mee helpen: ik ben alleen de coach voor **je werk met cliënten**.',
  },
];
