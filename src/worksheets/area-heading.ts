import { normalize, withoutAsides } from '../analysis/heading-text';
import { LEEFGEBIEDEN, type LeefgebiedId, matchLeefgebieden } from '../analysis/leefgebieden';

/**
 * The leefgebied a worksheet heading names, in the wordings workers and clients give them. The
 * engine's table (analysis/leefgebieden) knows the areas' names and their usual synonyms; on a
 * worksheet a heading is often a short everyday phrase around such a word: "Veilig zijn", "Hoe
 * gaat het met mijn geld", "Mijn huis en thuis", "Lichaam en geest". Those extra words are read
 * here, so that the engine's table stays about the areas themselves.
 */

/**
 * Words that an everyday heading puts around an area's word and that name no area themselves:
 * infinitives and question words of a heading ("Veilig zijn", "Hoe gaat het met mijn geld"). No
 * "ik" or a finite verb: "Ik voel me veilig" is a sentence, not a heading.
 */
const FILLERS = new Set(['zijn', 'voelen', 'hoe', 'gaat', 'het', 'met', 'nu', 'rond', 'rondom', 'om', 'over', 'wat', 'eigen', 'situatie', 'zaken', 'algemeen', 'leven']);

/**
 * Everyday wordings of an area that the engine's table does not hold, mapped onto a term it does.
 * Gathered per area from how workers and clients title the parts of a worksheet; each must name
 * its area and no other ("vriend" is no entry: a friend or a boyfriend; "koken" neither: a chore
 * or a hobby; "beschermd" neither: "Beschermd wonen" is a setting). Phrases go before single words.
 */
const EVERYDAY_BY_AREA: Record<string, Record<string, string>> = {
  veiligheid: { veiligheidsgevoel: 'veiligheid', onveiligheid: 'veiligheid', mishandeling: 'geweld', bedreiging: 'geweld', bedreigingen: 'geweld' },
  wonen: {
    thuis: 'wonen', thuissituatie: 'wonen', woonruimte: 'wonen', woonplek: 'wonen', woonomgeving: 'wonen', onderdak: 'wonen', appartement: 'wonen',
    huisje: 'wonen', woonvorm: 'wonen', dagritme: 'dagelijks leven', dagstructuur: 'dagelijks leven', 'dagelijkse dingen': 'dagelijks leven',
    'dagelijkse bezigheden': 'dagelijks leven', 'dag en nacht ritme': 'dagelijks leven', boodschappen: 'huishouden', schoonmaken: 'huishouden',
  },
  financien: {
    rondkomen: 'geld', geldbeheer: 'geld', geldzorgen: 'geld', rekeningen: 'geld', uitgaven: 'geld', sparen: 'geld', toeslagen: 'inkomen',
    bijstand: 'uitkering', papieren: 'administratie', papierwerk: 'administratie', post: 'administratie',
  },
  kinderen: { gezin: 'kinderen', kids: 'kinderen', 'ouder zijn': 'ouderschap', 'moeder zijn': 'ouderschap', 'vader zijn': 'ouderschap', moederschap: 'ouderschap', vaderschap: 'ouderschap' },
  partner: {
    liefdesleven: 'liefde', liefdesrelatie: 'liefde', huwelijk: 'partner', echtgenoot: 'partner', echtgenote: 'partner', verkering: 'partner',
    scheiding: 'ex partner', 'mijn ex': 'ex',
  },
  'sociale-relaties': {
    'mensen om me heen': 'contacten', 'mensen om mij heen': 'contacten', 'contact met anderen': 'contacten', 'sociale leven': 'sociaal',
    'sociaal leven': 'sociaal', buren: 'contacten', eenzaamheid: 'contacten', vriendenkring: 'vrienden',
  },
  activiteit: {
    baan: 'werk', stage: 'werk', bezigheden: 'activiteiten', studeren: 'studie', cursus: 'leren', cursussen: 'leren', ontwikkelen: 'leren',
    ontwikkeling: 'leren', daginvulling: 'dagbesteding', dagvulling: 'dagbesteding', 'wat ik overdag doe': 'dagbesteding',
  },
  'vrije-tijd': {
    plezier: 'ontspanning', ontspannen: 'ontspanning', sporten: 'sport', uitjes: 'recreatie', vakantie: 'recreatie', weekend: 'vrije tijd',
    weekenden: 'vrije tijd', 'vrije uren': 'vrije tijd',
  },
  gezondheid: {
    gezond: 'gezondheid', fit: 'gezondheid', slaap: 'gezondheid', slapen: 'gezondheid', voeding: 'gezondheid', medicatie: 'gezondheid',
    medicijnen: 'gezondheid', verslaving: 'gezondheid', zelfzorg: 'zelfverzorging', hygiene: 'zelfverzorging', geest: 'psychisch',
    mentaal: 'psychisch', psyche: 'psychisch', geestelijk: 'psychisch', lichamelijke: 'lichamelijk', psychische: 'psychisch',
    geestelijke: 'psychisch', mentale: 'psychisch', welbevinden: 'welzijn', 'goed voor mezelf zorgen': 'zelfverzorging',
    'zorgen voor mezelf': 'zelfverzorging', 'zorg voor mezelf': 'zelfverzorging', 'zorg voor mijzelf': 'zelfverzorging', 'lekker in mijn vel': 'welzijn',
  },
  zingeving: {
    geloven: 'geloof', levensdoel: 'zingeving', waarden: 'zingeving', 'normen en waarden': 'zingeving', inspiratie: 'zingeving',
    kerk: 'geloof', moskee: 'geloof', spiritueel: 'spiritualiteit', levensbeschouwelijk: 'levensbeschouwing', betekenisvol: 'betekenis',
  },
};

