/**
 * SPECIFIEK on a krachteninventarisatie (ASSISTANT-AND-WORKSHEETS.md 2.2): every filled-in
 * leefgebied holds at least one concrete fact: a name, a number, a day or time, a place, or a
 * concrete activity. An entry fails when it is only a judgement ("Gaat goed.", "Prima.",
 * "Wisselend.") or a vague amount with no fact beside it ("Ik kook soms.", "Ik heb wat
 * vrienden."). A vague word next to a fact is fine ("Ik kook soms, op zondag pasta"). An entry
 * that names an activity without a vague word ("Ik haak mutsen.") is concrete.
 */

/**
 * A sentence that only judges: after the words that carry no content (ik, het, gaat, voel me,
 * daar ben ik … over, hoor, eigenlijk …) only evaluations are left ("goed", "tevreden",
 * "wisselend", "gezellig", "normaal contact", "het hangt ervan af").
 */
const CARRIES_NOTHING = new Set(
  [
    'ik het is gaat loopt zit voel voelt me mij mijn ben er daar hier over mee heel erg best wel nog echt eigenlijk gewoon hoor meestal nu momenteel zeer vrij altijd steeds ook wat dat dit en maar op dit moment algemeen contact contacten sfeer verder al met alles',
    // small words and auxiliaries that hold no fact of their own ("Dat het zo blijft", "om me heen")
    'de een van voor om heen zo te na af neer toe heb hebt heeft had was zijn word wordt blijft blijven blijf mag moet kan wil wilt zou doe doet doen gedaan gaan ga',
    // (places and names are facts before these are looked at: "in de tuin", "naar Joost")
    'in naar niet komt zoals vind vindt vinden red redt redden',
  ]
    .join(' ')
    .split(' '),
);
/**
 * Evaluations, feelings and words that stand for no observable thing: a sentence made only of
 * these and the words above names no person, place, time, number, act or thing ("Ik ben gezond
 * en sterk.", "Daar denk ik over na.", "Meer tijd voor mezelf.", "Ik heb het goed met de mensen
 * om me heen.").
 */
const EVALUATION = new Set(
  [
    'goed prima oke ok oké wisselend redelijk matig slecht stabiel rustig tevreden blij gezellig leuk fijn prettig normaal moeilijk lastig druk voldoende gemiddeld zozo onveranderd hetzelfde afhankelijk verschillend verschilt wisselt hangt ervan af bijzonderheden bijzonders geen niets niks problemen zorgen orde',
    // states and feelings
    'gezond sterk fit zwak moe vrolijk gelukkig somber positief negatief ontspannen gespannen onzeker zeker zelfstandig top super mooi belangrijk waardevol gangetje beter slechter',
    // thinking about it, without saying what
    'denk denken nadenken nagedacht twijfel twijfels idee weet weten hoop hopen benieuwd',
    // vague amounts and things: more of nothing in particular
    'meer minder vaker iets dingen mensen tijd mezelf mijzelf zelf ontspanning leven iedereen niemand',
    // feeling at ease, or not, said in a stock phrase ("naar mijn zin", "goed in mijn vel", "geen klachten")
    'veilig onveilig zin vel klachten klacht',
  ]
    .join(' ')
    .split(' '),
);

function isJudgementOnly(sentence: string): boolean {
  const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  const meaning = words.filter((w) => !CARRIES_NOTHING.has(w));
  return words.length > 0 && meaning.every((w) => EVALUATION.has(w)) && words.length <= 12;
}

