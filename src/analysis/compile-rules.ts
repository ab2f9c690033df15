import type { Rule } from './rule-schema';
import type { Category, Mode } from './types';

/** A hyphen between letters belongs to the word: `niet-pluis` holds no `niet`. */
export const WORD_START = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)';
export const WORD_END = '(?!-?[\\p{L}\\p{N}])';

export interface CompiledRule {
  rule: Rule;
  /** Matches the phrases in which this rule's pattern is innocent (idioms, positive compounds). */
  exceptions: RegExp | null;
  /** Sentence rules: a sentence that matches this one is left alone. */
  skipSentence: RegExp | null;
}

export interface Alternative {
  compiled: CompiledRule;
  /** Concrete replacement of a substitution entry. */
  replacement?: string;
}

/** All rules of one category (and one case mode) in a single regular expression. */
export interface RuleGroup {
  category: Category;
  regex: RegExp;
  alternatives: Alternative[];
}

export function bounded(source: string): string {
  return `${WORD_START}(?:${source})${WORD_END}`;
}

export function capturingGroups(source: string): number {
  return new RegExp(`|${source}`, 'u').exec('')!.length - 1;
}

function anyOf(sources: readonly string[], flags: string): RegExp | null {
  return sources.length ? new RegExp(sources.map(bounded).join('|'), flags) : null;
}

function compileRule(rule: Rule): CompiledRule {
  const flags = rule.caseSensitive ? 'gu' : 'giu';
  return {
    rule,
    exceptions: anyOf(rule.exceptions ?? [], flags),
    skipSentence: rule.kind === 'sentence' ? anyOf(rule.skipSentenceIf, 'iu') : null,
  };
}

function patternsOf(rule: Rule): Array<[string, string | undefined]> {
  if (rule.kind === 'substitution') return rule.swap.map(([p, r]) => [p, r]);
  return rule.patterns.map((p) => [p, undefined]);
}

/** Compiles the rules that apply in `mode` into one regex per category and case mode. */
export function compileGroups(rules: readonly Rule[], mode: Mode): RuleGroup[] {
  const buckets = new Map<string, { category: Category; flags: string; items: Array<[string, Alternative]> }>();
  for (const rule of rules) {
    if (rule.modes && !rule.modes.includes(mode)) continue;
    const compiled = compileRule(rule);
    const flags = rule.caseSensitive ? 'gu' : 'giu';
    const key = `${rule.category}/${flags}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { category: rule.category, flags, items: [] }));
    for (const [source, replacement] of patternsOf(rule)) {
      if (capturingGroups(source) !== 0) throw new Error(`Regel ${rule.id}: gebruik alleen (?:…)-groepen in "${source}"`);
      bucket.items.push([source, replacement === undefined ? { compiled } : { compiled, replacement }]);
    }
  }
  const groups: RuleGroup[] = [];
  for (const { category, flags, items } of buckets.values()) {
    // Longer phrases first: at one position the more specific pattern wins the alternation.
    items.sort((a, b) => b[0].length - a[0].length);
    const regex = new RegExp(items.map(([s]) => `(${bounded(s)})`).join('|'), flags);
    groups.push({ category, regex, alternatives: items.map(([, alt]) => alt) });
  }
  return groups;
}

/** Lazily compiled groups per mode, for one rule set. */
export function groupsByMode(rules: readonly Rule[]): (mode: Mode) => RuleGroup[] {
  const cache = new Map<Mode, RuleGroup[]>();
  return (mode) => {
    let groups = cache.get(mode);
    if (!groups) cache.set(mode, (groups = compileGroups(rules, mode)));
    return groups;
  };
}
