import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { CATEGORY_DISPLAY } from './categories';
import { capturingGroups } from './compile-rules';
import type { Rule } from './rule-schema';
import { builtInRules } from './rules';

const root = resolve(import.meta.dirname, '../..');
const ids = builtInRules.map((r) => r.id);

describe('rule conventions', () => {
  it('has at least 150 rules', () => {
    expect(builtInRules.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every rule a unique id', () => {
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('keeps published ids stable: none disappears', () => {
    const published = readFileSync(resolve(root, 'src/analysis/rules/rule-ids.txt'), 'utf8').split('\n').filter(Boolean);
    const gone = published.filter((id) => !ids.includes(id));
    expect(gone, 'removed rule ids: ids are public (CLI output, switched-off rules); keep them').toEqual([]);
    const unpublished = ids.filter((id) => !published.includes(id));
    expect(unpublished, 'new rule ids: add them to src/analysis/rules/rule-ids.txt').toEqual([]);
  });

  it('gives every rule examples, a source and a Dutch explanation', () => {
    for (const r of builtInRules) {
      expect(r.examples.bad.length, r.id).toBeGreaterThan(0);
      expect(r.examples.good.length, r.id).toBeGreaterThan(0);
      expect(r.source.trim().length, r.id).toBeGreaterThan(2);
      expect(r.explanation.length, r.id).toBeGreaterThan(20);
    }
  });

  it('uses only non-capturing groups in patterns (the engine reads no groups)', () => {
    for (const r of builtInRules) {
      const sources = r.kind === 'substitution' ? r.swap.map(([p]) => p) : r.patterns;
      for (const s of [...sources, ...(r.exceptions ?? []).map((e) => (typeof e === 'string' ? e : e.pattern))]) expect(capturingGroups(s), `${r.id}: ${s}`).toBe(0);
    }
  });

  it('keeps not-first-person to worksheets', () => {
    for (const r of builtInRules.filter((r) => r.category === 'not-first-person')) expect(r.modes, r.id).toEqual(['worksheet']);
  });
});

/**
 * How messages quote words. One style everywhere: Dutch curly single quotes (‘woord’); straight
 * or double quotation marks are not used for quoting (an apostrophe inside a word, as in
 * "LVB'er", is no quote). A quoted word is one of two things:
 * - the worker's own words: then it occurs in what the rule matched, in at least one of its
 *   bad examples, and every bad example's match holds one of the quoted words (a fixed message
 *   that quotes ‘ongemotiveerd’ must not stand on "niet gemotiveerd");
 * - a word offered instead, marked by "liever" right before it ("zeg liever ‘uitleg’", "zeg
 *   liever ‘mijn’ of ‘mij’"): then it is part of what the rule itself offers, in a replacement
 *   or in its question to the worker.
 * An ellipsis inside a quote stands for any words: ‘anders volgt …’.
 */
const QUOTE = /‘(.+?)’(?![\p{L}])/gu;
const OFFERED = /\bliever\s+(?:‘[^’]+’\s+(?:of|en)\s+)*$/u;
const analyzer = createAnalyzer(builtInRules);

interface Quoted {
  text: string;
  offered: boolean;
}

function quotesIn(message: string): Quoted[] {
  return [...message.matchAll(QUOTE)].map((m) => ({ text: m[1]!, offered: OFFERED.test(message.slice(0, m.index)) }));
}

/** Whether the quote (its parts around an ellipsis) occurs in the text, ignoring case. */
function occursIn(quote: string, text: string): boolean {
  const lower = text.toLowerCase();
  return quote
    .toLowerCase()
    .split('…')
    .map((p) => p.trim())
    .filter(Boolean)
    .every((p) => lower.includes(p));
}

function matchedTexts(rule: Rule, example: string): string[] {
  return analyzer
    .analyze(example, { mode: rule.modes?.[0] ?? 'report' })
    .findings.filter((f) => f.rule === rule.id)
    .map((f) => f.text);
}

function offeredTexts(rule: Rule): string[] {
  const targets = [...rule.rewrites, ...(rule.kind === 'substitution' ? rule.swap.map(([, t]) => t) : [])];
  return targets.map((t) => (typeof t === 'string' ? t : 'replacement' in t ? t.replacement : t.question));
}

function quoteProblems(rule: Rule): string[] {
  const problems: string[] = [];
  const quotes = quotesIn(rule.message);
  const own = quotes.filter((q) => !q.offered);
  const matches = rule.examples.bad.map((example) => matchedTexts(rule, example).join(' | '));
  for (const q of own) if (!matches.some((m) => occursIn(q.text, m))) problems.push(`${rule.id}: ‘${q.text}’ is in none of the matches (${matches.join('; ')})`);
  if (own.length) {
    for (const m of matches) if (!own.some((q) => occursIn(q.text, m))) problems.push(`${rule.id}: the match "${m}" holds none of ${own.map((q) => `‘${q.text}’`).join(', ')}`);
  }
  const offered = offeredTexts(rule);
  for (const q of quotes.filter((q) => q.offered)) if (!offered.some((o) => occursIn(q.text, o))) problems.push(`${rule.id}: ‘${q.text}’ is offered but no replacement or question of the rule holds it`);
  return problems;
}

describe('rule messages', () => {
  it('start with the category name as the card shows it, or with a quoted word', () => {
    const off = builtInRules.filter((r) => !r.message.startsWith(`${CATEGORY_DISPLAY[r.category].name}: `) && !r.message.startsWith('‘'));
    expect(off.map((r) => `${r.id}: ${r.message}`)).toEqual([]);
  });

  it('quote in one style: curly single quotes, never straight or double quotation marks (messages, explanations, questions, labels)', () => {
    const texts = builtInRules.flatMap((r) => [
      [r.id, r.message],
      [r.id, r.explanation],
      ...[...r.rewrites, ...(r.kind === 'substitution' ? r.swap.map(([, t]) => t) : [])].flatMap((w) =>
        typeof w === 'string' ? [] : [[r.id, 'question' in w ? w.question : ''], [r.id, w.label ?? '']],
      ),
    ]);
    const wrong = texts.filter(([, t]) => /["“”„«»‚]|(?<![\p{L}])'|'(?![\p{L}])/u.test(t!) || (t!.match(/‘/g) ?? []).length !== quotesIn(t!).length);
    expect(wrong.map(([id, t]) => `${id}: ${t}`)).toEqual([]);
  });

  it('quote only words the rule matched in its own bad examples, or words it offers (after ‘liever’)', () => {
    expect(builtInRules.flatMap(quoteProblems)).toEqual([]);
  });

  it('would catch a message that quotes a word the text does not hold', () => {
    const rule = builtInRules.find((r) => r.id === 'label-ongemotiveerd')!;
    expect(rule.examples.bad.some((b) => /niet gemotiveerd/.test(b))).toBe(true);
    const slip = { ...rule, message: 'Etiket: ‘ongemotiveerd’ is vaak onmacht, geen onwil.' };
    expect(quoteProblems(slip).join('\n')).toMatch(/holds none of ‘ongemotiveerd’/);
    const invented = { ...rule, message: 'Etiket: zeg liever ‘gemotiveerd bezig’.' };
    expect(quoteProblems(invented).join('\n')).toMatch(/is offered but no replacement or question/);
  });
});
