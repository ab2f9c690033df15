/**
 * Safety first: a ranking step of its own, before scope and cards. A question that discloses or
 * hints at violence, abuse, an unsafe child or suicide — in Dutch or English, told now or in the
 * past tense, with typos — always opens with the card for the next steps: the meldcode for
 * violence, abuse and unsafe children, the taxatie van draagkracht for suicide hints.
 *
 * Word families live in data below. Single words are matched per token: the exact form, or the
 * same search stem (plurals and inflections: "verwondingen", "dreigementen"), or, for the
 * unambiguous roots, a compound that starts with the root ("kindermishandeling" contains
 * "mishandel", "zelfmoordgedachten" starts with "zelfmoord") or a typo of it (one edit). Phrase
 * families are regular expressions on the normalised question (lower case, no diacritics,
 * punctuation as spaces, "wasn't" → "wasnt").
 *
 * Most violence words are weak on their own ("slaat de vergadering over", "bang voor nieuwe
 * mensen", "hits the gym", the leefgebied "veiligheid en bescherming tegen geweld"): they count
 * only together with a person at home (partner, pa, kinderen, husband …) or, for clearly physical
 * verbs, a person as their object ("sloeg haar", "hitting her").
 */
import { normalize } from './normalize';
import { PatternGuard } from './pattern-guard';
import { situationHints, situationSignals } from './safety-situations';
import { searchStem } from './stem-nl';

export type SafetyKind = 'violence' | 'suicide';

export interface SafetySignal {
  kind: SafetyKind;
  /** The card that opens the answer. */
  card: string;
  /** Which family fired, for explain and tests. */
  family: string;
}

export const SAFETY_CARDS: Record<SafetyKind, string> = { violence: 'meldcode', suicide: 'taxatie-van-draagkracht' };

/** The concrete first steps for each kind, the same whether the coach declares or asks. */
const FIRST_STEPS: Record<SafetyKind, string> = {
  violence:
    'Is er nu acuut gevaar? Bel **112**. Twijfel je over huiselijk geweld of kindermishandeling, volg dan de meldcode: ' +
    '**stap 1**, leg de signalen vast (feiten en wat je zag of hoorde, met datum; je eigen indruk apart); ' +
    '**stap 2**, overleg nog vandaag met een collega of vraag advies aan **Veilig Thuis** (0800-2000, gratis, dag en nacht). Je hoeft dit niet alleen te dragen.',
  suicide:
    'Is er nu acuut gevaar? Bel **112**. Neem een hint over de dood of zelfdoding altijd serieus: ' +
    'vraag er rustig en rechtstreeks naar (denkt je cliënt aan een eind aan het leven, zijn er plannen of middelen?), laat iemand in acuut gevaar niet alleen, ' +
    'en overleg nog vandaag met een collega of de behandelaar. Wijs op **113 Zelfmoordpreventie** (113 of 0800-0113, gratis, dag en nacht).',
};

/** The opening of an answer that asks rather than declares: the coach may have read it wrong. */
export const WORRY_OPENING = '**Hoor ik een zorg over veiligheid?**';

/** The line that opens a safety answer: the concrete first steps, before the card's text. */
export const SAFETY_LINES: Record<SafetyKind, string> = {
  violence: `**Eerst de veiligheid.** ${FIRST_STEPS.violence}`,
  suicide: `**Eerst de veiligheid.** ${FIRST_STEPS.suicide}`,
};

/**
 * The same steps under a question, for a disclosure read by the learned model (disclosure-model.ts)
 * and not by a rule: likely enough to give the steps and the card, not certain enough to declare.
 */
export const LIKELY_SAFETY_LINES: Record<SafetyKind, string> = {
  violence: `${WORRY_OPENING} ${FIRST_STEPS.violence}`,
  suicide: `${WORRY_OPENING} ${FIRST_STEPS.suicide}`,
};

/**
 * The line before the topics offered for a question with safety evidence below the threshold: a
 * possible disclosure is never refused as "not about the method".
 */
export const SAFETY_HINT_LINE =
  `${WORRY_OPENING} Neem je niet-pluisgevoel serieus: leg vast wat je zag of hoorde en bespreek het nog vandaag met een collega. ` +
  'Twijfel je over geweld of een onveilig kind, volg dan de meldcode; hoor je een hint over de dood, vraag er rustig naar (taxatie van draagkracht).';

/**
 * A safety procedure or service the question names. The learned reading of a disclosure takes
 * its kind from the models, which can mix the two up ("can I ask Veilig Thuis for advice" read
 * as a suicide hint); a question that names the meldcode's service is about violence, one that
 * names 113 about suicide.
 */
const NAMED_PROCEDURE: Record<SafetyKind, RegExp> = {
  violence: /\b(?:veilig thuis|meldcode|amk|advies en meldpunt)\b/,
  suicide: /\b(?:113|zelfmoordpreventie|suicidepreventie|suicide prevention)\b/,
};

/** The kind of the one safety procedure the question names, if it names exactly one. */
export function namedProcedure(question: string): SafetyKind | undefined {
  const text = normalize(question);
  const named = (['violence', 'suicide'] as const).filter((k) => NAMED_PROCEDURE[k].test(text));
  return named.length === 1 ? named[0] : undefined;
}

/** Unambiguous roots: one is enough. Matched as word, stem, compound start or typo. */
const STRONG_ROOTS: Record<SafetyKind, string[]> = {
  violence: [
    'mishandel', 'kindermishandel', 'verkracht', 'aanrand', 'aangerand', 'incest', 'partnergeweld', 'huiselijkgeweld', 'eergerelateerd',
    'loverboy', 'uithuwelijk', 'besnijdenis', 'rape', 'raped', 'molest', 'grooming',
    // Orders that exist because of earlier violence, and stalking.
    'contactverbod', 'straatverbod', 'huisverbod', 'gebiedsverbod', 'stalk',
  ],
  suicide: [
    'zelfmoord', 'suicid', 'suicide', 'zelfdoding', 'doodswens', 'doodsgedacht', 'levensmoe', 'zelfbeschadig', 'zelfverwond', 'afscheidsbrief', 'selfharm',
  ],
};

/**
 * Tokens that look like a root, or like a typo of one, but are not: "geweldig", "moest" and
 * "moestuin" (one letter from "molest"), "ingesteld" (from "incest"), "aangebrand" and
 * "aanraden" (from "aangerand", "aanrand"), "levensdoel" and "levensmoed" (a life goal and the
 * courage to live, next to "levensmoe"). Found by reading every word of our sets, sources and the
 * domain texts through the roots.
 */
const NOT_SAFETY =
  /^(?:geweldig\w*|geweldlo\w*|raper\w*|rapen|raapt|graperig|zelfmoordaansla\w*|zelfmoordterror\w*|zelfmoordcommando\w*|zelfmoordmissie\w*|moest\w*|ingestel\w*|aangebrand\w*|aanbrand\w*|aanrad\w*|levensmoed\w*|levensdoel\w*|ancestor\w*)$/;
/** The Dutch loans of "push" mean pressing someone to act ("zonder te pushen"), not a shove. */
const DUTCH_PUSH = /^(?:pushen|pusht|pushte|pushten|gepusht|pushy)$/;
/** Dutch sleeping shares its stem with the English "slap": "blijven slapen" is no blow. */
const SLEEP = /^(?:slapen|slaap|slaapt|sliep|sliepen|geslapen|slaapje)$/;

/** Word families: forms written out, matched as token or search stem. */
const FAMILIES = {
  /** Clearly physical acts: with a person at home, or a person as object right after. */
  hit: 'slaan slaat sla sloeg sloegen geslagen schoppen schopt schopte schopten geschopt wurgen wurgt wurgde gewurgd stompen stompt stompte gestompt beat beats beating beaten slap slaps slapped slapping punch punches punched punching kick kicks kicked kicking choke chokes choked choking strangle strangled strangling ' +
    'knijpen knijpt kneep knepen geknepen trappen trapt trapte getrapt bijten bijt beet gebeten grijpen grijpt greep gegrepen meppen mept mepte gemept sleuren sleurt sleurde gesleurd pinch pinched bite bit bitten grab grabbed grabbing',
  /** Acts that also have a harmless sense ("push her to set goals"): need a person at home. */
  harm: 'duwen duwt duwde geduwd schudden schudt schudde geschud knijpen knijpt kneep hit hits hitting push pushes pushed pushing shove shoved shake shakes shook shaken hurt hurts hurting',
  /** Outbursts at home: "pa gaat los", "door het lint". */
  outburst: 'losgaan losgaat losging losgegaan flippen flipt flipte geflipt ontploft ontploffen tekeer tekeergaan uitgeschoten uitschieten uitschiet',
  threat: 'dreigen dreigt dreigde gedreigd bedreigen bedreigt bedreigde bedreigd dreigement bedreiging threaten threatens threatened threatening threat threats threatend threatning threatned',
  fear: 'bang angstig angst doodsbang afraid scared frightened terrified fear fears',
  /** A controlling partner: a risk sign next to a partner or parent. */
  control: 'controlerend controlerende controlling jaloers jealous',
  harmNoun:
    'geweld gewelddadig violence violent bruise bruises bruised bruising letsel verwonding verwondingen injury injuries ' +
    'brandplek brandplekken brandplekje brandplekjes brandwond brandwonden brandwondjes striemen kneuzing kneuzingen wurgsporen grijpplekken grijpplek knijpplekken vingerafdrukken burns welts',
  /** Noise and the police at home: two of them, or one with another weak sign, count. */
  alarm: 'geschreeuw gegil gillen gilde schreeuwen schreeuwde gescheld gebonk gebons huilen huilden huilende politie screaming shouting yelling banging crying police',
  neglect: 'verwaarloos verwaarloosd verwaarloost verwaarlozing neglect neglected neglecting honger hungry vies vieze dirty ondervoed',
  abuse: 'misbruik misbruikt misbruikte abuse abused abusing abusive',
} as const satisfies Record<string, string>;

