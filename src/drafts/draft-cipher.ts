/**
 * AES-GCM for drafts, with WebCrypto. The key lives only in the browser's session storage
 * (`storage.session`, Chrome and Firefox): it survives a reload, a crashed tab and the background
 * going to sleep, and is gone when the browser closes, and with it every draft's meaning. The
 * field key is the additional data: a ciphertext moved to another field's record does not open.
 */

/** The part of storage.session this needs (a map in the tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY_ITEM = 'draftKey';
const IV_BYTES = 12;

export interface Sealed {
  ciphertext: ArrayBuffer;
  iv: Uint8Array<ArrayBuffer>;
}

export class DraftCipher {
  private key: Promise<CryptoKey> | undefined;
  /** True when this run made the key: any draft in the database was sealed under a lost one. */
  private created = false;

  constructor(private readonly session: SessionArea, private readonly subtle: SubtleCrypto = crypto.subtle) {}

  /** The session's key, made on first use. Concurrent callers share one promise, so one key. */
  private cryptoKey(): Promise<CryptoKey> {
    this.key ??= (async () => {
      const stored = (await this.session.get(KEY_ITEM))[KEY_ITEM];
      if (typeof stored === 'string' && stored.length) {
        return this.subtle.importKey('raw', fromBase64(stored), 'AES-GCM', false, ['encrypt', 'decrypt']);
      }
      const fresh = await this.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
      const raw = await this.subtle.exportKey('raw', fresh);
      await this.session.set({ [KEY_ITEM]: toBase64(new Uint8Array(raw)) });
      this.created = true;
      // Kept in memory only as a key that cannot be exported.
      return this.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
    })();
    this.key.catch(() => (this.key = undefined));
    return this.key;
  }

  /** Whether the key had to be made now (the browser started afresh since the last drafts). */
  async isNewKey(): Promise<boolean> {
    await this.cryptoKey();
    return this.created;
  }

  async seal(text: string, fieldKey: string): Promise<Sealed> {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const ciphertext = await this.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encode(fieldKey) }, await this.cryptoKey(), encode(text));
    return { ciphertext, iv };
  }

  /** The text, or null when it does not open (another session's key, another field, damage). */
  async open(sealed: { ciphertext: ArrayBuffer; iv: Uint8Array }, fieldKey: string): Promise<string | null> {
    try {
      const iv = new Uint8Array(sealed.iv);
      const plain = await this.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: encode(fieldKey) }, await this.cryptoKey(), sealed.ciphertext);
      return new TextDecoder().decode(plain);
    } catch {
      return null;
    }
  }
}

function encode(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
