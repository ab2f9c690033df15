import { normalize, withoutAsides } from '../analysis/heading-text';
import { firstEndingAfter } from '../analysis/quotes';

/**
 * Reading a worksheet as practitioners fill it in: one record per non-empty line, with list
 * markers, Markdown, "Label: waarde" and table cells taken apart, every part with UTF-16
 * offsets into the original text. Pure; no knowledge of worksheet kinds here.
 */

export interface Span {
  start: number;
  end: number;
}
export interface TextSpan extends Span {
  text: string;
}

export interface Line extends TextSpan {
  index: number;
  /** Columns of leading white space (a tab counts as 4): nesting of list items. */
  indent: number;
  /** The list marker: a bullet ("-", "•"), a number ("1.", "(3)") or a letter ("a.", "b)"), which orders like a number. */
  marker?: 'bullet' | 'number' | 'letter';
  /** The number of a numbered item ("2." or "2)"). */
  number?: number;
  /** The line without list marker, Markdown heading marks and surrounding bold. */
  body: TextSpan;
  /** A Markdown heading ("## …") or a line that is bold as a whole. */
  heading: boolean;
  /** "Label: waarde": a short label before a colon (not a time like 10:30, not inside a quote). */
  label?: TextSpan;
  /** The text after the label's colon; may be empty (start = end). */
  value?: TextSpan;
  /** Cells of a table row pasted as text (pipes, tabs or wide gaps), when there are at least two. */
  cells?: TextSpan[];
  /** A Markdown table rule such as |---|---|. */
  rule?: boolean;
  /** Two cells from a spreadsheet or a word processor ("Naam;Wilma", "Naam<tab>Wilma"): read as "Label: value" when there is no colon label. */
  pair?: boolean;
}

const MARKER = /^(?:([-•*·▪◦–—>])|(\d{1,3})[.)]|\((\d{1,3})\)|([a-z])[.)]|\[[ xX]\]|[☐☑☒✓✔])\s+/u;

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** White space (and, with `marks`, the bold / italic marks * and _) by char code: this runs on every cell. */
function isEdge(c: number, marks: boolean): boolean {
  // (the same set as \s in a regular expression)
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return true;
  return marks && (c === 42 || c === 95);
}

/** Trims white space, and bold / italic marks at the edges, from [start, end). */
function trimmed(text: string, start: number, end: number, marks = true): Span {
  while (start < end && isEdge(text.charCodeAt(start), marks)) start++;
  while (end > start && isEdge(text.charCodeAt(end - 1), marks)) end--;
  return { start, end };
}

/** Splits [start, end) at every match of `sep`, trimming each cell. */
function splitCells(text: string, start: number, end: number, sep: RegExp): TextSpan[] {
  const out: TextSpan[] = [];
  const part = text.slice(start, end);
  let from = 0;
  sep.lastIndex = 0;
  for (let m = sep.exec(part); m; m = sep.exec(part)) {
    const t = trimmed(text, start + from, start + m.index);
    out.push(span(text, t.start, t.end));
    from = m.index + m[0].length;
  }
  const t = trimmed(text, start + from, end);
  out.push(span(text, t.start, t.end));
  return out;
}

