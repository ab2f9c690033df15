/** Dutch segmentation with UTF-16 offsets into the original text. */

export interface Segment {
  start: number;
  end: number;
  text: string;
}

// Made at first use: loading ICU's break rules costs ~14 ms, which a CLI run on text that
// needs no sentences (and every start of the content script) would otherwise pay up front.
let sentenceSegmenter: Intl.Segmenter | undefined;
let wordSegmenter: Intl.Segmenter | undefined;

/** Paragraphs are separated by line breaks (LF or CRLF); empty lines yield no paragraph. */
export function paragraphs(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * Intl.Segmenter in Node (ICU through V8) pays for every segment with the length of the whole
 * string: a 400 KB paragraph took 3.6 s for its sentences and two minutes for its words. So it
 * only ever sees windows of a few thousand characters; the results are the same (segment.test.ts
 * compares them on generated texts).
 */
const WINDOW = 4096;
/** A "sentence" without any break this long is cut here: nobody writes one, a paste can. */
const LONGEST_SENTENCE = 65_536;

/** Sentences without their trailing white space. */
export function sentences(text: string, offset = 0, window = WINDOW): Segment[] {
  const out: Segment[] = [];
  for (const s of sentenceSegments(text, window)) {
    const trimmed = s.segment.trimEnd();
    if (!trimmed.trim()) continue;
    out.push({ start: offset + s.index, end: offset + s.index + trimmed.length, text: trimmed });
  }
  return out;
}

/**
 * The segmenter's sentences, window by window. Whether a sentence ends at a full stop depends on
 * what follows, up to the next letter or sentence end ("vandaag.… en toen" goes on): a break
 * counts only when such a character follows it inside the window. The next window starts at the
 * last break that counted, so it starts at a real sentence start.
 */
function* sentenceSegments(text: string, window: number): Generator<{ segment: string; index: number }> {
  let from = 0;
  let size = window;
  while (from < text.length) {
    let to = Math.min(text.length, from + size);
    // Windows end after white space where they can: never inside a word.
    if (to < text.length) {
      const space = text.slice(from, to).search(/\s\S*$/);
      if (space > 0) to = from + space + 1;
    }
    const chunk = text.slice(from, to);
    sentenceSegmenter ??= new Intl.Segmenter('nl', { granularity: 'sentence' });
    const found = [...sentenceSegmenter.segment(chunk)];
    // The last segment is kept only at the end of the text: elsewhere it may go on after the window.
    let keep = to === text.length ? found.length : found.length - 1;
    // And the window goes on from a break that is settled.
    if (to < text.length) while (keep > 0 && !SETTLES.test(chunk.slice(found[keep]!.index))) keep--;
    if (keep <= 0 && to < text.length && size < LONGEST_SENTENCE) {
      size *= 2; // no sentence settled in the window: look further
      continue;
    }
    const kept = found.slice(0, Math.max(keep, 1));
    for (const s of kept) yield { segment: s.segment, index: from + s.index };
    const last = kept[kept.length - 1]!;
    from += last.index + last.segment.length;
    size = window;
  }
}

/** A letter or a sentence end: once one follows a break, the segmenter has decided that break. */
const SETTLES = /[\p{L}.!?]/u;

export function words(text: string, offset = 0, window = WINDOW): Segment[] {
  const out: Segment[] = [];
  // A word never holds white space, so a window that ends right before a space ends between words.
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + window);
    while (to < text.length && !/\s/.test(text[to]!)) to++;
    wordSegmenter ??= new Intl.Segmenter('nl', { granularity: 'word' });
    for (const w of wordSegmenter.segment(text.slice(from, to))) {
      if (!w.isWordLike) continue;
      const start = offset + from + w.index;
      out.push({ start, end: start + w.segment.length, text: w.segment });
    }
    from = to;
  }
  return out;
}

/** The segment that contains `pos`, by binary search over sorted segments. */
export function segmentAt<T extends Segment>(segments: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
