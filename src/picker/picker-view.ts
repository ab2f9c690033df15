import type { StoredSnippet } from '../messaging/snippet-protocol';
import { browseSections, type PickerSections, type Section } from './picker-sections';

/** Where the picker gets its snippets (the background, by messages). */
export interface PickerSource {
  browse(): Promise<PickerSections>;
  search(query: string): Promise<StoredSnippet[]>;
}

/** What the view tells the frame: the height its content wants, and the worker's choice. */
export interface PickerEvents {
  size(height: number): void;
  done(id: string | null): void;
}

/**
 * The template picker, drawn in the picker frame's own document (the frame is sized and placed by
 * the content script). It opens with the favourites, the recently used and all snippets; typing
 * searches. The arrows move through every item across the sections, Enter inserts, Escape goes
 * back to the text. Only the worker's own keys and clicks act: a script's events do nothing.
 */
export function showPicker(doc: Document, source: PickerSource, events: PickerEvents): void {
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
  doc.body.replaceChildren(box);
  input.focus();

  let items: StoredSnippet[] = [];
  let options: HTMLElement[] = [];
  let selected = 0;
  let generation = 0;
  let finished = false;

  const finish = (id: string | null) => {
    if (finished) return;
    finished = true;
    events.done(id);
  };
  /** The whole content's height, with the list at its natural height: the frame takes that where there is room. */
  const reportSize = () => {
    const chrome = box.offsetHeight - list.offsetHeight;
    list.style.flex = 'none';
    const natural = list.offsetHeight;
    list.style.flex = '';
    events.size(Math.ceil(chrome + natural));
  };

  const message = (text: string) => {
    const p = doc.createElement('div');
    p.className = 'empty';
    p.textContent = text;
    list.replaceChildren(p);
    items = [];
    options = [];
    input.removeAttribute('aria-activedescendant');
    reportSize();
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
      if (e.isTrusted) finish(s.id);
    });
    option.addEventListener('mousemove', (e) => e.isTrusted && index !== selected && select(index));
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
    reportSize();
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
    else message(`Geen sjablonen gevonden voor ‘${query}’.`);
  };

  input.addEventListener('input', (e) => e.isTrusted && void update());
  // Enter and Escape act when the key comes up, and only for a key that went down here: the
  // frame closes after the whole key press, so its key-up does not land in a frame that is gone
  // (or in the text, as a stray key of the picker's).
  let pressed: 'Enter' | 'Escape' | null = null;
  input.addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!items.length) return;
      select((selected + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
    } else if (e.key === 'Enter' || e.key === 'Escape') {
      e.preventDefault(); // Escape would also empty the search box
      if (!e.isComposing) pressed = e.key;
    }
  });
  input.addEventListener('keyup', (e) => {
    if (!e.isTrusted || e.key !== pressed) return;
    pressed = null;
    const chosen = e.key === 'Enter' ? (items[selected]?.id ?? null) : null;
    // In the next task, once this key-up has been handled and acknowledged: the page removes the
    // frame on our message, and a frame removed while Chromium still routes its key-up to it
    // left the key press unfinished (seen as a hung key press, about one in six, in e2e).
    setTimeout(() => finish(chosen), 0);
  });
  // Clicks in the picker (a heading, the scroll bar) keep the focus in the search box.
  box.addEventListener('mousedown', (e) => {
    if (e.target !== input) e.preventDefault();
  });
  const win = doc.defaultView!;
  // The frame got the height it asked for: the list starts at its top again (a small first frame
  // had scrolled it to keep the selected item in view), the selected item still in view.
  win.addEventListener('resize', () => {
    list.scrollTop = 0;
    options[selected]?.scrollIntoView({ block: 'nearest' });
  });
  // The worker clicked elsewhere (the page, another window): the picker goes, the text stays.
  win.addEventListener('blur', () => finish(null));
  void update();
}