const QUOTE_CHARS = /["„“”«»]/;
/**
 * Where semicolons separate spreadsheet cells: right after a character and not followed by a
 * space ("Naam;Wilma", "Sociale relaties;;"). A loop, not a regular expression with look-behind:
 * this runs on every line of every check.
 */
function tightSemicolons(s: string): number[] {
  const out: number[] = [];
  for (let i = s.indexOf(';'); i >= 0; i = s.indexOf(';', i + 1)) {
    const before = s.charCodeAt(i - 1);
    const after = s.charCodeAt(i + 1);
    if (i > 0 && before !== 32 && before !== 9 && (i + 1 === s.length || (after !== 32 && after !== 9))) out.push(i);
  }
  return out;
}

/** Splits [start, end) of `text` at the given offsets (relative to start), trimming each cell. */
function cellsAt(text: string, start: number, end: number, cuts: readonly number[]): TextSpan[] {
  const out: TextSpan[] = [];
  let from = start;
  for (const c of cuts) {
    const t = trimmed(text, from, start + c);
    out.push(span(text, t.start, t.end));
    from = start + c + 1;
  }
  const t = trimmed(text, from, end);
  out.push(span(text, t.start, t.end));
  return out;
}

export function readLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    if (!raw.trim()) continue;
    const lineStart = m.index;
    let indent = 0;
    for (let k = 0; raw[k] === ' ' || raw[k] === '\t'; k++) indent += raw[k] === '\t' ? 4 : 1;
    const whole = trimmed(text, lineStart, lineStart + raw.length, false);
    let pos = whole.start;
    const end = whole.end;
    let heading = false;
    let inner = text.slice(pos, end);
    if (inner.startsWith('#')) {
      const hashes = /^#{1,6}\s+/.exec(inner);
      if (hashes) {
        heading = true;
        pos += hashes[0].length;
        inner = text.slice(pos, end);
      }
    }
    // A line that is bold as a whole ("**Wonen**") reads as a heading.
    if ((inner.startsWith('**') || inner.startsWith('__')) && /^(\*\*|__)[^*_]+\1:?$/.test(inner)) heading = true;
    const line: Line = { index: lines.length, indent, heading, ...span(text, whole.start, whole.end), body: span(text, pos, end) };
    const mk = MARKER.exec(inner);
    if (mk && !(mk[1] === '*' && text[pos + 1] === '*')) {
      const n = mk[2] ?? mk[3];
      if (n !== undefined) {
        line.marker = 'number';
        line.number = Number(n);
      } else line.marker = mk[4] ? 'letter' : 'bullet';
      pos += mk[0].length;
    }
    const b = trimmed(text, pos, end);
    line.body = span(text, b.start, b.end);
    readCells(text, line, lineStart);
    readLabel(text, line);
    lines.push(line);
  }
  readSemicolonTables(text, lines);
  return lines;
}

/** "Wat ga ik doen; wie; wanneer": a header of short parts between semicolons with a space after them. */
const SPACED_SEMICOLON = /;\s+/g;

/**
 * A table typed with "; " between the cells: a run of adjacent lines that each hold a semicolon,
 * headed by a line whose parts are all short (column names). Prose with a semicolon in two lines
 * in a row does not start with a line of column names.
 */
function readSemicolonTables(text: string, lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (head.cells || !head.body.text.includes('; ')) continue;
    const names = head.body.text.split(/;\s*/);
    if (names.length < 2 || names.some((n) => !n.trim() || wordCount(n) > 5 || /[.!]\s*$/.test(n))) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.cells && lines[j]!.body.text.includes(';') && !/\n\s*\n/.test(text.slice(lines[j - 1]!.end, lines[j]!.start))) j++;
    if (j === i + 1) continue;
    for (let k = i; k < j; k++) {
      const l = lines[k]!;
      l.cells = splitCells(text, l.body.start, l.body.end, SPACED_SEMICOLON);
      if (l.label && l.label.end > l.cells[0]!.end) [l.label, l.value] = [undefined, undefined];
    }
    i = j - 1;
  }
}

function readCells(text: string, line: Line, lineStart: number): void {
  const { start, end, text: body } = line.body;
  let cells: TextSpan[] | undefined;
  // Tab-separated cells from a word processor: one tab per column, so an empty cell (a leading
  // tab, two tabs in a row) keeps the columns in place. After a list marker ("1.<tab>Wonen")
  // the tab belongs to the marker.
  const from = line.marker ? start : lineStart + (/^ */.exec(text.slice(lineStart, end))?.[0].length ?? 0);
  const raw = text.slice(from, end);
  // (two cells from a spreadsheet or a word processor may be a label and its value)
  let pairable = false;
  let tight: number[] = [];
  if (/\S\t/.test(raw) || /^\t+\S.*\t/.test(raw)) {
    cells = splitCells(text, from, end, /\t/g);
    pairable = true;
  } else if (body.includes('|')) {
    cells = splitCells(text, start, end, /\|/g);
    // leading and trailing pipes give empty edge cells
    if (cells.length && !cells[0]!.text && body.trimStart().startsWith('|')) cells.shift();
    if (cells.length && !cells.at(-1)!.text && body.trimEnd().endsWith('|')) cells.pop();
  } else if ((tight = body.includes(';') ? tightSemicolons(body) : []).length && !QUOTE_CHARS.test(body.slice(0, tight[0]))) {
    // a spreadsheet saved as text ("Naam;Wilma", "Sociale relaties;;"): the separators stand
    // tight; a semicolon followed by a space inside a cell is the writer's own ("… Velsen; we …")
    cells = cellsAt(text, start, end, tight);
    pairable = true;
  } else if (/\S {3,}\S/.test(body)) cells = splitCells(text, start, end, / {3,}/g);
  if (!cells || cells.length < 2) return;
  // "Opmerkingen;Mevr. komt …", "Opmerkingen<tab>Mevr. komt …": two cells are a label and its value
  if (pairable && cells.length === 2 && cells[0]!.text && cells[1]!.text) line.pair = true;
  if (cells.every((c) => /^:?-{2,}:?$/.test(c.text) || !c.text)) line.rule = true;
  line.cells = cells;
}

