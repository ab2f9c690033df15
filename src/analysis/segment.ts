/** Dutch segmentation with UTF-16 offsets into the original text. */

export interface Segment {
  start: number;
  end: number;
  text: string;
}

const sentenceSegmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('nl', { granularity: 'word' });

/** Paragraphs are separated by line breaks (LF or CRLF); empty lines yield no paragraph. */
export function paragraphs(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Sentences without their trailing white space. */
export function sentences(text: string, offset = 0): Segment[] {
  const out: Segment[] = [];
  for (const s of sentenceSegmenter.segment(text)) {
    const trimmed = s.segment.trimEnd();
    if (!trimmed.trim()) continue;
    out.push({ start: offset + s.index, end: offset + s.index + trimmed.length, text: trimmed });
  }
  return out;
}

export function words(text: string, offset = 0): Segment[] {
  const out: Segment[] = [];
  for (const w of wordSegmenter.segment(text)) {
    if (!w.isWordLike) continue;
    out.push({ start: offset + w.index, end: offset + w.index + w.segment.length, text: w.segment });
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
