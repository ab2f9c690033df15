import { describe, expect, it } from 'vitest';
import { addChatMessage, clearChat, DEFAULT_HISTORY_DAYS, expireChat, historyDaysOf, listChat } from './chat';
import { freshDb } from './test-support';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 16, 17);

describe('chat (for the assistant)', () => {
  it('keep chat messages in conversation order, the latest `limit` of them', async () => {
    const db = freshDb();
    for (let i = 1; i <= 5; i++) await addChatMessage(db, { id: `m${i}`, at: NOW + i * 1000, role: i % 2 ? 'user' : 'assistant', text: `bericht ${i}` }, 30, NOW);
    expect((await listChat(db, 3)).map((m) => m.id)).toEqual(['m3', 'm4', 'm5']);
    await clearChat(db);
    expect(await listChat(db)).toEqual([]);
  });

  it('adding a message deletes the ones older than the chosen days, and keeps the rest', async () => {
    const db = freshDb();
    await addChatMessage(db, { id: 'oud', at: NOW - 8 * DAY, role: 'user', text: 'acht dagen oud' }, 30, NOW);
    await addChatMessage(db, { id: 'week', at: NOW - 6 * DAY, role: 'assistant', text: 'zes dagen oud' }, 30, NOW);
    expect((await listChat(db)).map((m) => m.id)).toEqual(['oud', 'week']);
    await addChatMessage(db, { id: 'nu', at: NOW, role: 'user', text: 'vandaag' }, 7, NOW);
    expect((await listChat(db)).map((m) => m.id)).toEqual(['week', 'nu']);
  });

  it('a message that is itself older than the chosen days is not stored', async () => {
    const db = freshDb();
    await addChatMessage(db, { id: 'gisteren', at: NOW - DAY - 1, role: 'user', text: 'van gisteren' }, 1, NOW);
    expect(await listChat(db)).toEqual([]);
  });

  it('expiry on its own (panel start, a shorter choice) says how many went', async () => {
    const db = freshDb();
    for (const [id, age] of [['a', 100], ['b', 40], ['c', 2], ['d', 0]] as const) await addChatMessage(db, { id, at: NOW - age * DAY, role: 'user', text: id }, 90, NOW - 1);
    expect((await listChat(db)).map((m) => m.id)).toEqual(['b', 'c', 'd']);
    expect(await expireChat(db, 30, NOW)).toBe(1);
    expect((await listChat(db)).map((m) => m.id)).toEqual(['c', 'd']);
    expect(await expireChat(db, 1, NOW)).toBe(1);
    expect((await listChat(db)).map((m) => m.id)).toEqual(['d']);
  });

  it('a stored choice of days is one of the choices, or the default', () => {
    expect(DEFAULT_HISTORY_DAYS).toBe(30);
    expect(historyDaysOf(7)).toBe(7);
    expect(historyDaysOf(90)).toBe(90);
    for (const bad of [undefined, null, 0, -1, 5, '7', 1e9, Number.NaN]) expect(historyDaysOf(bad)).toBe(30);
  });
});
