import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, KrachtcoachDB } from './db';
import { STORES_V1, STORES_V2, upgradeToV2 } from './migrations';
import { uniqueDbName } from './test-support';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** One record of every table of version 2, as a worker's database holds them. */
const V2 = {
  snippets: [{ id: 'mijn-groet', title: 'Mijn groet', body: 'Hoi {{naam}}.', tags: ['groet'], shortcut: '/gr', favourite: 1, usageCount: 3, createdAt: 1, updatedAt: 2, lastUsedAt: 5 }],
  snippetState: [{ id: 'actieplan', favourite: 1, usageCount: 7, lastUsedAt: 9 }],
  journal: [{ id: 'j1', date: '2025-03-03', prompt: 'Wat ging goed?', answer: 'Het gesprek met Sanne.', tags: ['presentie'] }],
  chat: [{ id: 'c1', at: 10, role: 'user', text: 'Hoe schrijf ik een doel?' }],
};

async function createV2(name: string): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores(STORES_V1);
  v2.version(2).stores(STORES_V2).upgrade(upgradeToV2);
  for (const [table, rows] of Object.entries(V2)) await v2.table(table).bulkAdd(rows);
  v2.close();
}

describe('upgrade from version 2 to 3 (the drafts table)', () => {
  it('keeps every record of version 2 as it was and adds an empty drafts table', async () => {
    const name = uniqueDbName();
    await createV2(name);
    const db = new KrachtcoachDB(name);
    opened.push(db);
    await db.ready();
    expect(db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(3);
    for (const [table, rows] of Object.entries(V2)) expect(await db.table(table).toArray(), table).toEqual(rows);
    expect(await db.drafts.count()).toBe(0);
  });

  it('stores a draft by its field key and finds the old ones by time', async () => {
    const db = new KrachtcoachDB(uniqueDbName());
    opened.push(db);
    await db.ready();
    const iv = new Uint8Array(12).fill(7);
    await db.drafts.bulkPut([
      { key: 'a', ciphertext: new Uint8Array([1, 2, 3]).buffer, iv, at: 100, words: 3 },
      { key: 'b', ciphertext: new Uint8Array([4]).buffer, iv, at: 200, words: 1 },
    ]);
    expect((await db.drafts.where('at').below(150).primaryKeys()).sort()).toEqual(['a']);
    const row = await db.drafts.get('a');
    expect(new Uint8Array(row!.ciphertext)).toEqual(new Uint8Array([1, 2, 3]));
    expect(row!.iv).toEqual(iv);
  });
});
