import { describe, expect, it } from 'vitest';
import { findShortcut } from './find-shortcut';

const shortcuts = new Set(['/ki', '/ap', '/apx']);
const at = (text: string) => findShortcut(text, text.length, shortcuts);

describe('shortcut detection', () => {
  it('expands a complete shortcut at the start of a word', () => {
    expect(at('/ki')).toEqual({ shortcut: '/ki', start: 0, end: 3 });
    expect(at('Zie hieronder:\n/ki')).toEqual({ shortcut: '/ki', start: 15, end: 18 });
  });
  it('ignores a shortcut inside a word or a path', () => {
    expect(at('http://x.nl/ki')).toBeNull();
    expect(at('en/of/ki')).toBeNull();
  });
  it('waits for a space when the shortcut starts a longer one', () => {
    expect(at('/ap')).toBeNull();
    expect(at('/ap ')).toEqual({ shortcut: '/ap', start: 0, end: 4 });
    expect(at('/apx')).toEqual({ shortcut: '/apx', start: 0, end: 4 });
  });
  it('does not expand again after a space when it could have expanded already (undo)', () => {
    expect(at('/ki ')).toBeNull();
  });
  it('ignores unknown shortcuts and text before the caret only', () => {
    expect(at('/zz')).toBeNull();
    expect(findShortcut('/ki en meer', 3, shortcuts)).toEqual({ shortcut: '/ki', start: 0, end: 3 });
  });
});
