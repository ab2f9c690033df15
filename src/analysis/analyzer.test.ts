import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import type { Rule } from './rule-schema';
import { builtInRules } from './rules';

const analyzer = createAnalyzer(builtInRules);

describe('analyzer', () => {
  it('prepare compiles a mode ahead (for the first keystroke) and changes no result', () => {
    const prepared = createAnalyzer(builtInRules);
    for (const mode of ['report', 'worksheet', 'message'] as const) {
      prepared.prepare(mode);
      prepared.prepare(mode); // once is enough; again is free
      const text = 'Meneer is zorgmijdend en kwam niet. Ik zie dat je moe bent.';
      expect(prepared.analyze(text, { mode })).toEqual(createAnalyzer(builtInRules).analyze(text, { mode }));
    }
  });

  it('maps findings to UTF-16 ranges of the input, across paragraphs and CRLF', () => {
    const text = '👩‍⚕️ Eerste alinea.\r\nMevrouw kwam niet.';
    const [f] = analyzer.analyze(text, { mode: 'report' }).findings;
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe('niet');
    expect(f!.text).toBe('niet');
  });

  it('never flags the client’s quoted words', () => {
    expect(analyzer.analyze('Hij zei: "Ik wil niet meer."', { mode: 'report' }).findings).toEqual([]);
  });

  it('leaves emphasising idioms alone', () => {
    const r = analyzer.analyze('Ze is niet alleen handig, maar ook creatief.', { mode: 'report' });
    expect(r.findings.filter((f) => f.category === 'negation')).toEqual([]);
  });

  it('guesses the mode when none is given and says so', () => {
    const r = analyzer.analyze('Ik zie dat je moe bent. Ik maak me zorgen.');
    expect(r.mode).toBe('message');
    expect(r.modeGuessed).toBe(true);
    expect(r.message?.parts).toEqual(['ik', 'jij']);
  });

  it('skips rules the worker switched off', () => {
    const r = analyzer.analyze('Hij kwam niet.', { mode: 'report', disabledRules: new Set(['niet']) });
    expect(r.findings.filter((f) => f.rule === 'niet')).toEqual([]);
  });

  it('re-analyses only changed paragraphs (cached results are equal)', () => {
    const a = createAnalyzer(builtInRules);
    const first = a.analyze('Hij kwam niet.\nZe kwam ook niet.', { mode: 'report' });
    const second = a.analyze('Hij kwam niet.\nZe kwam ook niet!', { mode: 'report' });
    expect(second.findings.map((f) => f.start)).toEqual(first.findings.map((f) => f.start));
  });

  it('keeps a capital when the match starts a sentence', () => {
    const rule: Rule = {
      id: 'test-swap', kind: 'substitution', category: 'label', severity: 'error', message: 'Test regel',
      explanation: 'Een uitleg van minstens twintig tekens.', source: 'test', swap: [['junk', 'iemand met een verslaving']],
      rewrites: [{ question: 'Wat zag je?' }], examples: { bad: ['junk'], good: ['ok'] },
    };
    const [f] = createAnalyzer([rule]).analyze('Junk op straat.', { mode: 'report' }).findings;
    expect(f!.suggestions[0]).toMatchObject({ kind: 'replace', replacement: 'Iemand met een verslaving' });
    expect(f!.suggestions[1]).toMatchObject({ kind: 'question', question: 'Wat zag je?' });
  });
});

describe('bad input', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['only white space', ' \n\r\n\t '],
    ['binary garbage', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 65536))],
    ['lone surrogates', '\uD800 niet \uDC00 geen \uD83D'],
    ['emoji', '🙂🙂 Hij kwam niet 🙃 naar de groep 👨‍👩‍👧'],
    ['CRLF', 'Hij kwam niet.\r\n\r\nZe bleef thuis.\r\n'],
    ['Arabic and Turkish names', 'Mevrouw Fatıma Yılmaz en meneer محمد kwamen niet. İsmail kookte.'],
    ['nothing but quotes', '"niet" „geen” “nooit” \'niemand\' "'],
  ];
  it.each(cases)('%s: no crash, valid ranges', (_name, text) => {
    for (const mode of ['report', 'worksheet', 'message'] as const) {
      const r = analyzer.analyze(text, { mode });
      for (const f of r.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.start, f.end)).toBe(f.text);
      }
    }
  });

  it('analyses 10 MB of text without hanging', () => {
    const text = 'Meneer kwam vandaag niet naar de groep, maar kookte wel zelf. '.repeat(170_000);
    expect(text.length).toBeGreaterThan(10_000_000);
    const r = analyzer.analyze(text, { mode: 'report' });
    expect(r.findings.length).toBeGreaterThan(0);
    const last = r.findings.at(-1)!;
    expect(text.slice(last.start, last.end)).toBe(last.text);
  }, 120_000);

  it('answers a sentence rule once per sentence: one endless worksheet sentence stays fast', () => {
    const r = analyzer.analyze('voor haar '.repeat(2000), { mode: 'worksheet' });
    expect(r.findings.length).toBeGreaterThan(0);
  }, 20_000);

  it('analyses one 10 MB paragraph with no line breaks', () => {
    const text = 'x'.repeat(5_000_000) + ' niet ' + 'y'.repeat(5_000_000);
    const r = analyzer.analyze(text, { mode: 'report' });
    expect(r.findings.some((f) => f.rule === 'niet')).toBe(true);
  }, 120_000);
});

describe('exceptions for some modes only', () => {
  it('leaves a match alone only in the modes its exception names', () => {
    const rule: Rule = {
      id: 'test-niet-meer', kind: 'existence', category: 'negation', severity: 'warning', message: 'Test regel',
      explanation: 'Een uitleg van minstens twintig tekens.', source: 'test', patterns: ['niet\\s+meer'],
      exceptions: [{ pattern: 'rookt\\s+niet\\s+meer', modes: ['report'] }],
      rewrites: [{ question: 'Sinds wanneer?' }], examples: { bad: ['niet meer'], good: ['ok'] },
    };
    const analyzer = createAnalyzer([rule]);
    expect(analyzer.analyze('Ik rookt niet meer.', { mode: 'report' }).findings).toEqual([]);
    expect(analyzer.analyze('Ik rookt niet meer.', { mode: 'worksheet' }).findings).toHaveLength(1);
  });
});

describe('the word list', () => {
  it('drops findings on a listed name or term, and only those', () => {
    const text = 'Zij kwam niet naar het MDO.';
    const texts = (ignoredTerms?: string[]) => analyzer.analyze(text, { mode: 'report', ...(ignoredTerms ? { ignoredTerms } : {}) }).findings.map((f) => f.text);
    expect(texts()).toEqual(expect.arrayContaining(['niet', 'MDO']));
    expect(texts(['mdo'])).toContain('niet');
    expect(texts(['mdo'])).not.toContain('MDO');
    expect(texts(['het MDO', 'Niet'])).toEqual([]);
  });
});
