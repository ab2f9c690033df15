import { normalize, withoutAsides } from './heading-text';
import { LEEFGEBIEDEN, matchLeefgebieden } from './leefgebieden';
import { PART_CUES } from './message-cues';
import { quotedSpans } from './quotes';
import { paragraphs, sentences } from './segment';
import type { Mode } from './types';

/**
 * Guessing the kind of text when the caller does not say. A wrong "worksheet" is costly: every
 * "hij" and "meneer" of a report, an article or an e-mail then gets a "geen ik-vorm" finding. So
 * a text is a worksheet only when it has a worksheet's STRUCTURE (METHOD.md, "Worksheets"): the
 * leefgebieden of a krachteninventarisatie as headings or labels with something filled in, its
 * blocks (Wie en wat?, Prioriteiten, Wensen en ambities, …), or an actieplan's goal with its
 * Wat / Hoe / Wie / Wanneer and steps. Writing as "ik" alone is no evidence: e-mails, minutes and
 * notes do that too. Anything unsure is a report.
 */

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

const FIRST = /(?<!\p{L})(?:ik|mij|me|mijn)(?!\p{L})/giu;
const SECOND = /(?<!\p{L})(?:je|jij|jou|jouw)(?!\p{L})/giu;
const THIRD = /(?<!\p{L})(?:hij|zij|ze|hem|haar|zijn|meneer|mevrouw|cli[eë]nte?|bewoner|bewoonster)(?!\p{L})/giu;
/** The parts of a complete boodschap (ik / jij / wij): a message has at least one. */
const PART_REGEXES = PART_CUES.map((c) => new RegExp(c.pattern, 'iu'));

/** Blocks of the worksheets besides the leefgebieden; one bit each. */
const BLOCKS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:mijn |ons |onze )?(?:krachteninventarisatie|krachtenwerkblad|actieplan|herstelplan|hersteldoel(?:en)?|werkblad)(?: [\p{L}\p{N} ]{0,40})?$/u, 1 << 0],
  [/^(?:wie en wat|over mij)$/u, 1 << 1],
  [/^(?:mijn )?prioriteiten$/u, 1 << 2],
  [/^(?:(?:mijn )?wensen(?: en ambities)?|ambities)$/u, 1 << 3],
  [/^(?:nu|krachten|talenten|krachten talenten en mogelijkheden)$/u, 1 << 4],
  [/^(?:vroeger|hulpbronnen(?: van vroeger)?|krachten en hulpbronnen van vroeger)$/u, 1 << 5],
  [/^(?:opmerkingen en ondertekening|ondertekening|handtekening(?:en)?(?: (?:van de )?(?:client|clienten|begeleider))?)$/u, 1 << 6],
  [/^leefgebied(?:en)?$/u, 1 << 7],
];

/** Parts of an actieplan; one bit each. The goal is the one an actieplan cannot do without. */
const GOAL = 1 << 0;
const WHAT = 1 << 1;
const HOW = 1 << 2;
const WHO = 1 << 3;
const WHEN = 1 << 4;
const STEP = 1 << 5;
const PLAN: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:mijn |ons |onze )?(?:lange ?termijn ?doel(?:en)?|doel(?:en)?(?: op (?:de )?lange termijn)?|hersteldoel(?:en)?|hoofddoel|einddoel|wat wil ik bereiken)(?: in (?:mijn|zijn|haar) eigen woorden)?$/u, GOAL],
  [/^(?:wat|wat ga ik doen|wat doe ik|wat gaan (?:we|wij) doen)$/u, WHAT],
  [/^(?:hoe|hoe ga ik dat doen|acties|actiepunten|stappen|stapjes|(?:kleine )?stappen|plan van aanpak)$/u, HOW],
  [/^(?:wie|wie doet wat|wie doet het|door wie)$/u, WHO],
  [/^(?:wanneer|deadline|streefdatum|wanneer klaar)$/u, WHEN],
  [/^(?:stap|stapje|actie|actiepunt) \d{1,2}$/u, STEP],
];

