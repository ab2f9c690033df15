import type { KrachtcoachDB } from './db';

/**
 * A journal entry of the assistant (table `journal`, version 2): a reflection question and the
 * worker's answer.
 */
export interface JournalEntry {
  id: string;
  /** ISO 8601 date or date-time: sorts as text. */
  date: string;
  prompt: string;
  answer: string;
  tags: string[];
}

/**
 * Each tag once, trimmed and in small letters: the prompt's own tags and the worker's typed ones
 * meet here ("presentie" on a presentie prompt), and a tag must not be kept twice.
 */
export function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

export function addJournalEntry(db: KrachtcoachDB, entry: JournalEntry): Promise<void> {
  return db.run(async () => {
    await db.journal.put({ ...entry, tags: uniqueTags(entry.tags) });
  });
}

/** Newest first. */
export function listJournal(db: KrachtcoachDB, limit = 100): Promise<JournalEntry[]> {
  return db.run(() => db.journal.orderBy('date').reverse().limit(limit).toArray());
}

export function deleteJournalEntry(db: KrachtcoachDB, id: string): Promise<void> {
  return db.run(() => db.journal.delete(id));
}
