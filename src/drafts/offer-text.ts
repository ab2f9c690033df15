/**
 * The words of a restore offer, the same in the notice beside the field and in the panel:
 * "Concept van 14:32 terugzetten (212 woorden)". A draft from before midnight says "gisteren".
 */

function hhmm(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** "14:32", "gisteren 23:10", or "3 maart 09:15" (local time). */
export function draftTime(at: number, now: number): string {
  const d = new Date(at);
  const today = new Date(now);
  const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
  if (sameDay(d, today)) return hhmm(d);
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  if (sameDay(d, yesterday)) return `gisteren ${hhmm(d)}`;
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${hhmm(d)}`;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export function wordsText(words: number): string {
  return words === 1 ? '1 woord' : `${words} woorden`;
}

export function offerText(offer: { at: number; words: number }, now: number): string {
  return `Concept van ${draftTime(offer.at, now)} terugzetten (${wordsText(offer.words)})`;
}

/** The start of a draft for its preview: whole words, at most `max` characters. */
export function previewOf(text: string, max = 400): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()} …`;
}
