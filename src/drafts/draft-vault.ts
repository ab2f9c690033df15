import type { KrachtcoachDB } from '../storage/db';
import type { DraftCipher } from './draft-cipher';
import { sitePrefix } from './field-key';
import { wordCount } from './word-count';

/** What a field is offered: when its draft was saved and how long it is, never its text. */
export interface DraftOffer {
  at: number;
  words: number;
}

export interface DraftVaultOptions {
  db: KrachtcoachDB;
  cipher: DraftCipher;
  now: () => number;
  /** How many hours a draft is kept now (the worker's choice under the policy's maximum). */
  hours: () => Promise<number>;
}

/** The longest text kept as a draft: a long report is some 20,000 characters. */
export const MAX_DRAFT_CHARS = 200_000;

/**
 * The drafts in the database, for the background only (it alone holds the key and opens the
 * database for them). Every read first lets go of what expired; a draft that does not open
 * (sealed under the key of an earlier browser session) is deleted where it is found.
 */
export class DraftVault {
  /** The purge of a new session's start, once: every read waits for it. */
  private started: Promise<void> | undefined;

  constructor(private readonly o: DraftVaultOptions) {}

  /**
   * Once per background start: if the key is new, the browser was closed since the drafts were
   * written and none of them can be opened any more, so they all go.
   */
  start(): Promise<void> {
    this.started ??= (async () => {
      if (await this.o.cipher.isNewKey()) await this.o.db.run(() => this.o.db.drafts.clear());
      await this.purgeExpired();
    })();
    return this.started;
  }

  /** Deletes the drafts older than the hours allowed now; resolves how many went. */
  async purgeExpired(): Promise<number> {
    const hours = await this.o.hours();
    const before = this.o.now() - hours * 3_600_000;
    return this.o.db.run(() => this.o.db.drafts.where('at').below(before).delete());
  }

  private async ready(): Promise<void> {
    await this.start();
    await this.purgeExpired();
  }

  /** Keeps the field's latest text. Empty text keeps nothing new (the last draft stays until it expires or is saved). */
  async save(key: string, text: string): Promise<void> {
    if (!text.trim() || text.length > MAX_DRAFT_CHARS) return;
    await this.start();
    const { ciphertext, iv } = await this.o.cipher.seal(text, key);
    await this.o.db.run(() => this.o.db.drafts.put({ key, ciphertext, iv, at: this.o.now(), words: wordCount(text) }));
  }

  async offer(key: string): Promise<DraftOffer | null> {
    const taken = await this.read(key);
    return taken ? { at: taken.at, words: taken.words } : null;
  }

  /** The draft's text, for a restore or its preview after the worker's click. */
  async read(key: string): Promise<(DraftOffer & { text: string }) | null> {
    await this.ready();
    const row = await this.o.db.run(() => this.o.db.drafts.get(key));
    if (!row) return null;
    const text = await this.o.cipher.open(row, key);
    if (text === null) {
      await this.remove(key);
      return null;
    }
    return { at: row.at, words: row.words, text };
  }

  remove(key: string): Promise<void> {
    return this.o.db.run(() => this.o.db.drafts.delete(key));
  }

  /** Every draft of a site (drafts switched off there). */
  removeSite(site: string): Promise<number> {
    return this.o.db.run(() => this.o.db.drafts.where('key').startsWith(sitePrefix(site)).delete());
  }

  /** "Wis alles". */
  wipe(): Promise<void> {
    return this.o.db.run(() => this.o.db.drafts.clear());
  }

  count(): Promise<number> {
    return this.o.db.run(() => this.o.db.drafts.count());
  }
}
