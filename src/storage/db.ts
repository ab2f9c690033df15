import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { ChatMessage } from './chat';
import type { JournalEntry } from './journal';
import { STORES_V1, STORES_V2, upgradeToV2 } from './migrations';
import type { SnippetStateRow } from './snippet-state';
import { StorageError, toStorageError } from './storage-errors';
import type { SnippetRow } from './snippets';

const DB_NAME = 'krachtcoach';

/**
 * Version 3: the drafts table (draft-row.ts), keyed by the field key, indexed by time for expiry.
 * Kept here rather than in migrations.ts, which holds the versions with record upgrades.
 */
export const STORES_V3 = { ...STORES_V2, drafts: 'key, at' } as const;

/**
 * A draft as the database holds it: the field's text only as AES-GCM ciphertext, under a key
 * that lives in the browser's session storage (src/drafts/draft-cipher.ts). Nothing else of the
 * text is kept: not its start, not a hash, only how many words it has (for "Concept van 14:32
 * terugzetten (212 woorden)").
 */
export interface DraftRow {
  /** The field key (src/drafts/field-key.ts): site, page, selector, label and editor kind. */
  key: string;
  ciphertext: ArrayBuffer;
  /** The AES-GCM nonce: 12 random bytes, new for every save. */
  iv: Uint8Array;
  /** When the text was saved (ms since 1970): expiry, and the time in the offer. */
  at: number;
  words: number;
}
export const DB_VERSION = 3;
const BLOCKED_GRACE_MS = 250;

/**
 * Krachtcoach's IndexedDB database. It lives in the extension's own origin: only the background
 * (and extension pages) open it; a content script would open the host page's database, so it
 * asks the background by message instead (src/messaging/snippet-protocol.ts).
 *
 * Tables (version 2):
 * - `snippets`: the worker's own snippets;
 * - `snippetState`: favourite and usage of the read-only ones (built-in, organisation), whose
 *   content is never copied into the database;
 * - `journal`, `chat`: the assistant's journal and chat;
 * - `drafts` (version 3): encrypted copies of fields being written (src/drafts), never plain text.
 */
export class KrachtcoachDB extends Dexie {
  declare snippets: EntityTable<SnippetRow, 'id'>;
  declare snippetState: EntityTable<SnippetStateRow, 'id'>;
  declare journal: EntityTable<JournalEntry, 'id'>;
  declare chat: EntityTable<ChatMessage, 'id'>;
  declare drafts: EntityTable<DraftRow, 'key'>;

  // TS-private rather than #private: Dexie hands out Proxies of the instance (db.vip).
  private blocked = false;
  private replaced = false;
  private opening: Promise<void> | undefined;
  private readonly onBlocked = new Set<() => void>();

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    // Version 3 only adds a table: every record of version 2 stays as it is, with no upgrade step.
    this.version(3).stores(STORES_V3);

    // Another tab still holds the old version: the upgrade waits (nothing is changed until it can
    // run, and then it runs whole). Callers get a Dutch message now instead of a hang.
    this.on('blocked', () => {
      this.blocked = true;
      for (const listener of this.onBlocked) listener();
    });
    // A newer version wants the database: Dexie closes this connection so that upgrade can run;
    // this (old) code must not write any more.
    this.on('versionchange', () => {
      this.replaced = true;
    });
  }

  /**
   * Opens the database (upgrading it when needed). Rejects with a StorageError in Dutch, at once
   * when the upgrade is blocked by another tab; the upgrade itself goes on and a later call
   * succeeds once that tab is closed.
   */
  ready(): Promise<void> {
    if (this.replaced) return Promise.reject(new StorageError('versionchange'));
    if (this.isOpen()) return Promise.resolve();
    this.opening ??= this.open().then(
      () => {
        this.blocked = false;
        this.opening = undefined;
      },
      (error: unknown) => {
        this.opening = undefined;
        throw toStorageError(error);
      },
    );
    const opening = this.opening;
    return new Promise<void>((resolve, reject) => {
      const blocked = () => reject(new StorageError('blocked'));
      // Blocked before this call: the other tab may have closed since (IndexedDB says nothing
      // then), so give the waiting upgrade a moment to finish before saying it is blocked.
      const timer = this.blocked ? setTimeout(blocked, BLOCKED_GRACE_MS) : undefined;
      this.onBlocked.add(blocked);
      opening.then(resolve, reject).finally(() => {
        clearTimeout(timer);
        this.onBlocked.delete(blocked);
      });
    });
  }

  /** Runs a database operation after `ready()`, with every failure as a Dutch StorageError. */
  async run<T>(operation: () => Promise<T>): Promise<T> {
    await this.ready();
    if (this.replaced) throw new StorageError('versionchange');
    try {
      return await operation();
    } catch (error) {
      throw toStorageError(error);
    }
  }
}
