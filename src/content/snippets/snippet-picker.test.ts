import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredSnippet } from '../../messaging/snippet-protocol';
import { browseSections, PICKER_TAG, type PickerSections, pickSnippet } from './snippet-picker';

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

describe('pickSnippet', () => {
  // The picker's shadow root is closed to the page; the test keeps the root it was given.
  let root: ShadowRoot | null = null;
  beforeEach(() => {
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      expect(init.mode).toBe('closed');
      root = attach.call(this, init);
      return root;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.querySelector(PICKER_TAG)?.remove();
  });

  const source = { browse: async () => SECTIONS, search: async (q: string) => SECTIONS.all.filter((s) => s.title.toLowerCase().includes(q)) };
  const shadow = () => {
    expect(document.querySelector(PICKER_TAG)!.shadowRoot, 'closed to the page').toBeNull();
    return root!;
  };
  const input = () => shadow().querySelector('input')!;
  /** The worker's own event: the picker ignores a page script's (isTrusted false). */
  const trusted = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: true });
  const key = (k: string) => input().dispatchEvent(trusted(new KeyboardEvent('keydown', { key: k, bubbles: true })));
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
    expect((await picked)?.id).toBe('evaluatie');
    expect(document.querySelector(PICKER_TAG)).toBeNull();
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
    await expect.poll(() => shadow().querySelector('.empty')?.textContent).toBe('Geen sjablonen gevonden voor "xyz".');
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
    expect(document.querySelector(PICKER_TAG)).not.toBeNull();
    key('Escape');
    expect(await picked).toBeNull();
  });
});
