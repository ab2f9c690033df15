/** Lower case, without diacritics, "&" as "en", other punctuation as spaces: for matching labels. */
export function normalize(s: string): string {
  let low = s.toLowerCase();
  // Only text with accents pays for the decomposition ("financiën" → "financien").
  if (/[^\x00-\x7f]/.test(low)) low = low.normalize('NFD').replace(/\p{M}/gu, '');
  return low
    .replace(/&/g, ' en ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Removes parenthesised asides that hold a space or comma: "Wonen (nu, wensen)" → "Wonen". */
export function withoutAsides(s: string): string {
  return s.replace(/\([^()]*[\s,][^()]*\)/g, ' ');
}
