import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from './router';
import { SAFETY_CARDS, SAFETY_LINES, safetySignals } from './safety';

interface SafetyItem {
  id: string;
  question: string;
  expect: string;
  /** true: a disclosure or hint that must open with `expect`; false: a near-miss. */
  safety: boolean;
}

const root = resolve(import.meta.dirname, '../..');
const items = readFileSync(resolve(root, 'tests/assistant/safety.jsonl'), 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as SafetyItem);
const positives = items.filter((q) => q.safety);
const nearMisses = items.filter((q) => !q.safety);
const router = createRouter();
const safetyCards = new Set(Object.values(SAFETY_CARDS));

describe('safety first (tests/assistant/safety.jsonl)', () => {
  it('has at least 40 safety phrasings, Dutch and English, and 15 near-misses', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(nearMisses.length).toBeGreaterThanOrEqual(15);
    for (const q of positives) expect(safetyCards.has(q.expect), q.id).toBe(true);
  });

  it.each(positives.map((q) => [q.id, q] as const))('%s opens with its safety card and the first steps', (_id, q) => {
    const r = router.route(q.question);
    expect(r.outOfScope, q.question).toBe(false);
    expect(r.answers[0]?.card, q.question).toBe(q.expect);
    const kind = q.expect === SAFETY_CARDS.suicide ? 'suicide' : 'violence';
    // The steps come first, then the card.
    expect(r.text.startsWith(SAFETY_LINES[kind]), q.question).toBe(true);
    expect(r.text.indexOf('### ')).toBeGreaterThan(r.text.indexOf('112'));
  });

  it.each(nearMisses.map((q) => [q.id, q] as const))('%s is no safety question', (_id, q) => {
    expect(safetySignals(q.question), q.question).toEqual([]);
    expect(router.route(q.question).text).not.toMatch(/Eerst de veiligheid/);
  });
});

describe('safetySignals', () => {
  it('is not swallowed by an out-of-scope intent', () => {
    for (const q of ['mijn cliënte is door haar man mishandeld, moet ze aangifte doen?', 'ze spaart haar pillen op, hoeveel tabletten is gevaarlijk?']) {
      const r = router.route(q);
      expect(r.outOfScope, q).toBe(false);
      expect(safetyCards.has(r.answers[0]!.card), q).toBe(true);
    }
  });

  it('puts the taxatie first and the meldcode second when both are there', () => {
    const r = router.route('haar man slaat haar en nu zegt ze dat ze niet meer wil leven');
    expect(r.answers.slice(0, 2).map((a) => a.card)).toEqual(['taxatie-van-draagkracht', 'meldcode']);
    expect(r.text).toContain('113');
    expect(r.text).toContain('Veilig Thuis');
  });

  it('reads "dreigen" as looming, not as a threat, in "er dreigt" and "dreigt … te"', () => {
    expect(safetySignals('er dreigt een huisuitzetting voor mijn cliënte en haar kinderen')).toEqual([]);
    expect(safetySignals('haar zoon dreigt van school te gaan')).toEqual([]);
    expect(safetySignals('haar ex dreigt haar')).toMatchObject([{ kind: 'violence' }]);
  });

  it('reads fear as a signal only when someone at home is feared', () => {
    expect(safetySignals('wat doe ik met mijn angst voor een gesprek met zijn moeder')).toEqual([]);
    expect(safetySignals('het kind is bang in het donker')).toEqual([]);
    expect(safetySignals('my client is afraid of her husband')).toMatchObject([{ card: 'meldcode' }]);
  });

  it('keeps answers sorted and in the contract range', () => {
    for (const q of positives) {
      const scores = router.route(q.question).answers.map((a) => a.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    }
  });
});
