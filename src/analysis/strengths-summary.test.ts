import { describe, expect, it } from 'vitest';
import { defaultAnalyzer } from './index';
import { strengthsSummary } from './strengths-summary';

const summaryOf = (text: string) => strengthsSummary(text, defaultAnalyzer().analyze(text, { mode: 'report' }).findings);

describe('strengthsSummary', () => {
  it('finds the quote and the two observations in the 4-sentence report, and counts the two sentences to look at', () => {
    const text =
      'Cliënt is niet gemotiveerd en heeft geen ziekte-inzicht. Meneer moet zijn medicatie innemen, anders volgt een gesprek met de psychiater. Hij zei: "Ik wil gewoon mijn eigen huis." Vanochtend heeft hij zelf de afwas gedaan en zijn kamer opgeruimd.';
    const s = summaryOf(text);
    expect(s.quotes.map((q) => q.text)).toEqual(['Ik wil gewoon mijn eigen huis.']);
    expect(s.concrete.map((c) => c.text)).toEqual([
      'Hij zei: "Ik wil gewoon mijn eigen huis."',
      'Vanochtend heeft hij zelf de afwas gedaan en zijn kamer opgeruimd.',
    ]);
    // "Ik wil" is the client speaking, not the writer in the ik-vorm.
    expect(s.firstPerson).toEqual([]);
    expect(s.sentences).toBe(4);
    expect(s.toLookAt).toBe(2);
  });

  it('reads times, places and deeds as concrete, and a judgement or an order as not', () => {
    const concrete = (text: string) => summaryOf(text).concrete.length;
    expect(concrete('Om 10.30 uur zat mevrouw met haar dochter aan tafel.')).toBe(1);
    expect(concrete("'s Avonds heeft Jan voor de hele groep pasta gekookt.")).toBe(1);
    expect(concrete('Mevrouw fietste naar de supermarkt en kocht brood.')).toBe(1);
    expect(concrete('Hij heeft de afwas gedaan.')).toBe(1);
    expect(concrete('Mevrouw heeft haar zus gezien.')).toBe(1);
    expect(concrete('Meneer is vanmiddag met de bus naar zijn zus gegaan.')).toBe(1);
    expect(concrete('Tijdens het ontbijt vertelde hij over zijn kleinzoon.')).toBe(1);
    // A state or a judgement, even in the past, is no observation.
    expect(concrete('Meneer is erg gemotiveerd.')).toBe(0);
    expect(concrete('Hij was vanochtend weer agressief.')).toBe(0);
    expect(concrete('Mevrouw moet vanavond op tijd naar bed.')).toBe(0);
    expect(concrete('Het gaat goed met hem.')).toBe(0);
  });

  it('counts sentences in the ik-vorm outside quotes, and only real quotes of the client', () => {
    const s = summaryOf('Ik heb vanmiddag met Samira gewandeld. Ze zei: "Dit doe ik vaker." Dat vond ik mooi om te zien. Het "plan" ligt klaar.');
    expect(s.firstPerson.map((f) => f.text)).toEqual(['Ik heb vanmiddag met Samira gewandeld.', 'Dat vond ik mooi om te zien.']);
    // One quoted word is a term, not the client's own words.
    expect(s.quotes.map((q) => q.text)).toEqual(['Dit doe ik vaker.']);
  });

  it('sees nothing to look at in a good report, and copes with an empty text', () => {
    const good = summaryOf('Vanochtend heeft Kees zelf zijn bed verschoond. Hij zei: "Dat lukt me prima."');
    expect(good.toLookAt).toBe(0);
    expect(good.sentences).toBe(2);
    expect(strengthsSummary('', [])).toEqual({ quotes: [], firstPerson: [], concrete: [], sentences: 0, toLookAt: 0 });
  });
});
