import { type Field, type FieldValue, initialValues } from '../../templates/fields';
import { onlyTrusted } from '../trusted-input';

const CSS = `
:host { all: initial; }
form { position: fixed; z-index: 2147483647; width: min(320px, calc(100vw - 16px)); box-sizing: border-box; padding: 10px 12px;
  max-height: calc(100vh - 16px); overflow: auto; overscroll-behavior: contain;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2937; background: #fff;
  border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
h2 { font-size: 14px; margin: 0 0 6px; }
label { display: block; margin: 6px 0 2px; font-size: 13px; font-weight: 600; }
label.check { font-weight: 400; display: flex; gap: 6px; align-items: center; }
input[type=text], input[type=date], textarea, select { width: 100%; box-sizing: border-box; font: inherit; padding: 4px 6px;
  border: 1px solid #9ca3af; border-radius: 4px; }
textarea { min-height: 4em; resize: vertical; }
.row { display: flex; gap: 6px; justify-content: flex-end; margin-top: 10px; }
button { font: inherit; border-radius: 6px; padding: 4px 10px; cursor: pointer; border: 1px solid #9ca3af; background: #f9fafb; }
button[type=submit] { background: #2563eb; color: #fff; border-color: #2563eb; }
small { color: #4b5563; }
:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
`;

/**
 * The small form a snippet with fields asks before it is inserted: keyboard first (the first
 * field has focus, Enter inserts, Ctrl+Enter in a multi-line field, Escape cancels), in a
 * closed shadow root: the page's CSS cannot reach it, nor its scripts. Resolves the values, or null when cancelled.
 */
export function askFields(doc: Document, title: string, fields: readonly Field[], anchor: DOMRect | null): Promise<Record<string, FieldValue> | null> {
  const values = initialValues(fields, new Date());
  const host = doc.createElement('krachtcoach-form');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const form = doc.createElement('form');
  form.setAttribute('aria-label', `Invullen: ${title}`);
  form.dataset.testid = 'kc-snippet-form';
  const heading = doc.createElement('h2');
  heading.textContent = title;
  form.append(heading);

  const inputs: Array<() => void> = [];
  fields.forEach((field, i) => {
    const id = `kc-field-${i}`;
    const label = doc.createElement('label');
    label.htmlFor = id;
    label.textContent = field.kind === 'naam' ? 'Naam van de cliënt' : field.label;
    let control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (field.kind === 'keuze') {
      const select = doc.createElement('select');
      for (const option of field.options) select.append(new Option(option, option));
      control = select;
    } else if (field.kind === 'alinea') {
      control = doc.createElement('textarea');
    } else if (field.kind === 'vink') {
      const box = doc.createElement('input');
      box.type = 'checkbox';
      control = box;
      label.className = 'check';
      label.textContent = '';
      label.append(box, field.label);
    } else {
      const input = doc.createElement('input');
      input.type = field.kind === 'datum' ? 'date' : 'text';
      control = input;
    }
    control.id = id;
    control.dataset.key = field.key;
    const initial = values[field.key];
    if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = initial === true;
    else control.value = typeof initial === 'string' ? initial : '';
    inputs.push(() => {
      values[field.key] = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
    });
    if (field.kind === 'vink') form.append(label);
    else form.append(label, control);
  });
  const hint = doc.createElement('small');
  hint.textContent = 'Enter voegt in, Esc annuleert.';
  const row = doc.createElement('div');
  row.className = 'row';
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Annuleren';
  const ok = doc.createElement('button');
  ok.type = 'submit';
  ok.textContent = 'Invoegen';
  ok.dataset.testid = 'kc-snippet-form-insert';
  row.append(cancel, ok);
  form.append(hint, row);
  root.append(style, form);
  doc.documentElement.append(host);

  // Under the caret; pushed up as far as it must to fit (it scrolls when taller than the window).
  const win = doc.defaultView!;
  const top = anchor ? Math.min(anchor.bottom + 6, win.innerHeight - form.offsetHeight - 8) : 40;
  form.style.top = `${Math.max(8, top)}px`;
  form.style.left = `${Math.max(8, Math.min(anchor?.left ?? 40, win.innerWidth - form.offsetWidth - 8))}px`;
  (form.querySelector('input, select, textarea') as HTMLElement | null)?.focus();

  return new Promise((resolve) => {
    const finish = (result: Record<string, FieldValue> | null) => {
      host.remove();
      resolve(result);
    };
    // Only the worker's own keys and clicks insert or cancel (a page script's events do nothing).
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!e.isTrusted) return;
      for (const read of inputs) read();
      finish(values);
    });
    cancel.addEventListener('click', onlyTrusted(() => finish(null)));
    form.addEventListener('keydown', (e) => {
      e.stopPropagation(); // the page's shortcuts stay out of the form
      if (!e.isTrusted) return;
      if (e.key === 'Escape') finish(null);
      if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'TEXTAREA' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
    });
  });
}
