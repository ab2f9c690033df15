import { analyzeParagraph } from './analyze-paragraph';
import { onListedTerm } from './ignored-terms';
import { type LiteralsOf, type PhrasesOf, ruleSetsByMode } from './compile-rules';
import { guessMode, type ModeCues, modeCues } from './guess-mode';
import { LruCache } from './lru-cache';
import { analyzeMessage } from './message-parts';
import type { RuntimeRule } from './runtime-rule';
import { paragraphs } from './segment';
import type { AnalysisResult, AnalyzeOptions, Finding, Mode } from './types';

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** Compiles a mode's rules ahead (tens of milliseconds, once), so the first keystroke does not pay for it. */
  prepare(mode: Mode): void;
  readonly rules: readonly RuntimeRule[];
}

const CACHE_LIMIT = 4000;

interface AnalyzerOptions {
  /** Paragraphs kept in the cache; 0 turns it off (the bench measures cold analysis). */
  cacheSize?: number;
  /** Required literals known ahead (the CLI bundle carries those of the built-in rules). */
  literalsOf?: LiteralsOf;
  /** Required phrases known ahead, likewise. */
  phrasesOf?: PhrasesOf;
}

/**
 * One engine for the CLI, the content script and the side panel. Paragraph results are cached
 * by (mode, paragraph text), and so are the cues for guessing the mode, so re-analysing a long
 * report after one keystroke costs one paragraph: the editor integration gets incremental
 * analysis without knowing about it.
 */
export function createAnalyzer(rules: readonly RuntimeRule[], options: AnalyzerOptions = {}): Analyzer {
  const cacheSize = options.cacheSize ?? CACHE_LIMIT;
  const ruleSets = ruleSetsByMode(rules, options.literalsOf, options.phrasesOf);
  const findingsCache = new LruCache<Finding[]>(cacheSize);
  const cuesCache = new LruCache<ModeCues>(cacheSize);
  const paragraphFindings = (text: string, mode: Mode) => findingsCache.get(`${mode}\u0000${text}`, () => analyzeParagraph(text, ruleSets(mode)));
  const paragraphCues = (text: string) => cuesCache.get(text, () => modeCues(text));

  function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
    const mode = options.mode ?? guessMode(text, paragraphCues);
    const { disabledRules, categories, ignoredTerms } = options;
    const findings: Finding[] = [];
    for (const p of paragraphs(text)) {
      for (const f of paragraphFindings(p.text, mode)) {
        if (disabledRules?.has(f.rule) || (categories && !categories.has(f.category))) continue;
        const start = f.start + p.start;
        const end = f.end + p.start;
        if (ignoredTerms?.length && onListedTerm(text, start, end, ignoredTerms)) continue;
        findings.push({ ...f, start, end });
      }
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    const result: AnalysisResult = { mode, modeGuessed: !options.mode, findings };
    if (mode === 'message') result.message = analyzeMessage(text);
    return result;
  }

  return { analyze, prepare: (mode) => void ruleSets(mode), rules };
}
