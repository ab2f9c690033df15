import type { Rule } from '../rule-schema';
import type { Mode } from '../types';

const SOURCE = 'Herstelwerk, krachteninventarisatie: positief formuleren, geen niet-formuleringen (domain/METHOD.md)';
const SOURCE_OBSERVE =
  'Herstelwerk, krachteninventarisatie: positief formuleren, directe observatie en feiten (domain/METHOD.md)';
const WHY =
  'De methode vraagt te beschrijven wat er wél is en wat iemand wél wil of doet. Een niet-formulering zegt alleen wat ontbreekt (‘ik wil niet naar Amsterdam’ vertelt niemand waar je heen wilt).';

/** Subjects and objects that may stand between a finite verb and "niet" ("kan hij niet"). */
const BETWEEN = '(?:\\s+(?:hij|zij|ze|het|dat|dit|u|je|jij|ik|we|wij|jullie|meneer|mevrouw|cliënt|client|er|hem|haar|men))?';

const KAN = 'k(?:an|on|onden|unnen|unt)';
const WIL = 'w(?:il|ilde|ilden|illen|ilt|ou|ouden)';
const DURF = 'd(?:urf|urft|urfde|urfden|urven|orst|orsten)';

/**
 * Lets a phrase start with a capital: "niet" becomes "[nN]iet", and in "(?:al|sinds)" every
 * alternative. The case-sensitive `niet` rule needs this at a sentence start; folded rules lower-case
 * the class again, so the same source serves both. (Spelling out both cases for every letter would
 * make the idiom regex too large for V8 to compile natively: ten times slower.)
 */
function capitalStart(source: string): string {
  const first = source[0]!;
  if (/\p{Ll}/u.test(first)) return `[${first}${first.toUpperCase()}]${source.slice(1)}`;
  if (!source.startsWith('(?:')) return source;
  const alternatives: string[] = [];
  let depth = 0;
  let from = 3;
  let i = 3;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from, i));
  return `(?:${alternatives.map(capitalStart).join('|')})${source.slice(i + 1)}`;
}

const NUMBER = '(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|enkele|\\d+)';

/**
 * A letter, spelled out small: the engine expands \\p{L} to every script's ranges, and this idiom list
 * must stay under V8's 20 KB limit for optimised regexes (above it the scan is ten times slower).
 * Dutch words need no more than this.
 */
const LETTER = '[a-zA-Zà-ÿÀ-Þ]';

/** Spelled-out numbers, for "niet één, maar drie" and "niet meer dan twee". */
const NUMBER_WORD =
  `(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend)${LETTER}{0,40}`;

/** A quantity after "niet meer dan" and the like: then "hooguit" / "minstens" says the same. */
const UNIT =
  '(?:half|halve|paar|kwart|kwartier|uur|uurtje|dag|dagen|nacht|week|weekend|maand|jaar|keer|glas|glaasje|kop|kopje|blikje|biertje|fles|flesje|sigaret|sigaretje|joint|euro|kilo|kilometer|meter|minuut|maaltijd|boterham|handvol|stuk|bezoek|gesprek|afspraak)';
const QUANTITY = `(?=\\s+(?:[0-9]|één|anderhalf|anderhalve|${NUMBER_WORD}|een\\s+${UNIT}(?!${LETTER})))`;
/** A moment after "niet later dan" / "niet eerder dan": then "uiterlijk" / "op zijn vroegst" says the same. */
const MOMENT =
  `(?=\\s+(?:om\\s+|op\\s+)?(?:[0-9]|half|kwart|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|vanavond|vanmiddag|middernacht|eind|begin|medio|volgende|komende|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?!${LETTER}))`;

/**
 * A stop that is the client's own achievement is a strength, not a niet-formulering: "drinkt al
 * een half jaar niet meer", "rookt sinds maart niet meer", "leent hem geen geld meer", "is niet
 * meer teruggevallen". Habits that can only mean use (roken, blowen, gokken, snuiven, gebruiken
 * without an object) count as they stand; "drinkt niet meer" and "is niet meer opgenomen" only
 * with a duration, because without one they can be a worry ("mevrouw eet en drinkt niet meer").
 */