/** People and places at home: what turns a weak word into a signal. */
const HOME =
  'partner man echtgenoot echtgenote vrouw vriend vriendin ex vader pa papa moeder ma mama stiefvader stiefmoeder ouders ouder broer broers zus zussen schoonfamilie oom tante opa oma ' +
  'zoon zoontje dochter dochtertje kind kinderen kindje kinderen baby peuter kleuter tiener puber jongen meisje thuis gezin huize ' +
  'husband wife boyfriend girlfriend father dad daddy mother mom mum stepfather stepdad parent parents brother sister uncle son daughter child children kid kids baby toddler teenager teen family home';
/** Adults at home who can be a source of danger: "bang voor haar ex", "afraid of her husband". */
const ADULT = new Set(
  ('partner man echtgenoot vriend ex vader pa papa moeder ma mama stiefvader stiefmoeder broer broers ouders familie schoonfamilie schoonvader schoonmoeder oom opa ' +
    'husband boyfriend father dad daddy mother mom mum stepfather stepdad brother brothers parents family uncle').split(' '),
);
/** A person as the object of a physical verb: "sloeg haar", "hitting her". */
const OBJECT = new Set('haar hem mij me ze zijn hun her him them elkaar'.split(' '));
/** Children, for neglect. */
const CHILD = new Set('kind kinderen kindje kinderen baby peuter kleuter zoon zoontje dochter dochtertje tiener puber jongen meisje child children kid kids toddler son daughter infant teenager'.split(' '));
/** A child by age: "her 10-year-old", "een meisje van 15", "de 12-jarige". */
const CHILD_AGE = /\b(?:[1-9]|1[0-7]) ?(?:year old|years old|jarige|jarig|jaar oud)\b|\b(?:meisje|jongen|kind|zoon|dochter|girl|boy) van (?:[1-9]|1[0-7])\b/;

/** Children in compounds: "tienerdochter", "stiefzoon", "pleegkind", "broertje". */
/** Family in compounds: "stiefbroer", "pleegmoeder", "schoonzus", "halfbroer". */
const FAMILY_COMPOUND = /^(?:stief|pleeg|schoon|half)\w{2,}$/;
const CHILD_COMPOUND = /^\w+(?:dochter|zoon|kind|kinderen|dochtertje|zoontje)$|^(?:broertje|zusje|kleinkind|kleinzoon|kleindochter)$/;

/** Particles that make "slaan" harmless: "slaat de vergadering over", "slaat alarm", "slaat aan". */
const HARMLESS_AFTER = new Set('over aan op dicht alarm toe terug af doorheen om door'.split(' '));
/** Words before "abuse"/"misbruik" that make it about substances. */
const SUBSTANCE = new Set('alcohol drug drugs substance middelen middelenmisbruik softdrugs cannabis'.split(' '));
/** The leefgebied's own name is a method term, not a disclosure. */
const LEEFGEBIED_NAME = /\b(?:veiligheid (?:en|&)? ?)?bescherming tegen geweld\b/g;
/** The meldcode's own name names the procedure, not something that happened: "de meldcode huiselijk geweld en kindermishandeling". */
const MELDCODE_NAME = /\bmeldcode (?:voor )?huiselijk geweld(?: en kindermishandeling)?\b/g;

