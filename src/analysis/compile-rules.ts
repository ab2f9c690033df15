import { requiredLiterals, requiredPhrases } from './required-literals';
import type { RuntimeRule } from './runtime-rule';
import { PhraseSets } from './phrase-sets';
import { StringSetScanner } from './string-set-scanner';
import type { Mode } from './types';

/**
 * Letters and digits as explicit ranges (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
 * Devanagari, Thai, CJK, Hangul, combining marks). V8 spends most of a regex's construction
 * time expanding `\p{L}`, and hundreds of rules would cost a page load hundreds of
 * milliseconds; these ranges cover the names and words of a Dutch client file.
 */
const WORD_CHARS =
  '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u052F' +
  '\\u0531-\\u0587\\u05D0-\\u05EA\\u0620-\\u064A\\u0660-\\u0669\\u066E-\\u06D3\\u06F0-\\u06FF\\u0900-\\u097F\\u0E00-\\u0E7F' +
  '\\u1E00-\\u1FFF\\u3040-\\u30FF\\u4E00-\\u9FFF\\uAC00-\\uD7AF';
const LETTER_RANGES = WORD_CHARS.slice(3);

/** A hyphen between letters belongs to the word: `niet-pluis` holds no `niet`. */
const WORD_START = `(?<![${WORD_CHARS}]|[${WORD_CHARS}]-)`;
const WORD_END = `(?![${WORD_CHARS}]|-[${WORD_CHARS}])`;

/**
 * Rules write `\p{L}` and `\p{N}`; the engine spells them out as ranges (see WORD_CHARS).
 * Copies the source in runs between the escapes it rewrites: a string built one character at a
 * time is a chain of thousands of pieces, and rule sources run to thousands of characters.
 */
function spellOutClasses(source: string, letterRanges: string): string {
  let out = '';
  let from = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \\ */) {
      if (source.charCodeAt(i + 1) === 112 /* p */ && source.charCodeAt(i + 2) === 123 /* { */ && source.charCodeAt(i + 4) === 125 /* } */) {
        const name = source[i + 3];
        if (name === 'L' || name === 'N') {
          const ranges = name === 'L' ? letterRanges : '0-9';
          out += source.slice(from, i) + (inClass ? ranges : `[${ranges}]`);
          i += 4;
          from = i + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 91 /* [ */ && !inClass) inClass = true;
    else if (c === 93 /* ] */ && inClass) inClass = false;
  }
  return from ? out + source.slice(from) : source;
}

/**
 * Compound parts like `\p{L}*problematiek` are capped at 60 letters: an unbounded star backtracks
 * through a whole "word" of garbage (a 5 MB run of letters overflows the regex stack), while no
 * Dutch compound part is that long.
 */
function capCompounds(source: string): string {
  return source.replaceAll('\\p{L}*', '\\p{L}{0,60}').replaceAll('\\p{L}+', '\\p{L}{1,60}');
}

/**
 * The rule source between word boundaries, with its literal characters lower-cased when the
 * regex runs over the lower-cased paragraph. Lower-casing the rule's own source before the
 * ranges are spelled out, and taking the boundaries and ranges lower-cased once, gives the same
 * source as lower-casing the whole, for a third of the work.
 */
function bounded(source: string, folded: boolean): string {
  if (!folded) return `${WORD_START}(?:${spellOutClasses(capCompounds(source), LETTER_RANGES)})${WORD_END}`;
  return `${FOLDED.wordStart}(?:${spellOutClasses(capCompounds(lowercaseSource(source)), FOLDED.letterRanges)})${FOLDED.wordEnd}`;
}

export function capturingGroups(source: string): number {
  return new RegExp(`|${source}`, 'u').exec('')!.length - 1;
}

/**
 * Lower-cases the literal characters of a regex source, leaving escapes (\S, \p{Lu}, \u00EB)
 * alone. Case-insensitive Unicode regexes are many times slower in V8 than plain ones, so
 * rules run case-sensitively over the lower-cased paragraph. The text between escapes is
 * lower-cased a run at a time.
 */
function lowercaseSource(source: string): string {
  let out = '';
  let from = 0;
  for (let i = source.indexOf('\\'); i !== -1; i = source.indexOf('\\', i)) {
    ESCAPE.lastIndex = i;
    const m = ESCAPE.exec(source)!;
    out += lowercaseRun(source.slice(from, i)) + m[0];
    i += m[0].length;
    from = i;
  }
  return out + lowercaseRun(source.slice(from));
}
const ESCAPE = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/suy;

