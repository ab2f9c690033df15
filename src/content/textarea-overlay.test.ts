import { describe, expect, it } from 'vitest';
import { TextareaOverlay } from './textarea-overlay';

function overlayFor(text: string) {
  const field = document.createElement('textarea');
  document.body.append(field);
  field.value = text;
  const overlay = new TextareaOverlay(field);
  overlay.setText(text);
  return overlay;
}

const rangeText = (r: StaticRange | null) => (r ? (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) : null);

describe('TextareaOverlay', () => {
  it('maps text offsets to ranges in the mirror line that holds them', () => {
    const text = 'Eerste regel.\n\nHij kwam niet.';
    const overlay = overlayFor(text);
    const at = text.indexOf('niet');
    expect(rangeText(overlay.rangeOf(at, at + 4))).toBe('niet');
    expect(rangeText(overlay.rangeOf(0, 6))).toBe('Eerste');
    expect(overlay.rangeOf(14, 14)).toBeNull(); // the empty line
  });

  it('a keystroke changes one text node in place; only a new line adds a node', () => {
    const overlay = overlayFor('Hij kwam niet.');
    const lineNode = overlay.rangeOf(0, 3)!.startContainer;
    const added: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes, ...r.removedNodes)));
    observer.observe(overlay.mirror, { childList: true, subtree: true, characterData: true });
    overlay.setText('Hij kwam niet thuis.');
    expect(overlay.rangeOf(0, 3)!.startContainer).toBe(lineNode);
    expect(rangeText(overlay.rangeOf(14, 19))).toBe('thuis');
    overlay.setText('Hij kwam niet thuis.\nZij wel.');
    observer.takeRecords().forEach((r) => added.push(...r.addedNodes, ...r.removedNodes));
    observer.disconnect();
    expect(added).toHaveLength(1); // the second line
  });

  it('keeps handing out the same range while its line stays the same', () => {
    const overlay = overlayFor('Hij kwam niet.\nZij wel.');
    const first = overlay.rangeOf(9, 13);
    overlay.setText('Hij kwam niet.\nZij wel!');
    expect(overlay.rangeOf(9, 13)).toBe(first);
    overlay.setText('Hij kwam niet!\nZij wel!');
    expect(overlay.rangeOf(9, 13)).not.toBe(first);
  });
});
