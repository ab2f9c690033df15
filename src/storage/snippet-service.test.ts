import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { StoredSnippet } from './snippet-types';
import { BUILTIN_TEMPLATES } from '../templates/builtin';
import { KrachtcoachDB } from './db';
import { parseManagedPolicy } from './managed-policy';
import { SnippetService } from './snippet-service';
import { freshDb, openTestService, sequentialIds, testClock, uniqueDbName } from './test-support';

const draft = (over: Partial<{ id: string; title: string; body: string; tags: string[]; shortcut: string; favourite: boolean }> = {}) => ({
  title: 'Mijn groet',
  body: 'Hoi {{naam}}, fijn dat je er bent.',
  tags: ['groet'],
  ...over,
});

async function saved(service: SnippetService, over: Parameters<typeof draft>[0] = {}): Promise<StoredSnippet> {
  const r = await service.save(draft(over));
  if (!r.ok) throw new Error(r.error);
  return r.snippet;
}

describe('built-in templates', () => {
  it('appear as read-only snippets without being copied into the database', async () => {
    const db = freshDb();
    const service = await SnippetService.open({ db });
    for (const t of BUILTIN_TEMPLATES) {
      expect(service.get(t.id)).toMatchObject({ title: t.title, body: t.body, origin: 'builtin', readOnly: true, shortcut: t.shortcut });
    }
    expect(await db.snippets.count()).toBe(0);
    expect(await db.snippetState.count()).toBe(0);
  });

  it('store only their favourite and usage state', async () => {
    const db = freshDb();
    const service = await SnippetService.open({ db, now: testClock() });
    await service.setFavourite('actieplan', true);
    await service.used('actieplan');
    await service.used('actieplan');
    expect(await db.snippets.count()).toBe(0);
    expect(await db.snippetState.get('actieplan')).toMatchObject({ favourite: 1, usageCount: 2 });
    // …and that state is there again for the next background.
    const again = await SnippetService.open({ db });
    expect(again.get('actieplan')).toMatchObject({ favourite: true, usageCount: 2, body: BUILTIN_TEMPLATES.find((t) => t.id === 'actieplan')!.body });
  });

  it('cannot be edited or deleted, only duplicated', async () => {
    const service = await openTestService();
    const edit = await service.save({ ...draft(), id: 'actieplan' });
    expect(edit).toMatchObject({ ok: false, error: expect.stringMatching(/ingebouwd sjabloon.*Dupliceer/) });
    expect(await service.delete('actieplan')).toMatchObject({ ok: false, error: expect.stringMatching(/niet verwijderen/) });
    expect(service.get('actieplan')).toMatchObject({ origin: 'builtin' });
  });
});