/** Phrases for suicide hints and self-harm, Dutch and English, on the normalised text. */
const SUICIDE_PHRASES: RegExp[] = [
  // "Wil niet meer leven zoals nu" is a wish for another life, not a wish to die.
  /\bniet meer (?:willen |wil |te )?(?:leven|leeft|leef|bestaan)\b(?! (?:zoals|op deze manier|in de opvang|like this|this way))/,
  // Everything, or life itself, is pointless.
  /\b(?:alles|het leven|zijn leven|haar leven|mijn leven) (?:\w+ ){0,2}zinloos\b|\b(?:everything|life) (?:is |feels )?(?:pointless|meaningless)\b/,
  // "Wil dood graag naar het concert" and "dying to" are eagerness, not a wish to die.
  /\b(?:wil|wilde|willen|wou|want|wants|wanted|wanting) (?:\w+ ){0,2}(?:dood|to die)\b(?! (?:graag|moe|ziek|leuk|eng|stil|gewoon|op\b))/,
  /\b(?:liever dood|dood (?:wil|wilde|willen|wou|wilt))\b/,
  /\ber (?:\w+ ){0,2}(?:niet|nooit) meer (?:zou |zal |wil |wilde |hoeft te |kan |kon |mag |zou willen )?(?:zijn|was|ben|waren|is)\b/,
  /\b(?:het|t) hoeft (?:allemaal |voor (?:hem|haar|mij|me) )*niet meer\b(?! te)/,
  /\bhoeft (?:het|t) (?:allemaal |voor (?:hem|haar|mij|me) )*niet meer\b(?! te)/,
  // Lying down and not getting up again; an overdose just survived.
  /\bliggen en niet meer (?:opstaan|opstaat|op te staan)\b|\b(?:lie down and|go to sleep and) (?:never|not) (?:get up|wake up)\b/,
  /\b(?:na|after) (?:een |an |her |his )?(?:overdosis|overdose)\b|\b(?:overdosis|overdose) (?:genomen|taken|took|had)\b/,
  // Saving up a medicine by name: "spaart zijn oxazepam op".
  /\b(?:spaart|spaarde|verzamelt|hamstert|opgespaard|saving|saves|hoarding|hoards)\b(?: \w+){0,3} (?:\w+(?:azepam|zolam|apine|idon|peridol|oxetine|alopram|traline|afaxine|pramine)|slaappillen|paracetamol|sleeping pills)\b/,
  /\b(?:het|t)(?: \w+){0,3} niet meer hoeft\b(?! te)/,
  /\b(?:eind|einde) (?:aan |maken aan )?(?:zijn|haar|mijn|m n|z n|hun) (?:eigen )?leven\b/,
  /\ber een (?:eind|einde) aan (?:maken|te maken|maakt|maakte)\b/,
  /\bniet meer wakker (?:worden|wordt|word|te worden)\b/,
  /\bbeter af (?:\w+ ){0,2}zonder (?:mij|me|haar|hem)\b/,
  /\b(?:zichzelf|zich) (?:\w+ ){0,2}(?:aandoen|aan doen|aan te doen|van kant)\b/,
  /\b(?:snijdt|snijd|snijt|snijden|sneed|krast|kras|krassen|kraste|beschadigt|beschadigen) (?:\w+ ){0,2}(?:zichzelf|zich)\b/,
  /\b(?:zichzelf|zich) (?:\w+ ){0,3}(?:snijdt|snijden|sneed|krast|krassen|kraste)\b/,
  /\b(?:in|op) (?:zijn|haar|z n|d r|zn|dr|his|her) (?:armen|arm|polsen|pols|benen|been|bovenbenen|huid|arms|wrists|legs|skin) (?:\w+ )?(?:snijdt|snijden|sneed|krast|krassen|kraste|gekrast|gesneden|kerft|gekerfd|cuts|cut|scratches)\b/,
  /\b(?:snijdt|snijden|sneed|krast|krassen|kraste|kerft|kerfde|kerven|cuts|cut|cutting|scratches)\b (?:zich |zichzelf |herself |himself )?(?:\w+ ){0,3}(?:in|op|on) (?:zijn|haar|z n|d r|zn|dr|his|her) (?:armen|arm|polsen|pols|benen|been|bovenbenen|huid|arms|wrists|legs|skin)\b/,
  /\b(?:van|voor) (?:de|het|een) (?:flat|brug|dak|trein|balkon) (?:af )?(?:wil |wilde |gaat |te )?(?:springen|springt|spring|sprong)\b/,
  /\b(?:springen|springt|spring|sprong) (?:\w+ ){0,3}(?:flat|brug|dak|trein|balkon)\b/,
  /\b\w*(?:pillen|medicijnen|medicatie|tabletten) (?:\w+ ){0,2}(?:opsparen|sparen|spaart|spaarde|opspaart|opspaarde|opgespaard|verzamelt|hamstert)\b/,
  /\b(?:spaart|spaarde|verzamelt|hamstert) (?:\w+ ){0,2}(?:pillen|medicijnen|tabletten|medicatie)\b/,
  /\b(?:saving|saved|saves|save|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) (?:up )?(?:\w+ )?(?:pills|tablets|medication|meds|sleeping pills)\b/,
  /\b(?:geen|niks|niets) (?:zin|reden) (?:meer )?(?:in|om|voor) (?:het |te )?leven\b/,
  // No wish for anything any more, in any word order: "nergens meer zin in", "geen zin meer in,
  // in alles niet". Without "meer" it is a bad day ("hij had nergens zin in vandaag").
  /\bnergens (?:meer zin|zin meer) in\b|\bgeen zin meer in (?:alles|niks|niets)\b|\bgeen zin meer in (?:heeft|had|hebben)\b(?: \w+){0,2} (?:alles|niks|niets)\b|\bzin in niks meer\b/,
  /\b(?:no|lost (?:all )?) interest in anything any ?more\b|\b(?:doesnt|does not|dont|do not) (?:care about|feel like doing|want to do) anything any ?more\b/,
  /\b(?:geeft|gaf|weggeven) (?:\w+ ){0,2}(?:spullen|bezittingen) (?:weg|aan iedereen)\b/,
  /\b(?:kill|kills|killing|killed|end|ends|ending|ended|take|takes|taking|took) (?:him|her|my|them|your)sel(?:f|ves)\b/,
  /\b(?:kill|kills|killing|killed) (?:him|her|my|them)sel(?:f|ves)\b/,
  /\b(?:end|ends|ending|ended|take|takes|taking|took) (?:his|her|my|their) (?:own )?life\b/,
  /\bend (?:it|things) all\b/,
  /\b(?:better|best) off (?:dead|without (?:me|her|him|them))\b/,
  /\b(?:if|that) (?:i|he|she|they) (?:was|were) (?:dead|gone)\b/,
  /\b(?:nothing|no reason|nobody) to live for\b/,
  /\bno (?:reason|point) (?:to|in) (?:live|living|going on)\b/,
  /\b(?:wasnt|werent|isnt|not|be|being) (?:around|here) any ?more\b/,
  /\bno longer (?:be |being )?(?:around|here|alive)\b/,
  /\b(?:not|never) (?:to )?wake up\b/,
  /\bself (?:harm|harming|harmed|injury|injuring)\b/,
  /\b(?:poging|pogingen) (?:met|tot) (?:medicijnen|pillen|medicatie|tabletten|ophanging|verdrinking|een mes)\b|\b(?:attempt|attempts) (?:with|using) (?:pills|medication|tablets)\b/,
  /\b(?:cuts|scars|snijwonden|sneden|krassen) (?:\w+ ){0,2}(?:on|op) (?:her|his|haar|zijn) (?:thighs|bovenbenen|dijen|buik|stomach)\b/,
  /\bthat ?s it for me\b|\bthen i ?m done\b/,
  /\b(?:dan|straks|morgen|volgende week) (?:ben|is) (?:ik|hij|ze|zij) er niet meer\b/,
  /\b(?:cut|cuts|cutting|hurt|hurts|hurting|harm|harms|harming) (?:him|her|my|them)sel(?:f|ves)\b/,
  /\bcutting (?:her|his|their|my) (?:arms|wrists|legs|skin)\b/,
  /\bjump (?:off|in front of)\b/,
  // Warning signs: nobody would miss me, no point any more, giving things away, an attempt, the means.
  /\bniemand (?:zou|zal) (?:me|mij|haar|hem) (?:\w+ )?missen\b|\b(?:nobody|no one) (?:would|will) miss\b/,
  /\b(?:me|mij|hem|haar)\b(?: \w+){0,2} (?:niet|nooit) (?:zou|zouden|zal|zullen|gaan|gaat) missen\b|\b(?:wont|will not|wouldnt|would not) (?:\w+ )?miss (?:me|him|her)\b/,
  // Not caring whether she wakes up; trying again and doing it better; a note that says sorry for everything.
  /\b(?:(?:maakt|uitmaakt|boeit) (?:\w+ ){0,3}(?:niet|niks|niets) (?:uit )?|(?:niet|niks|niets) (?:uitmaakt|boeit) )of (?:ze|zij|hij|ik) (?:\w+ ){0,4}wakker (?:wordt|word|worden)\b|\b(?:doesnt|does not|dont|do not) care (?:if|whether) (?:she|he|i) wakes? up\b/,
  /\bgeprobeerd\b(?: \w+){0,6} volgende keer (?:doe ik het|lukt het|gaat het)\b|\btried\b(?: \w+){0,6} next time (?:i ll|i will|it will)\b/,
  /\b(?:brief|briefje|kaart|note|letter)\b(?: \w+){0,12} (?:het )?(?:spijt me van alles|sorry voor alles|sorry for everything)\b/,
  // Not wanting to wake up; stepping out of life ("eruit stappen", "uit het leven stappen").
  /\b(?:dont|do not|doesnt|does not|never) want to wake up\b|\bniet meer wakker (?:willen|wil) worden\b/,
  /\beruit (?:te |kan |wil |wilde |wou |gaan )?stappen\b|\ber (?:\w+ ){0,2}uit (?:te |kan |wil |wilde |wou |gaan )?stappen\b(?! (?:uit|bij|met) )|\buit het leven (?:te )?(?:stappen|stapt|stapte)\b/,
  // A strip or box of pills swallowed at once: an overdose taken.
  /\b(?:slikte|slikt|geslikt|nam|genomen|took|swallowed|taken) (?:\w+ ){0,3}(?:een hele|hele|alle|een handvol|a whole|a handful of|all (?:his|her|the)) (?:strip |doos |doosje |pot |box |pack |packet |bottle of )?(?:\w+ )?(?:\w*pillen|tabletten|medicijnen|paracetamol|\w+azepam|pills|tablets|meds)\b/,
  // Being only a burden to others ("iedereen alleen maar tot last"), a known warning sign.
  /\b(?:iedereen|anderen|jullie|de familie|(?:zijn|haar) (?:kinderen|familie|ouders|vrouw|man))(?: \w+){0,3} tot last\b|\b(?:a )?burden (?:to|on) (?:everyone|everybody|others|(?:his|her|my) (?:family|kids|children|parents))\b/,
  // Soon done with it all, not around much longer, indifferent to what happens to oneself.
  /\ber (?:\w+ )?(?:binnenkort|bijna|straks|snel) (?:wel )?klaar mee\b|\b(?:wont|will not|dont|do not) have to (?:deal with|worry about|put up with|see) (?:me|him|her) (?:\w+ )?(?:much )?(?:longer|any ?more)\b|\bniet lang meer (?:last van|met) (?:mij|me|hem|haar)\b/,
  /\bmaakt (?:\w+ ){0,2}(?:niet|niks|niets) uit wat er met (?:mij|me|hem|haar) gebeurt\b|\b(?:doesnt|does not|dont|do not) matter what happens to (?:me|him|her)\b/,
  /\b(?:zie|ziet|zag|zien) (?:het |de )?(?:nut|zin) (?:\w+ ){0,3}(?:niet|nergens) meer\b/,
  /\b(?:waarvoor|waarom) (?:ze|hij|ik|zij) (?:nog )?(?:leeft|leef|leven|doorgaat|door moet)\b|\bwhat (?:she|he|i) (?:is|am) (?:still )?living for\b/,
  /\b(?:spullen|bezittingen|belongings|things) (?:\w+ ){0,2}(?:weggegeven|weg gegeven|weggeeft|weggeven|given away|giving away|gave away)\b/,
  /\bafscheid (?:\w+ ){0,3}alsof\b|\bsaid goodbye (?:\w+ ){0,3}as if\b/,
  /\b(?:sneden|snijwonden|sneetjes|krassen|littekens|cuts|scars|scratches) (?:\w+ ){0,2}(?:op|on|in|over) (?:zijn|haar|z n|his|her|their) (?:onder)?(?:armen|arm|polsen|pols|benen|been|bovenbenen|dijen|arms|wrists|legs|thighs)\b/,
  /\b(?:om )?niet te overleven\b|\bdodelijke (?:dosis|hoeveelheid)\b|\blethal dose\b|\bnot (?:to )?survive\b/,
  /\ber (?:\w+ ){0,2}(?:eind|einde) aan (?:\w+ ){0,2}(?:maken|te maken|maakt|maakte)\b/,
  /\b(?:deed|doet|heeft|had|did|made) (?:\w+ ){0,3}(?:een |a )?(?:zelfmoord|suicide )?(?:poging|attempt)\b(?! (?:om|tot het|te|to))|\b(?:previous|earlier|past|eerdere|vorige) (?:suicide |zelfmoord)?(?:attempts?|poging(?:en)?)\b(?! (?:\w+ )?(?:om|te|tot|to|at|bij)\b)/,
  /\b(?:strop|noose)\b|\b(?:touw|rope) (?:\w+ ){0,5}(?:kamer|zolder|kast|kledingkast|rugzak|tas|auto|bed|schuur|kelder|garage|room|attic|wardrobe|closet|cupboard|backpack|bag|car|shed|basement|verstopt|hidden)\b|\b(?:vond|gevonden|found) (?:\w+ ){0,3}(?:touw|rope)\b|\b(?:touw|rope) (?:\w+ ){0,2}(?:gekocht|aangeschaft|besteld|bought|ordered)\b/,
  // Thoughts of death named as such; "gedachten over de dood van haar moeder" is grief.
  /\bgedachten? (?:aan|over) (?:de dood|doodgaan|dood gaan|sterven)\b(?! van)|\bthoughts (?:of|about) (?:death|dying|ending it|suicide)\b(?! of)|\bdeath wish\b/,
  // Going under: "even kopje onder en klaar".
  /\b(?:kopje onder|onder water|onder blijven|onderduiken)\b(?: \w+){0,2} en (?:dan )?(?:is het )?(?:klaar|over|voorbij|weg)\b/,
  // Risk taken on purpose, with "if it goes wrong, fine".
  /\b(?:expres|express|opzettelijk|bewust|on purpose|deliberately)\b(?: \w+){0,12} (?:als het (?:\w+ ){0,2}misgaat|if it goes wrong)\b(?: \w+){0,3} (?:prima|ook goed|dan is dat maar zo|jammer dan|fine|so be it|whatever)\b/,
  // At an edge: "één stap en het is voorbij", "een stapje en dan is het klaar".
  /\b(?:een|1) (?:stap|stapje) (?:\w+ )?en (?:dan )?(?:is )?(?:het|t|alles) (?:is )?(?:klaar|voorbij|over|gedaan|afgelopen)\b|\bone (?:more )?step and (?:it s|it is|its|it would be|it ll be) (?:all )?(?:over|done)\b/,
  /\b(?:praat|praten|praatte|spreekt|sprak|begint|begon|heeft het) (?:\w+ ){0,3}over (?:doodgaan|dood gaan|de dood|sterven|er niet meer zijn)\b|\b(?:talks?|talking|talked) about (?:dying|death|being dead)\b/,
];

