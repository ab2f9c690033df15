/**
 * The worker's word list: names and terms that are never flagged. A finding is dropped when its
 * words overlap a whole-word occurrence of a listed term (case and accents as written, upper or
 * lower case alike), so "Niet" as a surname on the list keeps "Mevrouw Niet" quiet.
 */
export function termSpans(text: string, terms: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const lower = text.toLocaleLowerCase('nl');
  for (const raw of terms) {
    const term = raw.trim().toLocaleLowerCase('nl');
    if (!term) continue;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (isWordChar(lower[at - 1]) || isWordChar(lower[end])) continue;
      spans.push([at, end]);
    }
  }
  return spans;
}

/**
 * Whether the finding at [start, end) lies on a listed term. Only the words around the finding
 * are read (a term that overlaps it lies within a term's length of it), not the whole text: the
 * content script asks this on every keystroke, for the findings of a long report.
 */
export function onListedTerm(text: string, start: number, end: number, terms: readonly string[]): boolean {
  const reach = Math.max(...terms.map((t) => t.trim().length)) + 1;
  const from = Math.max(0, start - reach);
  const around = text.slice(from, Math.min(text.length, end + reach));
  return overlapsAny(start - from, end - from, termSpans(around, terms));
}

/** Whether [start, end) overlaps one of the spans. */
export function overlapsAny(start: number, end: number, spans: ReadonlyArray<readonly [number, number]>): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_-]/u.test(c);
}
