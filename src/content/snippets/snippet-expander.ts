import { placeholderRange } from '../../analysis/rewrite';
import type { StoredSnippet } from '../../messaging/snippet-protocol';
import { parseTemplate, renderTemplate, renderTemplateHtml } from '../../templates/fields';
import type { FieldAdapter } from '../adapters/field-adapter';
import { findShortcut } from './find-shortcut';
import { snippetClient } from './snippet-client';
import { askFields } from './snippet-form';
import { pickSnippet } from './snippet-picker';

/** Editors that take paragraphs and lists from a paste; plain fields and contenteditables get text. */
const RICH = new Set(['ckeditor5', 'tinymce', 'quill', 'prosemirror', 'lexical']);

/** Where a form or picker opens: at the caret in rich fields, under the field otherwise. */
function anchorFor(adapter: FieldAdapter): DOMRect {
  const sel = adapter.document.getSelection();
  if (adapter.rangeOf && sel?.rangeCount) {
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    if (rect.width || rect.height) return rect;
  }
  const r = adapter.element.getBoundingClientRect();
  return new DOMRect(r.left, r.top, r.width, Math.min(r.height, 40));
}

/**
 * Snippets in the page: expands a typed shortcut (`/ki`), opens the picker at the caret, and
 * inserts a snippet the side panel chose. The insertion replaces the shortcut in one edit, so
 * one Ctrl+Z takes the whole snippet out again.
 */
export class SnippetExpander {
  private shortcuts = new Map<string, string>();
  private busy = false;
  private loadedAt = 0;
  private loading: Promise<void> | null = null;

  /** Refreshes the shortcut list (cheap; at most every few seconds). */
  refresh(): Promise<void> {
    if (this.loading || Date.now() - this.loadedAt < 3000) return this.loading ?? Promise.resolve();
    this.loading = snippetClient
      .shortcuts()
      .then((map) => {
        this.shortcuts = map;
        this.loadedAt = Date.now();
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }

  /** Called after input in a field: expands the shortcut before the caret, if any. */
  async onInput(adapter: FieldAdapter): Promise<boolean> {
    if (this.busy) return false;
    const caret = adapter.caretOffset();
    if (caret === null) return false;
    const text = adapter.readText();
    // Something shaped like a shortcut while the list is still on its way: wait for it.
    if (this.loading && /(?:^|\s)\/[a-z0-9]{2,8}\s?$/.test(text.slice(Math.max(0, caret - 12), caret))) await this.loading;
    if (!this.shortcuts.size) return false;
    const hit = findShortcut(adapter.readText(), adapter.caretOffset() ?? caret, new Set(this.shortcuts.keys()));
    if (!hit) return false;
    const snippet = await snippetClient.get(this.shortcuts.get(hit.shortcut)!);
    return snippet ? this.insert(adapter, snippet, hit.start, hit.end) : false;
  }

  /** The picker at the caret (keyboard command), then the chosen snippet at the caret. */
  async pickAndInsert(adapter: FieldAdapter): Promise<boolean> {
    if (this.busy) return false;
    const caret = adapter.caretOffset() ?? adapter.readText().length;
    const chosen = await pickSnippet(adapter.document, anchorFor(adapter), (q) => snippetClient.search(q, q ? 'all' : 'recent'));
    adapter.element.focus();
    if (!chosen) return false;
    return this.insert(adapter, chosen, caret, caret);
  }

  async insertById(adapter: FieldAdapter, id: string): Promise<boolean> {
    const snippet = await snippetClient.get(id);
    if (!snippet) return false;
    const caret = adapter.caretOffset() ?? adapter.readText().length;
    return this.insert(adapter, snippet, caret, caret);
  }

  private async insert(adapter: FieldAdapter, snippet: StoredSnippet, start: number, end: number): Promise<boolean> {
    this.busy = true;
    try {
      const { fields } = parseTemplate(snippet.body);
      let values = {};
      if (fields.length) {
        const asked = await askFields(adapter.document, snippet.title, fields, anchorFor(adapter));
        adapter.element.focus();
        if (!asked) return false; // cancelled: the typed shortcut stays as it was
        values = asked;
      }
      const today = new Date();
      const text = renderTemplate(snippet.body, values, today);
      const html = RICH.has(adapter.kind) ? renderTemplateHtml(snippet.body, values, today) : undefined;
      const ok = await adapter.replace(start, end, text, html);
      if (ok) {
        void snippetClient.used(snippet.id);
        // In plain text the first [prompt] is selected, ready to be typed over.
        const prompt = html ? null : placeholderRange(text);
        if (prompt) adapter.select(start + prompt.start, start + prompt.end);
      }
      return ok;
    } finally {
      this.busy = false;
    }
  }
}
