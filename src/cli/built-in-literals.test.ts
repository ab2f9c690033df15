import { describe, expect, it } from 'vitest';
import { builtInRules, MODES } from '../analysis';
import { exceptionSource, patternSources } from '../analysis/compile-rules';
import { requiredLiterals, requiredPhrases } from '../analysis/required-literals';
import { builtInLiteralTable, builtInPhraseTable, literalsOfBuiltIns, phrasesOfBuiltIns } from './built-in-literals';

describe('built-in literal table', () => {
  const exceptionLists = builtInRules.flatMap((rule) => MODES.map((mode) => exceptionSource(rule, mode)).filter((s) => s !== null));
  const sources = [...builtInRules.flatMap(patternSources), ...exceptionLists];
  const asList = (s: Set<string> | null) => (s ? [...s] : null);

  it('gives for every built-in pattern and exception list exactly what the parser gives, in the same order', () => {
    const literalsOf = literalsOfBuiltIns(builtInLiteralTable());
    for (const source of sources) expect(asList(literalsOf(source)), source.slice(0, 80)).toEqual(asList(requiredLiterals(source)));
  });

  it('parses a source the table does not hold, and ignores a table that does not line up', () => {
    const table = builtInLiteralTable();
    expect(asList(literalsOfBuiltIns(table)('zorgmijd\\p{L}*'))).toEqual(['zorgmijd']);
    const shifted = [null, ...table];
    expect(asList(literalsOfBuiltIns(shifted)(sources[0]!))).toEqual(asList(requiredLiterals(sources[0]!)));
  });

  it('gives for every built-in source the phrases the parser gives, and parses what the table does not hold', () => {
    const table = builtInPhraseTable();
    const phrasesOf = phrasesOfBuiltIns(JSON.parse(JSON.stringify(table)));
    for (const source of sources) expect(phrasesOf(source), source.slice(0, 80)).toEqual(requiredPhrases(source));
    expect(phrasesOf('zorg\\s+mijden')).toEqual([['zorg mijden']]);
    expect(phrasesOfBuiltIns([[], ...table])(sources[0]!)).toEqual(requiredPhrases(sources[0]!));
  });
});