/** Phrases for violence, abuse and unsafe children that are signals on their own. */
const VIOLENCE_PHRASES: RegExp[] = [
  // Money taken from someone with a learning disability on payday; an older person threatened
  // with a care home unless the house is signed over.
  /\b(?:leefgeld|zakgeld|uitkering|salaris|loon|payday|benefits)\b(?: \w+){0,12} (?:geeft (?:hij |ze |zij )?(?:ze |hun |hen )?alles|staan (?:\w+ ){0,2}voor de deur|gives them everything|waiting at (?:his|her) door)\b/,
  /\b(?:anders|or else|otherwise)\b(?: \w+){0,2} (?:stopt|stuurt|zet|brengt|plaatst|puts|sends|will put|ll put)\b(?: \w+){0,4} (?:in|naar|into) (?:een |a )?(?:tehuis|verpleeghuis|verzorgingshuis|care home|nursing home)\b/,
  // Fear of a partner told in a few words: a knife under her pillow "for when I do it again", a
  // whisper that he is there, begging someone not to come round, obeying or sleeping in the hall.
  /\b(?:mes|knife)\b(?: \w+){0,3} (?:onder (?:haar|zijn|het) (?:kussen|hoofdkussen|matras)|under (?:her|his|the) (?:pillow|mattress))\b/,
  /\b(?:hij is hier|he s here|hes here|he is here)\b(?: \w+){0,3} (?:kan niet praten|kan nu niet praten|cant talk|can t talk|cannot talk)\b/,
  /\b(?:smeekte|smeekt|smeken|smeekten|begging|begged|begs)\b(?: \w+){0,4} (?:niet langs (?:\w+ )?(?:te )?komen|niet te komen|not to come)\b/,
  /\bals (?:ik|ze|zij|je) niet doe\w* wat (?:hij|hem|ze) (?:zegt|wil)\b|\bif (?:i|she) (?:dont|doesnt|do not|does not) do what he (?:says|wants)\b/,
  // Threats that need no violent word: "weet ik je te vinden", "then she knows what will happen".
  /\bweet ik (?:je|jou|haar|hem) (?:wel |heus )?te vinden\b|\bik weet waar (?:je|jij|ze|zij|hij) woon\w*\b|\bi know where (?:you|she|he) lives?\b/,
  /\b(?:weet (?:ze|zij|hij|je|jij)|(?:ze|zij|hij|je|jij) (?:heus |wel |dan )?weet) (?:heus |wel |dan )?wat er (?:dan )?(?:gebeurt|zal gebeuren|gaat gebeuren)\b|\b(?:she|he|you) knows? what (?:will|is going to|ll) happen\b/,
  // A conditional threat on one's life: "als mijn broers me met haar zien, ben ik er geweest".
  /\bals\b(?: \w+){1,8} (?:ben ik|is hij|is ze|zijn we|ben jij) er (?:gewoon )?geweest\b/,
  // Made to sign for loans or debts: "zijn broer liet hem papieren tekenen, nu staan er leningen op zijn naam".
  /\b(?:laat|liet|laten|had|has|made|makes) (?:hem|haar|him|her) (?:\w+ ){0,3}(?:tekenen|ondertekenen|sign)\b(?: \w+){0,12} (?:lening|leningen|schulden|loans?|debts?|contract\w*)\b|\b(?:lening|leningen|loans?|debts?) (?:\w+ ){0,3}(?:op|in) (?:zijn|haar|his|her) (?:naam|name) (?:afgesloten|genomen|taken out) (?:door|by)\b/,
  // A cigarette put out on someone's skin.
  /\b(?:sigaret|sigaretten|peuk|peuken|cigarette|cigarettes)\b(?: \w+){0,3} (?:uit )?(?:op|on) (?:haar|zijn|her|his|mijn|my) (?:arm|armen|hand|handen|huid|been|benen|arms|hands|skin|leg)\b/,
  /\bhu\w{2,5}lijk (?:geweld|gewelt)\b/,
  /\b(?:papa|pa|vader|mama|ma|moeder|stiefvader|zijn vriend|haar vriend|haar man|zijn vrouw)\b(?: \w+){0,2} (?:heeft|had|doet|deed) (?:\w+ ){0,2}(?:mama|papa|haar|hem|mij|me|ons) (?:weer |vaak |soms )?pijn(?: gedaan)?\b|\b(?:papa|pa|vader|mama|ma|moeder|stiefvader)\b(?: \w+)? (?:mama|papa|haar|hem|mij|me|ons) (?:\w+ )?pijn (?:doet|deed|heeft gedaan|gedaan heeft)\b/,
  // "Maakt mama blauw", "gaf haar een zet tegen de kast": blows told in everyday words.
  /\b(?:maakt|maakte|maken)\b(?: \w+){0,2} (?:bont en )?blauw\b|\b(?:bont en )?blauw (?:heeft |had |hebben )?(?:gemaakt|geslagen)\b|\b(?:een )?(?:zet|duw|douw) (?:\w+ ){0,2}(?:tegen|in|op) (?:de|het|een) (?:kast|muur|deur|grond|vloer|tafel)\b/,
  // Name-calling in past tense with the particle: "schold haar uit".
  /\b(?:schold|scholden) (?:\w+ ){0,2}(?:haar|hem|de kinderen|mij|me) (?:\w+ ){0,2}uit\b/,
  /\b(?:domestic|family|partner) (?:violence|abuse)\b/,
  /\bsexu(?:al|ally|eel|ele) (?:abuse|abused|assault|assaulted|misbruik|misbruikt|geweld|intimidatie)\b/,
  /\b(?:seksueel|seksuele) (?:\w+ ){0,2}(?:misbruik|misbruikt|benaderd|lastig)\b/,
  /\bin elkaar (?:geslagen|getrapt|slaan|slaat|sloeg)\b/,
  /\b(?:haar|hem|mama|papa|mij|me|ons|kind|kinderen) pijn (?:doet|doen|deed|gedaan)\b/,
  /\b(?:doet|deed|doen) (?:haar|hem|mama|papa|mij|me|ons) pijn\b/,
  /\b(?:aan (?:haar|hem|mij|me) (?:zat|zit|zitten|zaten)|(?:zat|zit|zitten|zaten) (?:\w+ ){0,2}aan (?:haar|hem|mij|me))\b/,
  /\b(?:touched|touches|touching) (?:her|him|me)\b/,
  /\b(?:niet|nooit) (?:meer )?(?:veilig|safe) (?:thuis|at home)\b|\b(?:thuis|at home) (?:\w+ ){0,1}(?:niet|nooit|not) (?:meer )?(?:veilig|safe)\b/,
  /\b(?:durft|durfde|durven|afraid|scared) (?:\w+ ){0,2}(?:niet )?(?:naar huis|to go home|go home)\b/,
  /\bgets? violent\b/,
  // Sexual coercion, marks of strangling.
  // Throwing things at someone.
  /\b(?:threw|throws|throwing|gooide|gooit|smeet|smijt|gooiden) (?:\w+ ){0,3}(?:at|naar) (?:her|him|me|them|haar|hem|mij|me|(?:zijn|haar|mijn|z n|his|her|my) (?:hoofd|gezicht|lijf|head|face))\b/,
  /\b(?:dwingt|dwong|dwingen|gedwongen|forced|forces|forcing|pressures?) (?:\w+ ){0,3}(?:tot )?(?:seks|sex|seksuele)\b/,
  /\bmarks? (?:on|around) (?:her|his|their) (?:neck|throat|arms|face|wrists)\b|\b(?:plekken|striemen|sporen) (?:op|om|rond) (?:haar|zijn) (?:nek|keel|hals)\b/,
];