/**
 * Each character lower-cased on its own, as a rule author reads it: a whole run would turn a
 * Σ at the end of a word into ς, and lower-case astral letters, which the per-character reading leaves.
 */
function lowercaseRun(run: string): string {
  if (!CONTEXT_CASED.test(run)) return run.toLowerCase();
  let out = '';
  for (let i = 0; i < run.length; i++) out += run[i]!.toLowerCase();
  return out;
}
const CONTEXT_CASED = /[\u03A3\uD800-\uDFFF]/;
/** Lower-cased text that a fold letter by letter can read otherwise than the paragraph's whole fold. */
const CONTEXT_CASED_TEXT = /[σς\uD800-\uDFFF]/;

/** The boundaries and letter ranges as lower-casing a whole rule source leaves them. */
const FOLDED = { wordStart: lowercaseSource(WORD_START), wordEnd: lowercaseSource(WORD_END), letterRanges: lowercaseSource(LETTER_RANGES) };

/** The required literals of a regex source: the parser's answer, or the same answer worked out ahead. */
export type LiteralsOf = (source: string) => Set<string> | null;

/** The required phrases of a regex source (requiredPhrases), or the same worked out ahead. */
export type PhrasesOf = (source: string) => readonly (readonly string[])[];

/**
 * A rule regex, over the lower-cased paragraph (`folded`) or, for case-sensitive rules, the
 * original, between word boundaries. Built on first use, source and all: most rules never fire
 * on a given page, and the spelled-out source is many times the size of the rule's own.
 */
export class RuleRegex {
  private built: RegExp | null = null;
  private required: Set<string> | null | undefined;
  constructor(
    /** The rule's own source, without the word boundaries. */
    private readonly source: string,
    readonly folded: boolean,
    private readonly flags = 'gu',
    private readonly literalsOf: LiteralsOf = requiredLiterals,
  ) {}

  get regex(): RegExp {
    if (!this.built) {
      this.built = new RegExp(bounded(this.source, this.folded), this.flags);
    }
    return this.built;
  }

  /** The literals of which a match holds at least one (lower-cased), or null when it needs none. */
  get literals(): Set<string> | null {
    if (this.required === undefined) this.required = this.literalsOf(this.source);
    return this.required;
  }
}

const ruleRegex = (source: string, caseSensitive: boolean | undefined) => new RuleRegex(source, !caseSensitive);

interface CompiledRule {
  rule: RuntimeRule;
  /** Matches the phrases in which this rule's pattern is innocent (idioms, positive compounds). */
  exceptions: RuleRegex | null;
  /** Sentence rules: a sentence that matches this one is left alone. */
  skipSentence: RuleRegex | null;
  /** Reads the open placeholders ([naam]) that every other rule leaves alone. */
  readsPlaceholders: boolean;
}

/** What a substitution entry offers: its replacement, or a question where no honest one exists. */
export type SwapTarget = string | { question: string; label?: string };

export interface CompiledPattern {
  compiled: CompiledRule;
  regex: RuleRegex;
  /** The substitution entry's own suggestion. */
  replacement?: SwapTarget;
}

/** The rules of one mode, compiled: a pattern runs only when one of its literals is in the paragraph. */
export interface CompiledRuleSet {
  patterns: CompiledPattern[];
  /** One pass over the lower-cased paragraph finds every rule literal that occurs in it (by literal id). */
  literalScanner: StringSetScanner | null;
  /** For each literal id, the patterns it triggers. */
  patternsOfLiteral: readonly (readonly number[])[];
  /** Patterns without a required literal: they always run. */
  always: number[];
  /**
   * The phrase sets a pattern's match needs (requiredPhrases) beyond its literal, as ids into
   * phraseSets, fewest phrases first; worked out when a paragraph first triggers the pattern. A
   * triggered pattern runs only when each set has a phrase in the paragraph.
   */
  phraseSetsOf(index: number): readonly number[];
  /** The phrase sets by id: patterns of one rule share theirs ("hij|zij|meneer|…"), so a paragraph checks each once. */
  phraseSets: PhraseSets;
}

/** One boundary around the whole list: per-alternative boundaries make long idiom lists slow. */
const anyOf = (sources: readonly string[]) => sources.join('|');

/** The source of a rule's exception list in a mode, or null when it has none there. */
export function exceptionSource(rule: RuntimeRule, mode: Mode): string | null {
  const exceptions = (rule.exceptions ?? []).flatMap((e) => (typeof e === 'string' ? [e] : e.modes.includes(mode) ? [e.pattern] : []));
  return exceptions.length ? anyOf(exceptions) : null;
}

