import { describe, expect, it } from 'vitest';
import { addChatMessage, clearChat, listChat } from './chat';
import { freshDb } from './test-support';

describe('chat (for the assistant)', () => {
  it('keep chat messages in conversation order, the latest `limit` of them', async () => {
    const db = freshDb();
    for (let i = 1; i <= 5; i++) await addChatMessage(db, { id: `m${i}`, at: i * 1000, role: i % 2 ? 'user' : 'assistant', text: `bericht ${i}` });
    expect((await listChat(db, 3)).map((m) => m.id)).toEqual(['m3', 'm4', 'm5']);
    await clearChat(db);
    expect(await listChat(db)).toEqual([]);
  });
});
