import { browser } from 'wxt/browser';
import { type ChatMessage, addChatMessage, clearChat, listChat } from '../../storage/chat';
import { KrachtcoachDB } from '../../storage/db';
import { addJournalEntry, deleteJournalEntry, type JournalEntry, listJournal } from '../../storage/journal';

/**
 * Where the assistant keeps things: the journal and (only when the worker turns it on) the chat,
 * in the extension's own IndexedDB. The side panel is an extension page, the same origin as the
 * background, so it opens the database itself. Nothing here leaves the computer.
 */

let db: KrachtcoachDB | undefined;

/** One connection per panel, opened on first use. */
function database(): KrachtcoachDB {
  return (db ??= new KrachtcoachDB());
}

/** For tests: a database of their own. */
export function useDatabase(other: KrachtcoachDB): void {
  db = other;
}

const KEEP_HISTORY = 'assistantKeepHistory';

/** Off unless the worker turned it on. */
export async function loadKeepHistory(): Promise<boolean> {
  const stored = await browser.storage.local.get(KEEP_HISTORY);
  return stored[KEEP_HISTORY] === true;
}

export async function saveKeepHistory(on: boolean): Promise<void> {
  await browser.storage.local.set({ [KEEP_HISTORY]: on });
}

export const chatStore = {
  add: (message: ChatMessage) => addChatMessage(database(), message),
  list: () => listChat(database()),
  clear: () => clearChat(database()),
};

export const journalStore = {
  add: (entry: JournalEntry) => addJournalEntry(database(), entry),
  /** Newest first; a journal of years fits in memory, and search runs over it in memory. */
  list: () => listJournal(database(), 100_000),
  remove: (id: string) => deleteJournalEntry(database(), id),
  clear: () => database().run(() => database().journal.clear()),
};
