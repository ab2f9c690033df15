import type { Alternative, RuleGroup } from './compile-rules';
import { overlapsAny, quotedSpans } from './quotes';
import { expandRewrite } from './rewrite';
import { type Segment, segmentAt, sentences } from './segment';
import type { Category, Finding, Suggestion } from './types';

export interface ParagraphFilter {
  disabledRules?: ReadonlySet<string>;
  categories?: ReadonlySet<Category>;
}

function whichAlternative(m: RegExpExecArray, alternatives: readonly Alternative[]): Alternative {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return alternatives[i - 1]!;
  throw new Error('match without a group');
}

function suggestionsFor(alt: Alternative, matched: string): Suggestion[] {
  const rule = alt.compiled.rule;
  const out: Suggestion[] = [];
  if (alt.replacement !== undefined) {
    out.push({ replacement: expandRewrite(alt.replacement, matched), label: `Vervang door "${alt.replacement}"` });
  }
  for (const r of rule.rewrites) out.push({ replacement: expandRewrite(r.replacement, matched), label: r.label });
  return out;
}

function within(spans: readonly Segment[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}

function allMatches(regex: RegExp, text: string): Segment[] {
  const out: Segment[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (!m[0]) {
      regex.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * Runs the compiled rule groups over one paragraph. Offsets in the findings are relative to
 * the paragraph; the caller shifts them. Pure and cacheable by (paragraph, mode).
 */
export function analyzeParagraph(text: string, groups: readonly RuleGroup[], filter: ParagraphFilter = {}): Finding[] {
  const quotes = quotedSpans(text);
  let sentenceSegments: Segment[] | undefined;
  const exceptionSpans = new Map<RegExp, Segment[]>();
  const findings: Finding[] = [];

  for (const group of groups) {
    if (filter.categories && !filter.categories.has(group.category)) continue;
    const { regex, alternatives } = group;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const matched = m[0];
      if (!matched) {
        regex.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + matched.length;
      const alt = whichAlternative(m, alternatives);
      const { rule, exceptions, skipSentence } = alt.compiled;
      if (filter.disabledRules?.has(rule.id)) continue;
      if (overlapsAny(quotes, start, end)) continue;
      if (exceptions) {
        let spans = exceptionSpans.get(exceptions);
        if (!spans) exceptionSpans.set(exceptions, (spans = allMatches(exceptions, text)));
        if (within(spans, start, end)) continue;
      }
      if (skipSentence) {
        sentenceSegments ??= sentences(text);
        const sentence = segmentAt(sentenceSegments, start);
        if (sentence && skipSentence.test(sentence.text)) continue;
      }
      findings.push({
        rule: rule.id,
        category: rule.category,
        severity: rule.severity,
        start,
        end,
        text: matched,
        message: rule.message,
        explanation: rule.explanation,
        suggestions: suggestionsFor(alt, matched),
      });
    }
  }
  return findings;
}