/**
 * Threats to kill or hurt a person. A signal unless said in jest (a joke, a game, a grin) or as
 * the idiom for an everyday mishap ("mijn moeder vermoordt me als ik te laat kom"); a weapon or
 * "he meant it" keeps it a threat whatever else is said.
 */
const KILL_THREAT =
  /\b(?:maak|maakt|maken|maakte) (?:ik |hij |ze |zij )?(?:haar|hem|je|jou|jullie|mij|me) af\b|\b(?:haar|hem|je|jou|jullie|mij|me) (?:\w+ ){0,2}(?:afmaakt|afmaken|afmaak|afgemaakt)\b|\bvermoord\w*\b|\b(?:kill|kills) (?:her|him|you|me|them|us)\b|(?<!\bis )\bkilling (?:her|him|you|me|them)\b|\b(?:schiet|steek|sla) (?:ik |hij )?(?:je|jou|haar|hem|jullie) (?:dood|neer|overhoop)\b|\b(?:threaten\w*|threatend|dreig\w*|bedreig\w*) (?:\w+ ){0,3}(?:to )?(?:kill|murder|stab|shoot|vermoorden|doden|neer te steken|neersteken|dood te (?:maken|schieten|steken)|af te maken)\b/;
const SAID_IN_JEST =
  /\b(?:grap|grapje|grappen|grapte|lachend|lachte|lachten|iedereen lachte|grijnzend|grinnikend|knipoog|plagen|plaagde|plagend|spel|spelletje|potje|gamen|gamet|joke|joked|joking|jokingly|kidding|laughing|grinning|teasing|banter|game|games|gaming|videogame|lol|haha|hahaha|scheidsrechter|referee)\b|\bvideo ?game\b|\b(?:op|on) (?:de )?(?:tv|televisie|television)\b/;
const KILL_IDIOM =
  /\b(?:letters|brieven|paperwork|papierwerk|debts?|schulden|bills|rekeningen|rota|rooster|work|werk|stress|heat|hitte)\b(?: \w+){0,3} (?:are |is )?killing (?:him|her|me|us)\b|\b(?:will|gonna|going to|would|ll|d) kill (?:me|him|her|us) (?:if|when)\b(?: \w+){0,6} (?:late|fail|fails|failed|forget|forgets|break|breaks|broke|lose|loses|mess|exam|test|grade|grades)\b|\bvermoord(?:t|en)? (?:me|mij|hem|haar|ons) (?:als|wanneer)\b(?: \w+){0,6} (?:te laat|zak|zakt|zakken|vergeet|vergeten|kapot|kwijt|verlies|toets|examen|cijfer|cijfers|rommel)\b/;
const SERIOUS = /\b(?:meant it|meende|menens|serieus|serious|seriously|mes|knife|pistool|gun|wapen|weapon|geen grap(?:je)?|niet als grap|(?:not|no) (?:a )?joke|not joking|not kidding|(?:not|no) (?:a )?game|geen spel(?:letje)?)\b/;

/** "Man" as a husband ("haar man", "de man van mevrouw"), not "een rustige man" or "12 man". */
function isHusband(tokens: readonly string[], i: number): boolean {
  return ['haar', 'mijn', 'je', 'jouw', 'uw', 'hun', 'dr', 'zn'].includes(tokens[i - 1] ?? '') || tokens[i + 1] === 'van';
}

/** A thing in THINGS; the English "door" only after an article, since the Dutch "door" is "by" ("geslagen door haar vader"). */
function isThing(word: string, before: string | undefined): boolean {
  return THINGS.has(word) && (word !== 'door' || ['the', 'a', 'his', 'her', 'that', 'front'].includes(before ?? ''));
}

/** A threat or an attack aimed at the worker or a colleague: "bedreigde mij bij de balie", "threatened me with a knife". */
const AGAINST_WORKER =
  /\b(?:bedreigde|bedreigt|bedreigd|dreigde|bedreigen|sloeg|slaat|duwde|schopte|aanviel|viel|schold|scheldt|threatened|threatens|threatening|attacked|hit|punched|pushed|kicked|went for|shouted at|swore at)\b(?: \w+){0,2} (?:mij|me|ons|us|een collega|mijn collega|de collega|collegas|a colleague|my colleague|staff|the staff|medewerkers?)\b/;
/** The worker's or a peer worker's own history: "ik ben zelf opgenomen geweest na een poging", "haar eigen suïcidepoging". */
const OWN_HISTORY =
  /\bik (?:ben|heb)(?: \w+){0,4} zelf\b|\b(?:ervaringsdeskundige|peerwerker|ervaringswerker|collega|peer worker|colleague)\w*(?: \w+){0,6} (?:haar|zijn|her|his) (?:eigen|own)\b|\bmy own\b|\bmijn eigen\b/;

/** Families that only name violence or suicide (a word, a phrase, two weak words), with no act or sign told. */
const NAMING_FAMILIES = new Set(['root', 'violence-phrase', 'violence-named', 'abuse', 'weak-pair', 'suicide-phrase']);
/** Acts that, told as history (OVER_NOW), are history too: a blow, a push, self-harm. */
const HISTORY_FAMILIES = new Set(['hit', 'harm', 'harm-at-home', 'self-harm']);
/** A text to translate, or a leaflet, poster, house rules or training to make. */
const MATERIAL =
  /\b(?:vertaal|vertalen|vertaling|translate|translating|translation|folder|flyer|poster|brochure|leaflet|huisregels|house rules|voorlichtingsmateriaal|presentatie|presentation|film|documentaire|documentary|serie|series|boek|book|training|trainingsdag|training day|cursus|workshop)\b/;
/**
 * Violence or self-harm clearly over: in childhood, years ago, a process closed, talked out. With
 * a method question and nothing that says it goes on, the question is about the person now.
 */
const OVER_NOW =
  /\b(?:als kind|als tiener|als puber|as a child|as a kid|as a teenager|in (?:zijn|haar|his|her) jeugd|jaren geleden|\d+ jaar geleden|(?:ten|twenty|\d+) years ago|years ago|verleden tijd|traject afgesloten|afgesloten|inmiddels (?:afgelopen|voorbij)|is afgelopen|uitgepraat|talked it through|well for (?:over )?(?:\w+ )?years)\b/;
/** Words that say it goes on, or happened lately. */
const GOES_ON =
  /\b(?:weer|opnieuw|nog steeds|nog altijd|sindsdien|nu ook|again|still|these days|lately|laatst|onlangs|gisteren|vandaag|vannacht|deze week|vorige week|yesterday|today|last night|this week|last week)\b/;
/** Violence long past or handled: years ago, a conviction, a contact ban in force, safe now. */
const HANDLED_PAST =
  /\b(?:jaren geleden|lang geleden|\d+ jaar geleden|veroordeeld|na jaren|vroeger|verleden|contactverbod loopt|loopt een contactverbod|inmiddels veilig|nu (?:al )?(?:\w+ ){0,3}(?:in een pleeggezin|zelfstandig|veilig)|years ago|convicted|in the past)\b/;