const SUBJECT = capitalStart('(?:hij|ze|zij|ik|je|jij|u|we|wij|meneer|mevrouw|cliënt|client)');
const W = '[a-zA-Zà-ÿÀ-Þ0-9]{1,40}';
const DURATION = capitalStart(
  `(?:al\\s+(?:${W}\\s+){0,3}?(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|tijd|poos)|sinds\\s+(?:${W}\\s+){0,3}?${W}|` +
  `(?:inmiddels|nu)\\s+(?:al\\s+)?(?:${W}\\s+){0,2}?(?:dagen|weken|maanden|jaar|jaren)|` +
  `(?:dit|deze|die|het|de\\s+hele|de\\s+afgelopen|afgelopen|vorige|vorig)\\s+(?:${W}\\s+)?(?:weekend|week|maand|jaar|dagen|weken|maanden))`,
);
/** Finite forms of habits that only mean use, and their participles. */
const USE_FINITE = capitalStart(
  '(?:rook|rookt|rookte|rookten|blowt|blowde|blowden|gokt|gokte|gokten|snuift|snoof|snoven|spuit|spoot|spoten|gebruikt|gebruikte|gebruikten)',
);
const USE_PARTICIPLE = '(?:gerookt|geblowd|gegokt|gesnoven|gespoten)';
/** "drinkt niet meer" can be a worry (fluids): a stop only with a duration. */
const DRINK_FINITE = capitalStart('(?:drink|drinkt|dronk|dronken)');
const SUBSTANCE =
  `(?:alcohol|drank|sterke\\s+drank|bier|biertje|wijn|druppel|${LETTER}{0,40}drugs|cocaïne|coke|heroïne|speed|xtc|cannabis|wiet|hasj|joint|joints|sigaret|sigaretten|shag|tabak)`;
/** What someone can give up for sleep or health; only "geen … meer" (a stop), since "geen koffie" alone is a taste. */
const HABIT = '(?:koffie|cafeïne|energiedrank|frisdrank|cola|suiker|snoep)';
const LEND = capitalStart('(?:leen|leent|leende|leenden|geleend|geeft|gaf|gaven|gegeven|uitleent|uitleende)');
/** "Ze mag geen alcohol drinken" is a ban and "wil geen drugs meer" a wish: no achievement in a clause with a modal. */
const MODAL_BEFORE = `(?<!${LETTER})${capitalStart(
  '(?:mag|mogen|mocht|mochten|moet|moeten|moest|moesten|hoeft|hoefde|hoeven|wil|wilde|willen|kan|kon|kunnen|zal|zou|zullen)',
)}(?!${LETTER})[^.!?,;]*`;
/**
 * Each phrase starts at its negation and looks back for the rest: a phrase that starts with a
 * lookbehind or a common word ("het", "al") would be tried at every position of the paragraph.
 * The exception span only has to hold the negation.
 */
const NIET_MEER = 'niet\\s+meer';
const ACHIEVED_STOPS = [
  `${NIET_MEER}(?<=${USE_FINITE}(?:\\s+${SUBJECT})?(?:\\s+${DURATION})?\\s+${NIET_MEER})`,
  `${NIET_MEER}(?<=${DRINK_FINITE}(?:\\s+${SUBJECT})?\\s+${DURATION}\\s+${NIET_MEER})`,
  `${NIET_MEER}(?<=${DURATION}\\s+(?:${USE_FINITE}|${DRINK_FINITE})(?:\\s+${SUBJECT})?\\s+${NIET_MEER})`,
  `${NIET_MEER}(?<=(?:${SUBJECT}|heeft|had|hebben|${DURATION})\\s+${NIET_MEER})\\s+(?:${USE_FINITE}|${USE_PARTICIPLE})`,
  `${NIET_MEER}(?<=${DURATION}(?:\\s+${LETTER}{1,40}){0,2}\\s+${NIET_MEER})\\s+(?:${DRINK_FINITE}|gedronken|opgenomen)`,
  `${NIET_MEER}\\s+teruggevallen`,
  `${NIET_MEER}(?<=${capitalStart('(?:valt|viel|vielen)')}(?:\\s+${SUBJECT})?(?:\\s+${DURATION})?\\s+${NIET_MEER})\\s+terug`,
  // a habit the client gave up for sleep or health: "drinkt na vier uur geen koffie meer"
  `geen(?<!${MODAL_BEFORE}geen)\\s+(?:${LETTER}{1,40}\\s+)?(?:${SUBSTANCE}(?!${LETTER})|${HABIT}${LETTER}{0,6}\\s+meer)`,
  `geen(?<!${MODAL_BEFORE}geen)\\s+(?:nieuwe\\s+)?schulden`,
  'geen\\s+terugval',
  `geen\\s+geld\\s+meer(?<=${LEND}(?:\\s+${LETTER}{1,40}){0,3}\\s+geen\\s+geld\\s+meer)`,
  `geen\\s+geld\\s+meer\\s+(?:(?:uit\\s+)?te\\s+lenen|${LEND})`,
];

