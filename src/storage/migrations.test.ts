import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../templates/builtin';
import { DB_VERSION, KrachtcoachDB } from './db';
import { STORES_V1, type SnippetRowV1, snippetV1ToV2, type UsageRowV1 } from './migrations';
import { SnippetService } from './snippet-service';
import type { SnippetRow } from './snippets';
import { StorageError } from './storage-errors';
import { uniqueDbName } from './test-support';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Every kind of record version 1 could hold, the odd ones included. */
const V1_SNIPPETS: SnippetRowV1[] = [
  {
    id: 'mijn-groet',
    title: 'Mijn groet',
    body: 'Hoi {{naam}}, fijn dat je er bent.',
    tags: ['groet', 'contact'],
    shortcut: '/gr',
    uses: 12,
    created: '2024-01-05T09:00:00.000Z',
    updated: '2024-02-01T12:30:00.000Z',
  },
  // no shortcut (v1 stored ''), no tags, never used
  { id: 'afspraak', title: 'Afspraak', body: 'Volgende afspraak: {{datum:+2w}}', tags: [], shortcut: '', uses: 0, created: '2024-03-01T08:00:00.000Z', updated: '2024-03-01T08:00:00.000Z' },
  // a uuid id, capitals in a tag (v1 did not check), a title v2 would refuse (too short)
  {
    id: '3f2b8c1e-7d4a-4e2b-9c1f-0a1b2c3d4e5f',
    title: 'Ok',
    body: 'Kort.',
    tags: ['Kort', 'kort'],
    shortcut: '  /ok ',
    uses: 3,
    created: '2024-04-01T08:00:00.000Z',
    updated: '2024-04-02T08:00:00.000Z',
  },
  // damaged dates, uses missing (a hand-edited or half-written record)
  { id: 'beschadigd', title: 'Beschadigd', body: 'Tekst {{onbekend:x}} met een fout veld.', tags: ['x'], shortcut: '/bs', created: 'gisteren', updated: '' } as unknown as SnippetRowV1,
  // the id of a built-in template: an own snippet may not hide it, nor be hidden
  { id: 'actieplan', title: 'Mijn eigen actieplan', body: 'Doel: …', tags: ['plan'], shortcut: '', uses: 1, created: '2024-05-01T08:00:00.000Z', updated: '2024-05-01T08:00:00.000Z' },
];

const V1_USAGE: UsageRowV1[] = [
  { id: 'krachteninventarisatie', uses: 40 },
  { id: 'actieplan', uses: 7 },
  // a template that no longer exists: kept, it costs nothing
  { id: 'verdwenen-sjabloon', uses: 2 },
];

async function createV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(STORES_V1);
  await v1.table('snippets').bulkAdd(V1_SNIPPETS);
  await v1.table('usage').bulkAdd(V1_USAGE);
  v1.close();
}

describe('snippetV1ToV2', () => {
  const now = Date.UTC(2025, 0, 1);

  it('renames and converts every field', () => {
    expect(snippetV1ToV2(V1_SNIPPETS[0]!, now)).toEqual({
      id: 'mijn-groet',
      title: 'Mijn groet',
      body: 'Hoi {{naam}}, fijn dat je er bent.',
      tags: ['groet', 'contact'],
      shortcut: '/gr',
      favourite: 0,
      usageCount: 12,
      createdAt: Date.parse('2024-01-05T09:00:00.000Z'),
      updatedAt: Date.parse('2024-02-01T12:30:00.000Z'),
      lastUsedAt: null,
    });
  });

  it('drops the empty shortcut, keeps odd content as it was, and survives damaged fields', () => {
    expect(snippetV1ToV2(V1_SNIPPETS[1]!, now)).not.toHaveProperty('shortcut');
    expect(snippetV1ToV2(V1_SNIPPETS[2]!, now)).toMatchObject({ title: 'Ok', tags: ['Kort', 'kort'], shortcut: '/ok' });
    expect(snippetV1ToV2(V1_SNIPPETS[3]!, now)).toMatchObject({ createdAt: now, updatedAt: now, usageCount: 0 });
    expect(snippetV1ToV2({ id: 'leeg' }, now)).toEqual({
      id: 'leeg', title: '', body: '', tags: [], favourite: 0, usageCount: 0, createdAt: now, updatedAt: now, lastUsedAt: null,
    });
  });
});

