import { afterEach, describe, expect, it } from 'vitest';
import type { StoredSnippet } from '../messaging/snippet-protocol';
import { browseSections, type PickerSections } from './picker-sections';
import { showPicker } from './picker-view';

function snippet(id: string, title: string, extra: Partial<StoredSnippet> = {}): StoredSnippet {
  return {
    id, title, body: `## ${title}`, tags: [], origin: 'builtin', favourite: false, usageCount: 0,
    createdAt: 0, updatedAt: 0, lastUsedAt: null, readOnly: true, ...extra,
  };
}

const ACTIEPLAN = snippet('actieplan', 'Actieplan', { shortcut: '/ap', favourite: true });
const EVALUATIE = snippet('evaluatie', 'Evaluatie', { shortcut: '/ev', lastUsedAt: 2 });
const AFRONDEN = snippet('afronden', 'Afronden van de begeleiding', { shortcut: '/af' });
const SECTIONS: PickerSections = {
  favourites: [ACTIEPLAN],
  recent: [EVALUATIE, { ...ACTIEPLAN, lastUsedAt: 1 }],
  all: [EVALUATIE, ACTIEPLAN, AFRONDEN],
};

describe('browseSections', () => {
  it('lists favourites, the recent ones that are no favourite, and all A-Z', () => {
    const sections = browseSections(SECTIONS);
    expect(sections.map((s) => [s.title, s.snippets.map((x) => x.id)])).toEqual([
      ['Favorieten', ['actieplan']],
      ['Recent gebruikt', ['evaluatie']],
      ['Alle sjablonen', ['actieplan', 'afronden', 'evaluatie']],
    ]);
  });

  it('leaves out an empty Favorieten and Recent gebruikt, never Alle sjablonen', () => {
    expect(browseSections({ favourites: [], recent: [], all: [AFRONDEN] }).map((s) => s.title)).toEqual(['Alle sjablonen']);
    expect(browseSections({ favourites: [], recent: [], all: [] }).map((s) => s.title)).toEqual(['Alle sjablonen']);
  });
});

describe('showPicker (in the picker frame)', () => {
  afterEach(() => document.body.replaceChildren());

  /** The picker in this document; resolves what it tells the frame it was given by the worker. */
  const pickSnippet = (_doc: Document, _anchor: unknown, from: typeof source): Promise<string | null> =>
    new Promise((resolve) => showPicker(document, from, { size: () => {}, done: resolve }));
  const shadow = () => document;
  const source = { browse: async () => SECTIONS, search: async (q: string) => SECTIONS.all.filter((s) => s.title.toLowerCase().includes(q)) };
  const input = () => shadow().querySelector('input')!;
  /** The worker's own event: the picker ignores a page script's (isTrusted false). */
  const trusted = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: true });
  const key = (k: string) => {
    input().dispatchEvent(trusted(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    input().dispatchEvent(trusted(new KeyboardEvent('keyup', { key: k, bubbles: true })));
  };
  const selectedTitle = () => shadow().querySelector('[aria-selected="true"] .title')?.textContent;
  const options = async () => {
    await expect.poll(() => shadow().querySelectorAll('[role=option]').length).toBeGreaterThan(0);
    return shadow().querySelectorAll('[role=option]');
  };

  it('opens with the sections, moves through all items across them, and inserts on Enter', async () => {
    const picked = pickSnippet(document, new DOMRect(20, 20, 0, 16), source);
    expect(await options()).toHaveLength(5);
    expect([...shadow().querySelectorAll('.heading')].map((h) => h.textContent)).toEqual(['Favorieten', 'Recent gebruikt', 'Alle sjablonen']);
    expect(selectedTitle()).toBe('Actieplan');
    key('ArrowDown');
    expect(selectedTitle()).toBe('Evaluatie'); // Recent gebruikt
    key('ArrowDown');
    expect(shadow().querySelector('[data-section="all"] [aria-selected="true"] .title')?.textContent).toBe('Actieplan');
    key('ArrowUp');
    key('ArrowUp');
    key('ArrowUp');
    expect(selectedTitle()).toBe('Evaluatie'); // wrapped to the last of Alle sjablonen
    expect(input().getAttribute('aria-activedescendant')).toBe(shadow().querySelector('[aria-selected="true"]')!.id);
    key('Enter');
    expect(await picked).toBe('evaluatie');
  });

  it('filters as the worker types, says so when nothing matches, and Escape gives nothing', async () => {
    const picked = pickSnippet(document, null, source);
    await options();
    input().value = 'afr';
    input().dispatchEvent(trusted(new Event('input')));
    await expect.poll(() => shadow().querySelectorAll('[role=option]').length).toBe(1);
    expect(selectedTitle()).toBe('Afronden van de begeleiding');
    input().value = 'xyz';
    input().dispatchEvent(trusted(new Event('input')));
    await expect.poll(() => shadow().querySelector('.empty')?.textContent).toBe('Geen sjablonen gevonden voor ‘xyz’.');
    key('Escape');
    expect(await picked).toBeNull();
  });

  it('does nothing for a page script: its typing does not search, its keys do not move or choose', async () => {
    const picked = pickSnippet(document, null, source);
    expect(await options()).toHaveLength(5);
    input().value = 'afr';
    input().dispatchEvent(new Event('input'));
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    shadow().querySelector('[role=option]')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(shadow().querySelectorAll('[role=option]')).toHaveLength(5);
    expect(selectedTitle()).toBe('Actieplan');
    let answered = false;
    void picked.then(() => (answered = true));
    await Promise.resolve();
    expect(answered).toBe(false);
    key('Escape');
    expect(await picked).toBeNull();
  });
});
