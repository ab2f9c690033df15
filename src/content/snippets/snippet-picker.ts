import type { StoredSnippet } from '../../messaging/snippet-protocol';
import { onlyTrusted } from '../trusted-input';

/** What the picker shows before the worker types anything. */
export interface PickerSections {
  favourites: StoredSnippet[];
  recent: StoredSnippet[];
  all: StoredSnippet[];
}

/** Where the picker gets its snippets (the background, by messages). */
export interface PickerSource {
  browse(): Promise<PickerSections>;
  search(query: string): Promise<StoredSnippet[]>;
}

/** The picker's element in the page (its content, the worker's templates, is in a shadow root closed to the page). */
export const PICKER_TAG = 'krachtcoach-picker';

const GAP = 6;
const MARGIN = 8;
const WIDTH = 360;
/** Below the anchor unless less than this fits there and more fits above. */
const MIN_BELOW = 220;
const MAX_LIST = 360;

const CSS = `
:host { all: initial; }
.picker { position: fixed; z-index: 2147483647; box-sizing: border-box; padding: 8px; display: flex; flex-direction: column;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2937; background: #fff;
  border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
input { width: 100%; box-sizing: border-box; font: inherit; padding: 5px 8px; border: 1px solid #9ca3af; border-radius: 4px; }
.list { margin: 6px 0 0; padding: 0; overflow: auto; overscroll-behavior: contain; }
.heading { font-size: 12px; font-weight: 600; color: #4b5563; padding: 6px 6px 2px; }
.group + .group { border-top: 1px solid #e5e7eb; margin-top: 4px; }
.option { display: flex; gap: 8px; align-items: baseline; padding: 4px 6px; border-radius: 4px; cursor: pointer; }
.option[aria-selected=true] { background: #dbeafe; }
.title { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.sc { color: #1d4ed8; font-family: ui-monospace, monospace; font-size: 12px; }
.empty { color: #4b5563; padding: 4px 6px; }
.keys { color: #4b5563; font-size: 12px; margin-top: 6px; padding: 0 2px; }
:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
`;