/** The leefgebieden a heading names, as bits (one per area), or 0 when it is not (only) a leefgebied heading. */
function areasOf(label: string): number {
  let bits = 0;
  for (const id of matchLeefgebieden(label) ?? []) bits |= 1 << LEEFGEBIEDEN.findIndex((a) => a.id === id);
  return bits;
}

const bitsOf = (table: ReadonlyArray<readonly [RegExp, number]>, label: string) => {
  let bits = 0;
  for (const [re, bit] of table) if (re.test(label)) bits |= bit;
  return bits;
};

const popcount = (n: number) => {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
};

/** What one paragraph (one line) says about the kind of text. */
export interface ModeCues {
  /** Persons outside the client's quoted words. */
  first: number;
  second: number;
  third: number;
  /**
   * Sentences with a part of a complete boodschap ("Ik maak me zorgen", "Ik zie dat je …", "Laten
   * we …"). Counted when first asked: that takes the sentence segmenter (ICU, ~10 ms to load), and
   * only a text that addresses someone in the first and second person needs it.
   */
  readonly messageParts: number;
  /** The line is a bare heading (a label with nothing after it): its leefgebieden count only when content follows. */
  heading: boolean;
  /** Leefgebieden of a bare heading. */
  headingAreas: number;
  /** Leefgebieden of a label with a value on the same line ("Wonen: ik woon …", a table row). */
  filledAreas: number;
  blocks: number;
  plan: number;
}