const EVERYDAY: Record<string, string> = Object.assign({}, ...Object.values(EVERYDAY_BY_AREA));
/** The phrases of several words, longest first, as word lists. */
const EVERYDAY_PHRASES = Object.keys(EVERYDAY)
  .filter((k) => k.includes(' '))
  .map((k) => ({ words: k.split(' '), term: EVERYDAY[k]! }))
  .sort((a, b) => b.words.length - a.words.length);

/** Words with everyday phrases and words replaced by the table's terms ("thuis en dagelijks leven" → wonen …). */
function withTerms(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const p = EVERYDAY_PHRASES.find((ph) => ph.words.every((w, k) => words[i + k] === w));
    if (p) {
      out.push(...p.term.split(' '));
      i += p.words.length;
    } else {
      const w = words[i++]!;
      out.push(...(EVERYDAY[w] ?? w).split(' '));
    }
  }
  return out;
}

/**
 * A letter before a heading, in any case and with any punctuation: "A. Veiligheid", "b) Wonen",
 * "(c) Geld", "D: Kinderen", "E - Partner". One letter only, so "Ik. …" or a word is never taken.
 */
const LETTER_MARKER = /^\(?\p{L}(?:\s?[.):]\s*|\s+[-–—]\s+)(?=\p{L}|\()/u;

/** The length of a letter marker at the start of a line ("C - " → 4), 0 without one. */
export function letterMarkerLength(text: string): number {
  return LETTER_MARKER.exec(text)?.[0].length ?? 0;
}

/**
 * Words a heading may start with: a word of an area's term, a connector of the engine's table
 * (analysis/leefgebieden.ts, "mijn", "leefgebied" …), a filler or an everyday word above. Every
 * word of a heading must be one of these, so a line whose first word is none of them ("Ik slaap
 * op kamer 3") is no heading, without normalising it: most lines of a worksheet are sentences.
 */
const OPENERS = new Set([
  ...LEEFGEBIEDEN.flatMap((a) => a.terms.flatMap((t) => t.split(' '))),
  ...'en of mijn de het van met leefgebied leefgebieden gebied levensgebied domein thema nr'.split(' '),
  ...FILLERS,
  ...Object.keys(EVERYDAY).map((k) => k.split(' ')[0]!),
]);

function firstWord(label: string): string {
  const m = /\p{L}[\p{L}\p{M}]*/u.exec(label);
  return m ? normalize(m[0]) : '';
}

/** The areas a heading names ("Veilig zijn" → veiligheid), or undefined when it is no area heading. */
export function areasOfHeading(heading: string): LeefgebiedId[] | undefined {
  const label = heading.slice(letterMarkerLength(heading));
  const first = firstWord(label);
  if (first.length > 1 && !OPENERS.has(first)) return undefined;
  // a heading is short: the longest area name with a number and a word or two around it
  if (label.length > 60 && label.replace(/\([^()]*\)/g, '').length > 60) return undefined;
  // and has few words: a sentence of the client is no heading (checked before any normalising)
  if ((label.match(/\s+/g)?.length ?? 0) > 9 && !label.includes('(')) return undefined;
  const direct = matchLeefgebieden(label);
  if (direct) return direct;
  const words = normalize(withoutAsides(label)).split(' ').filter(Boolean);
  if (!words.length || words.length > 8) return undefined;
  // everyday words replaced first, so a filler inside a term stays ("thuis en dagelijks leven")
  const termed = withTerms(words);
  const changed = termed.length !== words.length || termed.some((w, i) => w !== words[i]);
  const whole = changed ? matchLeefgebieden(termed.join(' ')) : undefined;
  if (whole) return whole;
  const kept = termed.filter((w) => !FILLERS.has(w));
  // at least one word must be left that names an area: "Hoe gaat het" names none
  if (!kept.length || kept.length === words.length && !changed) return undefined;
  return matchLeefgebieden(kept.join(' '));
}
