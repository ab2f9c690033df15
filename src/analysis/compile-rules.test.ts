import { describe, expect, it } from 'vitest';
import { RuleRegex } from './compile-rules';

/** The reading the engine promises: every literal character lower-cased on its own, escapes kept. */
function lowercasedPerCharacter(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '\\') {
      out += source[i]!.toLowerCase();
      continue;
    }
    const m = /^\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/su.exec(source.slice(i))!;
    out += m[0];
    i += m[0].length - 1;
  }
  return out;
}

describe('RuleRegex', () => {
  it.each([
    'Niet\\s+\\p{L}*Probleem',
    '(?:Meneer|MEVROUW)\\S+[A-Z\\u00C0]\\P{L}',
    'ΣΟΦΙΑΣ\\s+ΑΣ',
    '\\u{1F600}𐐀x\\x41',
    '[\\p{L}-]+\\p{N}+\\p{L}+',
  ])('lower-cases %s as lower-casing the whole bounded source per character would', (source) => {
    const folded = new RuleRegex(source, true).regex.source;
    const plain = new RuleRegex(source, false).regex.source;
    expect(folded).toBe(lowercasedPerCharacter(plain));
  });
});
