import { browser } from 'wxt/browser';
import type { SnippetRequest, StoredSnippet } from '../../messaging/snippet-protocol';

/** The content script's way to the snippets, which the background owns. */
async function ask<T>(request: SnippetRequest): Promise<T | undefined> {
  try {
    return (await browser.runtime.sendMessage(request)) as T;
  } catch {
    return undefined; // the extension was updated or the background is gone: no snippets now
  }
}

export const snippetClient = {
  async shortcuts(): Promise<Map<string, string>> {
    const list = (await ask<Array<{ shortcut: string; id: string }>>({ type: 'kc:snippet-shortcuts' })) ?? [];
    return new Map(list.map((s) => [s.shortcut, s.id]));
  },
  get: (id: string) => ask<StoredSnippet | null>({ type: 'kc:snippet-get', id }),
  search: async (query: string, filter: 'all' | 'recent' | 'favourites' = 'all', limit = 8) =>
    (await ask<StoredSnippet[]>({ type: 'kc:snippets-search', query, filter, limit })) ?? [],
  used: (id: string) => ask<void>({ type: 'kc:snippet-used', id }),
};
