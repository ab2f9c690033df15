import type { StoredSnippet } from './snippet-types';
import type { KrachtcoachDB } from './db';

/** A worker's own snippet as stored (table `snippets`, version 2). */
export interface SnippetRow {
  id: string;
  title: string;
  body: string;
  tags: string[];
  shortcut?: string;
  /** Kept from a duplicated built-in or organisation template: where the content comes from. */
  source?: string;
  /** 0 | 1: IndexedDB cannot index booleans. */
  favourite: 0 | 1;
  usageCount: number;
  createdAt: number;
  updatedAt: number;
  lastUsedAt: number | null;
}

export function rowToSnippet(row: SnippetRow): StoredSnippet {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    tags: [...row.tags],
    ...(row.shortcut ? { shortcut: row.shortcut } : {}),
    ...(row.source ? { source: row.source } : {}),
    origin: 'own',
    favourite: row.favourite === 1,
    usageCount: row.usageCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lastUsedAt: row.lastUsedAt,
    readOnly: false,
  };
}

export function snippetToRow(snippet: StoredSnippet): SnippetRow {
  return {
    id: snippet.id,
    title: snippet.title,
    body: snippet.body,
    tags: [...snippet.tags],
    ...(snippet.shortcut ? { shortcut: snippet.shortcut } : {}),
    ...(snippet.source ? { source: snippet.source } : {}),
    favourite: snippet.favourite ? 1 : 0,
    usageCount: snippet.usageCount,
    createdAt: snippet.createdAt,
    updatedAt: snippet.updatedAt,
    lastUsedAt: snippet.lastUsedAt,
  };
}

export function listOwnSnippets(db: KrachtcoachDB): Promise<SnippetRow[]> {
  return db.run(() => db.snippets.toArray());
}

export function putOwnSnippet(db: KrachtcoachDB, row: SnippetRow): Promise<void> {
  return db.run(async () => {
    await db.snippets.put(row);
  });
}

export function deleteOwnSnippet(db: KrachtcoachDB, id: string): Promise<void> {
  return db.run(() => db.snippets.delete(id));
}

/**
 * Writes many rows and deletes others in ONE transaction: an import or a re-keying either
 * happens whole or not at all (a quota error halfway rolls everything back).
 */
export function writeOwnSnippets(db: KrachtcoachDB, put: SnippetRow[], remove: string[] = []): Promise<void> {
  return db.run(() =>
    db.transaction('rw', db.snippets, async () => {
      if (remove.length) await db.snippets.bulkDelete(remove);
      if (put.length) await db.snippets.bulkPut(put);
    }),
  );
}