describe('own snippets', () => {
  it('are created with an id, timestamps and tidied fields', async () => {
    const service = await openTestService();
    const r = await service.save({ title: '  Mijn groet ', body: 'Hoi\r\n{{naam}}', tags: [' Groet', 'groet', '#Eerste Contact '], shortcut: 'GR' });
    expect(r).toMatchObject({
      ok: true,
      snippet: {
        id: 'eigen-test-1',
        title: 'Mijn groet',
        body: 'Hoi\n{{naam}}',
        tags: ['groet', 'eerste contact'],
        shortcut: '/gr',
        origin: 'own',
        readOnly: false,
        favourite: false,
        usageCount: 0,
        lastUsedAt: null,
      },
    });
    const s = (r as { snippet: StoredSnippet }).snippet;
    expect(s.createdAt).toBe(s.updatedAt);
  });

  it('are edited in place: same id and createdAt, new updatedAt', async () => {
    const service = await openTestService();
    const first = await saved(service);
    const r = await service.save({ ...draft({ title: 'Nieuwe titel' }), id: first.id });
    expect(r).toMatchObject({ ok: true, snippet: { id: first.id, title: 'Nieuwe titel', createdAt: first.createdAt } });
    expect((r as { snippet: StoredSnippet }).snippet.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(service.search('', 'all', 100).filter((s) => s.origin === 'own')).toHaveLength(1);
  });

  it.each([
    [{ title: 'ab' }, /^Titel: moet minstens 3 tekens hebben\.$/],
    [{ body: '   ' }, /^Tekst: mag niet leeg zijn\.$/],
    [{ body: 'Hoi {{keuze:Wie?}}' }, /^Tekst: teken 4: .*twee opties/],
    [{ shortcut: '/a' }, /^Sneltoets: gebruik een schuine streep en 2 tot 8/],
    [{ tags: ['ok', 'niet_goed'] }, /^Tags \(tag 2\): gebruik kleine letters/],
    [{ shortcut: '/ki' }, /^Sneltoets: \/ki is al in gebruik voor "Krachteninventarisatie"/],
  ])('refuse %o with a Dutch message that names the field', async (over, message) => {
    const service = await openTestService();
    const r = await service.save(draft(over));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(service.search('', 'all', 100).filter((s) => s.origin === 'own')).toHaveLength(0);
  });

  it('refuse a shortcut another own snippet has, but keep their own on an edit', async () => {
    const service = await openTestService();
    const a = await saved(service, { shortcut: '/gr' });
    expect(await service.save(draft({ title: 'Tweede', shortcut: '/gr' }))).toMatchObject({ ok: false });
    expect(await service.save({ ...draft({ title: 'Zelfde sneltoets' , shortcut: '/gr' }), id: a.id })).toMatchObject({ ok: true });
  });

  it('refuse an edit of a snippet that no longer exists', async () => {
    const service = await openTestService();
    expect(await service.save({ ...draft(), id: 'eigen-weg' })).toMatchObject({ ok: false, error: expect.stringMatching(/bestaat niet meer/) });
  });
});

describe('duplicate', () => {
  it('makes an own copy of a built-in: new id, "(kopie)", the source note kept, the taken shortcut cleared', async () => {
    const service = await openTestService();
    const r = await service.duplicate('krachteninventarisatie');
    const original = service.get('krachteninventarisatie')!;
    expect(r).toMatchObject({
      ok: true,
      snippet: { id: 'eigen-test-1', title: 'Krachteninventarisatie (kopie)', body: original.body, origin: 'own', readOnly: false, source: original.source },
    });
    expect((r as { snippet: StoredSnippet }).snippet).not.toHaveProperty('shortcut');
    const again = await service.duplicate('krachteninventarisatie');
    expect(again).toMatchObject({ ok: true, snippet: { title: 'Krachteninventarisatie (kopie 2)' } });
  });

  it('copies an own snippet the same way; the original keeps its shortcut', async () => {
    const service = await openTestService();
    const own = await saved(service, { shortcut: '/gr', favourite: true });
    await service.used(own.id);
    const r = await service.duplicate(own.id);
    expect(r).toMatchObject({ ok: true, snippet: { title: 'Mijn groet (kopie)', body: own.body, tags: own.tags, favourite: false, usageCount: 0 } });
    expect((r as { snippet: StoredSnippet }).snippet).not.toHaveProperty('shortcut');
    expect(service.get(own.id)).toMatchObject({ shortcut: '/gr' });
  });

  it('copies organisation snippets too, and keeps titles within 120 characters', async () => {
    const long = 'Lang '.repeat(30).trim().slice(0, 120);
    const policy = parseManagedPolicy({ templates: [{ id: 'intake', title: long, body: 'Intake met {{naam}}', shortcut: '/int' }] });
    const service = await openTestService({ policy });
    const r = await service.duplicate('org:intake');
    expect(r).toMatchObject({ ok: true, snippet: { origin: 'own' } });
    const title = (r as { snippet: StoredSnippet }).snippet.title;
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith(' (kopie)')).toBe(true);
  });
});

