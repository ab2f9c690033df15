import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../analysis/rules';
import { renderRulesDoc } from './render-rules-doc';

const root = resolve(import.meta.dirname, '../..');

describe('docs/rules.md', () => {
  it('stays generated from the rule data (npm run docs:rules)', () => {
    expect(readFileSync(resolve(root, 'docs/rules.md'), 'utf8')).toBe(renderRulesDoc(builtInRules));
  });

  it('names each category as the coach does, with what all its rules share', () => {
    const doc = renderRulesDoc(builtInRules);
    expect(doc).toContain('## Sturende taal (`coercion`)');
    expect(doc).toMatch(/## Geen ik-vorm \(`not-first-person`\)\n\n\d+ regels, alleen in worksheet\./);
    expect(doc).toMatch(/## Vaag \(`vague`\)\n\n\d+ regels, alle als suggestie\./);
  });
});
