import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_SNIPPET_REQUESTS, NOT_FOR_CONTENT_SCRIPTS, type SnippetRequest, type SnippetResponses, type StoredSnippet } from '../../messaging/snippet-protocol';
import { parseManagedPolicy } from '../../storage/managed-policy';
import { openTestService } from '../../storage/test-support';
import { createSnippetRequestHandler, handleSnippetRequest } from './snippets';

const us = { id: 'krachtcoach-test-id', baseUrl: 'chrome-extension://krachtcoach-test-id/' };
/** The side panel, as the browser describes it. */
const panelPage = { id: us.id, url: `${us.baseUrl}sidepanel.html`, origin: 'chrome-extension://krachtcoach-test-id' };
/** Our content script in the ECD page. */
const contentScript = { id: us.id, url: 'https://ecd.voorbeeld.nl/dossier/12', origin: 'https://ecd.voorbeeld.nl', tab: { id: 4, index: 0 } };

async function setup() {
  const policy = parseManagedPolicy({ templates: [{ id: 'intake', title: 'Intake', body: 'Intake met {{naam}}', shortcut: '/in' }] });
  const service = await openTestService({ policy });
  const handle = createSnippetRequestHandler(() => Promise.resolve(service), () => us);
  const ask = async <T extends SnippetRequest>(request: T) => (await handle(request, panelPage)) as SnippetResponses[T['type']];
  return { ask, handle, service };
}

