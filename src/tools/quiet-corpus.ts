import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultAnalyzer, type Finding, type Mode } from '../analysis';
import { mergeOverlapping } from '../analysis/merge-findings';

/**
 * The quiet-on-good-text corpus (tests/quiet): 30 good strengths-based reports and 10 ordinary
 * texts, all written by us. Each file is analysed as the extension would (mode guessed) and its
 * findings counted as the worker sees them (overlapping findings merged into one underline).
 */
export const QUIET_GROUPS = ['good', 'ordinary'] as const;
export type QuietGroup = (typeof QUIET_GROUPS)[number];

export interface QuietFile {
  group: QuietGroup;
  name: string;
  words: number;
  mode: Mode;
  /** As shown: one per span. */
  flags: Finding[];
  /** The engine's findings, one per category and span. */
  findings: Finding[];
}

export interface QuietGroupResult {
  group: QuietGroup;
  files: QuietFile[];
  words: number;
  flags: number;
  perThousandWords: number;
  /** Per rule of the engine's findings: the flagged phrases with their file. */
  byRule: Map<string, Array<{ file: string; text: string; category: string; sentence: string }>>;
}

/** The sentence around [start, end), for reading a flag in its context. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, ...['\n', '. ', '? ', '! '].map((p) => {
    const i = text.lastIndexOf(p, start - 1);
    return i < 0 ? 0 : i + p.length;
  }));
  const stops = ['\n', '. ', '? ', '! '].map((p) => text.indexOf(p, end)).filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) + 1 : text.length;
  return text.slice(from, to).trim();
}

export const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function measureQuiet(root: string): QuietGroupResult[] {
  const analyzer = defaultAnalyzer();
  return QUIET_GROUPS.map((group) => {
    const dir = resolve(root, 'tests/quiet', group);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((name): QuietFile => {
        const text = readFileSync(resolve(dir, name), 'utf8');
        const result = analyzer.analyze(text);
        return { group, name, words: countWords(text), mode: result.mode, flags: mergeOverlapping(result.findings), findings: result.findings };
      });
    const words = files.reduce((n, f) => n + f.words, 0);
    const flags = files.reduce((n, f) => n + f.flags.length, 0);
    const byRule = new Map<string, Array<{ file: string; text: string; category: string; sentence: string }>>();
    for (const f of files) {
      const text = readFileSync(resolve(dir, f.name), 'utf8');
      for (const finding of f.findings) {
        const list = byRule.get(finding.rule) ?? [];
        list.push({ file: f.name, text: finding.text, category: finding.category, sentence: sentenceAround(text, finding.start, finding.end) });
        byRule.set(finding.rule, list);
      }
    }
    return { group, files, words, flags, perThousandWords: words ? (flags * 1000) / words : 0, byRule };
  });
}