/** Rules that share an exception list share its regex, so the analyzer scans it once per paragraph. */
function compileRule(rule: RuntimeRule, shared: Map<string, RuleRegex>, mode: Mode, literalsOf: LiteralsOf): CompiledRule {
  const source = exceptionSource(rule, mode);
  let exceptionRegex: RuleRegex | null = null;
  if (source !== null) {
    const key = `${rule.caseSensitive ? 'cs' : 'ci'}\u0000${source}`;
    exceptionRegex = shared.get(key) ?? new RuleRegex(source, !rule.caseSensitive, 'gu', literalsOf);
    shared.set(key, exceptionRegex);
  }
  return {
    rule,
    exceptions: exceptionRegex,
    skipSentence: rule.kind === 'sentence' ? new RuleRegex(anyOf(rule.skipSentenceIf), true, 'u') : null,
    readsPlaceholders: rule.scope === 'placeholders',
  };
}

function patternsOf(rule: RuntimeRule): Array<[string, SwapTarget | undefined]> {
  if (rule.kind === 'substitution') return rule.swap.map(([p, r]) => [p, r]);
  return rule.patterns.map((p) => [p, undefined]);
}

/** The pattern sources of a rule, in the order the rule set compiles them. */
export const patternSources = (rule: RuntimeRule): string[] => patternsOf(rule).map(([p]) => p);

function compileRuleSet(rules: readonly RuntimeRule[], mode: Mode, literalsOf: LiteralsOf, phrasesOf: PhrasesOf): CompiledRuleSet {
  const patterns: CompiledPattern[] = [];
  const sources: string[] = [];
  const patternLiterals: Array<Set<string> | null> = [];
  const byLiteral = new Map<string, number[]>();
  const always: number[] = [];
  const sharedExceptions = new Map<string, RuleRegex>();
  for (const rule of rules) {
    if (rule.modes && !rule.modes.includes(mode)) continue;
    const compiled = compileRule(rule, sharedExceptions, mode, literalsOf);
    for (const [source, replacement] of patternsOf(rule)) {
      const index = patterns.length;
      patterns.push({ compiled, regex: ruleRegex(source, rule.caseSensitive), ...(replacement === undefined ? {} : { replacement }) });
      sources.push(source);
      const literals = literalsOf(source);
      patternLiterals.push(literals);
      if (!literals) always.push(index);
      else for (const lit of literals) byLiteral.set(lit, [...(byLiteral.get(lit) ?? []), index]);
    }
  }
  const literals = [...byLiteral.keys()];
  const literalScanner = literals.length ? new StringSetScanner(literals) : null;
  const patternsOfLiteral = literals.map((lit) => byLiteral.get(lit)!);
  const phraseSets = new PhraseSets();
  const phrasesAt = (index: number) => {
    const literals = patternLiterals[index];
    // A set that each of the pattern's literals already holds a phrase of says nothing new:
    // the literal that triggered the pattern is in the paragraph.
    const implied = (set: readonly string[]) => !!literals && [...literals].every((l) => set.some((p) => l.includes(p)));
    // A context-cased phrase (σ/ς, astral letters) is not decided by looking for it: its set is left out.
    const decidable = (set: readonly string[]) => !set.some((p) => CONTEXT_CASED_TEXT.test(p));
    const needed = phrasesOf(sources[index]!).filter((set) => !implied(set) && decidable(set));
    // Fewest phrases first: the likeliest to be missing, and the cheapest to look for.
    return needed.sort((a, b) => a.length - b.length).map((set) => phraseSets.idOf(set));
  };
  const phraseIds: Array<readonly number[] | undefined> = [];
  return { patterns, literalScanner, patternsOfLiteral, always, phraseSets, phraseSetsOf: (index) => (phraseIds[index] ??= phrasesAt(index)) };
}

/** Lazily compiled rule sets per mode, for one list of rules. */
export function ruleSetsByMode(rules: readonly RuntimeRule[], literalsOf: LiteralsOf = requiredLiterals, phrasesOf: PhrasesOf = requiredPhrases): (mode: Mode) => CompiledRuleSet {
  const cache = new Map<Mode, CompiledRuleSet>();
  return (mode) => {
    let set = cache.get(mode);
    if (!set) cache.set(mode, (set = compileRuleSet(rules, mode, literalsOf, phrasesOf)));
    return set;
  };
}