describe('handleSnippetRequest', () => {
  it('returns undefined for messages that are not (valid) snippet requests', () => {
    for (const raw of [undefined, null, 'kc:snippet-get', { type: 'kc:get-rules' }, { type: 'kc:open-panel' }, { type: 'kc:snippet-get' }, { type: 'kc:snippet-get', id: 5 }]) {
      expect(handleSnippetRequest(raw, panelPage)).toBeUndefined();
    }
  });

  it('answers every message of the protocol', async () => {
    const { ask } = await setup();

    const saved = await ask({ type: 'kc:snippet-save', draft: { title: 'Mijn groet', body: 'Hoi {{naam}}', tags: ['groet'], shortcut: '/gr' } });
    expect(saved).toMatchObject({ ok: true, snippet: { title: 'Mijn groet', origin: 'own' } });
    const mine = (saved as { snippet: StoredSnippet }).snippet;

    expect(await ask({ type: 'kc:snippet-save', draft: { title: 'x', body: 'y', tags: [] } })).toMatchObject({ ok: false, error: expect.stringMatching(/^Titel/) });
    expect(await ask({ type: 'kc:snippet-get', id: mine.id })).toEqual(mine);
    expect(await ask({ type: 'kc:snippet-get', id: 'bestaat-niet' })).toBeNull();
    expect(await ask({ type: 'kc:snippets-search', query: 'groet' })).toContainEqual(mine);
    expect(await ask({ type: 'kc:snippets-search', query: '', filter: 'all', limit: 2 })).toHaveLength(2);

    const shortcuts = await ask({ type: 'kc:snippet-shortcuts' });
    expect(shortcuts).toContainEqual({ shortcut: '/gr', id: mine.id, title: 'Mijn groet' });
    expect(shortcuts).toContainEqual({ shortcut: '/in', id: 'org:intake', title: 'Intake' });
    expect(shortcuts).toContainEqual({ shortcut: '/ki', id: 'krachteninventarisatie', title: 'Krachteninventarisatie' });

    expect(await ask({ type: 'kc:snippet-used', id: mine.id })).toBeUndefined();
    expect(await ask({ type: 'kc:snippets-search', query: '', filter: 'recent' })).toEqual([expect.objectContaining({ id: mine.id, usageCount: 1 })]);

    expect(await ask({ type: 'kc:snippet-favourite', id: 'org:intake', favourite: true })).toMatchObject({ ok: true, snippet: { favourite: true } });
    expect(await ask({ type: 'kc:snippets-search', query: '', filter: 'favourites' })).toEqual([expect.objectContaining({ id: 'org:intake' })]);

    const copy = await ask({ type: 'kc:snippet-duplicate', id: 'org:intake' });
    expect(copy).toMatchObject({ ok: true, snippet: { title: 'Intake (kopie)', origin: 'own', readOnly: false } });

    const del = await ask({ type: 'kc:snippet-delete', id: mine.id });
    expect(del).toMatchObject({ ok: true, deleted: { id: mine.id } });
    expect(await ask({ type: 'kc:snippet-delete', id: 'org:intake' })).toMatchObject({ ok: false });
    expect(await ask({ type: 'kc:snippet-restore', snippet: (del as { deleted: StoredSnippet }).deleted })).toMatchObject({ ok: true });
    expect(await ask({ type: 'kc:snippet-get', id: mine.id })).toMatchObject({ id: mine.id, usageCount: 1 });

    const json = await ask({ type: 'kc:snippets-export' });
    expect(JSON.parse(json)).toMatchObject({ format: 'krachtcoach-snippets', version: 1, snippets: [{ title: 'Mijn groet' }, { title: 'Intake (kopie)' }] });
    expect(await ask({ type: 'kc:snippets-markdown', ids: ['org:intake'] })).toMatch(/## Intake[\s\S]*Herkomst: organisatie/);
    expect(await ask({ type: 'kc:snippets-import', json, onDuplicate: 'skip' })).toEqual({ ok: true, added: 0, replaced: 0, skipped: 2, shortcutsCleared: [] });
    expect(await ask({ type: 'kc:snippets-import', json: '{', onDuplicate: 'skip' })).toMatchObject({ ok: false, error: expect.stringMatching(/JSON/) });

    expect(await ask({ type: 'kc:snippets-status' })).toEqual({ ok: true, counts: { own: 2, builtin: 11, organisation: 1 }, policyIssues: [] });
  });
});

/** One request of every kind, each valid, against a collection with one own snippet `mine`. */
function everyRequest(mine: StoredSnippet, exported: string): Record<SnippetRequest['type'], SnippetRequest> {
  return {
    'kc:snippets-search': { type: 'kc:snippets-search', query: 'groet' },
    'kc:snippet-shortcuts': { type: 'kc:snippet-shortcuts' },
    'kc:snippet-get': { type: 'kc:snippet-get', id: mine.id },
    'kc:snippet-used': { type: 'kc:snippet-used', id: mine.id },
    'kc:snippet-save': { type: 'kc:snippet-save', draft: { id: mine.id, title: 'Overschreven', body: 'door de pagina', tags: [] } },
    'kc:snippet-duplicate': { type: 'kc:snippet-duplicate', id: mine.id },
    'kc:snippet-delete': { type: 'kc:snippet-delete', id: mine.id },
    'kc:snippet-restore': { type: 'kc:snippet-restore', snippet: { ...mine, id: 'nieuw-van-de-pagina', title: 'Van de pagina', shortcut: '/pg' } },
    'kc:snippet-favourite': { type: 'kc:snippet-favourite', id: mine.id, favourite: true },
    'kc:snippets-export': { type: 'kc:snippets-export' },
    'kc:snippets-markdown': { type: 'kc:snippets-markdown' },
    'kc:snippets-import': { type: 'kc:snippets-import', json: exported.replace('Mijn groet', 'Geïmporteerd door de pagina'), onDuplicate: 'replace' },
    'kc:snippets-status': { type: 'kc:snippets-status' },
  };
}

describe('who may send what', () => {
  async function withOwnSnippet() {
    const s = await setup();
    const saved = await s.ask({ type: 'kc:snippet-save', draft: { title: 'Mijn groet', body: 'Hoi {{naam}}', tags: [], shortcut: '/gr' } });
    const mine = (saved as { snippet: StoredSnippet }).snippet;
    const exported = await s.ask({ type: 'kc:snippets-export' });
    return { ...s, mine, requests: everyRequest(mine, exported) };
  }

  /** What the store holds, to show that a refused request changed nothing. */
  async function contents(ask: Awaited<ReturnType<typeof setup>>['ask']) {
    return ask({ type: 'kc:snippets-search', query: '', filter: 'all', limit: 500 });
  }

  it('a content script may only read (search, shortcuts, get) and count an insertion', () => {
    expect([...CONTENT_SCRIPT_SNIPPET_REQUESTS].sort()).toEqual(['kc:snippet-get', 'kc:snippet-shortcuts', 'kc:snippet-used', 'kc:snippets-search']);
  });

  it.each([
    'kc:snippet-save',
    'kc:snippet-duplicate',
    'kc:snippet-delete',
    'kc:snippet-restore',
    'kc:snippet-favourite',
    'kc:snippets-export',
    'kc:snippets-markdown',
    'kc:snippets-import',
    'kc:snippets-status',
  ] as const)('%s: refused from a content script, and nothing changes; answered for the side panel', async (type) => {
    const { handle, ask, requests } = await withOwnSnippet();
    const before = await contents(ask);

    await expect(handle(requests[type], contentScript)).rejects.toThrow(NOT_FOR_CONTENT_SCRIPTS);
    // Another extension, or a sender with no url: refused the same way.
    await expect(handle(requests[type], { ...panelPage, id: 'andere-extensie' })).rejects.toThrow(NOT_FOR_CONTENT_SCRIPTS);
    await expect(handle(requests[type], { id: us.id, tab: contentScript.tab })).rejects.toThrow(NOT_FOR_CONTENT_SCRIPTS);
    expect(await contents(ask)).toEqual(before);

    const answer = await handle(requests[type], panelPage);
    if (typeof answer === 'object' && answer !== null && 'ok' in answer) expect(answer).toMatchObject({ ok: true });
    else expect(typeof answer).toBe('string');
  });

  it.each(['kc:snippets-search', 'kc:snippet-shortcuts', 'kc:snippet-get', 'kc:snippet-used'] as const)(
    '%s: answered for a content script (the picker and the shortcut expansion)',
    async (type) => {
      const { handle, mine, requests } = await withOwnSnippet();
      const answer = await handle(requests[type], contentScript);
      if (type === 'kc:snippet-get') expect(answer).toEqual(mine);
      if (type === 'kc:snippets-search') expect(answer).toEqual([mine]);
      if (type === 'kc:snippet-shortcuts') expect(answer).toContainEqual({ shortcut: '/gr', id: mine.id, title: 'Mijn groet' });
      if (type === 'kc:snippet-used') expect(await handle({ type: 'kc:snippet-get', id: mine.id }, contentScript)).toMatchObject({ usageCount: 1 });
    },
  );
});
