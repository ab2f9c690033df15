import type { StoredSnippet } from '../../messaging/snippet-protocol';

const CSS = `
:host { all: initial; }
.picker { position: fixed; z-index: 2147483647; width: 340px; box-sizing: border-box; padding: 8px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2937; background: #fff;
  border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
input { width: 100%; box-sizing: border-box; font: inherit; padding: 5px 8px; border: 1px solid #9ca3af; border-radius: 4px; }
ul { list-style: none; margin: 6px 0 0; padding: 0; max-height: 260px; overflow: auto; }
li { padding: 4px 6px; border-radius: 4px; cursor: pointer; }
li[aria-selected=true] { background: #dbeafe; }
.sc { color: #1d4ed8; font-family: ui-monospace, monospace; font-size: 12px; margin-left: 6px; }
.empty { color: #4b5563; padding: 4px 6px; }
:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
`;

/**
 * The snippet picker at the caret (keyboard command): type to search, arrows to choose, Enter to
 * insert, Escape to go back to the text. Resolves the chosen snippet or null.
 */
export function pickSnippet(
  doc: Document,
  anchor: DOMRect | null,
  search: (query: string) => Promise<StoredSnippet[]>,
): Promise<StoredSnippet | null> {
  const host = doc.createElement('krachtcoach-picker');
  const root = host.attachShadow({ mode: 'open' });
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
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'true');
  input.setAttribute('aria-controls', 'kc-picker-list');
  const list = doc.createElement('ul');
  list.id = 'kc-picker-list';
  list.setAttribute('role', 'listbox');
  box.append(input, list);
  root.append(style, box);
  doc.documentElement.append(host);
  const win = doc.defaultView!;
  box.style.top = `${Math.max(8, Math.min((anchor?.bottom ?? 40) + 6, win.innerHeight - 320))}px`;
  box.style.left = `${Math.max(8, Math.min(anchor?.left ?? 40, win.innerWidth - 350))}px`;
  input.focus();

  let results: StoredSnippet[] = [];
  let selected = 0;
  let generation = 0;
  const render = () => {
    list.replaceChildren();
    if (!results.length) {
      const li = doc.createElement('li');
      li.className = 'empty';
      li.textContent = 'Geen sjablonen gevonden.';
      list.append(li);
    }
    results.forEach((s, i) => {
      const li = doc.createElement('li');
      li.setAttribute('role', 'option');
      li.id = `kc-option-${i}`;
      li.dataset.testid = 'kc-picker-option';
      li.setAttribute('aria-selected', String(i === selected));
      li.textContent = s.title;
      if (s.shortcut) {
        const sc = doc.createElement('span');
        sc.className = 'sc';
        sc.textContent = s.shortcut;
        li.append(sc);
      }
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        finish(s);
      });
      list.append(li);
    });
    if (results.length) input.setAttribute('aria-activedescendant', `kc-option-${selected}`);
  };
  const update = async () => {
    const mine = ++generation;
    const found = await search(input.value);
    if (mine !== generation) return; // a newer query answered first
    results = found;
    selected = 0;
    render();
  };

  let finish: (s: StoredSnippet | null) => void = () => {};
  const done = new Promise<StoredSnippet | null>((resolve) => {
    finish = (s) => {
      host.remove();
      resolve(s);
    };
  });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!results.length) return;
      selected = (selected + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      finish(results[selected] ?? null);
    } else if (e.key === 'Escape') {
      finish(null);
    }
  });
  input.addEventListener('blur', () => setTimeout(() => host.isConnected && finish(null), 150));
  void update();
  return done;
}
