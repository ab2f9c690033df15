/**
 * Snippet storage and search, measured (for `npm run bench`; never asserted in tests). Runs under
 * Node with fake-indexeddb, so the database figures are those of the fake, not of Chromium's
 * IndexedDB; the search runs on the same in-memory index as in the background.
 *
 * - search over 10,000 own snippets + the built-ins: per kind of query and over all (target ≤ 10 ms);
 * - cold start of the background: read 10,000 rows and build the index;
 * - one save (database + incremental index update), export and import of the whole collection.
 *
 * Rows: [meting, mediaan (ms), p95 (ms), opmerking], like the rest of the bench table.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { BUILTIN_TEMPLATES } from '../templates/builtin';
import { KrachtcoachDB } from '../storage/db';
import { SnippetService } from '../storage/snippet-service';
import type { SnippetRow } from '../storage/snippets';
import { reportOfWords, seeded, stats } from './bench-corpus';

export const SNIPPET_COUNT = 10_000;
const TARGET_MS = 10;

/**
 * 10,000 snippets in the workers' Dutch: words from the report corpus and the built-in templates,
 * plus Dutch-style compounds of them, so the vocabulary is as large as a real collection's
 * (which is what prefix and typo search pay for), bodies of 15 to 150 words, 0 to 3 tags.
 */
export function snippetCorpus(count = SNIPPET_COUNT, seed = 42): SnippetRow[] {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const source = `${reportOfWords(4000)} ${BUILTIN_TEMPLATES.map((t) => `${t.title} ${t.body}`).join(' ')}`;
  const base = [...new Set(source.toLowerCase().match(/\p{L}{3,}/gu) ?? [])];
  const long = base.filter((w) => w.length >= 4);
  const compounds = Array.from({ length: 15_000 }, () => `${pick(long)}${pick(long)}`);
  const vocabulary = [...base, ...base, ...compounds];
  const tags = Array.from({ length: 40 }, (_, i) => `${pick(long)}${i % 3 ? '' : ` ${pick(long)}`}`);
  const rows: SnippetRow[] = [];
  for (let i = 0; i < count; i++) {
    const words = (n: number) => Array.from({ length: n }, () => pick(vocabulary));
    const title = words(2 + Math.floor(rnd() * 4)).join(' ');
    const body = words(15 + Math.floor(rnd() * 135)).join(' ');
    const t = 1_700_000_000_000 + i * 60_000;
    rows.push({
      id: `eigen-bench-${i}`,
      title: `${title.charAt(0).toUpperCase()}${title.slice(1)}`,
      body: rnd() < 0.3 ? `Hoi {{naam}}, ${body} {{datum:+2w}}` : body,
      tags: [...new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => pick(tags)))],
      ...(i % 10 === 0 ? { shortcut: `/b${i.toString(36)}` } : {}),
      favourite: rnd() < 0.05 ? 1 : 0,
      usageCount: Math.floor(rnd() * 20),
      createdAt: t,
      updatedAt: t,
      lastUsedAt: rnd() < 0.2 ? t + 1000 : null,
    });
  }
  return rows;
}

/** Queries as a worker types them in the picker. */
function queries(rows: readonly SnippetRow[]): Record<string, string[]> {
  const word = (i: number) => rows[i]!.body.split(' ').find((w) => w.length >= 8) ?? 'bewindvoerder';
  const typo = (w: string) => `${w.slice(0, 3)}${w.slice(4)}`; // one letter dropped
  return {
    'één woord': ['afspraak', 'krachteninventarisatie', word(17), word(4242), 'bewindvoerder'],
    'voorvoegsel (2–4 letters)': ['af', 'kra', 'bewi', 'ond', word(99).slice(0, 4)],
    'tikfout': ['bewindvoerdr', 'krachteninventarsatie', typo(word(123)), typo(word(7777)), 'afsrpaak'],
    'zonder accenten': ['client', 'financien', 'officiele', 'ideeen', 'een'],
    'meer woorden': ['afspraak bewindvoerder', 'post openen samen', `${word(5)} ${word(6).slice(0, 5)}`, 'doel eigen woorden', 'wie wanneer'],
    'sneltoets': ['/ki', '/ap', '/b2s', '/b'],
  };
}