/** What the worker does with a history: write or frame it, draw it, bring it in, set a goal beside it, share it, celebrate. */
const METHOD_FRAME =
  /\b(?:schrijf|schrijven|opschrijven|formuleer|formuleren|feitelijker|verslag|rapportage|dossier|label|etiket|ecogram|teken|draw|inbrengen|teamkrachtbespreking|intervisie|intervision|evalueer|evalueren|doel|doelen|goal|goals|plan|actieplan|vier|vieren|celebrate|mijlpaal|milestone|delen|share|write|wording)\b/;
/** Something told or happening now: a new disclosure, not a history. */
const TOLD_NOW =
  /\b(?:vertelde|vertelt|vertellen|verteld|zei|zegt|zeggen|gezegd|told|tells|said|says|gisteren|vandaag|vanochtend|vannacht|nog steeds|still|yesterday|today)\b/;
/** A team looking back after a client's death by suicide: grief and reflection, not a hint about someone now. */
const AFTERMATH = /\b(?:na|over|rond|since|after) (?:de |the )?(?:zelfdoding|zelfmoord|suicide) (?:van|of) (?:een|onze|mijn|de|a|our|my) (?:cliënt|client|bewoner|deelnemer|collega|resident|colleague)\b/;

/** Things a blow or a kick can land on: anger at an object, not at a person. */
const THINGS = new Set(
  ('deur deuren stoel stoelen tafel muur muren raam ramen bal prullenbak vuilnisbak kast kastje deurpost meubels spullen auto fiets tas telefoon bank bed ' +
    'door doors chair chairs table wall walls window windows ball bin furniture locker car bike bag phone sofa couch desk').split(' '),
);

/**
 * Phrases that are a signal together with a person at home: control (a phone or a pass taken,
 * not allowed out, locked in), taking an elder's money, waiting at the door, a slap "to correct",
 * and "something happened at home that should not have".
 */
const HOME_PHRASES: RegExp[] = [
  // A blow received: "thuis weer een klap gekregen", "kreeg een pak slaag" ("een klap gehad door het ontslag" is a setback).
  /\b(?:klap|klappen|pak slaag|mep|dreun|schop|trap)\b(?: \w+){0,3} (?:gekregen|krijgt|kreeg|kregen|krijgen|verkocht|gegeven|geeft|gaf)\b|\b(?:kreeg|krijgt|kregen|gekregen|krijgen) (?:\w+ ){0,3}(?:klap|klappen|pak slaag|mep|dreun|schop)\b/,
  /\b(?:pakt|pakte|neemt|nam|pakken|nemen)\b(?: \w+){0,4} (?:telefoon|mobiel|pinpas|bankpas|paspoort|sleutels|geld)\b(?: \w+){0,3} af\b/,
  /\b(?:afgepakt|afgenomen|afpakken|afnemen|leest|las|controleert|checks|takes|took|taking|taken)\b(?: \w+){0,4} (?:telefoon|mobiel|pinpas|bankpas|paspoort|sleutels|berichten|phone|passport|bank card|messages)\b/,
  /\b(?:telefoon|mobiel|pinpas|bankpas|paspoort|sleutels)\b(?: \w+){0,2} (?:afpakt|afpakte|afneemt|afnam|inneemt|innam|afgepakt|afgenomen|ingenomen)\b/,
  /\bmag van (?:haar|zijn|hun|de|mijn|m n) (?:\w+ ){1,2}(?:niet|geen|nooit) (?:meer )?(?:alleen )?(?:naar|met|uit|afspreken|weg|werken|bellen|zien|contact|de deur|buiten|vriendinnen|vrienden|familie|ouders|collegas|school|telefoon|geld|eten|slapen)\b|\b(?:mag|mocht) (?:niet|nooit) (?:meer )?(?:alleen )?(?:naar buiten|de deur uit|werken|bellen)\b|\b(?:not|isnt|wasnt) allowed to (?:go out|leave|see|call|work)\b/,
  /\b(?:opgesloten|opsloot|opsluit|opsluiten|sluit (?:(?!aan )\w+ ){0,4}op|sloot (?:(?!aan )\w+ ){0,4}op|(?:locked|lock|locks|locking) (?:her|him|them|me|(?:his|her|the) \w+) (?:up|in|out))\b/,
  // Shut out of the house: "sluit haar buiten", "zette de kinderen buiten de deur".
  /\b(?:sluit|sloot|sloten|sluiten) (?:haar|hem|me|mij|ons|hen|de kinderen|de kids) (?:\w+ ){0,3}buiten\b|\bbuitengesloten door\b/,
  // An outburst with the particle split off: "haar man schiet uit als het eten niet klaar is".
  /\b(?:schiet|schoot|schoten) (?:\w+ ){0,2}uit(?= (?:als|tegen|naar|op|toen|en|want|wanneer)\b|$)/,
  // A swollen or split lip, a nosebleed: an injury next to a partner or parent.
  /\b(?:gezwollen|dikke|kapotte|bloedende|gescheurde|swollen|split|bleeding) (?:lip|oog|wang|neus|lip|eye|cheek|nose)\b|\bbloedneus\b/,
  // Someone at home who comes to a child's room or bed at night.
  /\b(?:s nachts|at night)\b(?: \w+){0,6} (?:op|in|naar|into|to) (?:(?:haar|zijn|her|his) )?(?:kamer|bed|slaapkamer|room|bedroom)\b|\b(?:kamer|bed|room|bedroom)\b(?: \w+){0,4} (?:s nachts|at night)\b/,
  /\b(?:gebruikt|pakt|neemt|steelt|stal|int|inde|incasseert|taking|takes|took|steals|stealing|collects|cashes) (?:\w+ ){0,4}(?:pinpas|bankpas|pensioen|aow|money|geld|bank card|pension)\b|\b(?:pinpas|bankpas) (?:\w+ ){0,2}(?:gebruikt|afgepakt)\b|\b(?:pensioen|aow|uitkering) (?:\w+ ){0,2}(?:int|inde|incasseert|opstrijkt)\b/,
  /\b(?:staat|stond|wacht|wachtte|waits|waiting|stands|standing) (?:\w+ ){0,5}(?:voor (?:haar|zijn|de) deur|at (?:her|his|the) door|outside (?:her|his) (?:door|house))\b|\bboeten\b/,
  /\b(?:wacht|wachtte|wachten) (?:haar|hem|mij|me) (?:\w+ ){0,3}op\b|\b(?:opgewacht|opwachten)\b/,
  /\b(?:haar|hem|ze|hen|het kind|de kinderen) (?:\w+ ){0,3}(?:tik|tikje|tikken|klap|klappen|mep|oorvijg|pak slaag)\b(?! (?:gehad|te verwerken))/,
  // Giving blows; receiving "een klap" is also a setback ("een klap gehad door het ontslag").
  /\b(?:tik|tikje|klap|klappen|mep|duw|duwtje|schop|trap|stomp|dreun|oplawaai) (?:\w+ ){0,1}(?:geeft|gaf|gegeven|geven)\b|\b(?:gaf|geeft|geven|gegeven|deelt|deelde) (?:\w+ ){0,4}(?:tik|tikje|tikken|klap|klappen|mep|meppen|oorvijg|pak slaag|duw|duwtje|schop|trap|stomp|dreun|oplawaai)\b|\b(?:krijgt|kreeg|krijgen|gekregen) (?:\w+ ){0,3}(?:klappen|tikken|meppen|pak slaag)\b/,
  /\bshould(?:nt| not) (?:have )?happen(?:ed)?\b|\b(?:niet|nooit) (?:had )?(?:mogen|mag) gebeuren\b/,
];

/** An injury and a fight in one question, with a person at home: "haar gezicht na een ruzie". */
const INJURY_PART = /\b(?:gezicht|lip|oog|ogen|arm|armen|nek|keel|hals|face|lip|eye|neck|arm|arms)\b/;
const FIGHT = /\b(?:ruzie|knokpartij|vechtpartij|fight|argument)\b/;

