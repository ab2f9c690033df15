import * as z from 'zod/mini';
import {
  DUPLICATE_CHOICES,
  type ImportSummary,
  SnippetDraftSchema,
  type SnippetResult,
  type SnippetShortcut,
  type SnippetStatus,
  type StoredSnippet,
  StoredSnippetSchema,
} from '../storage/snippet-types';

/** The records the messages carry, for the background's clients; src/storage/snippet-types.ts owns them. */
export type { DuplicateChoice, SnippetDraft, StoredSnippet } from '../storage/snippet-types';

/**
 * Snippets live in the extension's own IndexedDB, owned by the background; the content script
 * and the side panel reach them only through these messages (a content script that opened
 * Dexie would open the host page's database). Every message is validated on arrival.
 */
export const SnippetRequestSchema = z.discriminatedUnion('type', [
  /** → StoredSnippet[] (best first); empty query: by filter. */
  z.object({
    type: z.literal('kc:snippets-search'),
    query: z.string(),
    filter: z.optional(z.enum(['all', 'recent', 'favourites'])),
    limit: z.optional(z.number()),
  }),
  /** → Array<{ shortcut, id, title }>: what the content script watches for while the worker types. */
  z.object({ type: z.literal('kc:snippet-shortcuts') }),
  /** → StoredSnippet | null */
  z.object({ type: z.literal('kc:snippet-get'), id: z.string() }),
  /** Counts an insertion (usage count, recent). → void */
  z.object({ type: z.literal('kc:snippet-used'), id: z.string() }),
  /** → { ok: true, snippet } | { ok: false, error } (Dutch, names the field) */
  z.object({ type: z.literal('kc:snippet-save'), draft: SnippetDraftSchema }),
  /** → { ok: true, snippet } (the copy, an own snippet) | { ok: false, error } */
  z.object({ type: z.literal('kc:snippet-duplicate'), id: z.string() }),
  /** → { ok: true, deleted: StoredSnippet } (for undo) | { ok: false, error } */
  z.object({ type: z.literal('kc:snippet-delete'), id: z.string() }),
  /** Puts a deleted snippet back (undo). → { ok: true, snippet } (its shortcut dropped if taken meanwhile) | { ok: false, error } */
  z.object({ type: z.literal('kc:snippet-restore'), snippet: StoredSnippetSchema }),
  /** → { ok: true, snippet } | { ok: false, error } */
  z.object({ type: z.literal('kc:snippet-favourite'), id: z.string(), favourite: z.boolean() }),
  /** → string: the versioned JSON export file of the own snippets (or `ids`). */
  z.object({ type: z.literal('kc:snippets-export'), ids: z.optional(z.array(z.string())) }),
  /** → string: a Markdown rendering of a collection, for reading. */
  z.object({ type: z.literal('kc:snippets-markdown'), ids: z.optional(z.array(z.string())) }),
  /**
   * All or nothing. → { ok: true, added, replaced, skipped } | { ok: false, error } where the
   * Dutch error names the entry and the field that is wrong; nothing is written then.
   */
  z.object({ type: z.literal('kc:snippets-import'), json: z.string(), onDuplicate: z.enum(DUPLICATE_CHOICES) }),
  /**
   * Whether the snippets can be read and saved now (a blocked upgrade, a full disk), and what the
   * organisation's policy brought. → SnippetStatus
   */
  z.object({ type: z.literal('kc:snippets-status') }),
]);
export type SnippetRequest = z.infer<typeof SnippetRequestSchema>;

/**
 * The only snippet requests a content script may send: reading for the picker and the shortcut
 * expansion, and counting an insertion (it bumps a counter, nothing more). Everything else
 * changes, exports or deletes stored snippets and is answered only for our own extension pages
 * (src/background/extension-page-sender.ts), so a page that took over its renderer cannot
 * export, import, overwrite or wipe the worker's snippets.
 */
export const CONTENT_SCRIPT_SNIPPET_REQUESTS: ReadonlySet<SnippetRequest['type']> = new Set([
  'kc:snippets-search',
  'kc:snippet-shortcuts',
  'kc:snippet-get',
  'kc:snippet-used',
] as const);

/** What the background answers (sendMessage rejects with it) to a request that is not for the sender. */
export const NOT_FOR_CONTENT_SCRIPTS = 'Dit kan alleen vanuit Krachtcoach zelf (het paneel of de instellingen), niet vanuit een webpagina.';

/** What the background answers to each request (sendMessage resolves to this). */
export interface SnippetResponses {
  'kc:snippets-search': StoredSnippet[];
  'kc:snippet-shortcuts': SnippetShortcut[];
  'kc:snippet-get': StoredSnippet | null;
  'kc:snippet-used': undefined;
  'kc:snippet-save': SnippetResult<{ snippet: StoredSnippet }>;
  'kc:snippet-duplicate': SnippetResult<{ snippet: StoredSnippet }>;
  'kc:snippet-delete': SnippetResult<{ deleted: StoredSnippet }>;
  'kc:snippet-restore': SnippetResult<{ snippet: StoredSnippet }>;
  'kc:snippet-favourite': SnippetResult<{ snippet: StoredSnippet }>;
  /** Rejects (sendMessage throws, with a Dutch message) only when nothing can be read. */
  'kc:snippets-export': string;
  'kc:snippets-markdown': string;
  'kc:snippets-import': SnippetResult<ImportSummary>;
  'kc:snippets-status': SnippetStatus;
}
