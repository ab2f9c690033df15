import { describe, expect, it } from 'vitest';
import { DraftCipher, type SessionArea } from './draft-cipher';

/** storage.session as a map: cleared, it is a browser that was closed and opened again. */
function sessionMap(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values) => {
      for (const [k, v] of Object.entries(values)) items.set(k, v);
    },
  };
}

const REPORT = 'Vandaag heeft Sanne zelf de boodschappen gedaan. Ze zei: "Dat ging goed." Één zin met ë.';

describe('DraftCipher', () => {
  it('seals and opens a text under the session key; the ciphertext holds no plain text', async () => {
    const cipher = new DraftCipher(sessionMap());
    const sealed = await cipher.seal(REPORT, 'k1');
    expect(sealed.iv).toHaveLength(12);
    const bytes = new Uint8Array(sealed.ciphertext);
    expect(new TextDecoder().decode(bytes)).not.toContain('Sanne');
    expect(bytes.length).toBe(new TextEncoder().encode(REPORT).length + 16); // GCM tag
    expect(await cipher.open(sealed, 'k1')).toBe(REPORT);
  });

  it('uses a fresh nonce for every seal', async () => {
    const cipher = new DraftCipher(sessionMap());
    const a = await cipher.seal(REPORT, 'k1');
    const b = await cipher.seal(REPORT, 'k1');
    expect(a.iv).not.toEqual(b.iv);
    expect(new Uint8Array(a.ciphertext)).not.toEqual(new Uint8Array(b.ciphertext));
  });

  it('a draft does not open under another field key (moved to another record)', async () => {
    const cipher = new DraftCipher(sessionMap());
    const sealed = await cipher.seal(REPORT, 'k1');
    expect(await cipher.open(sealed, 'k2')).toBeNull();
  });

  it('keeps one key per session: a new background with the same session storage opens the draft', async () => {
    const session = sessionMap();
    const first = new DraftCipher(session);
    const [sealed] = await Promise.all([first.seal(REPORT, 'k'), first.seal('x', 'k')]);
    expect(await first.isNewKey()).toBe(true);
    const again = new DraftCipher(session);
    expect(await again.isNewKey()).toBe(false);
    expect(await again.open(sealed, 'k')).toBe(REPORT);
    expect(typeof session.items.get('draftKey')).toBe('string');
  });

  it('after the browser closed (session storage empty) a draft no longer opens', async () => {
    const before = new DraftCipher(sessionMap());
    const sealed = await before.seal(REPORT, 'k');
    const after = new DraftCipher(sessionMap());
    expect(await after.open(sealed, 'k')).toBeNull();
    expect(await after.isNewKey()).toBe(true);
  });

  it('damage is refused, not half-read', async () => {
    const cipher = new DraftCipher(sessionMap());
    const sealed = await cipher.seal(REPORT, 'k');
    const bytes = new Uint8Array(sealed.ciphertext.slice(0));
    bytes[0] = bytes[0]! ^ 1;
    expect(await cipher.open({ ciphertext: bytes.buffer, iv: sealed.iv }, 'k')).toBeNull();
  });
});
