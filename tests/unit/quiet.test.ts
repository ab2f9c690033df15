import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureQuiet } from '../../src/tools/quiet-corpus';

/**
 * Quiet on good text (issue 12): our 30 good strengths-based reports and 10 ordinary texts
 * (tests/quiet), analysed as the extension would (mode guessed, overlapping findings merged).
 * The target is at most 1 flag per 1,000 words on the good reports. CEILING is what the corpus
 * gave when it was written, so the figure can only go down; lower it when the rules get quieter,
 * until it reaches the target. `node src/tools/run.mjs src/tools/quiet-report.ts` shows which
 * rules flag what. It reached 0.00 once the false alarms were fixed as classes in the rules and the
 * real niet-formuleringen and vague words in the corpus were rewritten; from here the target holds.
 */
const TARGET = 1.0;
const CEILING = 0;

const [good, ordinary] = measureQuiet(resolve(import.meta.dirname, '../..'));

describe('quiet on good text', () => {
  it('has the corpus it claims: 30 good reports of 120-250 words and 10 ordinary texts', () => {
    expect(good!.files).toHaveLength(30);
    expect(ordinary!.files).toHaveLength(10);
    for (const f of good!.files) expect(f.words, f.name).toBeGreaterThanOrEqual(120);
    for (const f of good!.files) expect(f.words, f.name).toBeLessThanOrEqual(250);
  });

  it(`flags the good reports at most ${CEILING} times per 1,000 words (target ${TARGET})`, () => {
    const flagged = good!.files.flatMap((f) => f.flags.map((x) => `${f.name}: ${x.rule} "${x.text}"`));
    expect(good!.perThousandWords, flagged.join('\n')).toBeLessThanOrEqual(Math.max(CEILING, TARGET));
  });

  it('guesses no good report and no ordinary text to be a worksheet', () => {
    for (const f of [...good!.files, ...ordinary!.files]) expect(f.mode, f.name).not.toBe('worksheet');
    for (const f of good!.files) expect(f.mode, f.name).toBe('report');
  });
});
