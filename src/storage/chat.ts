import type { KrachtcoachDB } from './db';

/**
 * A message in the assistant's chat in the side panel (table `chat`, version 2). Kept only when
 * the worker switched keeping on, and then only for the days the worker chose.
 */
export interface ChatMessage {
  id: string;
  /** Epoch milliseconds. */
  at: number;
  role: 'user' | 'assistant';
  text: string;
}

/** How many days a kept chat may stay: the worker's choices, and the one to start with. */
export const HISTORY_DAY_CHOICES = [1, 7, 30, 90] as const;
export type HistoryDays = (typeof HISTORY_DAY_CHOICES)[number];
export const DEFAULT_HISTORY_DAYS: HistoryDays = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A stored or imported value as one of the choices; anything else is the default. */
export function historyDaysOf(value: unknown): HistoryDays {
  return HISTORY_DAY_CHOICES.find((d) => d === value) ?? DEFAULT_HISTORY_DAYS;
}

/** Messages from before this moment are older than `days` days at `now`. */
function expiryMoment(days: HistoryDays, now: number): number {
  return now - days * DAY_MS;
}

/**
 * Adds a message and, in the same transaction, deletes the ones older than `days` days. A message
 * that is itself that old (still on screen in a panel open for days) is not stored at all.
 */
export function addChatMessage(db: KrachtcoachDB, message: ChatMessage, days: HistoryDays, now = Date.now()): Promise<void> {
  const expired = expiryMoment(days, now);
  return db.run(() =>
    db.transaction('rw', db.chat, async () => {
      await db.chat.where('at').below(expired).delete();
      if (message.at >= expired) await db.chat.put(message);
    }),
  );
}

/** Deletes the messages older than `days` days; returns how many went. */
export function expireChat(db: KrachtcoachDB, days: HistoryDays, now = Date.now()): Promise<number> {
  return db.run(() => db.chat.where('at').below(expiryMoment(days, now)).delete());
}

/** Oldest first: the order of the conversation. */
export function listChat(db: KrachtcoachDB, limit = 500): Promise<ChatMessage[]> {
  return db.run(async () => (await db.chat.orderBy('at').reverse().limit(limit).toArray()).reverse());
}

export function clearChat(db: KrachtcoachDB): Promise<void> {
  return db.run(() => db.chat.clear());
}
