/** Sentences for the benchmarks: an ordinary mix of clean and flagged report sentences. */
const SENTENCES = [
  'Meneer heeft vanochtend zelf zijn ontbijt klaargemaakt en de afwas gedaan.',
  'Mevrouw was niet aanwezig bij de groepsactiviteit van tien uur.',
  'Hij vertelde trots over de fiets die hij samen met de buurman heeft opgeknapt.',
  'Er is sprake van schuldenproblematiek en hij heeft moeite met het openen van post.',
  'Cliënt is zorgmijdend en heeft weinig ziekte-inzicht volgens het team.',
  'Ze zei: "Ik wil niet meer terug naar dat huis, ik wil hier blijven."',
  'Samen hebben we haar sterke kanten op papier gezet: koken, tuinieren en zorgen voor anderen.',
  'Hij moet zijn afspraken bij de bewindvoerder beter nakomen, anders volgt een gesprek.',
  'De casus wordt besproken in het eerstvolgende MDO in verband met middelengebruik.',
  'Om half drie heeft ze haar zus gebeld en een afspraak gemaakt voor zaterdag.',
  'Soms is hij erg onrustig in de avond en loopt hij vaak over de gang.',
  'Mevrouw wil graag weer contact met haar dochter en heeft een kaart geschreven.',
  'Het lukt hem nog niet om zelfstandig boodschappen te doen.',
  'Hij heeft deze week drie keer de hond van de buurvrouw uitgelaten.',
];

/** A report of about `words` words in paragraphs of four to six sentences. */
export function reportOfWords(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const size = 4 + (paragraphs.length % 3);
    const p: string[] = [];
    for (let k = 0; k < size && count < words; k++) {
      const s = SENTENCES[i++ % SENTENCES.length]!;
      p.push(s);
      count += s.split(/\s+/).length;
    }
    paragraphs.push(p.join(' '));
  }
  return paragraphs.join('\n');
}

export function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}