describe('delete and restore (undo)', () => {
  it('returns the deleted snippet whole, and restore puts it back exactly', async () => {
    const service = await openTestService();
    const s = await saved(service, { shortcut: '/gr', favourite: true });
    await service.used(s.id);
    const used = service.get(s.id)!;
    const del = await service.delete(s.id);
    expect(del).toEqual({ ok: true, deleted: used });
    expect(service.get(s.id)).toBeNull();
    expect(service.search('groet')).not.toContainEqual(expect.objectContaining({ id: s.id }));
    expect(service.shortcuts().map((x) => x.shortcut)).not.toContain('/gr');

    const back = await service.restore(used);
    expect(back).toEqual({ ok: true, snippet: used });
    expect(service.get(s.id)).toEqual(used);
    expect(service.search('groet')[0]).toEqual(used);
  });

  it('restores without the shortcut when someone took it meanwhile', async () => {
    const service = await openTestService();
    const s = await saved(service, { shortcut: '/gr' });
    const del = (await service.delete(s.id)) as { deleted: StoredSnippet };
    await saved(service, { title: 'Nieuwe groet', shortcut: '/gr' });
    const back = await service.restore(del.deleted);
    expect(back).toMatchObject({ ok: true, snippet: { id: s.id } });
    expect((back as { snippet: StoredSnippet }).snippet).not.toHaveProperty('shortcut');
  });

  it('refuses to "restore" a read-only snippet as an own one', async () => {
    const service = await openTestService();
    expect(await service.restore(service.get('actieplan')!)).toMatchObject({ ok: false });
  });
});

describe('favourites, usage and recent', () => {
  it('counts insertions and lists recent ones newest first, own and built-in alike', async () => {
    const service = await openTestService();
    const a = await saved(service, { title: 'Alpha' });
    const b = await saved(service, { title: 'Bravo' });
    await service.used(a.id);
    await service.used('actieplan');
    await service.used(b.id);
    await service.used(a.id);
    expect(service.get(a.id)).toMatchObject({ usageCount: 2 });
    expect(service.get(a.id)!.updatedAt).toBe(a.updatedAt); // using is not editing
    expect(service.search('', 'recent').map((s) => s.id)).toEqual([a.id, b.id, 'actieplan']);
  });

  it('lists favourites, and lifts them first in the full list', async () => {
    const service = await openTestService();
    const z = await saved(service, { title: 'Zeer laatste' });
    await service.setFavourite(z.id, true);
    await service.setFavourite('evaluatie', true);
    expect(service.search('', 'favourites').map((s) => s.id).sort()).toEqual([z.id, 'evaluatie'].sort());
    expect(service.search('', 'all').slice(0, 2).map((s) => s.id).sort()).toEqual([z.id, 'evaluatie'].sort());
    await service.setFavourite(z.id, false);
    expect(service.search('', 'favourites').map((s) => s.id)).toEqual(['evaluatie']);
  });

  it('filters a text search by recent or favourites', async () => {
    const service = await openTestService();
    await service.setFavourite('actieplan', true);
    expect(service.search('actieplan', 'favourites').map((s) => s.id)).toEqual(['actieplan']);
    expect(service.search('actieplan', 'recent')).toEqual([]);
  });
});

describe('shortcuts', () => {
  it('lists every shortcut once, the built-ins included', async () => {
    const service = await openTestService();
    const s = await saved(service, { shortcut: '/gr' });
    const list = service.shortcuts();
    expect(list).toContainEqual({ shortcut: '/gr', id: s.id, title: s.title });
    expect(list).toContainEqual({ shortcut: '/ki', id: 'krachteninventarisatie', title: 'Krachteninventarisatie' });
    expect(new Set(list.map((x) => x.shortcut)).size).toBe(list.length);
  });

  it('finds a snippet by its shortcut typed in the picker', async () => {
    const service = await openTestService();
    expect(service.search('/ap')[0]).toMatchObject({ id: 'actieplan' });
  });

  it('gives an organisation shortcut priority over a built-in one', async () => {
    const policy = parseManagedPolicy({ templates: [{ id: 'ki-gemeente', title: 'Onze inventarisatie', body: 'Tekst', shortcut: '/ki' }] });
    const service = await openTestService({ policy });
    expect(service.shortcuts().find((x) => x.shortcut === '/ki')).toMatchObject({ id: 'org:ki-gemeente' });
  });
});

