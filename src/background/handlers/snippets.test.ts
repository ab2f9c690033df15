import { describe, expect, it } from 'vitest';
import type { SnippetRequest, SnippetResponses, StoredSnippet } from '../../messaging/snippet-protocol';
import { parseManagedPolicy } from '../../storage/managed-policy';
import { openTestService } from '../../storage/test-support';
import { createSnippetRequestHandler, handleSnippetRequest } from './snippets';

async function setup() {
  const policy = parseManagedPolicy({ templates: [{ id: 'intake', title: 'Intake', body: 'Intake met {{naam}}', shortcut: '/in' }] });
  const service = await openTestService({ policy });
  const handle = createSnippetRequestHandler(() => Promise.resolve(service));
  const ask = async <T extends SnippetRequest>(request: T) => (await handle(request)) as SnippetResponses[T['type']];
  return { ask, handle };
}

describe('handleSnippetRequest', () => {
  it('returns undefined for messages that are not (valid) snippet requests', () => {
    for (const raw of [undefined, null, 'kc:snippet-get', { type: 'kc:get-rules' }, { type: 'kc:open-panel' }, { type: 'kc:snippet-get' }, { type: 'kc:snippet-get', id: 5 }]) {
      expect(handleSnippetRequest(raw)).toBeUndefined();
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
