import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { clientQuoteSpans, quotedSpans } from './quotes';
import { applySuggestion, replacementsOf } from './rewrite';
import { paragraphs } from './segment';
import { builtInRules } from './rules';
import { MODES } from './types';

const analyzer = createAnalyzer(builtInRules);

// Words that rules care about, look-alikes and punctuation, so random texts hit real rules.
const pieces = fc.constantFrom(
  'niet', 'geen', 'nooit', 'niemand', 'moet', 'ontmoeten', 'weigerde', 'zorgmijdend', 'verslaafden', 'slechts', 'slecht',
  'probleemgedrag', 'schuldenproblematiek', 'Meneer', 'mevrouw', 'hij', 'Ik', 'je', 'we', 'samen', 'ADL', 'MDO',
  'decompensatie', 'niet alleen', 'maar ook', 'soms', 'erg', '"', '„', '”', '“', "'", '’', "'s", '.', ',', '?', '!',
  '[', ']', '[naam]', '[ ]', '[x]', '…', '\n', '\r\n', ' ', '  ', '-', 'é', '🙂', '\uD800', '\uDC00', 'ı', 'ş', 'مرحبا',
);
const texts = fc.oneof(
  fc.array(pieces, { maxLength: 60 }).map((a) => a.join(' ')),
  fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('engine properties', () => {
  it('offsets lie within the text and name the flagged text', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...MODES), (text, mode) => {
        for (const f of analyzer.analyze(text, { mode }).findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.suggestions.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('findings never overlap a quoted span (a placeholder finding: never the client\'s quoted words)', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...MODES), (text, mode) => {
        const quotes = paragraphs(text).flatMap((p) => quotedSpans(p.text, p.start));
        const clientWords = paragraphs(text).flatMap((p) => clientQuoteSpans(p.text, p.start));
        for (const f of analyzer.analyze(text, { mode }).findings) {
          for (const q of f.category === 'unfinished' ? clientWords : quotes) expect(f.start < q.end && q.start < f.end).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('applying any rewrite never throws and the result analyses again', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...MODES), (text, mode) => {
        for (const f of analyzer.analyze(text, { mode }).findings) {
          for (const s of replacementsOf(f.suggestions)) {
            const out = applySuggestion(text, f.start, f.end, s);
            expect(() => analyzer.analyze(out, { mode })).not.toThrow();
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