export async function benchSnippets(): Promise<{ rows: string[][]; results: Record<string, unknown> }> {
  const ms = (n: number) => n.toFixed(n < 10 ? 3 : 1);
  const rows: string[][] = [];
  const results: Record<string, unknown> = { snippets: SNIPPET_COUNT, builtin: BUILTIN_TEMPLATES.length, database: 'fake-indexeddb' };
  const corpus = snippetCorpus();
  const name = `kc-bench-${Date.now()}`;

  const fill = new KrachtcoachDB(name, { indexedDB, IDBKeyRange });
  let t = performance.now();
  await fill.run(() => fill.snippets.bulkPut(corpus));
  const fillMs = performance.now() - t;
  fill.close();
  results.write_10000_ms = fillMs;
  rows.push([`snippets: ${SNIPPET_COUNT} schrijven (één transactie)`, ms(fillMs), '', 'fake-indexeddb']);

  // Cold start: what the background pays after it woke up. The first message (the shortcuts, on
  // every page load) only loads the rows; the first text search builds the index.
  const db = new KrachtcoachDB(name, { indexedDB, IDBKeyRange });
  t = performance.now();
  const service = await SnippetService.open({ db });
  service.shortcuts();
  const startMs = performance.now() - t;
  t = performance.now();
  service.search('afspraak', 'all', 8);
  const indexMs = performance.now() - t;
  results.cold_start = { load_ms: startMs, first_search_builds_index_ms: indexMs };
  rows.push([`snippets: opstarten, ${SNIPPET_COUNT} laden (eerste bericht)`, ms(startMs), '', 'fake-indexeddb']);
  rows.push([`snippets: eerste zoekvraag bouwt de index (${SNIPPET_COUNT + BUILTIN_TEMPLATES.length})`, ms(indexMs), '', '']);

  const all: number[] = [];
  const perKind: Record<string, { median_ms: number; p95_ms: number; hits: number[] }> = {};
  for (const [kind, list] of Object.entries(queries(corpus))) {
    const samples: number[] = [];
    const hits: number[] = [];
    for (const q of list) {
      for (let i = 0; i < 3; i++) service.search(q, 'all', 8); // warm-up
      hits.push(service.search(q, 'all', 50).length);
      for (let i = 0; i < 40; i++) {
        const s = performance.now();
        service.search(q, 'all', 8);
        samples.push(performance.now() - s);
      }
    }
    const st = stats(samples);
    perKind[kind] = { median_ms: st.median, p95_ms: st.p95, hits };
    all.push(...samples);
    rows.push([`snippets: zoeken, ${kind}`, ms(st.median), ms(st.p95), `${hits.join('/')} treffers`]);
  }
  const browse = stats(Array.from({ length: 40 }, (_, i) => {
    const s = performance.now();
    service.search('', i % 2 ? 'recent' : 'favourites', 8);
    return performance.now() - s;
  }));
  const overall = stats(all);
  results.search = { ...perKind, all: { median_ms: overall.median, p95_ms: overall.p95, max_ms: Math.max(...all) }, browse: { median_ms: browse.median, p95_ms: browse.p95 } };
  results.search_p95_within_target = overall.p95 <= TARGET_MS;
  rows.push([`snippets: zoeken, alle zoekvragen`, ms(overall.median), ms(overall.p95), `doel ≤ ${TARGET_MS} ms: ${overall.p95 <= TARGET_MS ? 'gehaald' : 'NIET gehaald'}`]);
  rows.push(['snippets: recent / favorieten (leeg zoekveld)', ms(browse.median), ms(browse.p95), '']);

  // One save: database write + incremental index update, as the side panel's "Bewaren".
  const saves: number[] = [];
  for (let i = 0; i < 30; i++) {
    const s = performance.now();
    const r = await service.save({ title: `Nieuwe snippet ${i}`, body: `Tekst met zwembadbezoek nummer ${i} en {{naam}}.`, tags: ['bench'] });
    saves.push(performance.now() - s);
    if (!r.ok) throw new Error(r.error);
  }
  const save = stats(saves);
  results.save = { median_ms: save.median, p95_ms: save.p95, found_after_save: service.search('zwembadbezoek', 'all', 100).length };
  rows.push(['snippets: bewaren + index bijwerken', ms(save.median), ms(save.p95), '']);

  t = performance.now();
  const json = service.exportJson();
  const exportMs = performance.now() - t;
  results.export = { ms: exportMs, bytes: json.length };
  rows.push([`snippets: exporteren (${(json.length / 1e6).toFixed(1)} MB JSON)`, ms(exportMs), '', '']);

  const target = await SnippetService.open({ db: new KrachtcoachDB(`${name}-import`, { indexedDB, IDBKeyRange }) });
  t = performance.now();
  const imported = await target.importJson(json, 'skip');
  const importMs = performance.now() - t;
  results.import = { ms: importMs, result: imported };
  rows.push([`snippets: importeren (alles of niets, ${SNIPPET_COUNT + 30})`, ms(importMs), '', imported.ok ? `${imported.added} toegevoegd` : imported.error]);

  db.close();
  return { rows, results };
}
