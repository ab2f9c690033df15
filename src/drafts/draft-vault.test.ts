import { describe, expect, it } from 'vitest';
import { freshDb } from '../storage/test-support';
import { DraftCipher, type SessionArea } from './draft-cipher';
import { DraftVault } from './draft-vault';
import { fieldKey } from './field-key';

function sessionMap(): SessionArea {
  const items = new Map<string, unknown>();
  return { get: async (k) => (items.has(k) ? { [k]: items.get(k) } : {}), set: async (v) => void Object.entries(v).forEach(([k, x]) => items.set(k, x)) };
}

const HOUR = 3_600_000;
const SITE = 'https://ecd.zorg.nl';
const KEY = fieldKey(SITE, { page: '/c/1', selector: '#verslag', label: 'Verslag', editor: 'textarea' });
const OTHER = fieldKey('https://andere.nl', { page: '/c/1', selector: '#verslag', label: 'Verslag', editor: 'textarea' });
const TEXT = 'Sanne heeft vandaag zelf gekookt.';

function setup(hours = 12, session = sessionMap(), db = freshDb()) {
  let now = Date.UTC(2025, 2, 3, 10);
  const clock = { advance: (ms: number) => (now += ms) };
  const vault = new DraftVault({ db, cipher: new DraftCipher(session), now: () => now, hours: async () => hours });
  return { vault, db, clock, session };
}

describe('DraftVault', () => {
  it('keeps only ciphertext, iv, key, time and word count', async () => {
    const { vault, db } = setup();
    await vault.save(KEY, TEXT);
    const rows = await db.drafts.toArray();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['at', 'ciphertext', 'iv', 'key', 'words']);
    expect(rows[0]!.words).toBe(5);
    expect(new TextDecoder().decode(rows[0]!.ciphertext)).not.toContain('Sanne');
    expect(await vault.offer(KEY)).toEqual({ at: rows[0]!.at, words: 5 });
    expect((await vault.read(KEY))?.text).toBe(TEXT);
  });

  it('keeps the latest text only, and nothing for an empty field', async () => {
    const { vault, clock } = setup();
    await vault.save(KEY, TEXT);
    clock.advance(5000);
    await vault.save(KEY, `${TEXT} En de afwas.`);
    await vault.save(KEY, '   ');
    expect((await vault.read(KEY))?.text).toBe(`${TEXT} En de afwas.`);
    expect(await vault.count()).toBe(1);
  });

  it('a draft expires after the hours chosen', async () => {
    const { vault, clock } = setup(2);
    await vault.save(KEY, TEXT);
    clock.advance(2 * HOUR - 1000);
    expect(await vault.offer(KEY)).not.toBeNull();
    clock.advance(2000);
    expect(await vault.offer(KEY)).toBeNull();
    expect(await vault.count()).toBe(0);
  });

  it('purgeExpired deletes the expired drafts and keeps the others', async () => {
    const { vault, clock } = setup(1);
    await vault.save(KEY, TEXT);
    clock.advance(HOUR / 2);
    await vault.save(OTHER, TEXT);
    clock.advance(HOUR / 2 + 1);
    expect(await vault.purgeExpired()).toBe(1);
    expect(await vault.offer(OTHER)).not.toBeNull();
  });

  it('after a browser restart (new session key) every old draft is purged at start', async () => {
    const db = freshDb();
    const before = setup(12, sessionMap(), db);
    await before.vault.save(KEY, TEXT);
    await before.vault.save(OTHER, TEXT);
    const after = setup(12, sessionMap(), db);
    await after.vault.start();
    expect(await db.drafts.count()).toBe(0);
  });

  it('a background restart within the session keeps the drafts', async () => {
    const db = freshDb();
    const session = sessionMap();
    await setup(12, session, db).vault.save(KEY, TEXT);
    const again = setup(12, session, db);
    await again.vault.start();
    expect((await again.vault.read(KEY))?.text).toBe(TEXT);
  });

  it('a draft that does not open is deleted where it is found', async () => {
    const { vault, db } = setup();
    await vault.save(KEY, TEXT);
    const row = (await db.drafts.get(KEY))!;
    await db.drafts.put({ ...row, key: OTHER }); // sealed for KEY, stored under OTHER
    expect(await vault.read(OTHER)).toBeNull();
    expect(await db.drafts.get(OTHER)).toBeUndefined();
    expect(await vault.offer(KEY)).not.toBeNull();
  });

  it('removes one field, one site, or everything', async () => {
    const { vault } = setup();
    await vault.save(KEY, TEXT);
    await vault.save(OTHER, TEXT);
    expect(await vault.removeSite(SITE)).toBe(1);
    expect(await vault.offer(KEY)).toBeNull();
    await vault.save(KEY, TEXT);
    await vault.remove(KEY);
    expect(await vault.count()).toBe(1);
    await vault.wipe();
    expect(await vault.count()).toBe(0);
  });
});
