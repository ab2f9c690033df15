import { describe, expect, it } from 'vitest';
import { defaultAnalyzer, type Finding, replacementsOf } from '../../analysis';
import { checkSummary, checkTekstFlow, inContext, shiftFindings } from './check-tekst';
import { startFlow } from './flow';

const TEXT = 'Meneer sprak in het MDO. Zijn buurman is een junk.';
const choose = (id: string) => ({ type: 'choose', id }) as const;

describe('check mijn tekst flow', () => {
  it('walks through the findings of the field one by one, with apply buttons that act in the page', () => {
    const findings = defaultAnalyzer().analyze(TEXT).findings;
    expect(findings.length).toBeGreaterThanOrEqual(2);
    let s = startFlow(checkTekstFlow, { text: TEXT, findings, source: 'field' });
    expect(s.step).toBe('bevinding-0');
    const v = s.view();
    expect(v.text).toContain(`Opmerking 1 van ${findings.length}`);
    const apply = v.choices.find((c) => c.id === 'toepassen-0')!;
    expect(apply.apply?.finding.text).toBe(findings[0]!.text);
    s = s.send(choose('toepassen-0'));
    expect(s.step).toBe('bevinding-1');
    expect(s.view().feedback).toContain('Aangepast');
    // The next finding's offsets follow the rewrite: the apply in the page gets the right range.
    const next = s.view().choices.find((c) => c.apply)!.apply!.finding;
    const rewritten = TEXT.replace(findings[0]!.text, replacementsOf(findings[0]!.suggestions)[0]!.replacement);
    expect(rewritten.slice(next.start, next.end)).toBe(next.text);
  });

  it('ends with a summary and the text (copy only for a field, insertable for pasted text)', () => {
    let s = startFlow(checkTekstFlow, { source: 'pasted' });
    expect(s.step).toBe('tekst');
    s = s.send({ type: 'answer', text: TEXT });
    expect(s.step).toBe('bevinding-0');
    expect(s.view().choices.some((c) => c.apply)).toBe(false);
    s = s.send(choose('toepassen-0')).send(choose('stoppen'));
    expect(s.done).toBe(true);
    const v = s.view();
    expect(v.text).toMatch(/1 aangepast, \d+ overgeslagen/);
    expect(v.result!.insertable).toBe(true);
    expect(v.result!.text).not.toContain('zorgmijdend');
  });

  it('says so when there is nothing to improve', () => {
    const s = startFlow(checkTekstFlow, { text: 'Mevrouw heeft vandaag zelf de boodschappen gedaan.', findings: [], source: 'field' });
    expect(s.done).toBe(true);
    expect(s.view().text).toContain('niets te verbeteren');
    expect(s.view().result!.insertable).toBe(false);
  });

  it('goes back to the previous finding, skips, and restarts at the first', () => {
    const findings = defaultAnalyzer().analyze(TEXT).findings;
    let s = startFlow(checkTekstFlow, { text: TEXT, findings, source: 'field' });
    s = s.send(choose('overslaan'));
    expect(s.step).toBe('bevinding-1');
    s = s.send({ type: 'back' });
    expect(s.step).toBe('bevinding-0');
    expect(s.send({ type: 'restart' }).step).toBe('bevinding-0');
  });

  it('shifts later findings and drops overlapping ones', () => {
    const f = (start: number, end: number): Finding => ({ rule: 'r', category: 'label', severity: 'error', start, end, text: '', message: '', explanation: '', suggestions: [] });
    expect(shiftFindings([f(0, 2), f(3, 6), f(10, 12)], 3, 6, 'abcdef').map((x) => [x.start, x.end])).toEqual([
      [0, 2],
      [13, 15],
    ]);
  });

  it('shows the sentence around a finding, escaped', () => {
    expect(inContext('Eerste zin. Hij is *boos* vandaag. Derde.', { start: 19, end: 25 })).toBe('Hij is **\\*boos\\*** vandaag.');
  });

  it('keeps only a summary in the history: counts and category names, no word of the text', () => {
    const text = 'Jolanda Bakker is niet gemotiveerd. Ze is een zorgmijder. Het MDO was kort.';
    const findings = defaultAnalyzer().analyze(text).findings;
    let s = startFlow(checkTekstFlow, { text, findings, source: 'field' });
    expect(s.history).toBe('summary');
    expect(s.view().historySummary).toBeUndefined();
    s = s.send(choose('stoppen'));
    const summary = s.view().historySummary!;
    expect(summary).toBe(checkSummary({ findings, applied: 0, skipped: findings.length }));
    expect(summary).toMatch(new RegExp(`^Gecontroleerd: ${findings.length} opmerkingen \\(\\d+ × Etiket`));
    for (const f of findings) expect(summary).not.toContain(f.text);
    for (const word of text.match(/\p{L}{4,}/gu)!) if (word !== 'niet') expect(summary.toLowerCase()).not.toContain(word.toLowerCase());
  });

  it('summarises per category, most first', () => {
    const f = (category: Finding['category']): Finding => ({ rule: 'r', category, severity: 'error', start: 0, end: 1, text: 'x', message: '', explanation: '', suggestions: [] });
    expect(checkSummary({ findings: [f('label'), f('negation'), f('negation')], applied: 1, skipped: 2 })).toBe(
      'Gecontroleerd: 3 opmerkingen (2 × Niet-formulering, 1 × Etiket); 1 aangepast, 2 overgeslagen.',
    );
    expect(checkSummary({ findings: [f('jargon')], applied: 0, skipped: 1 })).toBe('Gecontroleerd: 1 opmerking (1 × Vakjargon); 0 aangepast, 1 overgeslagen.');
    expect(checkSummary({ findings: [], applied: 0, skipped: 0 })).toBe('Gecontroleerd: de coach vond niets te verbeteren.');
  });
});
