import { mergeSpans, overlapsAny, quotedSpans } from './quotes';
import { paragraphs, type Segment, sentences, words } from './segment';
import type { Category, Finding } from './types';

/**
 * What is already strengths-based in a text, for the kind summary at the top of the side panel:
 * the client's own words in quotes, sentences in the ik-vorm and concrete observations (a time,
 * a place, something that was done or said). Beside it: how many sentences have a finding. No
 * score and no percentage: a worker at the end of a shift gets what is good and what to look at.
 */
export interface StrengthsSummary {
  /** Quotes of two words or more (one quoted word is a term, not the client speaking); without the marks. */
  quotes: Segment[];
  /** Sentences with ik / mij / mijn outside quotes. */
  firstPerson: Segment[];
  /** Sentences that say what happened: a time, a place or a deed, and no judgement (see JUDGEMENT). */
  concrete: Segment[];
  sentences: number;
  /** Sentences with at least one finding. */
  toLookAt: number;
}

/** A sentence with one of these findings judges or steers: it is no observation, whatever its time or place. */
const JUDGEMENT: ReadonlySet<Category> = new Set(['label', 'deficit', 'coercion', 'negation', 'jargon']);

const FIRST_PERSON = /(?<![\p{L}\p{N}])(?:ik|mij|mijn|me|m'n|m’n)(?![\p{L}\p{N}])/iu;

const DAYS = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** When it happened: "vanochtend", "om 10.30 uur", "dinsdag", "3 maart", "tijdens de lunch". */
const TIME = new RegExp(
  [
    `(?<![\\p{L}])(?:vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gisteren|gisteravond|gistermiddag|gisterochtend|eergisteren|vandaag|(?:${DAYS})(?:ochtend|middag|avond|nacht)?)(?![\\p{L}])`,
    `['’]s (?:ochtends|morgens|middags|avonds|nachts)`,
    `(?<![\\p{L}])om (?:\\d{1,2}(?:[.:]\\d{2})?|half \\p{L}+|kwart (?:over|voor) \\p{L}+)(?: uur)?`,
    `(?<![\\p{N}])\\d{1,2}[.:]\\d{2}(?: uur)?`,
    `(?<![\\p{N}])\\d{1,2} (?:${MONTHS})`,
    `(?<![\\p{L}])(?:tijdens|bij|na|voor) (?:het|de) (?:ontbijt|lunch|avondeten|eten|koffie|koffiedrinken|gesprek|bezoek|wandeling|dienst|overdracht)(?![\\p{L}])`,
  ].join('|'),
  'iu',
);

const PLACES =
  'keuken|kamer|woonkamer|huiskamer|slaapkamer|badkamer|douche|tuin|balkon|gang|hal|voordeur|park|bos|winkel|supermarkt|markt|bakker|apotheek|huisarts|tandarts|ziekenhuis|bus|trein|tram|station|bushalte|fiets|auto|kantoor|dagbesteding|werkplaats|school|bibliotheek|sportschool|buurthuis|kerk|moskee|stad|centrum|dorp|straat|kantine|recreatieruimte|terras|café';
/** Where it happened: "in de keuken", "op zijn kamer", "naar de supermarkt". */
const PLACE = new RegExp(
  `(?<![\\p{L}])(?:in|op|bij|naar|uit|door|langs) (?:de |het |zijn |haar |mijn |hun |onze |ons |een )?(?:eigen )?(?:${PLACES})(?![\\p{L}])`,
  'iu',
);

/** Someone did or said something: past tense of common verbs, by word. */
const STRONG_PAST = new Set(
  (
    'zei zeiden vroeg vroegen vertelde vertelden antwoordde liep liepen kwam kwamen ging gingen at aten dronk dronken sprak spraken las lazen schreef schreven ' +
    'zat zaten stond stonden lag lagen hielp hielpen bleef bleven keek keken belde belden kookte kookten fietste fietsten wandelde wandelden maakte maakten ' +
    'deed deden nam namen gaf gaven bracht brachten haalde haalden zong zongen lachte lachten speelde speelden werkte werkten ruimde ruimden waste wasten ' +
    'douchte douchten kocht kochten betaalde betaalden opende openden stuurde stuurden appte appten zocht zochten vond vonden koos kozen vertrok vertrokken ' +
    'stapte stapten reed reden wees wezen droeg droegen toonde toonden liet lieten huilde huilden knikte knikten groette groetten tekende tekenden'
  ).split(' '),
);

/** "heeft … gedaan", "hebben … opgeruimd": a perfect with hebben is a deed. */
const HAVE = new Set(['heeft', 'hebben', 'heb', 'hebt', 'had', 'hadden']);
const PARTICIPLE = /^(?:\p{L}*ge\p{L}{2,}[dtn]|(?:be|ver|her|ont|er)\p{L}{2,}[dtn])$/u;
/** With zijn only movement and change: "is naar huis gegaan", not "is gemotiveerd" (a state, often a judgement). */
const BE = new Set(['is', 'zijn', 'ben', 'bent', 'was', 'waren']);
const MOVED = /(?:gegaan|gekomen|gebleven|gelopen|gefietst|gereden|opgestaan|vertrokken|begonnen|gestart|verhuisd|meegegaan|teruggekomen|thuisgekomen)$/u;

function isDeed(sentence: string): boolean {
  const ws = words(sentence).map((w) => w.text.toLowerCase());
  let aux: 'have' | 'be' | undefined;
  for (const w of ws) {
    if (STRONG_PAST.has(w)) return true;
    if (HAVE.has(w)) aux = 'have';
    else if (BE.has(w)) aux ??= 'be';
    else if (aux === 'have' && PARTICIPLE.test(w)) return true;
    else if (aux === 'be' && MOVED.test(w)) return true;
  }
  return false;
}

/** The sentence's text with its quotes blanked out (same length, so offsets stay). */
function outsideQuotes(text: string, quotes: readonly Segment[], offset: number): string {
  let out = text;
  for (const q of quotes) {
    const from = Math.max(0, q.start - offset);
    const to = Math.min(text.length, q.end - offset);
    if (from < to) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

const QUOTE_MARKS = /^[\s"'„“”«»‹›‘’‚]+|[\s"'„“”«»‹›‘’‚]+$/gu;

export function strengthsSummary(text: string, findings: readonly Finding[]): StrengthsSummary {
  const allQuotes = paragraphs(text).flatMap((p) => quotedSpans(p.text, p.start));
  const quotes = allQuotes
    .map((q) => ({ ...q, text: q.text.replace(QUOTE_MARKS, '') }))
    .filter((q) => words(q.text).length >= 2);
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const judged = mergeSpans(sorted.filter((f) => JUDGEMENT.has(f.category)).map((f) => ({ start: f.start, end: f.end, text: '' })));
  const flagged = mergeSpans(sorted.map((f) => ({ start: f.start, end: f.end, text: '' })));
  const firstPerson: Segment[] = [];
  const concrete: Segment[] = [];
  let count = 0;
  let toLookAt = 0;
  for (const p of paragraphs(text)) {
    for (const s of sentences(p.text, p.start)) {
      count++;
      if (overlapsAny(flagged, s.start, s.end)) toLookAt++;
      const own = outsideQuotes(s.text, allQuotes, s.start);
      if (FIRST_PERSON.test(own)) firstPerson.push(s);
      if (!overlapsAny(judged, s.start, s.end) && (TIME.test(own) || PLACE.test(own) || isDeed(own))) concrete.push(s);
    }
  }
  return { quotes, firstPerson, concrete, sentences: count, toLookAt };
}