/** Vague amounts and frequencies in the client's own sentence (the engine's vague words, and "wat vrienden"). */
const VAGUE_AMOUNT =
  /(?<![\p{L}])(?:soms|vaak|af en toe|regelmatig|weleens|wel eens|meestal|een paar|enkele|sommige|weinig|veel|genoeg|een beetje|beetje|redelijk wat|best wel|nogal|(?:heb|hebt|heeft|hebben|ken|kent|zie|ziet|doe|doet|spreek|spreekt|krijg|krijgt)\s+(?:nog\s+|ook\s+|wel\s+)?wat\s+\p{L}+|wat (?:vaker|meer|minder)|(?<=ik\s+\p{L}+\s+(?:ook\s+|nog\s+|wel\s+)?)wat(?=\s*(?:[,.;!]|$))|(?:meer|minder)\s+(?:mensen|contact|contacten|vrienden|vriendinnen|rust|structuur|geld|dingen|plezier|beweging))(?![\p{L}])/iu;

/** A fact: a digit, a day, a month, a time of day, a number word, a named person or place. */
const FACT = new RegExp(
  [
    '\\d',
    '(?<![\\p{L}])(?:maan|dins|woens|donder|vrij|zater|zon)dag\\p{L}*',
    '(?<![\\p{L}])(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|weekend|ochtend\\p{L}*|middag\\p{L}*|avond\\p{L}*|nacht\\p{L}*|’s ochtends|\'s ochtends|’s avonds|\'s avonds)(?![\\p{L}])',
    '(?<![\\p{L}])(?:één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|eens per|per (?:dag|week|maand|jaar))(?![\\p{L}])',
    // a place: "naar de sportschool", "in het buurthuis", "bij de Jumbo"
    "(?<![\\p{L}])(?:naar|in|bij|op|langs|vanuit)\\s+(?:de|het|mijn|m'n|m’n)\\s+(?!(?:war|gaten|buurt|hele|meeste|laatste|eerste|tijd|weg)(?![\\p{L}]))\\p{L}{4,}",
    // a person of the client's own ("mijn zus", "mijn buurman")
    "(?<![\\p{L}])(?:mijn|m'n|m’n)\\s+(?:zoon|dochter|broer|zus|vader|moeder|oma|opa|oom|tante|neef|nicht|buurman|buurvrouw|vriend|vriendin|partner|man|vrouw|ex|begeleider|huisarts|bewindvoerder|hond|kat|collega|baas|kinderen)(?![\\p{L}])",
  ].join('|'),
  'iu',
);
/** A capital inside a sentence: a name or a place ("bij Joost", "in De Bron"). Case matters here. */
const NAME_INSIDE = /(?<=[\p{L}\p{N},;)]\s+)\p{Lu}\p{Ll}/u;

export interface EntryJudgement {
  vague: boolean;
  /** The words that show it: the judgement, or the vague amount. */
  words?: string;
}

/** Judges the client's text of one leefgebied (quotations already taken out). */
export function entrySpecificity(text: string): EntryJudgement {
  const said = text.replace(/\s+/g, ' ').trim();
  if (!said) return { vague: false };
  // a bare noun phrase ("Mijn zoon.", "De kerk.") names someone or something, but nothing about them
  const bare = said.match(/\p{L}+/gu) ?? [];
  if (bare.length === 2 && /^(?:mijn|m|de|het|een|zijn|haar|onze|ons)$/i.test(bare[0]!) && !/\d/.test(said)) return { vague: true, words: said };
  const hasFact = FACT.test(said) || NAME_INSIDE.test(said);
  if (hasFact) return { vague: false };
  const sentences = said.split(/(?<=[.!?;])\s+/).map((s) => s.replace(/[.!?;:,]+$/, '').trim()).filter(Boolean);
  if (sentences.length && sentences.every(isJudgementOnly)) return { vague: true, words: said };
  // a bare noun phrase with no fact ("Mijn dochters.", "De kerk.") or a single word ("Koken.") says
  // nothing concrete; "Tuiniert graag." names an activity
  const words = said.match(/\p{L}+/gu) ?? [];
  if (words.length === 1 || (words.length === 2 && /^(?:mijn|m|de|het|een|zijn|haar|onze|ons)$/i.test(words[0]!))) return { vague: true, words: said };
  const amount = VAGUE_AMOUNT.exec(said);
  if (amount) return { vague: true, words: amount[0] };
  return { vague: false };
}
