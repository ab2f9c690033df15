import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAnalyzer, type Mode, replacementsOf } from '../../src/analysis';
import { applySuggestion } from '../../src/analysis/rewrite';

/**
 * Our rewrite set (tests/rewrites/*.jsonl, written by us, not taken from ../shared/eval): each
 * line is a sentence, the phrase the coach must flag in it, and the sentence after one click on
 * the first replacement, exactly. `"after": null` says that no honest replacement exists there:
 * the finding offers only questions. A line with `"clean": true` must get no finding at all.
 */
interface Line {
  id: string;
  text: string;
  mode?: Mode;
  /** The flagged phrase, as it stands in the text. */
  finding?: string;
  after?: string | null;
  clean?: boolean;
}

const dir = resolve(import.meta.dirname, '../rewrites');
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));

for (const file of files) {
  const lines: Line[] = readFileSync(resolve(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  describe(file, () => {
    it.each(lines.map((l) => [l.id, l] as const))('%s', (_id, line) => {
      const { findings } = defaultAnalyzer().analyze(line.text, line.mode ? { mode: line.mode } : {});
      if (line.clean) {
        expect(findings.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
        return;
      }
      const flagged = findings.filter((f) => f.text === line.finding);
      expect(flagged.map((f) => f.text), `"${line.finding}" flagged in: ${findings.map((f) => f.text).join(' | ')}`).not.toEqual([]);
      // Of the findings on that phrase, the first one that offers a replacement is the one a click applies.
      const withReplacement = flagged.find((f) => replacementsOf(f.suggestions).length > 0);
      if (line.after === null) {
        expect(withReplacement?.suggestions, 'only questions here').toBeUndefined();
        for (const f of flagged) expect(f.suggestions.some((s) => s.kind === 'question')).toBe(true);
        return;
      }
      expect(withReplacement, 'a replacement for this phrase').toBeDefined();
      const [first] = replacementsOf(withReplacement!.suggestions);
      expect(applySuggestion(line.text, withReplacement!.start, withReplacement!.end, first!)).toBe(line.after);
    });
  });
}

it('the rewrite set has at least 300 sentences', () => {
  const count = files.reduce((n, f) => n + readFileSync(resolve(dir, f), 'utf8').split('\n').filter((l) => l.trim()).length, 0);
  expect(count).toBeGreaterThanOrEqual(300);
});
