import type { CompiledPattern, CompiledRuleSet, RuleRegex, SwapTarget } from './compile-rules';
import { isNameAt } from './names';
import { squeezeSpaces } from './required-literals';
import { clientQuoteSpans, insideAny, mergeSpans, overlapsAny, placeholderSpans, quotedSpans } from './quotes';
import { expandRewrite, startsSentence } from './rewrite';
import { type Segment, segmentAt, sentences } from './segment';
import { StringSetScanner } from './string-set-scanner';
import type { Finding, Suggestion } from './types';

/** Replacements first (one click), then the questions for the worker. */
function suggestionsFor(p: CompiledPattern, matched: string, atSentenceStart: boolean): Suggestion[] {
  const replaces: Suggestion[] = [];
  const questions: Suggestion[] = [];
  const offered = new Set<string>();
  // The same text twice (a swap and a rule rewrite that agree) is offered once.
  const offer = (target: SwapTarget, label: string) => {
    const text = typeof target === 'string' ? expandRewrite(target, matched, atSentenceStart) : target.question;
    if (offered.has(text)) return;
    offered.add(text);
    if (typeof target === 'string') replaces.push({ kind: 'replace', replacement: text, label });
    else questions.push({ kind: 'question', question: text, label: target.label ?? QUESTION_LABEL });
  };
  if (p.replacement !== undefined) offer(p.replacement, typeof p.replacement === 'string' ? `Vervang door ‘${p.replacement}’` : QUESTION_LABEL);
  for (const r of p.compiled.rule.rewrites) {
    if ('question' in r) offer(r, QUESTION_LABEL);
    else offer(r.replacement, r.label);
  }
  return [...replaces, ...questions];
}

const QUESTION_LABEL = 'Vraag voor jezelf';

/**
 * The suggestions of a pattern for a matched text, made once: a report says "niet" or "moet"
 * hundreds of times. Findings share the array, as findings from the paragraph cache already do;
 * nothing changes a finding's suggestions in place (merge-findings copies them).
 */
const suggestionMemo = new WeakMap<CompiledPattern, Map<string, Suggestion[]>>();
const MEMO_LIMIT = 2000;
function memoSuggestions(p: CompiledPattern, matched: string, atSentenceStart: boolean): Suggestion[] {
  let memo = suggestionMemo.get(p);
  if (!memo) suggestionMemo.set(p, (memo = new Map()));
  const key = `${atSentenceStart ? 1 : 0}${matched}`;
  let made = memo.get(key);
  if (!made) {
    if (memo.size >= MEMO_LIMIT) memo.clear(); // a long session in the extension keeps it small
    memo.set(key, (made = suggestionsFor(p, matched, atSentenceStart)));
  }
  return made;
}

function allMatches(rule: RuleRegex, text: string, lower: string): Segment[] {
  const out: Segment[] = [];
  const regex = rule.regex;
  if (rule.folded) text = lower;
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
 * Whether the regex can match anywhere in the paragraph: a match holds one of its literals, and a
 * literal is found in the lower-cased paragraph. A long idiom list then scans a paragraph only
 * where one of its words occurs. Not decided (true) where the lower-cased paragraph differs in
 * more than letter case per character: a final sigma (ς for σ), an astral letter (lower-cased
 * whole in the paragraph, per half in a literal) or a fold that kept a character.
 */
function mayMatch(rule: RuleRegex, lower: string, exactFold: boolean): boolean {
  const literals = decidingLiterals(rule);
  if (!literals || !exactFold) return true;
  return literals.occursIn(lower);
}
const CONTEXT_CASED = /[σς\uD800-\uDFFF]/;
/** Literals that only a fold letter by letter can find. */
const undecidable = (texts: Iterable<string>) => [...texts].some((t) => CONTEXT_CASED.test(t));

/** A scanner for a rule's literals when looking for them decides: null when it needs none or one is context-cased. */
const deciding = new WeakMap<RuleRegex, StringSetScanner | null>();
function decidingLiterals(rule: RuleRegex): StringSetScanner | null {
  let literals = deciding.get(rule);
  if (literals === undefined) {
    const all = rule.literals;
    deciding.set(rule, (literals = all && !undecidable(all) ? new StringSetScanner([...all]) : null));
  }
  return literals;
}

/**
 * Per rule set, which paragraph last chose each pattern: a stamp instead of a fresh array per
 * paragraph (a long report has thousands of paragraphs, a rule set a thousand patterns).
 */
const choices = new WeakMap<CompiledRuleSet, { chosenIn: Int32Array; paragraphs: number }>();

/**
 * Indexes of the patterns worth running on this paragraph, ascending: those whose literal occurs
 * in it, and (where lower-casing kept every character in place) each of whose phrase sets has a
 * phrase in it.
 */
function triggeredPatterns(lower: string, set: CompiledRuleSet, exactFold: boolean): number[] {
  let choice = choices.get(set);
  if (!choice || choice.paragraphs === 0x7fffffff) choices.set(set, (choice = { chosenIn: new Int32Array(set.patterns.length), paragraphs: 0 }));
  const paragraph = ++choice.paragraphs;
  const { chosenIn } = choice;
  const indexes: number[] = [];
  for (const i of set.always) {
    chosenIn[i] = paragraph;
    indexes.push(i);
  }
  if (set.literalScanner) {
    const found: number[] = [];
    set.literalScanner.scan(lower, found);
    for (let f = 0; f < found.length; f++) {
      const patterns = set.patternsOfLiteral[found[f]!]!;
      for (let k = 0; k < patterns.length; k++) {
        const i = patterns[k]!;
        if (chosenIn[i] === paragraph) continue;
        chosenIn[i] = paragraph;
        indexes.push(i);
      }
    }
  }
  indexes.sort(ascending);
  if (!exactFold) return indexes;
  // Every set the triggered patterns need is known before the paragraph is read for phrases.
  let needsPhrases = false;
  for (let k = 0; k < indexes.length; k++) if (set.phraseSetsOf(indexes[k]!).length) needsPhrases = true;
  if (!needsPhrases) return indexes;
  const hasPhrase = set.phraseSets.reader(squeezeSpaces(lower));
  const kept: number[] = [];
  next: for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    const needed = set.phraseSetsOf(i);
    for (let n = 0; n < needed.length; n++) if (!hasPhrase(needed[n]!)) continue next;
    kept.push(i);
  }
  return kept;
}
const ascending = (a: number, b: number) => a - b;

