import { describe, expect, it } from 'vitest';
import { buildTextMap, domPoint, StaticRangeReuse } from './text-map';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

describe('buildTextMap', () => {
  it('turns blocks and <br> into line breaks, one between two blocks', () => {
    const map = buildTextMap(editor('<p>Hij kwam <b>niet</b>.</p><p>Zij wel.<br>Morgen ook.</p><ul><li>een</li><li>twee</li></ul>'));
    expect(map.text).toBe('Hij kwam niet.\nZij wel.\nMorgen ook.\neen\ntwee\n');
  });

  it('maps every text offset back to its text node', () => {
    const root = editor('<p>Hij kwam <b>niet</b>.</p><p>Zij wel.</p>');
    const map = buildTextMap(root);
    const at = (offset: number) => {
      const p = domPoint(map, offset);
      return p && p.node.data.slice(p.offset, p.offset + 4);
    };
    expect(at(map.text.indexOf('niet'))).toBe('niet');
    expect(at(map.text.indexOf('Zij'))).toBe('Zij ');
  });

  it('leaves out scripts, styles and non-editable islands', () => {
    const map = buildTextMap(editor('<p>Tekst<span contenteditable="false">knop</span><style>p{}</style> verder</p>'));
    expect(map.text).toBe('Tekst verder\n');
  });

  it('reads a long report in one pass (the text is joined once)', () => {
    const line = 'Meneer kookt zelf en doet de boodschappen.';
    const html = `<p>${line}</p>`.repeat(5000);
    const map = buildTextMap(editor(html));
    expect(map.text.split('\n').length).toBe(5001);
    expect(map.nodes).toHaveLength(5000);
    expect(map.nodes[4999]!.start).toBe(4999 * (line.length + 1));
  });
});

describe('StaticRangeReuse', () => {
  it('hands back the same range while a finding keeps its node and offsets, a new one when they move', () => {
    const root = editor('<p>Hij kwam niet.</p><p>Zij moet eten.</p>');
    const reuse = new StaticRangeReuse();
    let map = buildTextMap(root);
    const niet = reuse.range(map, 9, 13)!;
    const moet = reuse.range(map, 19, 23)!;
    expect(niet.startOffset).toBe(9);
    expect((niet.startContainer as Text).data.slice(niet.startOffset, niet.endOffset)).toBe('niet');

    // A keystroke in the second paragraph: the first paragraph's finding keeps its range.
    (root.lastChild!.firstChild as Text).insertData(0, 'En ');
    map = buildTextMap(root);
    reuse.nextReading();
    expect(reuse.range(map, 9, 13)).toBe(niet);
    const moved = reuse.range(map, 22, 26)!;
    expect(moved).not.toBe(moet);
    expect((moved.startContainer as Text).data.slice(moved.startOffset, moved.endOffset)).toBe('moet');
  });

  it('keeps its ranges over a reading that drew nothing (the safety check)', () => {
    const root = editor('<p>Hij kwam niet.</p>');
    const reuse = new StaticRangeReuse();
    const map = buildTextMap(root);
    const niet = reuse.range(map, 9, 13)!;
    reuse.nextReading(); // the key press that drew it
    reuse.nextReading(); // a safety check: read, nothing drawn
    reuse.nextReading(); // the next key press
    expect(reuse.range(buildTextMap(root), 9, 13)).toBe(niet);
  });
});
