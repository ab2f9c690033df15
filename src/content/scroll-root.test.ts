import { describe, expect, it } from 'vitest';
import { scrollRootOf } from './scroll-root';

describe('scrollRootOf', () => {
  it('finds the box the field scrolls in, the field itself included', () => {
    document.body.innerHTML = '<div id="box" style="overflow-y: auto; height: 100px"><div id="field" contenteditable="true"></div></div><div id="own" style="overflow-y: scroll"></div>';
    expect(scrollRootOf(document.getElementById('field')!)).toBe(document.getElementById('box'));
    expect(scrollRootOf(document.getElementById('own')!)).toBe(document.getElementById('own'));
  });

  it("is the page's viewport (null) for a field that scrolls with the page", () => {
    document.body.innerHTML = '<main><div id="field" contenteditable="true"></div></main>';
    expect(scrollRootOf(document.getElementById('field')!)).toBeNull();
  });
});
