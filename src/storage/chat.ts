import type { KrachtcoachDB } from './db';

/** A message in the assistant's chat in the side panel (table `chat`, version 2). */
export interface ChatMessage {
  id: string;
  /** Epoch milliseconds. */
  at: number;
  role: 'user' | 'assistant';
  text: string;
}

export function addChatMessage(db: KrachtcoachDB, message: ChatMessage): Promise<void> {
  return db.run(async () => {
    await db.chat.put(message);
  });
}

/** Oldest first: the order of the conversation. */
export function listChat(db: KrachtcoachDB, limit = 500): Promise<ChatMessage[]> {
  return db.run(async () => (await db.chat.orderBy('at').reverse().limit(limit).toArray()).reverse());
}

export function clearChat(db: KrachtcoachDB): Promise<void> {
  return db.run(() => db.chat.clear());
}
