import type { Segment } from './segment';

/**
 * Spans of text the client said, in quotation marks. Nothing inside them is ever flagged
 * (LABELS.md, rule 1). Double quotes that are still open run to the end of the paragraph, so a
 * worker typing a quote is not interrupted; single quotes must close, because the same
 * character is the Dutch apostrophe (auto's, 's avonds, d'r).
 */
const PAIRS: Record<string, string[]> = {
  '"': ['"'],
  '„': ['”', '“', '"'],
  '“': ['”', '"'],
  '”': ['”'],
  '«': ['»'],
  '‹': ['›'],
  "'": ["'", '’'],
  '‘': ['’', "'"],
  '‚': ['‘', '’'],
};
const SINGLE = new Set(["'", '‘', '‚']);
const LETTER = /[\p{L}\p{N}]/u;

function isOpening(text: string, i: number): boolean {
  const ch = text[i]!;
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? ' ';
  if (LETTER.test(prev)) return false; // in a word: apostrophe or closing mark
  if (next === ' ' || next === '\n' || next === '\r' || next === '\t') return false;
  if (SINGLE.has(ch)) {
    // 's avonds, 't huis, 'n keer: elided articles are not quotes.
    const rest = text.slice(i + 1, i + 4);
    if (/^(?:s|t|n|k|m|r)(?:[\s.,;:!?]|$)/u.test(rest)) return false;
  }
  return true;
}

function isClosing(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? ' ';
  if (prev === ' ' || prev === '\n' || prev === '\t') return false;
  return !LETTER.test(next);
}

/** Every character that can open a quote (the keys of PAIRS): the scan jumps from one to the next. */
const QUOTE_MARK = /["„“”«‹'‘‚]/g;

/** Quoted spans in a paragraph (offsets include the quotation marks). */
export function quotedSpans(text: string, offset = 0): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < text.length) {
    QUOTE_MARK.lastIndex = i;
    const mark = QUOTE_MARK.exec(text);
    if (!mark) break;
    i = mark.index;
    const ch = text[i]!;
    const closers = PAIRS[ch];
    if (!closers || !isOpening(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    let end = -1;
    for (; j < text.length; j++) {
      const c = text[j]!;
      if (c === '\n') break;
      if (closers.includes(c) && isClosing(text, j)) {
        end = j + 1;
        break;
      }
    }
    if (end < 0) {
      if (SINGLE.has(ch)) {
        i++;
        continue;
      }
      end = j; // an open double quote runs to the end of the paragraph
    }
    out.push({ start: offset + i, end: offset + end, text: text.slice(i, end) });
    i = end;
  }
  return out;
}

/** First span whose end lies after `pos`, in spans sorted by start that do not overlap (binary search). */
export function firstEndingAfter(spans: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps one of the sorted, disjoint spans (binary search: long texts have many). */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const s = spans[firstEndingAfter(spans, start)];
  return s !== undefined && s.start < end;
}

/** Whether [start, end) lies inside one of the sorted, disjoint spans. */
export function insideAny(spans: readonly Segment[], start: number, end: number): boolean {
  const s = spans[firstEndingAfter(spans, start)];
  return s !== undefined && s.start <= start && end <= s.end;
}

/**
 * Placeholders a rewrite left for the worker to fill in ("[wat lukt wel?]"): a question to the
 * worker, not their text, so nothing in them is flagged.
 */
export function placeholderSpans(text: string, offset = 0): Segment[] {
  const out: Segment[] = [];
  if (!text.includes('[')) return out; // most paragraphs hold no bracket
  const re = /\[[^\[\]\n]{1,200}\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  return out;
}

/**
 * Quotes that hold words of the client. A quote that holds nothing but a placeholder
 * ("[in eigen woorden]", from a template) holds no words yet: it is still to be filled in.
 */
export function clientQuoteSpans(text: string, offset = 0): Segment[] {
  return quotedSpans(text, offset).filter((q) => LETTER.test(q.text.replace(/\[[^\[\]\n]*\]/g, '')));
}

/** Sorted, disjoint union of span lists (for the binary searches above). */
export function mergeSpans(...lists: Segment[][]): Segment[] {
  const filled = lists.filter((l) => l.length);
  if (filled.length === 0) return [];
  const all = filled.length === 1 ? [...filled[0]!] : filled.flat();
  all.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  for (const s of all) {
    const last = out.at(-1);
    if (last && s.start < last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end, text: '' };
    } else out.push(s);
  }
  return out;
}
