import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { PanelMessage } from '../../messaging/protocol';
import type { DuplicateChoice, SnippetDraft, SnippetRequest, StoredSnippet } from '../../messaging/snippet-protocol';
import { frameId, notice, tabId } from '../panel-model';
import { download } from '../download';

/** The snippets view: what is listed, what is being edited, the last deletion (for undo). */
export const query = signal('');
export const filter = signal<'all' | 'recent' | 'favourites'>('all');
export const results = signal<StoredSnippet[]>([]);
export const editing = signal<SnippetDraft | null>(null);
export const lastDeleted = signal<StoredSnippet | null>(null);
export const status = signal<string | null>(null);

async function ask<T>(request: SnippetRequest): Promise<T> {
  return (await browser.runtime.sendMessage(request)) as T;
}

type Outcome<T = object> = ({ ok: true } & T) | { ok: false; error: string };

export async function refresh(): Promise<void> {
  results.value = await ask<StoredSnippet[]>({ type: 'kc:snippets-search', query: query.value, filter: filter.value, limit: 200 });
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

export async function exportJson(): Promise<void> {
  download('krachtcoach-sjablonen.json', 'application/json', await ask<string>({ type: 'kc:snippets-export' }));
}

export async function exportMarkdown(): Promise<void> {
  download('krachtcoach-sjablonen.md', 'text/markdown', await ask<string>({ type: 'kc:snippets-markdown' }));
}

export async function importFile(file: File, onDuplicate: DuplicateChoice): Promise<void> {
  const json = await file.text();
  const out = await ask<Outcome<{ added: number; replaced: number; skipped: number }>>({ type: 'kc:snippets-import', json, onDuplicate });
  status.value = out.ok
    ? `Geïmporteerd: ${out.added} nieuw, ${out.replaced} vervangen, ${out.skipped} overgeslagen.`
    : `Niet geïmporteerd, er is niets veranderd. ${out.error}`;
  await refresh();
}
