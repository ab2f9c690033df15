import { describe, expect, it } from 'vitest';
import { type AssessWorksheetFn, type LabelledWorksheet, parseLabelledWorksheets, scoreWorksheets } from './worksheet-scoring';

const line = (o: object) => JSON.stringify(o);
const why = 'reden';

/** A fake check that fails a criterion when the text contains "<criterion>!", and leaves out "doel-eigen-woorden". */
const fakeAssess: AssessWorksheetFn = (text, kind) => ({
  criteria: (kind === 'actieplan' ? ['ik-vorm', 'positief'] : ['ik-vorm', 'positief', 'prioriteiten']).map((id) => ({
    id,
    verdict: text.includes(`${id}!`) ? 'fail' : 'pass',
    message: `bericht ${id}`,
  })),
});

describe('parseLabelledWorksheets', () => {
  it('reads the dev-set line format and skips blank lines', () => {
    const src = `${line({ id: 'a', kind: 'actieplan', text: 'x', expect: { 'ik-vorm': { verdict: 'pass', why } } })}\n\n`;
    expect(parseLabelledWorksheets(src)).toEqual([{ id: 'a', kind: 'actieplan', text: 'x', expect: { 'ik-vorm': { verdict: 'pass', why } } }]);
  });

  it('names the line of a criterion that does not belong to the kind', () => {
    const src = line({ id: 'a', kind: 'actieplan', text: 'x', expect: { prioriteiten: { verdict: 'pass', why } } });
    expect(() => parseLabelledWorksheets(src, 'set.jsonl')).toThrow('set.jsonl:1: onbekend criterium voor actieplan: prioriteiten');
  });

  it('rejects a verdict other than pass/fail, a missing reason and a repeated id', () => {
    expect(() => parseLabelledWorksheets(line({ id: 'a', kind: 'actieplan', text: 'x', expect: { positief: { verdict: 'ok', why } } }))).toThrow(/invoer:1/);
    expect(() => parseLabelledWorksheets(line({ id: 'a', kind: 'actieplan', text: 'x', expect: { positief: { verdict: 'pass' } } }))).toThrow(/invoer:1/);
    const one = line({ id: 'a', kind: 'actieplan', text: 'x', expect: {} });
    expect(() => parseLabelledWorksheets(`${one}\n${one}`)).toThrow('invoer:2: id a komt twee keer voor');
  });
});

describe('scoreWorksheets', () => {
  const items: LabelledWorksheet[] = [
    { id: 'k1', kind: 'krachteninventarisatie', text: 'ik-vorm!', expect: { 'ik-vorm': { verdict: 'fail', why }, prioriteiten: { verdict: 'fail', why } } },
    { id: 'k2', kind: 'krachteninventarisatie', text: '', expect: { 'ik-vorm': { verdict: 'pass', why }, prioriteiten: { verdict: 'pass', why } } },
    { id: 'a1', kind: 'actieplan', text: 'positief!', expect: { positief: { verdict: 'fail', why }, 'doel-eigen-woorden': { verdict: 'pass', why } } },
  ];
  const score = scoreWorksheets(items, fakeAssess);

  it('scores each kind/criterion over its own items, and a missing verdict as wrong', () => {
    expect(score.criteria.map((c) => [c.key, c.correct, c.total, c.expectedFails])).toEqual([
      ['krachteninventarisatie/ik-vorm', 2, 2, 1],
      ['krachteninventarisatie/prioriteiten', 1, 2, 1],
      ['actieplan/positief', 1, 1, 1],
      ['actieplan/doel-eigen-woorden', 0, 1, 0],
    ]);
  });

  it('takes the macro average over criteria, not over items', () => {
    // (1 + 0.5 + 1 + 0) / 4, where the item average would be 4 / 6.
    expect(score.macro).toBeCloseTo(0.625);
  });

  it('lists every miss with what was expected and what the check said', () => {
    expect(score.misses).toEqual([
      { id: 'k1', criterion: 'prioriteiten', expected: 'fail', why, got: 'pass', message: 'bericht prioriteiten' },
      { id: 'a1', criterion: 'doel-eigen-woorden', expected: 'pass', why, got: undefined, message: '' },
    ]);
  });
});