describe('upgrade from version 1', () => {
  it('keeps every record of every kind', async () => {
    const name = uniqueDbName();
    await createV1(name);

    const db = new KrachtcoachDB(name);
    opened.push(db);
    await db.ready();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['chat', 'drafts', 'journal', 'snippetState', 'snippets']);

    const rows = await db.snippets.toArray();
    expect(rows).toHaveLength(V1_SNIPPETS.length);
    for (const v1 of V1_SNIPPETS) {
      const row = rows.find((r) => r.id === v1.id) as SnippetRow;
      expect(row, v1.id).toBeDefined();
      expect(row.title).toBe(v1.title);
      expect(row.body).toBe(v1.body);
      expect(row.tags).toEqual(v1.tags);
      expect(row.shortcut ?? '').toBe((v1.shortcut ?? '').trim());
      expect(row.usageCount).toBe(v1.uses ?? 0);
      expect(row).toMatchObject({ favourite: 0, lastUsedAt: null });
    }
    const states = await db.snippetState.toArray();
    expect(states.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      V1_USAGE.map((u) => ({ id: u.id, favourite: 0, usageCount: u.uses, lastUsedAt: null })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.journal.count()).toBe(0);
    expect(await db.chat.count()).toBe(0);
    // The new indexes work on the upgraded records.
    expect(await db.snippets.where('usageCount').above(2).count()).toBe(2);
    expect(await db.snippets.where('favourite').equals(0).count()).toBe(V1_SNIPPETS.length);
  });

  it('shows every upgraded snippet through the service, the one with a built-in id under a new id', async () => {
    const name = uniqueDbName();
    await createV1(name);
    const db = new KrachtcoachDB(name);
    opened.push(db);
    const service = await SnippetService.open({ db });
    const own = service.search('', 'all', 1000).filter((s) => s.origin === 'own');
    expect(own.map((s) => s.title).sort()).toEqual(V1_SNIPPETS.map((s) => s.title).sort());
    expect(service.get('actieplan')).toMatchObject({ origin: 'builtin', usageCount: 7 });
    const moved = own.find((s) => s.title === 'Mijn eigen actieplan')!;
    expect(moved.id).not.toBe('actieplan');
    expect(await db.snippets.get(moved.id)).toBeDefined();
    expect(service.get('krachteninventarisatie')).toMatchObject({ readOnly: true, usageCount: 40 });
    expect(service.status()).toMatchObject({ ok: true, counts: { own: V1_SNIPPETS.length, builtin: BUILTIN_TEMPLATES.length } });
  });

  it('opening an upgraded database again changes nothing', async () => {
    const name = uniqueDbName();
    await createV1(name);
    const first = new KrachtcoachDB(name);
    await first.ready();
    const before = await first.snippets.toArray();
    first.close();
    const again = new KrachtcoachDB(name);
    opened.push(again);
    await again.ready();
    expect(await again.snippets.toArray()).toEqual(before);
  });
});

describe('a blocked upgrade (another tab holds version 1)', () => {
  it('gives a Dutch message at once, changes nothing, and upgrades whole once the other tab closes', async () => {
    const name = uniqueDbName();
    await createV1(name);
    // The other tab: a plain IndexedDB connection that ignores "versionchange" and stays open.
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10); // Dexie stores version n as 10n
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });

    const db = new KrachtcoachDB(name);
    opened.push(db);
    const error = await db.ready().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('blocked');
    expect((error as StorageError).message).toMatch(/ander venster of tabblad/);
    expect((error as StorageError).message).toMatch(/niets verloren/);

    // Nothing changed: the other tab still reads every version-1 record.
    const stillV1 = await new Promise<unknown[]>((resolve) => {
      const req = other.transaction('snippets').objectStore('snippets').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(stillV1).toEqual([...V1_SNIPPETS].sort(byId));
    expect(other.version).toBe(10);

    // The service meanwhile serves the built-ins and refuses changes with the same message.
    const service = await SnippetService.open({ db });
    expect(service.get('actieplan')).toMatchObject({ origin: 'builtin' });
    expect(service.status()).toMatchObject({ ok: false, error: expect.stringMatching(/ander venster/) });
    const save = await service.save({ title: 'Nieuw', body: 'Tekst', tags: [] });
    expect(save).toMatchObject({ ok: false, error: expect.stringMatching(/ander venster/) });

    other.close();
    await db.ready();
    expect(await db.snippets.count()).toBe(V1_SNIPPETS.length);
    expect(await db.snippetState.count()).toBe(V1_USAGE.length);
    // …and the service picks the own snippets up on the next request.
    await service.ensureLoaded();
    expect(service.status()).toMatchObject({ ok: true, counts: { own: V1_SNIPPETS.length } });
  });

  it('an old connection that a newer version replaces says so in Dutch instead of writing', async () => {
    const name = uniqueDbName();
    const db = new KrachtcoachDB(name);
    opened.push(db);
    await db.ready();
    await db.snippets.put({ id: 'a', title: 'Een', body: 'x', tags: [], favourite: 0, usageCount: 0, createdAt: 1, updatedAt: 1, lastUsedAt: null });

    const newer = new Dexie(name);
    opened.push(newer);
    newer.version(DB_VERSION + 1).stores({ snippets: 'id, title', extra: 'id' });
    await newer.open(); // our connection got "versionchange" and closed itself

    await expect(db.ready()).rejects.toMatchObject({ kind: 'versionchange', message: expect.stringMatching(/Herlaad/) });
    expect(await newer.table('snippets').count()).toBe(1);
  });
});