const SENTENCE_OPENING = /^(?:ik|mijn|m['’]n|we|wij|je|jij|hij|zij|ze|het|een|dat|dit|er)(?![\p{L}])/iu;

/**
 * "Wie: ik", "Nu (krachten, talenten, mogelijkheden): …", "**Wonen:** ik woon …". The label is at
 * most six words, holds a letter and no quotation mark, and its colon is followed by a space or
 * the end of the line (so "om 10:30" is no label).
 */
function readLabel(text: string, line: Line): void {
  const { start, end, text: body } = line.body;
  const colon = body.indexOf(':');
  if ((colon <= 0 || colon > 60) && line.pair) {
    const [first, second] = line.cells!;
    // a label names a field ("Naam", "Prioriteit (mijn keuze)"); "Ik wil een huis;met een tuin" is a sentence typed sloppily
    if (/\p{L}/u.test(first!.text) && first!.text.split(/\s+/).length <= 6 && !SENTENCE_OPENING.test(first!.text)) [line.label, line.value] = [first!, second!];
    return;
  }
  if (colon <= 0 || colon > 60) return;
  const after = body[colon + 1];
  if (after !== undefined && !/[\s*_]/.test(after)) return;
  const labelText = body.slice(0, colon);
  if (QUOTE_CHARS.test(labelText) || !/\p{L}/u.test(labelText)) return;
  if (labelText.trim().split(/\s+/).length > 6) return;
  const l = trimmed(text, start, start + colon);
  const v = trimmed(text, start + colon + 1, end);
  line.label = span(text, l.start, l.end);
  line.value = span(text, v.start, Math.max(v.start, v.end));
}

/** A heading's parenthesised asides ("Doel (Wat?)", "Prioriteiten (mijn keuze)") say how, not which block. */
export function withoutParentheses(s: string): string {
  return withoutAsides(s).replace(/\([^()]*\)/g, ' ');
}

/** Words a block heading may add: "Mijn doel in mijn eigen woorden", "Stappen klein en haalbaar". */
const QUALIFIERS =
  '(?: (?:in (?:mijn |je |zijn |haar )?eigen woorden|op (?:de )?lange termijn|lange termijn|klein en haalbaar|(?:van|voor) (?:de )?(?:client|komende periode|komende tijd)|\\d+))*';

/**
 * A matcher for block headings. A line that shows it is a heading (a "Label:", Markdown or
 * bold, ending in ":" or "?") needs only to START with one of the forms ("Doel: ik wil …",
 * "## Mijn doel voor dit jaar"); a plain line must BE one of the forms, with at most the
 * qualifiers above, so that "Mijn wens is een eigen huis" stays text.
 */
export function headingMatcher<T>(forms: Array<[string, T]>): (line: Line) => T | undefined {
  const strong = forms.map(([f, t]) => [new RegExp(`^(?:${f})(?![\\p{L}\\p{N}])`, 'u'), t] as const);
  const weak = forms.map(([f, t]) => [new RegExp(`^(?:${f})${QUALIFIERS}$`, 'u'), t] as const);
  return (line) => {
    const text = (line.label ?? line.body).text;
    if (text.length > 100) return undefined;
    const shown = !!line.label || line.heading || /[:?]\s*$/.test(line.body.text);
    // a plain line must be a whole heading, and headings are short: a sentence is not normalised
    if (!shown && text.length > 70 && !text.includes('(')) return undefined;
    const n = normalize(withoutParentheses(text));
    for (const [re, t] of shown ? strong : weak) if (re.test(n)) return t;
    return undefined;
  };
}

/**
 * Text that stands for "nothing filled in yet": dashes, dots, "n.v.t.", "nog invullen", "volgt",
 * "?", "x", "geen" on its own, "zie boven", and prompts in [brackets] (a template's question).
 */
const PLACEHOLDER =
  /^(?:-+|–|—|_+|\.+|…+|\?+|!+|x+|\/|n\.?\s?v\.?\s?t\.?|nvt|n\.?b\.?|nb|nog\s+(?:in\s*te\s+vullen|invullen|aanvullen|bespreken|doen|navragen|uitzoeken|te\s+bespreken|niet\s+ingevuld|onbekend|volgen)|in\s*te\s+vullen|invullen|volgt(?:\s+nog)?|later|leeg|geen|nee|onbekend|tbd|todo|pm|p\.m\.|zie\s+(?:boven|onder|hierboven|hieronder|elders))$/i;

export function stripPrompts(s: string): string {
  return s.replace(/\[[^\[\]\n]*\]/g, ' ');
}

/** "Nog niet besproken.", "Komt in het volgende gesprek.": the block is put off, not filled in. */
const DEFERRED =
  /^(?:nog (?:te )?(?:bespreken|bekijken|invullen|afspreken|uitzoeken|bepalen|kiezen)|volgt(?: nog| later)?|moet nog(?: (?:ingevuld|besproken|gebeuren|gekozen))?|(?:samen )?(?:met (?:de |mijn )?\p{L}+ )?nog (?:in te vullen|invullen|bespreken)|(?:bespreken|bekijken|kiezen|vullen) we (?:nog|later|(?:de |een )?volgende (?:keer|week|maand)|(?:in )?het volgende gesprek)(?: in)?|nog niet (?:besproken|ingevuld|bekend|gedaan|aan (?:toe )?gekomen|aan bod geweest|over gehad)|(?:dit )?komt (?:nog|later|(?:nog )?in (?:het|een) volgend\p{L}* gesprek)|(?:wordt|worden) (?:nog |later )?besproken|(?:bespreken|doen|vullen) we (?:nog|later|de volgende keer|volgende keer)(?: in)?|(?:de )?volgende keer|in (?:het|een) volgend\p{L}* gesprek|nog te bespreken|nog met \p{L}+ bespreken)(?:\s+(?:met|in|na|bij|tijdens|op)\s+[^.;:!?\d]{1,40})?$/iu;

export function isPlaceholder(s: string): boolean {
  const t = stripPrompts(s).replace(/["„“”«»*]/g, '').trim();
  const bare = t.replace(/[.:;,!?]+$/, '');
  return !t || PLACEHOLDER.test(t) || PLACEHOLDER.test(bare) || DEFERRED.test(bare);
}

/** Whether text is filled in: something other than a placeholder, with a word of two letters or more. */
export function hasContent(s: string): boolean {
  if (isPlaceholder(s)) return false;
  return /\p{L}{2,}/u.test(stripPrompts(s));
}

/** Whether a short field ("Wanneer: 14-03", "Wie: ik") holds anything besides a placeholder. */
export function isFilled(s: string): boolean {
  return !isPlaceholder(s) && /[\p{L}\p{N}]/u.test(stripPrompts(s));
}

/**
 * Words in a text, for thresholds: runs of Latin letters (with accents) and digits; an
 * apostrophe or hyphen between letters keeps a word whole ("auto's", "ex-partner"). A loop over
 * char codes: this runs over the whole worksheet on every check.
 */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (letter && !inWord) n++;
    inWord = letter || (inWord && (c === 39 || c === 0x2019 || c === 45));
  }
  return n;
}

/** Sorted, disjoint union of spans, for `overlapsAny` (analysis/quotes). */
export function sortedDisjoint(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}


/** The sorted, disjoint spans that overlap [start, end): a worksheet of 50,000 words has thousands. */
export function spansWithin<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstEndingAfter(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) out.push(sorted[i]!);
  return out;
}

/** The text of [s.start, s.end) with the (sorted, disjoint) quotations in it blanked out. */
export function withoutQuotes(text: string, s: Span, quotes: readonly Span[]): string {
  let out = '';
  let from = s.start;
  for (const q of spansWithin(quotes, s.start, s.end)) {
    out += `${text.slice(from, Math.max(from, q.start))} `;
    from = Math.max(from, q.end);
  }
  return out + text.slice(from, Math.max(from, s.end));
}

/** Whether [start, end) overlaps one of `spans` (unsorted, small lists). */
export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}
