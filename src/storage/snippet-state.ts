import type { KrachtcoachDB } from './db';

/**
 * Favourite and usage of a read-only snippet (built-in or organisation), table `snippetState`.
 * Their content comes from the extension or the policy and is never copied into the database.
 */
export interface SnippetStateRow {
  /** The snippet's id as the protocol shows it (`actieplan`, `org:intake`). */
  id: string;
  favourite: 0 | 1;
  usageCount: number;
  lastUsedAt: number | null;
}

export const EMPTY_STATE: Omit<SnippetStateRow, 'id'> = { favourite: 0, usageCount: 0, lastUsedAt: null };

export function listSnippetStates(db: KrachtcoachDB): Promise<SnippetStateRow[]> {
  return db.run(() => db.snippetState.toArray());
}

export function putSnippetState(db: KrachtcoachDB, row: SnippetStateRow): Promise<void> {
  return db.run(async () => {
    await db.snippetState.put(row);
  });
}
