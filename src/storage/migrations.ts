import type { Transaction } from 'dexie';
import type { SnippetStateRow } from './snippet-state';
import type { SnippetRow } from './snippets';

/**
 * The schema, version by version. A version is never edited once released: a change is a new
 * version with an upgrade that transforms the records of the one before (see db.ts). The test
 * (migrations.test.ts) fills a database of every earlier version and checks that every record
 * survives the upgrade to the current one.
 */

// ---- Version 1: snippets as first designed -------------------------------------------------

/** A worker's own snippet in version 1: ISO dates, "uses", an empty string for no shortcut. */
export interface SnippetRowV1 {
  id: string;
  title: string;
  body: string;
  tags: string[];
  /** '' when the snippet has none. */
  shortcut: string;
  uses: number;
  /** ISO 8601. */
  created: string;
  updated: string;
}

/** How often a built-in template was inserted, version 1 (no favourites, no last use). */
export interface UsageRowV1 {
  /** The built-in template's id. */
  id: string;
  uses: number;
}

export const STORES_V1 = {
  snippets: 'id, title, shortcut, *tags',
  usage: 'id',
} as const;

// ---- Version 2: favourites, usage and last use indexed; journal and chat -------------------

export const STORES_V2 = {
  // favourite is 0 | 1: IndexedDB cannot index booleans.
  snippets: 'id, title, shortcut, *tags, favourite, usageCount, lastUsedAt, updatedAt',
  usage: null,
  snippetState: 'id, favourite, usageCount, lastUsedAt',
  journal: 'id, date, *tags',
  chat: 'id, at',
} as const;

/** A v1 date that does not parse (hand-edited, damaged) becomes `fallback`: the record is kept. */
function time(iso: unknown, fallback: number): number {
  const t = typeof iso === 'string' ? Date.parse(iso) : typeof iso === 'number' ? iso : Number.NaN;
  return Number.isFinite(t) ? t : fallback;
}

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/**
 * One v1 snippet as a v2 row. Total: whatever a v1 record holds, a v2 row comes out, so the
 * upgrade cannot fail on a record and lose the rest. Title, body and tags are kept as they were
 * (the worker sees the validation when editing, not a silent change).
 */
export function snippetV1ToV2(v1: Partial<SnippetRowV1> & { id: string }, now: number): SnippetRow {
  const updatedAt = time(v1.updated, now);
  const shortcut = typeof v1.shortcut === 'string' ? v1.shortcut.trim() : '';
  return {
    id: v1.id,
    title: typeof v1.title === 'string' ? v1.title : '',
    body: typeof v1.body === 'string' ? v1.body : '',
    tags: Array.isArray(v1.tags) ? v1.tags.filter((t): t is string => typeof t === 'string') : [],
    ...(shortcut ? { shortcut } : {}),
    favourite: 0,
    usageCount: count(v1.uses),
    createdAt: time(v1.created, updatedAt),
    updatedAt,
    lastUsedAt: null,
  };
}

/** A v1 usage count of a built-in template as v2 state. */
function usageV1ToState(v1: Partial<UsageRowV1> & { id: string }): SnippetStateRow {
  return { id: v1.id, favourite: 0, usageCount: count(v1.uses), lastUsedAt: null };
}

/** Runs inside the versionchange transaction: all of it commits, or none of it. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const now = Date.now();
  await tx
    .table('snippets')
    .toCollection()
    .modify((row: SnippetRowV1, ref: { value: unknown }) => {
      ref.value = snippetV1ToV2(row, now);
    });
  const usage = (await tx.table('usage').toArray()) as UsageRowV1[];
  await tx.table('snippetState').bulkPut(usage.map(usageV1ToState));
}