/** Lower-cases character by character where that keeps each one a single code unit. */
function foldKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

/**
 * Within one category, overlapping findings are one finding: the earliest, then the longest,
 * then the one with a concrete replacement (a substitution) over a template.
 */
function dropOverlaps(findings: Finding[], concrete: ReadonlySet<Finding>): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || Number(concrete.has(b)) - Number(concrete.has(a)));
  const lastEnd = new Map<string, number>();
  return findings.filter((f) => {
    if ((lastEnd.get(f.category) ?? -1) > f.start) return false;
    lastEnd.set(f.category, f.end);
    return true;
  });
}

/**
 * Runs the rules over one paragraph. Offsets are relative to the paragraph; the caller shifts
 * them. Pure and cacheable by (paragraph, mode).
 */
export function analyzeParagraph(original: string, set: CompiledRuleSet): Finding[] {
  // Lower-casing can change the length (İ → i̇); such a paragraph is matched as a whole in a
  // length-preserving fold instead, so offsets always stay those of the original.
  let lower = original.toLowerCase();
  const exactFold = lower.length === original.length;
  if (!exactFold) lower = foldKeepingLength(original);
  const text = original;
  // The client's words and the worker's open placeholders are never flagged.
  const untouchable = mergeSpans(quotedSpans(text), placeholderSpans(text));
  // A rule about open placeholders reads them; only the client's own words stay untouchable.
  let clientQuotes: Segment[] | undefined;
  let sentenceSegments: Segment[] | undefined;
  const exceptionSpans = new Map<RegExp, Segment[]>();
  const findings: Finding[] = [];
  const concrete = new Set<Finding>();
  // A sentence rule asks once per sentence, not once per finding, and without the quotes in it:
  // the client's "ik" inside a quote does not make the worker's sentence first person.
  const skipVerdicts = new Map<RuleRegex, Map<number, boolean>>();
  const skips = (rule: RuleRegex, sentence: Segment): boolean => {
    let verdicts = skipVerdicts.get(rule);
    if (!verdicts) skipVerdicts.set(rule, (verdicts = new Map()));
    let verdict = verdicts.get(sentence.start);
    if (verdict === undefined) {
      let own = lower.slice(sentence.start, sentence.end);
      for (const q of untouchable) {
        if (q.end <= sentence.start || q.start >= sentence.end) continue;
        const a = Math.max(q.start, sentence.start) - sentence.start;
        const b = Math.min(q.end, sentence.end) - sentence.start;
        own = own.slice(0, a) + ' '.repeat(b - a) + own.slice(b);
      }
      verdict = rule.regex.test(own);
      verdicts.set(sentence.start, verdict);
    }
    return verdict;
  };

  const triggered = triggeredPatterns(lower, set, exactFold);
  for (let t = 0; t < triggered.length; t++) {
    const pattern = set.patterns[triggered[t]!]!;
    const { rule, exceptions, skipSentence, readsPlaceholders } = pattern.compiled;
    const offLimits = readsPlaceholders ? (clientQuotes ??= clientQuoteSpans(text)) : untouchable;
    const regex = pattern.regex.regex;
    const haystack = pattern.regex.folded ? lower : text;
    regex.lastIndex = 0;
    for (let m = regex.exec(haystack); m; m = regex.exec(haystack)) {
      if (!m[0]) {
        regex.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const matched = text.slice(start, end);
      if (overlapsAny(offLimits, start, end)) continue;
      // "Jolanda de Niet", "meneer Moet": a surname is no finding, whatever the rule.
      if (isNameAt(text, start)) continue;
      if (exceptions) {
        let spans = exceptionSpans.get(exceptions.regex);
        if (!spans) exceptionSpans.set(exceptions.regex, (spans = mayMatch(exceptions, lower, exactFold) ? allMatches(exceptions, text, lower) : []));
        if (insideAny(spans, start, end)) continue;
      }
      if (skipSentence) {
        sentenceSegments ??= sentences(text);
        const sentence = segmentAt(sentenceSegments, start);
        if (sentence && skips(skipSentence, sentence)) continue;
      }
      const finding: Finding = {
        rule: rule.id,
        category: rule.category,
        severity: rule.severity,
        start,
        end,
        text: matched,
        message: rule.message,
        explanation: rule.explanation,
        suggestions: memoSuggestions(pattern, matched, startsSentence(text, start)),
      };
      findings.push(finding);
      if (typeof pattern.replacement === 'string') concrete.add(finding);
    }
  }
  return dropOverlaps(findings, concrete);
}