interface Section {
  id: string;
  title: string;
  snippets: StoredSnippet[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The sections of an empty search, in order; an empty Favorieten or Recent gebruikt is left out. */
export function browseSections({ favourites, recent, all }: PickerSections): Section[] {
  const favouriteIds = new Set(favourites.map((s) => s.id));
  const sections: Section[] = [
    { id: 'favourites', title: 'Favorieten', snippets: favourites },
    // A favourite is at the top already: recent shows the others.
    { id: 'recent', title: 'Recent gebruikt', snippets: recent.filter((s) => !favouriteIds.has(s.id)) },
    { id: 'all', title: 'Alle sjablonen', snippets: [...all].sort((a, b) => collator.compare(a.title, b.title)) },
  ];
  return sections.filter((s) => s.id === 'all' || s.snippets.length);
}

/**
 * The snippet picker at the caret (keyboard command). It opens with the favourites, the recently
 * used and all snippets; typing searches. The arrows move through every item across the sections,
 * Enter inserts, Escape goes back to the text. It stays inside the window, with a scrolling list.
 * Resolves the chosen snippet or null.
 */
export function pickSnippet(doc: Document, anchor: DOMRect | null, source: PickerSource): Promise<StoredSnippet | null> {
  const host = doc.createElement(PICKER_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'picker';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', 'Sjabloon invoegen');
  box.dataset.testid = 'kc-picker';
  const input = doc.createElement('input');
  input.type = 'search';
  input.placeholder = 'Zoek een sjabloon…';
  input.setAttribute('aria-label', 'Zoek een sjabloon');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'true');
  input.setAttribute('aria-controls', 'kc-picker-list');
  input.setAttribute('aria-autocomplete', 'list');
  const list = doc.createElement('div');
  list.className = 'list';
  list.id = 'kc-picker-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Sjablonen');
  const keys = doc.createElement('div');
  keys.className = 'keys';
  keys.textContent = '↑ ↓ kiezen · Enter invoegen · Esc terug naar de tekst';
  box.append(input, list, keys);
  root.append(style, box);
  doc.documentElement.append(host);
  const win = doc.defaultView!;
  place(box, list, anchor, win);
  input.focus();

  let items: StoredSnippet[] = [];
  let options: HTMLElement[] = [];
  let selected = 0;
  let generation = 0;

  const message = (text: string) => {
    const p = doc.createElement('div');
    p.className = 'empty';
    p.textContent = text;
    list.replaceChildren(p);
    items = [];
    options = [];
    input.removeAttribute('aria-activedescendant');
  };
  message('Sjablonen laden…');

  const select = (index: number) => {
    options[selected]?.setAttribute('aria-selected', 'false');
    selected = index;
    const option = options[selected];
    if (!option) return;
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };

  const optionFor = (s: StoredSnippet) => {
    const index = items.length;
    items.push(s);
    const option = doc.createElement('div');
    option.className = 'option';
    option.setAttribute('role', 'option');
    option.id = `kc-option-${index}`;
    option.dataset.testid = 'kc-picker-option';
    option.setAttribute('aria-selected', 'false');
    const title = doc.createElement('span');
    title.className = 'title';
    title.textContent = s.title;
    option.append(title);
    if (s.shortcut) {
      const sc = doc.createElement('span');
      sc.className = 'sc';
      sc.textContent = s.shortcut;
      option.append(sc);
    }
    option.addEventListener('mousedown', (e) => {
      e.preventDefault();
      if (e.isTrusted) finish(s);
    });
    option.addEventListener('mousemove', onlyTrusted(() => index !== selected && select(index)));
    options.push(option);
    return option;
  };

  const show = (sections: Section[]) => {
    items = [];
    options = [];
    selected = 0;
    const groups = sections.map((section) => {
      const group = doc.createElement('div');
      group.className = 'group';
      group.setAttribute('role', 'group');
      group.dataset.testid = 'kc-picker-section';
      group.dataset.section = section.id;
      const heading = doc.createElement('div');
      heading.className = 'heading';
      heading.id = `kc-picker-${section.id}`;
      heading.textContent = section.title;
      group.setAttribute('aria-labelledby', heading.id);
      group.append(heading, ...section.snippets.map(optionFor));
      return group;
    });
    list.replaceChildren(...groups);
    list.scrollTop = 0;
    select(0);
  };

  const update = async () => {
    const mine = ++generation;
    const query = input.value.trim();
    if (!query) {
      const sections = browseSections(await source.browse());
      if (mine !== generation) return; // a newer query answered first
      if (sections.every((s) => !s.snippets.length)) message('Er zijn nog geen sjablonen. Maak er een in het zijpaneel, tab Sjablonen.');
      else show(sections);
      return;
    }
    const found = await source.search(query);
    if (mine !== generation) return;
    if (found.length) show([{ id: 'results', title: 'Gevonden', snippets: found }]);
    else message(`Geen sjablonen gevonden voor "${query}".`);
  };

  let finish: (s: StoredSnippet | null) => void = () => {};
  const done = new Promise<StoredSnippet | null>((resolve) => {
    finish = (s) => {
      host.remove();
      resolve(s);
    };
  });
  // Only the worker's own typing searches, moves and chooses (a page script's events do nothing).
  input.addEventListener('input', onlyTrusted(() => void update()));
  input.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (!e.isTrusted) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!items.length) return;
      select((selected + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      finish(items[selected] ?? null);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(null);
    }
  });
  // Clicks in the picker (a heading, the scroll bar) keep the focus in the search box.
  box.addEventListener('mousedown', (e) => {
    if (e.target !== input) e.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(() => host.isConnected && finish(null), 150));
  void update();
  return done;
}

/**
 * Below the anchor, or above it when more room is there; never wider or taller than the window.
 * The list gets the height that is left and scrolls.
 */
function place(box: HTMLElement, list: HTMLElement, anchor: DOMRect | null, win: Window): void {
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  const width = Math.min(WIDTH, vw - 2 * MARGIN);
  box.style.width = `${width}px`;
  const a = anchor ?? new DOMRect(MARGIN, MARGIN, 0, 0);
  box.style.left = `${Math.max(MARGIN, Math.min(a.left, vw - width - MARGIN))}px`;
  const below = vh - a.bottom - GAP - MARGIN;
  const above = a.top - GAP - MARGIN;
  const downwards = below >= MIN_BELOW || below >= above;
  // The box without its list: search box, key hint, padding.
  list.style.maxHeight = '0px';
  const chrome = box.offsetHeight;
  const listMax = Math.max(60, Math.min(MAX_LIST, (downwards ? below : above) - chrome));
  list.style.maxHeight = `${listMax}px`;
  if (downwards) box.style.top = `${Math.max(MARGIN, Math.min(a.bottom + GAP, vh - MARGIN - chrome - listMax))}px`;
  else box.style.bottom = `${Math.max(MARGIN, vh - a.top + GAP)}px`;
}
