import { placeholderRange } from '../../analysis/rewrite';
import type { StoredSnippet } from '../../messaging/snippet-protocol';
import { parseTemplate, renderTemplate, renderTemplateHtml } from '../../templates/fields';
import type { FieldAdapter } from '../adapters/field-adapter';
import { findShortcut } from './find-shortcut';
import { snippetClient } from './snippet-client';
import { overlayPlace } from './overlay-place';
import { askFields } from './snippet-form';
import { PICKER_TAG, pickSnippet } from './snippet-picker';
import { isBlockSnippet, snippetSpacing } from './snippet-spacing';

/** Editors that take paragraphs and lists from a paste; plain fields and contenteditables get text. */
const RICH = new Set(['ckeditor5', 'tinymce', 'quill', 'prosemirror', 'lexical']);
/**
 * Rich editors that merge a pasted first paragraph into the caret's paragraph (and the last into
 * the rest of it): an empty paragraph on that side makes the snippet's own paragraph stand apart.
 * TinyMCE starts pasted paragraphs on their own already.
 */
const MERGES_PASTED_PARAGRAPHS = new Set(['ckeditor5', 'quill', 'prosemirror', 'lexical']);


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

  /**
   * Called after the worker's input in a field: expands the shortcut before the caret, if any,
   * and only if `typedByWorker` says the worker typed it there key by key.
   */
  async onInput(adapter: FieldAdapter, typedByWorker: (text: string) => boolean): Promise<boolean> {
    if (this.busy) return false;
    const caret = adapter.caretOffset();
    if (caret === null) return false;
    const text = adapter.readText();
    // Something shaped like a shortcut while the list is still on its way: wait for it.
    if (this.loading && /(?:^|\s)\/[a-z0-9]{2,8}\s?$/.test(text.slice(Math.max(0, caret - 12), caret))) await this.loading;
    if (!this.shortcuts.size) return false;
    const hit = findShortcut(adapter.readText(), adapter.caretOffset() ?? caret, new Set(this.shortcuts.keys()));
    if (!hit || !typedByWorker(adapter.readText().slice(hit.start, hit.end))) return false;
    const snippet = await snippetClient.get(this.shortcuts.get(hit.shortcut)!);
    return snippet ? this.insert(adapter, snippet, hit.start, hit.end) : false;
  }

  /** The picker at the caret (keyboard command), then the chosen snippet at the caret. */
  async pickAndInsert(adapter: FieldAdapter): Promise<boolean> {
    if (this.busy) return false;
    const caret = adapter.caretOffset() ?? adapter.readText().length;
    const { doc, anchor } = overlayPlace(adapter);
    // The command reaches every frame's coach: the first one's picker is the one.
    if (doc.querySelector(PICKER_TAG)) return false;
    const chosenId = await pickSnippet(doc, anchor);
    adapter.element.focus();
    // A contenteditable's caret went to the picker's search box: put it back where it was.
    if (adapter.rangeOf) adapter.select(caret, caret);
    const chosen = chosenId ? await snippetClient.get(chosenId) : null;
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
        const { doc, anchor } = overlayPlace(adapter);
        const asked = await askFields(doc, snippet.title, fields, anchor);
        adapter.element.focus();
        if (!asked) return false; // cancelled: the typed shortcut stays as it was
        values = asked;
      }
      const today = new Date();
      const body = renderTemplate(snippet.body, values, today);
      const block = isBlockSnippet(snippet.body);
      const field = adapter.readText();
      // Never glued onto the words around it: a block on its own line, inline text after a space.
      const spacing = snippetSpacing(field.slice(0, start), field.slice(end), body, block);
      const { prefix, suffix } = spacing;
      const text = prefix + body + suffix;
      const from = start - spacing.trimBefore;
      // A single line pastes as text in rich editors too: as a paragraph it would break the line.
      const html = RICH.has(adapter.kind) && block ? blockHtml(adapter.kind, renderTemplateHtml(snippet.body, values, today), prefix, suffix) : undefined;
      const ok = await adapter.replace(from, end + spacing.trimAfter, text, html);
      if (ok) {
        void snippetClient.used(snippet.id);
        // In plain text the first [prompt] is selected, ready to be typed over.
        const prompt = html ? null : placeholderRange(body);
        if (prompt) adapter.select(from + prefix.length + prompt.start, from + prefix.length + prompt.end);
      }
      return ok;
    } finally {
      this.busy = false;
    }
  }
}

/** The snippet's paragraphs, with an empty one on a side where the editor would merge them into the text. */
function blockHtml(kind: FieldAdapter['kind'], html: string, prefix: string, suffix: string): string {
  if (!MERGES_PASTED_PARAGRAPHS.has(kind)) return html;
  return `${prefix ? '<p></p>' : ''}${html}${suffix ? '<p></p>' : ''}`;
}
