/**
 * The reflection journal as text: search and the Markdown export. Pure, so it is tested without
 * a database.
 */
import { normalize } from '../../assistant/normalize';
import type { JournalEntry } from '../../storage/journal';

/** Entries with every word of the query in their prompt, answer, tags or date (accents and case ignored). */
export function searchJournal(entries: readonly JournalEntry[], query: string): JournalEntry[] {
  const words = normalize(query).split(' ').filter(Boolean);
  if (!words.length) return [...entries];
  return entries.filter((e) => {
    const hay = ` ${normalize([e.prompt, e.answer, e.tags.join(' '), formatDay(e.date)].join(' '))}`;
    return words.every((w) => hay.includes(` ${w}`) || hay.includes(w));
  });
}

/** "zorg, intervisie,  presentie" → ["zorg", "intervisie", "presentie"], without doubles. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,;#\n]/).map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

const DAY = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

export function formatDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DAY.format(d);
}

/** The journal for the worker's own intervision: newest first, one section per entry. */
export function journalMarkdown(entries: readonly JournalEntry[], exportedAt: Date = new Date()): string {
  const sorted = [...entries].sort((a, b) => b.date.localeCompare(a.date));
  const parts = [
    '# Mijn reflectiedagboek',
    '',
    `*Uit Krachtcoach, alleen op deze computer opgeslagen. Geëxporteerd op ${DAY.format(exportedAt)}. Gebruik geen namen of herkenbare details van cliënten als je dit deelt.*`,
  ];
  for (const e of sorted) {
    parts.push('', `## ${formatDay(e.date)}`, '', `**${e.prompt.trim()}**`, '', e.answer.trim());
    if (e.tags.length) parts.push('', `*Labels:* ${e.tags.join(', ')}`);
  }
  if (!sorted.length) parts.push('', '(Nog geen aantekeningen.)');
  return `${parts.join('\n')}\n`;
}

/** "reflectiedagboek-2025-03-03.md" */
export function exportFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `reflectiedagboek-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.md`;
}