/** Phrases that make a child unsafe: only with a child in the question. */
const CHILD_PHRASES: RegExp[] = [
  // A baby or toddler thin and hardly reacting, check-ups missed.
  /\b(?:heel mager|erg mager|very thin|barely reacts|hardly reacts|reageert (?:bijna )?(?:nauwelijks|niet)|(?:consultatiebureau|gp|huisarts|doctor|health visitor)\w*(?: \w+){0,4} (?:afgezegd|afgebeld|cancelled|canceled|missed|gemist))\b/,
  /\balleen thuis\b/, /\bgeen (?:eten|ontbijt)\b/, /\bhome alone\b/, /\bno food\b/,
  // Neglect: a nappy left for hours, an empty fridge.
  /\bluier (?:van|voor) (?:uren|de hele dag)\b|\b(?:vieze|volle|natte|doorweekte) luiers?\b|\b(?:koelkast|kastjes) (?:is |was |zijn |waren )?leeg\b|\blege koelkast\b|\b(?:dirty|soaked) nappy\b|\bempty fridge\b/,
  // Drugs dealt at home; signs of a loverboy (running away, expensive gifts from an older "friend").
  /\b(?:gedeald|dealen|dealt|dealing)\b/,
  /\b(?:loopt|liep|lopen) (?:steeds |vaak |telkens |weer )?weg\b|\bruns? away\b|\bdure (?:spullen|kleding|cadeaus|telefoon)\b|\bexpensive (?:gifts|things|clothes)\b/,
  /\b(?:tells|told|vertelt|vertelde) (?:\w+ ){0,4}(?:happened|gebeurd)\b/,
  // A parent under influence, a child in vomit or dirt; a child who must care for the family.
  /\bonder invloed\b|\bunder the influence\b|\b(?:vol|in|onder (?:het|de)) (?:braaksel|poep|urine|ontlasting|vomit)\b|\bin (?:her|his|its) (?:own )?(?:vomit|dirt)\b/,
  /\b(?:has to|must|moet|needs to) (?:\w+ ){0,2}(?:look after|take care of|care for|zorgen voor|oppassen op|voor) (?:his|her|zijn|haar) (?:\w+ )?(?:sisters|brothers|siblings|zusjes|broertjes|moeder|vader|mother|father|mum|mom)\b/,
];

/** A child who misses school: a sign next to another, not a signal alone ("gaat niet meer spijbelen" in a plan). */
const SCHOOL_ABSENCE = /\b(?:missing school|misses school|skips school|skipping school|spijbelt|spijbelen|spijbelde|niet (?:meer )?naar school)\b/;

/** A farewell in a message late at night: "thanks for everything, I won't need you anymore". */
const FAREWELL = /\b(?:wont|will not|dont|do not) need (?:you|me|anyone|help) any ?more\b|\b(?:je|jou|jullie|u|ons|me|mij) (?:\w+ )?niet meer nodig\b/;
const LATE_MESSAGE = /\b(?:texted|text|message|messaged|appte|appje|app|bericht|sms|late at night|midnight|s nachts|vannacht|laat op de avond)\b/;

/** The support or the trajectory ends: the worker will be gone. */
const SUPPORT_ENDS = /\b(?:indicatie|begeleiding|traject|zorg|beschikking|overdracht|contract) (?:\w+ ){0,4}(?:loopt (?:\w+ ){0,3}af|afloopt|stopt|eindigt|is afgelopen)\b|\b(?:support|care) (?:\w+ ){0,2}(?:ends|is ending|stops)\b/;
const WORKER_GONE = /\b(?:als|wanneer|when) (?:ik|i) (?:er )?(?:straks )?(?:niet meer ben|am gone|am not there|m gone)\b/g;

/** Multi-word outbursts read as one word of the outburst family. */
const OUTBURST_PHRASES = /\b(?:door het lint|uit zijn dak|uit z n dak|loses? it|loses? (?:his|her) temper)\b/g;

const SINGLE = Object.fromEntries(
  Object.entries(FAMILIES).map(([family, forms]) => {
    const words = forms.split(' ');
    return [family, { words: new Set(words), stems: new Set(words.map(searchStem).filter((s) => s.length >= 4)) }];
  }),
) as Record<keyof typeof FAMILIES, { words: Set<string>; stems: Set<string> }>;
const HOME_WORDS = new Set(HOME.split(' '));

/**
 * Dutch past participles of the physical verbs, for one typo ("geslagn", "geschopd"). Other forms
 * and English are too close to ordinary words ("cooking" / "choking", "strange" / "strangle"), and
 * so are a few participles: "gestopt" is one edit from "gestompt".
 */
const HIT_PARTICIPLES = [...SINGLE.hit.words].filter((w) => w.startsWith('ge') && w.length >= 7);
const NOT_A_HIT = new Set('gestopt geschokt geschept gebeden gezeten gegeten geweten gemeten getapt gestart geslaagd'.split(' '));
function hitTypo(token: string): boolean {
  return token.length >= 6 && token.startsWith('ge') && !NOT_A_HIT.has(token) && HIT_PARTICIPLES.some((w) => withinOneEdit(token, w));
}

function inFamily(token: string, stemmed: string, family: keyof typeof FAMILIES): boolean {
  const f = SINGLE[family];
  return f.words.has(token) || (stemmed.length >= 4 && f.stems.has(stemmed));
}

/** Levenshtein distance, at most 1 (else 2): enough to catch one typo. */
function withinOneEdit(a: string, b: string, aLength = a.length): boolean {
  // Compares the first aLength letters of a with b, without building substrings (this runs for
  // every word of every question against every root).
  const bLength = b.length;
  if (Math.abs(aLength - bLength) > 1) return false;
  let i = 0;
  while (i < aLength && i < bLength && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === aLength && i === bLength) return true;
  const skipA = aLength >= bLength ? 1 : 0;
  const skipB = bLength >= aLength ? 1 : 0;
  for (let x = i + skipA, y = i + skipB; x < aLength || y < bLength; x++, y++) {
    if (x >= aLength || y >= bLength || a.charCodeAt(x) !== b.charCodeAt(y)) return false;
  }
  return true;
}

/** Words seen before and their root kind ('' for none): the same words come back in every question. */
const ROOT_KIND_SEEN = new Map<string, SafetyKind | ''>();

function rootKind(token: string): SafetyKind | undefined {
  let known = ROOT_KIND_SEEN.get(token);
  if (known === undefined) {
    known = findRootKind(token) ?? '';
    if (ROOT_KIND_SEEN.size < 20_000) ROOT_KIND_SEEN.set(token, known);
  }
  return known || undefined;
}

function findRootKind(token: string): SafetyKind | undefined {
  if (token.length < 4 || NOT_SAFETY.test(token)) return undefined;
  for (const kind of ['suicide', 'violence'] as const) {
    for (const root of STRONG_ROOTS[kind]) {
      if (token.startsWith(root) || token.includes(root) && root.length >= 8) return kind;
      // One typo in the root part of a word: "zelmoord", "sucide", "mishandelt" → "mishndelt".
      // Only for roots of seven letters or more: one letter from "molest" or "incest" is "moest"
      // or "ingesteld", ordinary words.
      if (root.length >= 7 && token.length >= root.length - 1) {
        for (let len = root.length - 1; len <= root.length + 1 && len <= token.length; len++) {
          if (withinOneEdit(token, root, len)) return kind;
        }
      }
    }
  }
  return undefined;
}

/** A pat on the shoulder is praise, not a blow: "gaf zijn zoon een klap op de schouder". */
const SHOULDER_PAT = /\b(?:een )?(?:klap|klapje|tik|tikje|mep|pat|slap) (?:op|tegen|on) (?:de|zijn|haar|z n|the|his|her) (?:schouder|schouders|shoulder|shoulders)\b|\bschouderklop\w*\b/g;

/** A cut by accident ("sneed zich bij het koken per ongeluk in zijn duim"): an accident, not self-harm. */
const ACCIDENTAL_CUT =
  /\b(?:sneed|snijdt|snijden|gesneden|cut|cuts)\b(?: \w+){0,8} (?:per ongeluk|by accident|accidentally)\b|\b(?:per ongeluk|by accident|accidentally)\b(?: \w+){0,4} (?:gesneden|sneed|snijdt|cut)\b/g;

/** Rope bought for a purpose named right after it ("touw om de kast vast te zetten"): ordinary, not a means. */
const ROPE_WITH_A_PURPOSE =
  /\b(?:touw|rope)\b(?= (?:\w+ ){0,6}(?:(?:om|to) (?:\w+ ){0,4}(?:vast te (?:zetten|binden|maken)|vastzetten|vastbinden|tie|secure|hang (?:the )?washing|de was op te hangen)|(?:voor|for) (?:de|zijn|haar|zn|z n|the|his|her) (?:verhuizing|move|moving)\b(?! (?:\w+ ){0,8}(?:maar|but|terwijl|while)\b)))/g;

/** A person locked in or a door locked on someone at home: a hint, a signal only with more. */
const LOCKED = /\b(?:locks?|locked|locking|opsluit\w*|opgesloten|sluit (?:\w+ ){0,2}op|op slot)\b/;

/** The phrase patterns above, each run only on a question that holds a literal it needs. */
export const PHRASE_GUARD = new PatternGuard();
for (const p of [...SUICIDE_PHRASES, ...VIOLENCE_PHRASES, ...CHILD_PHRASES, ...HOME_PHRASES, SCHOOL_ABSENCE, MATERIAL, OVER_NOW, GOES_ON, HANDLED_PAST, METHOD_FRAME, TOLD_NOW, AFTERMATH, AGAINST_WORKER, CHILD_AGE, FAREWELL, FIGHT, INJURY_PART, KILL_IDIOM, KILL_THREAT, LATE_MESSAGE, LOCKED, OWN_HISTORY, SAID_IN_JEST, SERIOUS]) PHRASE_GUARD.add(p);

