import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { PanelMessage } from '../../messaging/protocol';
import type { DuplicateChoice, SnippetDraft, SnippetRequest, StoredSnippet } from '../../messaging/snippet-protocol';
import { snippetFileSizeError } from '../../storage/snippet-file';
import type { SnippetStatus } from '../../storage/snippet-types';
import { download } from '../download';
import { frameId, notice, tabId } from '../panel-model';

/** The snippets view: what is listed, what is being edited, the last deletion (for undo). */
export const query = signal('');
export const filter = signal<'all' | 'recent' | 'favourites'>('all');
export const results = signal<StoredSnippet[]>([]);
export const editing = signal<SnippetDraft | null>(null);
export const lastDeleted = signal<StoredSnippet | null>(null);
export const status = signal<string | null>(null);
/** The outcome of the last import or export, shown beside the file input (the list's status is out of sight down there). */
export const transferStatus = signal<{ message: string; failed: boolean } | null>(null);

const failed = (message: string) => ({ message, failed: true });
/** What the background skipped of the organisation's policy, and why (Dutch), for the worker to pass on to IT. */
export const policyIssues = signal<string[]>([]);

async function ask<T>(request: SnippetRequest): Promise<T> {
  return (await browser.runtime.sendMessage(request)) as T;
}

type Outcome<T = object> = ({ ok: true } & T) | { ok: false; error: string };

export async function refresh(): Promise<void> {
  results.value = await ask<StoredSnippet[]>({ type: 'kc:snippets-search', query: query.value, filter: filter.value, limit: 200 });
}

/** Whether the snippets can be read now, and what the organisation's policy brought. */
export async function loadStatus(): Promise<void> {
  const out = await ask<SnippetStatus>({ type: 'kc:snippets-status' }).catch(() => undefined);
  if (!out) return;
  if (out.ok) policyIssues.value = out.policyIssues;
  else status.value = out.error;
}

export async function insert(snippet: StoredSnippet): Promise<void> {
  if (tabId.value === null) return;
  const message: PanelMessage = { type: 'kc:insert-snippet', id: snippet.id };
  const ok = await browser.tabs.sendMessage(tabId.value, message, { frameId: frameId.value }).catch(() => false);
  notice.value = ok ? null : 'Klik eerst in het tekstveld waar het sjabloon moet komen.';
}

export async function toggleFavourite(s: StoredSnippet): Promise<void> {
  await ask({ type: 'kc:snippet-favourite', id: s.id, favourite: !s.favourite });
  await refresh();
}

export async function duplicate(s: StoredSnippet): Promise<void> {
  const out = await ask<Outcome<{ snippet: StoredSnippet }>>({ type: 'kc:snippet-duplicate', id: s.id });
  status.value = out.ok ? `Kopie gemaakt: ${out.snippet.title}` : out.error;
  await refresh();
}

export async function remove(s: StoredSnippet): Promise<void> {
  const out = await ask<Outcome<{ deleted: StoredSnippet }>>({ type: 'kc:snippet-delete', id: s.id });
  if (out.ok) {
    lastDeleted.value = out.deleted;
    status.value = `Verwijderd: ${out.deleted.title}`;
  } else status.value = out.error;
  await refresh();
}

export async function undoDelete(): Promise<void> {
  const s = lastDeleted.value;
  if (!s) return;
  await ask({ type: 'kc:snippet-restore', snippet: s });
  lastDeleted.value = null;
  status.value = `Teruggezet: ${s.title}`;
  await refresh();
}

export async function save(draft: SnippetDraft): Promise<boolean> {
  const out = await ask<Outcome<{ snippet: StoredSnippet }>>({ type: 'kc:snippet-save', draft });
  status.value = out.ok ? `Opgeslagen: ${out.snippet.title}` : out.error;
  if (out.ok) {
    editing.value = null;
    await refresh();
  }
  return out.ok;
}

/** The background could not be reached or failed: sendMessage threw, or its answer was not one. */
const UNREACHABLE = 'Krachtcoach kon de sjablonen niet bereiken. Sluit het paneel, open het opnieuw en probeer het nog eens.';

export async function exportJson(): Promise<void> {
  const json = await ask<string>({ type: 'kc:snippets-export' }).catch(() => undefined);
  if (typeof json !== 'string') {
    transferStatus.value = failed(`Niet geëxporteerd. ${UNREACHABLE}`);
    return;
  }
  download('krachtcoach-sjablonen.json', 'application/json', json);
}

export async function exportMarkdown(): Promise<void> {
  const markdown = await ask<string>({ type: 'kc:snippets-markdown' }).catch(() => undefined);
  if (typeof markdown !== 'string') {
    transferStatus.value = failed(`Niet geëxporteerd. ${UNREACHABLE}`);
    return;
  }
  download('krachtcoach-sjablonen.md', 'text/markdown', markdown);
}

const NOT_IMPORTED = 'Niet geïmporteerd, er is niets veranderd.';

type ImportOutcome = Outcome<{ added: number; replaced: number; skipped: number }>;

function isImportOutcome(out: unknown): out is ImportOutcome {
  if (typeof out !== 'object' || out === null) return false;
  const o = out as Record<string, unknown>;
  return o.ok === true ? typeof o.added === 'number' && typeof o.replaced === 'number' && typeof o.skipped === 'number' : o.ok === false && typeof o.error === 'string';
}

/**
 * A file the worker chose. Too large (src/storage/snippet-file.ts) is refused by its size, before
 * a byte is read; a file that cannot be read or a background that does not answer leaves the
 * snippets as they are and says so. The background itself imports all or nothing.
 */
export async function importFile(file: File, onDuplicate: DuplicateChoice): Promise<void> {
  transferStatus.value = null;
  const tooLarge = snippetFileSizeError(file.size);
  if (tooLarge) {
    transferStatus.value = failed(`${NOT_IMPORTED} ${tooLarge}`);
    return;
  }
  const json = await file.text().catch(() => undefined);
  if (json === undefined) {
    transferStatus.value = failed(`${NOT_IMPORTED} Het bestand kon niet worden gelezen; is het nog op zijn plek?`);
    return;
  }
  const out = await ask<unknown>({ type: 'kc:snippets-import', json, onDuplicate }).catch(() => undefined);
  if (!isImportOutcome(out)) {
    transferStatus.value = failed(`${NOT_IMPORTED} ${UNREACHABLE}`);
    return;
  }
  transferStatus.value = out.ok
    ? { message: `Geïmporteerd: ${out.added} nieuw, ${out.replaced} vervangen, ${out.skipped} overgeslagen.`, failed: false }
    : failed(`${NOT_IMPORTED} ${out.error}`);
  await refresh();
}
