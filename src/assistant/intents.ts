/**
 * Out-of-scope intents: questions the assistant must not answer, with the Dutch (and some
 * English) phrasings that mark them. Matched on the normalised question (lower case, no
 * diacritics, punctuation as spaces). Each pattern aims at the request itself ("hoeveel mg",
 * "schrijf mijn rapportage over"), not at a topic word the method also uses: "medicatieontrouw",
 * "schulden" or "hoe schrijf ik een rapportage" stay in scope.
 */

type OutOfScopeKind = 'weather' | 'salary' | 'medication' | 'legal' | 'ghostwriting' | 'chitchat';

interface OutOfScopeIntent {
  kind: OutOfScopeKind;
  patterns: RegExp[];
  /** One Dutch sentence: why the assistant does not answer this. */
  reply: string;
}

const DOC = '(?:rapportage|rapportages|rapport|verslag|dagrapportage|evaluatieverslag|eindverslag|brief|mail|email|tekst|leveringsplan|krachteninventarisatie|actieplan|report|letter|notes)';

const OUT_OF_SCOPE: readonly OutOfScopeIntent[] = [
  {
    kind: 'weather',
    patterns: [
      /\b(?:weerbericht|weersverwachting|weerplaza|buienradar|weather|forecast)\b/,
      /\b(?:het weer|wat voor weer|hoe is het weer)\b(?! (?:op|oppakken|terug|goed|beter|opstarten))/,
      /\b(?:gaat het|zal het) (?:morgen |vandaag |straks )?(?:regenen|sneeuwen|onweren|vriezen)\b/,
      /\b(?:regent|sneeuwt) het\b/,
      /\bhoeveel graden\b/,
      /\btemperatuur (?:buiten|morgen|vandaag)\b/,
    ],
    reply: 'Over het weer weet ik niets.',
  },
  {
    kind: 'salary',
    patterns: [
      /\b(?:salaris|salarissen|salarisschaal|loonschaal|inschaling|cao|vakantiegeld|eindejaarsuitkering|loonsverhoging|salary|wage|wages|payrise)\b/,
      /\b(?:wat|hoeveel) (?:verdient|verdien|verdienen|krijgt|krijg) (?:een |je |ik |jij |we |wij |begeleiders?\b|hulpverleners?\b)(?:\w+ ){0,2}?(?:begeleider|hulpverlener|medewerker|werker|per maand|per uur|bruto|netto)?/,
      /\b(?:mijn|ons|hun) loon\b/,
      /\bhow much (?:does|do)(?: \S+){1,6} earn\b/,
    ],
    reply: 'Over salarissen en arbeidsvoorwaarden kan ik je niets vertellen.',
  },
  {
    kind: 'medication',
    patterns: [
      /\b(?:dosering|doseringen|dosis|doses|dose|dosage|overdosis|overdose|milligram|mg|bijwerking|bijwerkingen|side effects?)\b/,
      /\d+ ?(?:mg|ml|milligram)\b/,
      /\bhoeveel (?:pillen|tabletten|medicijnen|medicatie|druppels)\b/,
      /\b(?:medicatie|medicijnen|medicijn|pillen|tabletten)\b(?: \S+){0,8} (?:verhogen|ophogen|verlagen|afbouwen|combineren|voorschrijven|mixen)\b/,
      /\b(?:verhogen|ophogen|verlagen|afbouwen|combineren|voorschrijven) (?:van )?(?:de |zijn |haar )?(?:medicatie|medicijnen|pillen)\b/,
    ],
    reply: 'Vragen over medicijnen en doseringen horen bij de arts of apotheker.',
  },
  {
    kind: 'legal',
    patterns: [
      /\b(?:juridisch|juridische|advocaat|rechtszaak|aansprakelijk|aansprakelijkheid|aanklagen|strafbaar|strafrecht|rechtsbijstand|wetsartikel|legal advice|lawyer|sue|lawsuit)\b/,
      /\b(?:volgens de wet|wat zegt de wet|wettelijk verplicht|wettelijk toegestaan|is dat wettelijk|mag dat wettelijk|de avg|volgens de avg)\b/,
      /\baangifte doen\b/,
      /\b(?:mijn|onze|m n) (?:werkgever|leidinggevende|manager|baas)\b(?: \S+){0,8} (?:ontslaan|ontslag|ontslagen|contract|ziekmelding|verlof)\b/,
      /\b(?:ontslaan|ontslag)\b(?: \S+){0,8} (?:mij|me|mijn werkgever)\b/,
    ],
    reply: 'Juridisch advies kan ik niet geven: vraag dat aan een jurist of je organisatie.',
  },
  {
    kind: 'ghostwriting',
    patterns: [
      new RegExp(`^(?:kun je |kan je |kunt u |wil je |wilt u |graag )?(?:voor mij )?(?:schrijf|maak|genereer|formuleer|typ|write|draft|vul)\\b(?: \\w+){0,3} ${DOC}\\b`),
      new RegExp(`\\b(?:kun|kan|wil) (?:je|jij|u)\\b(?: \\w+){0,4} ${DOC}\\b(?: \\w+){0,6} (?:schrijven|maken|opstellen|invullen|genereren)\\b`),
      new RegExp(`\\b(?:write|draft) (?:my|a|the|our) ${DOC}\\b`),
      /\b(?:vul|invullen)\b(?: \S+){0,8} voor mij\b/,
    ],
    reply: 'Je rapportage of werkblad schrijf ik niet voor je: het zijn jouw woorden en die van de cliënt.',
  },
  {
    kind: 'chitchat',
    patterns: [
      /^(?:hoi|hallo|hey|hi|hello|hee|goedemorgen|goedemiddag|goedenavond|goedenacht|dag|doei|bedankt|dankjewel|dank je wel|dank je|thanks|thank you|ok|oke|okay|top|prima|test)(?: (?:daar|allemaal|hoor|there|coach|assistent))?$/,
      /\bhoe gaat het (?:met (?:je|jou|u)|ermee)\b/,
      /\b(?:how are you|who are you|tell me a joke)\b/,
      /\b(?:wie ben (?:je|jij)|ben je een (?:robot|mens|ai)|wat ben jij|hoe heet (?:je|jij))\b/,
      /\b(?:vertel|weet je) (?:eens )?(?:een|nog een) (?:mop|grap|grapje)\b/,
      /\bhoe laat is het\b/,
      /\b(?:wie (?:wint|won|heeft gewonnen)|voetbaluitslag|uitslag van)\b/,
      /\b(?:recept|recepten)\b/,
      /\bhoofdstad\b/,
    ],
    reply: 'Daar kan ik je niet mee helpen.',
  },
];

/** The first out-of-scope intent whose pattern matches the normalised question. */
export function outOfScopeIntent(normalized: string): OutOfScopeIntent | undefined {
  return OUT_OF_SCOPE.find((intent) => intent.patterns.some((p) => p.test(normalized)));
}

/** What the assistant can help with: the kind text for out-of-scope questions. */
export const HELP_TOPICS = [
  'krachtgericht formuleren (positief, ik-vorm, eigen woorden, geen labels, eenvoudige taal)',
  'de krachteninventarisatie en de tien leefgebieden',
  'het actieplan met SMART en FUZZY doelen',
  'de taxatie van draagkracht, een niet-pluis gevoel en de stappen van de meldcode',
  'gesprekken: de complete boodschap en oplossingsgerichte vragen',
  'hulpbronnen, ecogram en naastbetrokkenen',
  'evaluatie, afronden, teamkrachtbespreking, intervisie en zelfreflectie',
] as const;