/**
 * The safety signals in a question, strongest first (suicide before violence when both are
 * there: the taxatie is the more urgent conversation, the meldcode follows as second card).
 */
export function safetySignals(question: string): SafetySignal[] {
  return readSafety(question).signals;
}

/**
 * Signals, and hints: safety evidence below the threshold (one weak word next to a person, one
 * farewell or hopeless sign, control or money handed over without more). A hint never makes the
 * safety answer, but a question with one is never refused as out of scope.
 */
export function readSafety(question: string): { signals: SafetySignal[]; hints: SafetyKind[] } {
  let text = normalize(question).replace(LEEFGEBIED_NAME, ' ').replace(MELDCODE_NAME, ' meldcode ').replace(OUTBURST_PHRASES, ' losgaat ').replace(SHOULDER_PAT, ' ').replace(ROPE_WITH_A_PURPOSE, ' ').replace(ACCIDENTAL_CUT, ' ');
  // "Als ik er niet meer ben" next to support that ends is the worker leaving, not a wish to die.
  if (SUPPORT_ENDS.test(text)) text = text.replace(WORKER_GONE, ' ');
  const tokens = text.split(' ').filter(Boolean);
  const has = PHRASE_GUARD.reader(text);
  const found = new Map<SafetyKind, string>();
  const families: Record<SafetyKind, Set<string>> = { violence: new Set(), suicide: new Set() };
  const hit = (kind: SafetyKind, family: string) => {
    if (!found.has(kind)) found.set(kind, family);
    families[kind].add(family);
  };

  for (const p of SUICIDE_PHRASES) if (has(p)) hit('suicide', 'suicide-phrase');
  if (has(FAREWELL) && has(LATE_MESSAGE)) hit('suicide', 'farewell-message');
  for (const s of situationSignals(text)) hit(s.kind, s.family);
  // The worker's own past ("ik heb zelf als kind huiselijk geweld meegemaakt") in a question about self-disclosure.
  if (!has(OWN_HISTORY)) for (const p of VIOLENCE_PHRASES) if (has(p)) hit('violence', 'violence-phrase');
  if (has(KILL_THREAT) && (has(SERIOUS) || !(has(SAID_IN_JEST) || has(KILL_IDIOM)))) hit('violence', 'threat-to-kill');

  // "12 man" on a dormitory is a head count, not a husband.
  const home = tokens.some((t, i) => (HOME_WORDS.has(t) && (t !== 'man' || isHusband(tokens, i))) || CHILD_COMPOUND.test(t) || FAMILY_COMPOUND.test(t));
  const child = tokens.some((t) => CHILD.has(t) || CHILD_COMPOUND.test(t)) || has(CHILD_AGE);
  if (child && CHILD_PHRASES.some((p) => has(p))) hit('violence', 'child-unsafe');
  if (home && HOME_PHRASES.some((p) => has(p))) hit('violence', 'control-at-home');
  if (home && has(INJURY_PART) && has(FIGHT)) hit('violence', 'injury-after-fight');
  let weak = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const kind = rootKind(t);
    // The worker's or a peer worker's own past ("mijn eigen suïcidepoging") in a question about self-disclosure.
    if (kind && !has(OWN_HISTORY) && !(kind === 'suicide' && has(AFTERMATH))) hit(kind, 'root');
    const s = searchStem(t);
    if ((inFamily(t, s, 'hit') || hitTypo(t)) && !SLEEP.test(t)) {
      const next = tokens.slice(i + 1, i + 6);
      // "geslagen door haar vader" is the passive (by), not "slaat door" (goes too far).
      if (next.some((w) => HARMLESS_AFTER.has(w) && !(w === 'door' && t.startsWith('ge')))) continue;
      // "sloeg met de deur", "schopte tegen een stoel", "kicked the bin": anger at a thing.
      if (tokens.slice(Math.max(0, i - 3), i + 5).some((w, k, near) => isThing(w, near[k - 1])) && !OBJECT.has(tokens[i + 1] ?? '')) continue;
      if (home || next.slice(0, 2).some((w) => OBJECT.has(w))) hit('violence', 'hit');
      else weak++;
    } else if ((inFamily(t, s, 'harm') && !DUTCH_PUSH.test(t)) || inFamily(t, s, 'outburst')) {
      if (home) hit('violence', 'harm');
      else weak++;
    } else if (inFamily(t, s, 'threat')) {
      // "er dreigt een huisuitzetting", "dreigt uit te vallen": something looming, no threat.
      const looming = tokens[i - 1] === 'er' || tokens.slice(i + 1, i + 4).includes('te');
      if (tokens.slice(i + 1, i + 3).some((w) => OBJECT.has(w)) || (home && !looming)) hit('violence', 'threat');
      else if (!looming) weak++;
    } else if (inFamily(t, s, 'fear')) {
      // Afraid of someone at home ("bang voor haar ex"), not of the dark or of a conversation.
      const next = tokens.slice(i + 1, i + 8);
      const of = next.findIndex((w) => w === 'voor' || w === 'of');
      if (of >= 0 && next.slice(of + 1, of + 5).some((w) => ADULT.has(w))) hit('violence', 'fear-of-someone');
      else weak++;
    } else if (inFamily(t, s, 'control')) {
      if (tokens.some((w) => ADULT.has(w))) weak++;
    } else if (inFamily(t, s, 'alarm')) {
      if (home) weak++;
    } else if (inFamily(t, s, 'harmNoun')) {
      // "Geweld" names the violence; a bruise or a burn is a sign seen.
      if (home) hit('violence', /^(?:geweld|violen)/.test(t) ? 'violence-named' : 'harm-at-home');
      else weak++;
    } else if (inFamily(t, s, 'neglect')) {
      if (child) hit('violence', 'neglect');
    } else if (inFamily(t, s, 'abuse')) {
      if (!SUBSTANCE.has(tokens[i - 1] ?? '') && !SUBSTANCE.has(tokens[i + 2] ?? '') && !SUBSTANCE.has(tokens[i + 1] ?? '')) hit('violence', 'abuse');
    }
  }
  // A child missing school is one weak sign.
  if (child && has(SCHOOL_ABSENCE)) weak++;
  // Two weak words together (a threat and fear, a blow and a bruise) are a signal too.
  if (weak >= 2) hit('violence', 'weak-pair');
  // Aggression against the worker or a colleague, with no one at home in the question, is an
  // incident at work (report it, talk it through), not the meldcode's domestic violence.
  if (found.has('violence') && !home && !child && has(AGAINST_WORKER)) found.delete('violence');
  // Violence named only by its name in the worker's own past, or long past and handled as the
  // context of a method question ("een vrouw die na jaren huiselijk geweld nu zelfstandig woont",
  // "jaren geleden veroordeeld voor mishandeling, mag ik 'gewelddadig' schrijven"): no
  // disclosure, unless something is told now.
  const onlyNamed = (kind: SafetyKind) => [...families[kind]].every((f) => NAMING_FAMILIES.has(f));
  const history = has(OWN_HISTORY) || (has(HANDLED_PAST) && has(METHOD_FRAME) && !has(TOLD_NOW));
  if (found.has('violence') && onlyNamed('violence') && history) found.delete('violence');
  // Named in a text to translate or in a leaflet, a film or house rules: material about violence
  // or suicide, not a disclosure ("vertaal deze folder over huiselijk geweld").
  const material = has(MATERIAL) && !has(TOLD_NOW);
  for (const kind of ['violence', 'suicide'] as const) if (found.has(kind) && onlyNamed(kind) && material) found.delete(kind);
  // Over and done, next to what the worker does now: violence in childhood or years ago, a closed
  // process, self-harm "as a teenager" and "well for years". A blow or a cut told this way is
  // history too, unless a word says it goes on.
  const over = has(OVER_NOW) && has(METHOD_FRAME) && !has(GOES_ON);
  for (const kind of ['violence', 'suicide'] as const) {
    const told = [...families[kind]].every((f) => NAMING_FAMILIES.has(f) || HISTORY_FAMILIES.has(f));
    if (found.has(kind) && told && over) found.delete(kind);
  }

  const signals = (['suicide', 'violence'] as const).filter((k) => found.has(k)).map((kind) => ({ kind, card: SAFETY_CARDS[kind], family: found.get(kind)! }));
  const hints = new Set<SafetyKind>(situationHints(text));
  const person = home || tokens.some((w) => ADULT.has(w) || OBJECT.has(w));
  if ((weak >= 1 && person) || (home && has(LOCKED))) hints.add('violence');
  return { signals, hints: (['suicide', 'violence'] as const).filter((k) => hints.has(k) && !found.has(k)) };
}
