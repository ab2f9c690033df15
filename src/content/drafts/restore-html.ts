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
