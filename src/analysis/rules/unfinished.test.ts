import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { MODES } from '../types';
import { builtInRules } from '.';

const analyzer = createAnalyzer(builtInRules);
const flagged = (text: string, mode: (typeof MODES)[number] = 'report') =>
  analyzer.analyze(text, { mode }).findings.filter((f) => f.category === 'unfinished').map((f) => text.slice(f.start, f.end));

describe('nog invullen: a [placeholder] left in a field', () => {
  it.each(MODES)('flags exactly the brackets, in %s mode too', (mode) => {
    const text = 'Gesprek met [naam] op [datum]. Hij zei: "[wat zei hij?]". [ … ] [...] [invullen] [hoe ziet de cliënt het zelf?]';
    expect(flagged(text, mode)).toEqual(['[naam]', '[datum]', '[wat zei hij?]', '[ … ]', '[...]', '[invullen]', '[hoe ziet de cliënt het zelf?]']);
  });

  it('flags the bracket an older rewrite left, and nothing else in the sentence', () => {
    const text = 'Cliënt is [wat wel: …] gemotiveerd.';
    const findings = analyzer.analyze(text, { mode: 'report' }).findings;
    expect(findings.map((f) => [f.category, f.text])).toEqual([['unfinished', '[wat wel: …]']]);
  });

  it('asks what belongs there and never offers text to insert', () => {
    const [finding] = analyzer.analyze('Afspraak op [datum].', { mode: 'report' }).findings;
    expect(finding!.suggestions.length).toBeGreaterThan(0);
    expect(finding!.suggestions.every((s) => s.kind === 'question')).toBe(true);
    expect(finding!.suggestions[0]).toMatchObject({ question: 'Wat hoort hier?' });
  });

  it('leaves checkboxes, references, [sic], links and brackets in the client’s quoted words alone', () => {
    const text = [
      '- [ ] Besproken met cliënt',
      '- [x] Afspraak gemaakt [X] [v]',
      'Zie het overleg [1] en de brief [2, 3] [?].',
      'Hij schreef: "ik wil naar huis [sic]".',
      'Ze zei: "Ik wil […] gewoon naar [mijn broer] toe."',
      'Zie [de folder](https://www.gemeente.nl/regeling).',
    ].join('\n');
    for (const mode of MODES) expect(flagged(text, mode), mode).toEqual([]);
  });

  it('keeps a placeholder to one line', () => {
    expect(flagged('Doel: [eerste regel\ntweede regel]')).toEqual([]);
  });
});