describe('organisation snippets', () => {
  it('are read-only, marked, and replaced when the policy changes', async () => {
    const db = freshDb();
    const policy = parseManagedPolicy({ templates: [{ id: 'intake', title: 'Intake', body: 'Intake met {{naam}}', tags: ['intake'] }] });
    const service = await SnippetService.open({ db, policy });
    expect(service.get('org:intake')).toMatchObject({ origin: 'organisation', readOnly: true, title: 'Intake' });
    expect(service.search('intake')[0]).toMatchObject({ id: 'org:intake' });
    expect(await service.save({ ...draft(), id: 'org:intake' })).toMatchObject({ ok: false, error: expect.stringMatching(/organisatie/) });
    await service.setFavourite('org:intake', true);
    expect(await db.snippets.count()).toBe(0);

    await service.setPolicy(parseManagedPolicy({ templates: [{ id: 'afsluiting', title: 'Afsluiting', body: 'Tot ziens' }] }));
    expect(service.get('org:intake')).toBeNull();
    expect(service.search('intake')).toEqual([]);
    expect(service.get('org:afsluiting')).toMatchObject({ origin: 'organisation' });
    expect(service.status()).toMatchObject({ ok: true, counts: { organisation: 1, own: 0 } });
  });
});

describe('storage failures', () => {
  /**
   * A DBCore middleware that runs out of space after `okRows` rows, as a full disk does: the
   * rows that still fit are really written (inside the transaction), then QuotaExceededError.
   */
  function quotaAfterRows(db: KrachtcoachDB, okRows: number): { partial: number } {
    let rows = 0;
    const seen = { partial: 0 };
    db.use({
      stack: 'dbcore',
      name: 'test-quota',
      create: (down: DBCore) => ({
        ...down,
        table: (name: string) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: async (req: DBCoreMutateRequest) => {
              if (req.type !== 'put' && req.type !== 'add') return table.mutate(req);
              const room = Math.max(0, okRows - rows);
              if (req.values.length <= room) {
                rows += req.values.length;
                return table.mutate(req);
              }
              if (room > 0) {
                await table.mutate({ ...req, values: req.values.slice(0, room), ...(req.keys ? { keys: req.keys.slice(0, room) } : {}) });
                rows += room;
                seen.partial++;
              }
              throw new DOMException('Quota exceeded', 'QuotaExceededError');
            },
          };
        },
      }),
    });
    return seen;
  }

  it('a full disk on save: a Dutch message, nothing lost, nothing half-changed', async () => {
    const db = new KrachtcoachDB(uniqueDbName());
    quotaAfterRows(db, 1);
    const service = await SnippetService.open({ db, now: testClock(), newId: sequentialIds() });
    const first = await saved(service);
    const r = await service.save({ ...draft({ title: 'Gewijzigd' }), id: first.id });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/opslag van je browser is vol.*niets verloren/) });
    expect(service.get(first.id)).toEqual(first);
    expect(service.search('gewijzigd')).toEqual([]);
    expect(await db.snippets.get(first.id)).toMatchObject({ title: 'Mijn groet' });
    expect(await service.duplicate('actieplan')).toMatchObject({ ok: false, error: expect.stringMatching(/vol/) });
    expect(await service.setFavourite('actieplan', true)).toMatchObject({ ok: false, error: expect.stringMatching(/vol/) });
    expect(service.get('actieplan')).toMatchObject({ favourite: false });
    // Deleting frees space and still works.
    expect(await service.delete(first.id)).toMatchObject({ ok: true });
  });

  it('a full disk halfway through an import rolls the whole import back', async () => {
    const db = new KrachtcoachDB(uniqueDbName());
    const quota = quotaAfterRows(db, 2); // one own snippet, then one row of the import fits
    const service = await SnippetService.open({ db, now: testClock(), newId: sequentialIds() });
    const own = await saved(service);
    const file = JSON.stringify({
      format: 'krachtcoach-snippets',
      version: 1,
      exportedAt: '2025-03-03T10:00:00.000Z',
      snippets: [
        { title: 'Een', body: 'Tekst een' },
        { title: 'Twee', body: 'Tekst twee' },
        { title: 'Drie', body: 'Tekst drie' },
      ],
    });
    const r = await service.importJson(file, 'skip');
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/vol/) });
    expect(quota.partial).toBe(1); // one imported row was really written before the disk was full…
    expect(await db.snippets.toArray()).toEqual([expect.objectContaining({ id: own.id })]);
    expect(service.search('', 'all', 100).filter((s) => s.origin === 'own')).toEqual([own]);
    expect(service.search('tekst een')).toEqual([]);
  });
});