/** Splits a line into its label and its value: "Wie: ik", "## Wonen", "Veiligheid<tab>Ik voel mij veilig". */
function labelOf(line: string): { label: string; value: string } | null {
  const body = line
    .trim()
    .replace(/^(?:#{1,6}\s+|[-•*·▪–>]\s+|\d{1,2}[.)]\s+|\(\d{1,2}\)\s+)/u, '')
    .replace(/^(\*\*|__)(.+?)\1/u, '$2')
    .trim();
  // A table row pasted as text: the first cell is the label.
  const cell = /^([^\t|]{1,60}?)\s*(?:\t+|\s\|\s?)\s*(.*)$/u.exec(body);
  if (cell) return { label: cell[1]!, value: cell[2]! };
  // A spreadsheet saved as text with semicolons (the Dutch CSV): "Wonen;Ik kook zelf.". In prose a
  // semicolon is followed by a space, so "september; tot dan WW" stays a sentence.
  const csv = /^([^\t|;]{1,60});(?=\S|$)(.*)$/u.exec(body);
  if (csv) return { label: csv[1]!.trim(), value: csv[2]!.replace(/;+/g, ' ').trim() };
  const colon = body.indexOf(':');
  if (colon > 0 && colon <= 60 && (colon === body.length - 1 || /\s/.test(body[colon + 1]!)) && !/["„“”]/.test(body.slice(0, colon))) {
    return { label: body.slice(0, colon), value: body.slice(colon + 1).trim() };
  }
  // A bare heading: short, not a sentence.
  if (body.length <= 60 && !/[.!;]$/.test(body)) return { label: body.replace(/[?:]\s*$/, ''), value: '' };
  return null;
}

export function modeCues(paragraph: string): ModeCues {
  // The client's quoted words say nothing about who writes.
  let own = paragraph;
  const quotes = paragraph.includes('"') || /[„“”]/.test(paragraph) ? quotedSpans(paragraph) : [];
  for (const q of quotes) own = own.slice(0, q.start) + ' '.repeat(q.end - q.start) + own.slice(q.end);
  const first = count(FIRST, own);
  const second = count(SECOND, own);
  let messageParts: number | undefined;
  const cues: ModeCues = {
    first,
    second,
    third: count(THIRD, own),
    get messageParts() {
      if (messageParts === undefined) {
        messageParts = 0;
        if (first + second > 0) for (const sentence of sentences(own)) if (PART_REGEXES.some((re) => re.test(sentence.text))) messageParts++;
      }
      return messageParts;
    },
    heading: false,
    headingAreas: 0,
    filledAreas: 0,
    blocks: 0,
    plan: 0,
  };
  const parts = labelOf(paragraph);
  if (!parts) return cues;
  const label = normalize(withoutAsides(parts.label));
  if (!label) return cues;
  const areas = areasOf(label);
  cues.blocks = bitsOf(BLOCKS, label);
  cues.plan = bitsOf(PLAN, label);
  const filled = /\p{L}/u.test(parts.value);
  if (filled) cues.filledAreas = areas;
  else cues.headingAreas = areas;
  cues.heading = !filled && (areas !== 0 || cues.blocks !== 0 || cues.plan !== 0);
  return cues;
}

/** Only the paragraphs that start in the first 20,000 characters decide: a long text has made its kind clear by then. */
const SAMPLE = 20000;

/**
 * Guesses the kind of text when the caller does not say. A worksheet shows its structure:
 * - at least two leefgebieden with something filled in, and another worksheet block or the ik-vorm
 *   (a report may well be ordered by leefgebied, in the third person: that stays a report);
 * - a title (Krachteninventarisatie, Actieplan, …) with a leefgebied, two plan parts or two blocks;
 * - an actieplan's goal with two of its parts (Wat/Hoe/Stappen, Wie, Wanneer), or steps with Wie and Wanneer;
 * - one field of a worksheet in the client's voice: a leefgebied or goal label followed by text in
 *   the ik-vorm without a third person ("Wonen: ik wil een eigen huis"). With a third person
 *   ("Wonen: meneer wil …") it is a report ordered by leefgebied.
 * Else a message addresses the client (je / jij) in the speaker's voice, with at least one part of a
 * complete boodschap ("Ik maak me zorgen", "Ik zie dat je …", "Laten we …"): "Ik heb je mail gelezen"
 * to a colleague is no message to the client. Anything else is a report.
 * The cues are counted per paragraph, so a caller that keeps them per paragraph (the analyzer,
 * while the worker types) counts one paragraph again.
 */
export function guessMode(text: string, cuesOf: (paragraph: string) => ModeCues = modeCues): Mode {
  let first = 0;
  let second = 0;
  let third = 0;
  const read: ModeCues[] = [];
  let areas = 0;
  let blocks = 0;
  let plan = 0;
  let pendingAreas = 0;
  for (const p of paragraphs(text)) {
    if (p.start >= SAMPLE) break;
    // A paragraph that runs past the sample counts up to its end only.
    const c = cuesOf(p.end > SAMPLE ? p.text.slice(0, SAMPLE - p.start) : p.text);
    first += c.first;
    second += c.second;
    third += c.third;
    read.push(c);
    blocks |= c.blocks;
    plan |= c.plan;
    areas |= c.filledAreas;
    // A leefgebied heading counts when text follows it, not in a list of leefgebieden.
    if (!c.heading) areas |= pendingAreas;
    pendingAreas = c.heading ? c.headingAreas : 0;
  }
  const nAreas = popcount(areas);
  const nBlocks = popcount(blocks);
  const ikVoice = first >= 1 && first > third;
  const title = (blocks & 1) !== 0;
  const planParts = Number((plan & (WHAT | HOW | STEP)) !== 0) + Number((plan & WHO) !== 0) + Number((plan & WHEN) !== 0);
  if (nAreas >= 2 && (nBlocks >= 1 || ikVoice)) return 'worksheet';
  if (title && (nAreas >= 1 || popcount(plan) >= 2 || nBlocks >= 3)) return 'worksheet';
  if ((plan & GOAL) !== 0 && planParts >= 2) return 'worksheet';
  if ((plan & STEP) !== 0 && (plan & WHO) !== 0 && (plan & WHEN) !== 0) return 'worksheet';
  if ((nAreas >= 1 || (plan & GOAL) !== 0) && first >= 1 && third === 0 && second === 0) return 'worksheet';
  // Only now, and only for a text that could be a message, are sentences read for its parts.
  if (second >= 1 && first >= 1 && second >= third && read.some((c) => c.messageParts >= 1)) return 'message';
  return 'report';
}