/**
 * Fixed expressions that say something good or neutral, not what is missing: "geen bezwaar",
 * "kostte geen moeite" (but "doet geen moeite" is a niet-formulering), "geen last van".
 */
const FIXED_EXPRESSIONS = [
  'geen\\s+(?:enkel\\s+)?bezwa(?:ar|ren)',
  `geen(?<!${capitalStart('(?:doe|doet|deed|deden|doen)')}\\s+(?:${LETTER}{1,40}\\s+)?geen)\\s+(?:enkele\\s+)?moeite(?!(?:\\s+${LETTER}{1,40}){0,4}\\s+(?:gedaan|doen|doet|deed|deden)(?!${LETTER}))`,
  'geen\\s+(?:enkele\\s+)?last\\s+(?:(?:meer|gehad|ondervonden)\\s+){0,2}(?:van|gehad|ondervonden)',
  'nergens\\s+(?:meer\\s+)?last\\s+van',
  'geen\\s+genoeg\\s+(?:van\\s+)?(?:krijgen|kan|kon)',
  'maak\\s+(?:je|u)\\s+(?:maar\\s+)?geen\\s+zorgen',
  'geen\\s+dank',
  'm(?:aakt|aakte|aken|aakten)\\s+(?:(?:het|dat|haar|hem|hun|mij|me|ons|er)\\s+){0,2}niet\\s+(?:zo(?:veel)?\\s+)?uit',
  '(?:het|dat)\\s+geeft\\s+niet',
];

/**
 * Phrases where the negation is no description of what is missing:
 * - a stated preference, the client's own boundary: "wat ze liever niet wil", "heeft het liefst geen
 *   bezoek", "bij voorkeur niet op maandag";
 * - a positive comparison with the past: "in jaren niet zo ontspannen", "in maanden niet meer zo zien
 *   lachen" (like "in geen jaren zo" and "nog nooit zo"); "al maanden niet zo actief" is a decline and stays;
 * - a concession in a plan, which makes room for a setback: "ook als het een dag niet lukt", "zelfs
 *   wanneer hij een keer niet komt" ("ook als hij niet wil, gaat hij mee" overrides a will and stays);
 * - someone's availability in a time or condition clause, nothing after it: "de weken dat Peter niet
 *   kan", "als zijn zus niet kan, komt de buurvrouw" (but "de dagen dat hij niet kan werken" stays).
 */
const NOT_MISSING = [
  `(?:niet|geen)(?<=(?:liever|liefst|voorkeur)\\s+(?:niet|geen))`,
  `niet(?<=in\\s+(?:${LETTER}{1,40}\\s+)?(?:jaren|jaar|tijden|maanden|weken|lange\\s+tijd)\\s+niet)\\s+(?:meer\\s+)?zo`,
  `niet(?<=(?:[Oo]ok|[Zz]elfs)\\s+(?:als|wanneer|al)\\s+(?:${LETTER}{1,40}\\s+){0,4}niet)(?!\\s+(?:wil|wilt|willen|wilde|wilden)(?!${LETTER}))`,
  `niet\\s+k(?:an|on|unnen|onden)(?=\\s*[.,;:!?)]|\\s*$)(?<=(?:(?:dagen|avonden|weken|keren|momenten|dag|avond|week|keer)\\s+(?:dat|waarop)|[Aa]ls|[Ww]anneer|[Mm]ocht)\\s+(?:${LETTER}{1,40}\\s+){1,4}niet\\s+k(?:an|on|unnen|onden))`,
];

