import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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

/**
 * Report sentences written by us, for a realistic benchmark text: the good reports of the
 * quiet corpus (tests/quiet/good) and the report texts of our regression and rewrite sets
 * (tests/regression, tests/rewrites), which hold the flagged phrasings. Headings, list items
 * and sentences alike, each once.
 */
export function ownReportSentences(root: string): string[] {
  const texts: string[] = [];
  const good = resolve(root, 'tests/quiet/good');
  for (const name of readdirSync(good).sort()) texts.push(...readFileSync(resolve(good, name), 'utf8').split(/\r?\n/));
  for (const dir of ['tests/regression', 'tests/rewrites']) {
    for (const name of readdirSync(resolve(root, dir)).sort()) {
      if (!name.endsWith('.jsonl')) continue;
      for (const line of readFileSync(resolve(root, dir, name), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const item = JSON.parse(line) as { text?: string; mode?: string };
        if (item.text && (item.mode ?? 'report') === 'report') texts.push(...item.text.split(/\r?\n/));
      }
    }
  }
  const sentences = texts.flatMap(sentencesKeepingQuotes);
  return [...new Set(sentences.filter((s) => s.length >= 12))];
}

/** A text's sentences, where a quote of several sentences stays one piece with its sentence. */
function sentencesKeepingQuotes(text: string): string[] {
  const out: string[] = [];
  let open = '';
  for (const piece of text.split(/(?<=[.!?:]["”’]?)\s+(?=[A-Z„"“‘'-])/u)) {
    open = open ? `${open} ${piece}` : piece;
    if (quotesBalanced(open)) {
      out.push(open.trim());
      open = '';
    }
  }
  if (open) out.push(open.trim());
  return out;
}
const quotesBalanced = (s: string) => (s.match(/"/g)?.length ?? 0) % 2 === 0 && (s.match(/[„“]/g)?.length ?? 0) <= (s.match(/”/g)?.length ?? 0);

/** A small deterministic generator (mulberry32): the same text in every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * About `bytes` bytes of report text as a file of many reports reads: paragraphs of two to
 * seven of our own report sentences drawn at random (seeded), so paragraphs do not repeat (the
 * engine caches paragraphs, a real file gives it few repeats) while sentences recur as a
 * team's phrasings do. A dated heading opens every fifth paragraph.
 */
export function variedReport(root: string, bytes: number, seed = 14): string {
  const pool = ownReportSentences(root);
  const random = seeded(seed);
  const pick = () => pool[Math.floor(random() * pool.length)]!;
  const out: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    if (n % 5 === 0) {
      // A heading per shift, each its own date.
      const day = new Date(Date.UTC(2020, 0, 1 + Math.floor(n / 5)));
      out.push(`Rapportage ${day.getUTCDate()}-${day.getUTCMonth() + 1}-${day.getUTCFullYear()}, ${DIENSTEN[Math.floor(n / 5) % DIENSTEN.length]}`);
    }
    const count = 2 + Math.floor(random() * 6);
    const p: string[] = [];
    for (let k = 0; k < count; k++) p.push(pick());
    out.push(p.join(' '));
    size += Buffer.byteLength(out[out.length - 1]!) + 1;
  }
  const text = out.join('\n');
  return Buffer.from(text).subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}
const DIENSTEN = ['vroege dienst', 'late dienst', 'nachtdienst', 'dagbesteding', 'huisbezoek'];
