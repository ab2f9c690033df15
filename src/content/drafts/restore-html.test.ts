import { describe, expect, it } from 'vitest';
import { restoreHtml, restoreText } from './restore-html';

describe('restoreHtml', () => {
  it('gives rich editors one paragraph per line, escaped, empty lines kept', () => {
    expect(restoreHtml('ckeditor5', 'Sanne <kookte>\n\nZe zei: "goed" & rustig\n')).toBe('<p>Sanne &lt;kookte&gt;</p><p><br></p><p>Ze zei: "goed" &amp; rustig</p>');
  });

  it('gives text fields and plain contenteditables nothing (they take the text)', () => {
    expect(restoreHtml('textarea', 'a\nb')).toBeUndefined();
    expect(restoreHtml('contenteditable', 'a\nb')).toBeUndefined();
  });
});

describe('restoreText', () => {
  it('gives TinyMCE a blank line between blocks where its paste takes the text (one paragraph each)', () => {
    expect(restoreText('tinymce', 'Een.\nTwee.\n', true)).toBe('Een.\n\nTwee.');
    expect(restoreText('tinymce', 'Een.\nTwee.', false)).toBe('Een.\nTwee.');
    expect(restoreText('ckeditor5', 'Een.\nTwee.', true)).toBe('Een.\nTwee.');
    // The break after the last block is not typed in (an empty paragraph, and an undo step, in Firefox).
    expect(restoreText('ckeditor5', 'Een.\nTwee.\n', false)).toBe('Een.\nTwee.');
    expect(restoreText('textarea', 'Een.\n', false)).toBe('Een.\n');
  });
});