/** Idioms that only emphasise are not negations (LABELS.md, rule 2). */
const BASE_IDIOMS = [
  `niet\\s+(?:alleen|enkel|slechts|uitsluitend)\\b[^.!?]*?(?:\\bmaar\\s+(?:${LETTER}{1,40}\\s+){0,2}?(?:ook|tevens|eveneens|evengoed|vooral|zeker)\\b|[,;]\\s*(?:${LETTER}{1,40}\\s+)?ook\\b)`,
  // "niet één, maar drie": the number that counts follows
  `niet\\s+(?:een|één|[0-9]+|${NUMBER_WORD})(?:\\s+${LETTER}{1,40})?\\s*,?\\s*maar\\s+(?:wel\\s+|zelfs\\s+|(?:maar\\s+)?liefst\\s+)?(?:een|één|[0-9]+|${NUMBER_WORD})`,
  'niet\\s+te\\s+vergeten',
  `niet-pluis${LETTER}{0,40}`,
  `niet\\s+pluis${LETTER}{0,40}`,
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
  'niet\\s+(?:meer\\s+)?weg\\s+te\\s+(?:slaan|denken|krijgen|branden)',
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

/**
 * The idioms as they follow a verb form, optionally with one word between ("kan er niet genoeg van
 * krijgen"): one optional prefix before the whole list, not a copy of the list per verb.
 */
const AFTER_VERB = `(?:(?:${KAN}|${WIL}|${DURF})(?:\\s+${LETTER}{1,40})?\\s+)?`;

/**
 * Every negation rule gets this whole list as exceptions: a match that lies inside one of these
 * phrases is left alone. The list is shared because the generic rules (`niet`, `neg-geen`) match
 * inside the longer phrases of the specific rules too.
 */
const NIET_IDIOMS = BASE_IDIOMS.filter((i) => i.startsWith('niet'));
const IDIOMS = [
  `${AFTER_VERB}(?:${NIET_IDIOMS.join('|')})`,
  ...BASE_IDIOMS.filter((i) => !i.startsWith('niet')),
  ...FIXED_EXPRESSIONS,
  ...NOT_MISSING.slice(1),
  `${KAN}${BETWEEN}\\s+niet\\s+wachten\\s+(?:om|tot|totdat)`,
  `${KAN}\\s+niet\\s+missen`,
  // "kan niet eerder dan maandag": the substitution says it directly ("op zijn vroegst")
  ...[KAN, WIL].map(
    (verb) =>
      `${verb}${BETWEEN}\\s+niet(?=\\s+(?:meer|minder|langer|korter|vaker|verder)\\s+dan${QUANTITY}|\\s+(?:later|eerder)\\s+dan${MOMENT})`,
  ),
  `${WIL}\\s+niet\\s+zeggen`,
  'niet\\s+zonder\\s+(?:reden|slag\\s+of\\s+stoot|risico|gevaar|gevolgen|trots)',
  `(?:nauwelijks|amper)\\s+${NUMBER}`,
];

/**
 * The idioms as one alternation: the engine then tests the word boundary once per position
 * instead of once per idiom, which makes the exception scan an order of magnitude faster.
 */
/**
 * A stated preference and a stop the client achieved are fine in a report, but a worksheet asks
 * for what is there and what is wanted ("Ik ben sinds maart nuchter"): the worksheet check fails
 * `positief` on them (ASSISTANT-AND-WORKSHEETS.md), so there they stay flagged.
 */
const REPORT_ONLY = [NOT_MISSING[0]!, ...ACHIEVED_STOPS];
const NOT_IN_WORKSHEETS = ['report', 'message'] as Mode[];
const EXCEPTIONS: NonNullable<Rule['exceptions']> = [IDIOMS.join('|'), { pattern: REPORT_ONLY.join('|'), modes: NOT_IN_WORKSHEETS }];

/**
 * The idioms for the case-sensitive `niet` rule (it must see the capital of the surname "De
 * Niet"): each may start a sentence, so its first letter matches either case.
 */
const EXCEPTIONS_CAPITAL: NonNullable<Rule['exceptions']> = [
  [`${AFTER_VERB}(?:${NIET_IDIOMS.map(capitalStart).join('|')})`, ...IDIOMS.slice(1)].map(capitalStart).join('|'),
  { pattern: REPORT_ONLY.map(capitalStart).join('|'), modes: NOT_IN_WORKSHEETS },
];

/** "Jolanda de Niet", "meneer De Niet", "mevrouw van der Niet": a surname, not a negation. */
const SURNAME_NIET =
  "Niet(?<!(?:(?<![\\p{L}])(?:[Dd]e|[Vv]an|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Mm]eneer|[Mm]ijnheer|[Mm]evrouw|[Dd]hr\\.|[Mm]w\\.|[Mm]evr\\.)|\\p{Lu}\\p{Ll}+)[ \\t\\u00A0]+Niet)";

export const negationRules: Rule[] = [
  {
    id: 'niet',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: 'Niet-formulering: beschrijf wat er wél is of gebeurde.',
    explanation: WHY,
    source: SOURCE,
    // Case-sensitive, to leave the surname alone: "Jolanda de Niet" (its idioms match either case).
    caseSensitive: true,
    patterns: ['niet|NIET', SURNAME_NIET],
    exceptions: EXCEPTIONS_CAPITAL,
    rewrites: [
      { question: 'Wat deed of koos de cliënt wel?', label: 'Beschrijf wat er wél gebeurde' },
      { question: 'Wat lukt wel?', label: 'Coachvraag: wat lukt wel?' },
    ],
    examples: {
      bad: [
        'Mevrouw vond de groepsactiviteit niet leuk.',
        'Meneer is al maanden niet zo actief.',
        'Op de dagen dat hij niet kan werken, blijft hij in bed.',
        'Ook als hij niet wil, gaat hij mee naar de dagbesteding.',
        'Hij heeft de brief van de gemeente niet geopend.',
        'Meneer is niet in staat om zelf te koken.',
        'Het lukt hem niet om op tijd op te staan.',
        'Ik heb meneer vandaag niet gezien.',
        'Ze heeft het formulier NIET ingevuld.',
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
        'Er kwamen niet één, maar drie buren helpen met de verhuizing.',
        'Jolanda de Niet van de woningcorporatie belde over de sleutel.',
        'Meneer De Niet heeft zelf de huur overgemaakt.',
        'Het maakt haar niet uit op welke dag de kookgroep is.',
        'Op haar signaleringsplan staat wat ze liever niet wil: een opname ver van huis.',
        'Hij praat het liefst niet over zijn vader; we beginnen bij zijn werk.',
        'Zijn dochter zei dat ze hem in maanden niet zo had zien lachen.',
        'Ze vult haar weekschema in, ook als ze een dag niet naar de groep gaat.',
        'Zelfs wanneer hij een keer niet traint, gaat hij naar de sportschool om koffie te drinken.',
        'Zijn buurman doet de boodschappen op de dagen dat zijn dochter niet kan.',
        'Als de vrijwilliger niet kan, belt ze zelf haar nicht.',
      ],
    },
  },
  {
    id: 'neg-geen',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '‘Geen’ zegt wat ontbreekt: beschrijf wat er wél is.',
    explanation:
      'Met ‘geen’ beschrijf je iemand vanuit een gemis. De methode vraagt wat er nu is aan krachten, wensen en hulpbronnen; dat geeft de cliënt en collega\'s iets om op voort te bouwen.',
    source: SOURCE,
    patterns: ['geen', 'geenszins'],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat is er wel?', label: 'Beschrijf wat er wél is' },
      { question: 'Wat is er nodig, en wie kan daarbij helpen?', label: 'Coachvraag: wat is er nodig?' },
    ],
    examples: {
      bad: [
        'Meneer heeft geen werk en geen dagbesteding.',
        'Er is geen netwerk aanwezig.',
        'Hij doet geen moeite om werk te zoeken.',
        'Meneer heeft geen geld meer voor boodschappen.',
        'Hij mag van de dokter geen koffie meer.',
        'Ze heeft geen koffie in huis.',
      ],
      good: [
        'Ze gaat tegen twaalf uur boodschappen doen.',
        'Geen wonder dat ze trots is op haar tuin.',
        'Hij weet als geen ander hoe je een fiets repareert.',
        'Mevrouw fietst elke dag naar haar werk bij de bakker.',
        '"Ik wil geen medelijden," zegt ze.',
        'Mevrouw heeft geen bezwaar tegen een gesprek met haar zus erbij.',
        'Het kostte hem geen moeite om het formulier in te vullen.',
        'Sinds de nieuwe matras heeft ze geen last meer van haar rug.',
        'Ze leent haar zoon geen geld meer.',
        'Hij drinkt sinds de zomer geen alcohol meer.',
        'Voor haar slaap drinkt ze na het avondeten geen koffie meer.',
        'Hij eet sinds januari geen snoep meer tussendoor.',
        'Ze heeft liever geen bezoek op zondagochtend, dan gaat ze naar de kerk.',
      ],
    },
  },
  {
    id: 'neg-nooit',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '‘Nooit’ beschrijft wat er niet gebeurt: wanneer wel, of wat doet iemand wel?',
    explanation:
      '‘Nooit’ is een stellige niet-formulering die weinig ruimte laat voor verandering. Uitzonderingsvragen (‘wanneer ging het een beetje beter?’) brengen juist in beeld wat wél werkt.',
    source: SOURCE,
    patterns: ['nooit', 'nimmer'],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wanneer lukte het wel, al was het één keer?', label: 'Uitzonderingsvraag: wanneer wel?' },
      { question: 'Wat doet de cliënt in plaats daarvan?', label: 'Beschrijf wat er wél gebeurt' },
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
    message: 'Niet-formulering: beschrijf wat iemand wel deed of wat er wel was.',
    explanation:
      '‘Hij deed niets’ vertelt niet wat je zag. Beschrijf wat er gebeurde; ook rusten, kijken of nadenken is iets, en zo blijft de cliënt een persoon in plaats van een leegte.',
    source: SOURCE_OBSERVE,
    patterns: ['niets', 'niks', 'nix'],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Wat zag je de cliënt doen, ook als het rusten of kijken was?', label: 'Beschrijf wat je zag' }],
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
    message: '‘Niemand’ zegt wie er ontbreekt: wie is er wel?',
    explanation:
      'Een netwerk dat ‘leeg’ lijkt, blijkt bij doorvragen vaak mensen te bevatten: een buurman, een oud-collega, de kapper. Het ecogram vraagt naar wie er wel is of was.',
    source: 'Herstelwerk: hulpbronnen en ecogram (domain/METHOD.md)',
    patterns: ['niemand', 'niemands'],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wie is er wel? Een buurvrouw, een zus, een oud-collega?', label: 'Vraag door naar wie er wél is' },
    ],
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
    message: '‘Nergens’ zegt waar iets niet is: waar wel?',
    explanation:
      '‘Nergens’ sluit alles uit en geeft geen aanknopingspunt. Vraag waar iemand wel graag is of wil zijn; dat is een begin voor een doel.',
    source: SOURCE,
    patterns: ['nergens'],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Waar is de cliënt wel graag?', label: 'Vraag waar wél' },
      { question: 'Waar wil de cliënt naartoe?', label: 'Vraag naar de wens' },
    ],
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
    message: '‘Niet meer’ zegt wat gestopt is: wat doet iemand nu, en sinds wanneer?',
    explanation:
      'Wat iemand niet meer doet, kan een verlies zijn of juist een overwinning. Beschrijf wat er nu is en sinds wanneer, dan blijft het succes zichtbaar en wordt het verlies bespreekbaar.',
    source: SOURCE,
    patterns: ['niet\\s+meer'],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat doet de cliënt nu, en sinds wanneer?', label: 'Beschrijf wat er nu is en sinds wanneer' },
      { question: 'Is dit een stap die de cliënt zelf zette? Sinds wanneer?', label: 'Benoem het als stap: gestopt sinds …' },
    ],
    examples: {
      bad: [
        'Meneer drinkt niet meer.',
        'Ze gaat niet meer naar de sportschool.',
        'Hij komt al drie weken niet meer naar de groep.',
        'Mevrouw eet en drinkt niet meer.',
      ],
      good: [
        'Hij is niet meer weg te denken uit het koor.',
        'Meneer is op 1 maart gestopt met drinken.',
        'Ze was niet meer te stoppen toen ze over haar kleinzoon vertelde.',
        'Dat ze boos werd, was niet meer dan logisch.',
        'Hij drinkt al een half jaar niet meer.',
        'Meneer rookt sinds maart niet meer.',
        'Ze is sinds de opname niet meer teruggevallen.',
      ],
    },
  },
  {
    id: 'neg-nog-niet',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '‘Nog niet’ benadrukt wat ontbreekt: wat is de volgende stap?',
    explanation:
      '‘Nog niet’ houdt de blik op het gat tussen nu en het doel. Beschrijf wat er al is gedaan en wat de volgende kleine stap is; zo wordt herstel een weg in plaats van een tekort.',
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
    message: '‘Nog geen’ benadrukt wat ontbreekt: wat is de volgende stap?',
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
    message: 'Niet-formulering: dit zegt niets over de cliënt. Beschrijf kort wat je zag.',
    explanation:
      'Een rapportage ‘z.b.’ vertelt de cliënt en collega\'s niets over hoe het met iemand gaat. Eén of twee zinnen over wat je zag, wat iemand deed en wat goed ging, maken het dossier bruikbaar en laten de persoon zien.',
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
        question: 'Wat zag je? Hoe was de stemming, wat deed de cliënt, wat lukte?',
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
    message: 'Niet-formulering: wat kan wel, of wat is er nodig?',
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
    message: 'Niet-formulering: wat wil iemand wel?',
    explanation:
      '‘Ik wil niet naar Amsterdam’ vertelt niemand waar je heen wilt. Achter een ‘nee’ zit meestal een wens of een reden; vraag daarnaar en beschrijf wat iemand wél wil.',
    source: SOURCE,
    patterns: [`${WIL}${BETWEEN}\\s+niet`],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat wil de cliënt wel?', label: 'Beschrijf wat iemand wél wil' },
      { question: 'Wat is de reden, in de eigen woorden van de cliënt?', label: 'Vraag naar de reden' },
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
    message: 'Niet-formulering: wat durft iemand wel, en wat zou helpen?',
    explanation:
      'Beschrijf wat iemand al wel aandurft en wat helpt om een stap verder te gaan. Zo wordt spanning een vertrekpunt voor een kleine, haalbare actie.',
    source: SOURCE,
    patterns: [`${DURF}${BETWEEN}\\s+niet`],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Wat durft de cliënt al wel, en wat zou helpen?', label: 'Wat durft iemand al, wat helpt?' }],
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
    message: 'Niet-formulering: een omweg. Zeg het rechtstreeks.',
    explanation:
      '‘Niet meer dan’ en ‘niet minder dan’ zijn omwegen. Voor een aantal of een tijdstip zegt een rechtstreeks woord (‘hooguit’, ‘minstens’, ‘uiterlijk’) hetzelfde, korter en makkelijker te lezen, ook voor de cliënt die zijn dossier leest.',
    source: 'Herstelwerk: positief formuleren en eenvoudige taal (domain/METHOD.md)',
    // Only before a number, an amount or a moment is the direct word the same fact; "niet meer
    // dan zijn broer" or "niet langer dan nodig" has no one-word equivalent.
    swap: [
      [`niet\\s+(?:meer|langer|vaker|verder)\\s+dan${QUANTITY}`, 'hooguit'],
      [`niet\\s+(?:minder|korter)\\s+dan${QUANTITY}`, 'minstens'],
      [`niet\\s+later\\s+dan${MOMENT}`, 'uiterlijk'],
      [`niet\\s+eerder\\s+dan${MOMENT}`, 'op zijn vroegst'],
      [
        'niet\\s+(?:meer|minder|langer|korter|vaker|verder|later|eerder)\\s+dan',
        { question: 'Wat is het wel, of hoeveel precies?', label: 'Zeg het rechtstreeks' },
      ],
    ],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Hoeveel is het precies, of wanneer?', label: 'Noem het aantal of het tijdstip' }],
    examples: {
      bad: [
        'Hij drinkt niet meer dan twee koppen koffie per dag.',
        'Ze loopt niet minder dan vijf kilometer.',
        'Het gesprek duurt niet langer dan een uur.',
        'Ze is niet later dan tien uur thuis.',
        'Hij praat niet meer dan nodig.',
      ],
      good: [
        'Het is niet meer dan normaal dat ze moe is na de verhuizing.',
        'Hij drinkt hooguit twee koppen koffie per dag.',
        'Ze is uiterlijk om tien uur thuis.',
      ],
    },
  },
  {
    id: 'neg-niet-zonder',
    kind: 'existence',
    category: 'negation',
    severity: 'warning',
    message: '‘Niet zonder’ is een omweg: wat heeft iemand bij zich of nodig?',
    explanation:
      'Een dubbele ontkenning is lastig te lezen, en ‘niet zonder’ heeft geen vaste vervanging: ‘gaat niet zonder haar hond de deur uit’ is iets anders dan ‘gaat alleen met haar hond’. Zeg rechtstreeks wat iemand meeneemt of nodig heeft; dat laat ook zien welke hulpbron belangrijk is.',
    source: 'Herstelwerk: positief formuleren en eenvoudige taal (domain/METHOD.md)',
    patterns: ['niet\\s+zonder'],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat neemt de cliënt mee, en wat geeft dat hem of haar?', label: 'Zeg wat er bij is' },
      { question: 'Wat of wie heeft de cliënt daarbij nodig?', label: 'Noem de hulpbron' },
    ],
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
    message: 'Niet-formulering: wat weet je over de reden, en wat is de nieuwe afspraak?',
    explanation:
      '‘Niet verschenen’ beschrijft alleen een lege stoel. Wie zegt wat er bekend is over de reden en wat de volgende afspraak is, houdt het contact open en sluit aan bij de etiquette: er zijn, en het verhaal achter gedrag zoeken.',
    source: 'Herstelwerk, etiquette: het verhaal achter gedrag zoeken (domain/METHOD.md)',
    patterns: [
      'niet\\s+(?:aanwezig|verschenen|gekomen|opgedaagd|opdagen|op\\s+komen\\s+dagen|komen\\s+opdagen|op\\s+(?:de\\s+)?afspraak)',
      '(?<!(?:zich|me|mij|je)\\s+)niet\\s+thuis',
    ],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Wat weet je over de reden? Belde de cliënt af, was er iets anders?', label: 'Beschrijf wat je weet' },
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
    message: 'Niet-formulering: beschrijf wat je hebt geprobeerd en wat de volgende stap is.',
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
        question: 'Wat heb je geprobeerd (bellen, een bericht, langsgaan), en wat doe je nu?',
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
    message: 'Niet-formulering: waar heeft iemand wel zin in?',
    explanation:
      'Zin, behoefte en energie zijn de brandstof van een hersteldoel. Vraag waar iemand wél zin in heeft of vroeger plezier aan had; daar begint een doel in eigen woorden.',
    source: 'Herstelwerk: wensen en ambities, doelen in eigen woorden (domain/METHOD.md)',
    patterns: [
      'geen\\s+(?:enkele\\s+)?(?:zin|behoefte|interesse|belangstelling|motivatie|puf|energie|fut|trek|animo)',
    ],
    exceptions: EXCEPTIONS,
    rewrites: [
      { question: 'Waar heeft de cliënt wel zin in?', label: 'Vraag waar iemand wél zin in heeft' },
      { question: 'Waar had de cliënt vroeger plezier in?', label: 'Vraag naar wat vroeger werkte' },
    ],
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
    message: 'Niet-formulering: welke afspraak, wat gebeurde er, en wat spreken jullie nu af?',
    explanation:
      '‘Houdt zich niet aan afspraken’ is een oordeel dat het gesprek sluit. Beschrijf welke afspraak het was, wat er gebeurde en wat nu samen wordt afgesproken; dat houdt de werkrelatie wederkerig.',
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
    message: 'Niet-formulering: bijna niets is ook iets. Hoeveel precies?',
    explanation:
      '‘Nauwelijks’ is een verkapte niet-formulering en bovendien vaag. Een concreet feit (‘eet één maaltijd per dag’) zegt meer en laat zien waar je op kunt bouwen.',
    source: SOURCE_OBSERVE,
    patterns: ['nauwelijks', 'amper', 'ternauwernood', '(?:bijna|haast)\\s+niet(?:s)?'],
    exceptions: EXCEPTIONS,
    rewrites: [{ question: 'Hoeveel precies? Eén maaltijd per dag, twee keer per week?', label: 'Noem het concrete feit' }],
    examples: {
      bad: ['Meneer eet nauwelijks.', 'Ze komt amper buiten.', 'Hij slaapt bijna niet.'],
      good: [
        'Amper twee weken later had ze een vrijwilligersbaan.',
        'Meneer eet één warme maaltijd per dag, samen met zijn buurman.',
      ],
    },
  },
];
