import { browser } from 'wxt/browser';
import { type ChatMessage, addChatMessage, clearChat, expireChat, type HistoryDays, historyDaysOf, listChat } from '../../storage/chat';
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

/** The chat-history setting in the extension's storage: on or off, and for how many days. */
const KEEP_HISTORY = 'assistantKeepHistory';
const HISTORY_DAYS = 'assistantHistoryDays';

export interface HistorySetting {
  /** Off unless the worker turned it on. */
  keep: boolean;
  days: HistoryDays;
}

export async function loadHistorySetting(): Promise<HistorySetting> {
  const stored = await browser.storage.local.get([KEEP_HISTORY, HISTORY_DAYS]);
  return { keep: stored[KEEP_HISTORY] === true, days: historyDaysOf(stored[HISTORY_DAYS]) };
}

export async function saveHistorySetting(setting: HistorySetting): Promise<void> {
  await browser.storage.local.set({ [KEEP_HISTORY]: setting.keep, [HISTORY_DAYS]: setting.days });
}

export const chatStore = {
  /** Adds a message and deletes what is older than `days` days. */
  add: (message: ChatMessage, days: HistoryDays) => addChatMessage(database(), message, days),
  expire: (days: HistoryDays) => expireChat(database(), days),
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

/** The drafts (conceptbeveiliging): the panel only wipes them; the background alone reads and writes them. */
export const draftStore = {
  clear: () => database().run(() => database().drafts.clear()),
  count: () => database().run(() => database().drafts.count()),
};
