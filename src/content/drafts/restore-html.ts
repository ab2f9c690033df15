/** Editors with a model of their own: a restored draft goes in as their paragraphs, not as one line with breaks. */
const RICH = new Set(['ckeditor5', 'tinymce', 'quill', 'prosemirror', 'lexical']);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A draft's plain text (read from the editor with a line break between blocks) as paragraphs for
 * a rich editor's paste; undefined for text fields and plain contenteditables, which take the text.
 */
export function restoreHtml(editor: string, text: string): string | undefined {
  if (!RICH.has(editor)) return undefined;
  return text
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => `<p>${line ? escapeHtml(line) : '<br>'}</p>`)
    .join('');
}

/**
 * The plain text a restore hands to the editor. TinyMCE takes a synthetic paste's text/plain, not
 * its HTML, and makes a paragraph of each part between blank lines (a single line break becomes
 * a <br>): the draft's lines, one per block as read, go in with a blank line between them. Where
 * a constructed paste carries no data (Firefox), the adapter inserts the text as typed, so there
 * it stays as it is, without the line break after the last block.
 */
export function restoreText(editor: string, text: string, pasteCarriesData: boolean): string {
  // The line break after a rich editor's last block is how it was read, not text: typed in (the
  // Firefox path) it would add an empty paragraph, and an undo step of its own.
  const body = RICH.has(editor) ? text.replace(/\n+$/, '') : text;
  if (editor !== 'tinymce' || !pasteCarriesData) return body;
  return body.split('\n').join('\n\n');
}

/** Whether this browser keeps the data of a paste event made by script (Chromium does, Firefox drops it). */
export function pasteCarriesData(win: Window & typeof globalThis): boolean {
  try {
    const data = new win.DataTransfer();
    data.setData('text/plain', 'x');
    return new win.ClipboardEvent('paste', { clipboardData: data }).clipboardData?.getData('text/plain') === 'x';
  } catch {
    return false;
  }
}
