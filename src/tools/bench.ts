/**
 * `npm run bench`: the engine's speed, measured (never asserted in tests).
 * - cold analysis (no paragraph cache) of 500 to 50,000-word reports: median, p95, MB/s;
 * - a keystroke: one paragraph changed in a cached 5,000-word report;
 * - the CLI on 1 MB of varied report text (variedReport: our own report sentences, no
 *   paragraph twice), and alex (retext) on the same text when it is installed (`npm i
 *   --no-save alex`, or ALEX_BIN), the two in turn three times, so a busy machine slows both alike;
 * - where the CLI's time on 1 MB goes: a bare Node start, the CLI on one sentence, and the
 *   second MB of a 2 MB text (the first MB pays for compiling the rule regexes the text needs);
 * - how `check`, `assess` and `ask` grow from 100 KB to 10 MB (`--quick` leaves this out).
 * `--cli` measures only the CLI parts. KRACHTCOACH_BIN measures another build of the bin (one made
 * with `node src/tools/build-cli.mjs --out DIR/kc.mjs`, say of an earlier commit) instead of dist/.
 * Prints a table and the same figures as JSON.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtInRules, createAnalyzer } from '../analysis';
import { createRouter } from '../assistant/router';
import { assessWorksheet } from '../worksheets';
import { actionPlanOfWords, inventoryOfWords } from '../worksheets/bench-sample';
import { reportOfWords, stats, variedReport } from './bench-corpus';
import { benchCliScaling } from './bench-cli-scaling';
import { benchSnippets } from './bench-snippets';
import { projectRoot } from './project-root';

const root = projectRoot();
const results: Record<string, unknown> = {};
const rows: string[][] = [['meting', 'mediaan (ms)', 'p95 (ms)', 'MB/s']];
const ms = (n: number) => n.toFixed(n < 10 ? 3 : 1);

function measure(runs: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

// `--cli`: only the CLI (1 MB against alex, and the growth unless --quick).
const cliOnly = process.argv.includes('--cli');
if (!cliOnly) {
  // Cold analysis: regexes compiled (a page does that once), no paragraph cache.
  const cold = createAnalyzer(builtInRules, { cacheSize: 0 });
  cold.analyze(reportOfWords(5000), { mode: 'report' });
  for (const words of [500, 2000, 5000, 50000]) {
    const text = reportOfWords(words);
    const runs = words >= 50000 ? 15 : 101;
    measure(5, () => cold.analyze(text, { mode: 'report' }));
    const { median, p95 } = stats(measure(runs, () => cold.analyze(text, { mode: 'report' })));
    const mbps = Buffer.byteLength(text) / 1e6 / (median / 1000);
    results[`analyze_${words}_words`] = { median_ms: median, p95_ms: p95, mb_per_s: mbps, bytes: Buffer.byteLength(text) };
    rows.push([`analyse ${words} woorden`, ms(median), ms(p95), mbps.toFixed(1)]);
  }
  const per = (w: number) => (results[`analyze_${w}_words`] as { median_ms: number }).median_ms / w;
  results.linearity_50000_vs_2000 = per(50000) / per(2000);

  // A keystroke: the worker types in one paragraph of a long report; the rest comes from the cache.
  const warm = createAnalyzer(builtInRules);
  const base = reportOfWords(5000);
  warm.analyze(base, { mode: 'report' });
  let n = 0;
  const key = stats(measure(201, () => warm.analyze(`${base} extra${n++}`, { mode: 'report' })));
  results.keystroke_5000_words = { median_ms: key.median, p95_ms: key.p95 };
  rows.push(['toetsaanslag in 5000 woorden', ms(key.median), ms(key.p95), '']);

  // Start-up: compiling the rule set, as the content script and the CLI pay it once.
  const compile = stats(measure(5, () => createAnalyzer(builtInRules).analyze('Hij kwam niet.', { mode: 'report' })));
  results.startup = { median_ms: compile.median };
  rows.push(['regels laden (eerste analyse)', ms(compile.median), ms(compile.p95), '']);

  // The assistant: one question through the router (the chat and `coach ask` share it).
  const router = createRouter();
  const questions = readFileSync(resolve(root, 'tests/assistant/questions.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { question: string }).question);
  for (const q of questions) router.route(q); // warm: the first quoted question compiles the coach's rules
  let qi = 0;
  const ask = stats(measure(1000, () => router.route(questions[qi++ % questions.length]!)));
  results.ask_per_question = { median_ms: ask.median, p95_ms: ask.p95 };
  rows.push(['ask: één vraag', ms(ask.median), ms(ask.p95), '']);

  // The worksheet check on a 3,000-word worksheet (engine without paragraph cache, as the CLI).
  for (const [kind, text] of [['krachteninventarisatie', inventoryOfWords(3000)], ['actieplan', actionPlanOfWords(3000)]] as const) {
    // Warm first, as for analyze above: the steady cost, not V8's first compilations of the check.
    for (let i = 0; i < 20; i++) assessWorksheet(text, kind, { analyzer: cold });
    const a = stats(measure(51, () => assessWorksheet(text, kind, { analyzer: cold })));
    results[`assess_${kind}_3000_words`] = { median_ms: a.median, p95_ms: a.p95 };
    rows.push([`assess ${kind}, 3000 woorden`, ms(a.median), ms(a.p95), '']);
  }

  // Snippets: search over 10,000 (fake-indexeddb under Node).
  const snippetBench = await benchSnippets();
  rows.push(...snippetBench.rows);
  results.snippets = snippetBench.results;
}

// The CLI and alex on 1 MB of text, wall clock including start-up, in turn: each round runs both.
const dir = mkdtempSync(join(tmpdir(), 'kc-bench-'));
const file = join(dir, 'rapport-1mb.txt');
writeFileSync(file, variedReport(root, 1_000_000));
function wall(cmd: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
  const took = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return took;
}
// The `krachtcoach` bin as it ships (the loader and its bundle, built by npm install), or the one asked for.
const bin = process.env.KRACHTCOACH_BIN ? resolve(process.env.KRACHTCOACH_BIN) : resolve(root, 'dist/krachtcoach.mjs');
if (!process.env.KRACHTCOACH_BIN && !(existsSync(bin) && existsSync(resolve(root, 'dist/krachtcoach-core.cjs')))) {
  spawnSync(process.execPath, [resolve(root, 'src/tools/build-cli.mjs')], { cwd: root });
}
const cliArgs = [bin, 'check', '--json', file];
const alexBin = process.env.ALEX_BIN ?? resolve(root, 'node_modules/.bin/alex');
const withAlex = existsSync(alexBin);
wall(process.execPath, cliArgs); // a first run warms the file cache
const rounds: Array<{ krachtcoach_ms: number; alex_ms?: number; ratio?: number }> = [];
for (let round = 0; round < 3; round++) {
  const kc = wall(process.execPath, cliArgs);
  if (!withAlex) {
    rounds.push({ krachtcoach_ms: kc });
    continue;
  }
  const alex = wall(alexBin, ['--text', file]);
  rounds.push({ krachtcoach_ms: kc, alex_ms: alex, ratio: alex / kc });
}
const cli = stats(rounds.map((r) => r.krachtcoach_ms));
results.cli_1mb = { median_ms: cli.median, rounds };
rows.push(['krachtcoach-CLI op 1 MB (hele proces)', ms(cli.median), ms(cli.p95), (1 / (cli.median / 1000)).toFixed(1)]);
if (withAlex) {
  const alex = stats(rounds.map((r) => r.alex_ms!));
  const ratio = stats(rounds.map((r) => r.ratio!)).median;
  results.alex_1mb = { median_ms: alex.median };
  results.cli_vs_alex_median_ratio = ratio;
  rows.push(['alex op dezelfde 1 MB', ms(alex.median), ms(alex.p95), (1 / (alex.median / 1000)).toFixed(2)]);
  rows.push(['krachtcoach sneller dan alex (mediaan per ronde)', `${ratio.toFixed(1)}×`, '', '']);
} else {
  results.alex_1mb = null;
  rows.push(['alex op dezelfde 1 MB', 'niet geïnstalleerd (npm i --no-save alex)', '', '']);
}

// Where the time goes: Node's own start, the CLI's start on one sentence (loading the rules), and
// what a second MB adds to the first (the first pays for compiling the regexes the text needs).
const file2 = join(dir, 'rapport-2mb.txt');
writeFileSync(file2, variedReport(root, 2_000_000));
const sentence = join(dir, 'een-zin.txt');
writeFileSync(sentence, 'Hij kwam niet.\n');
const parts = { node_start_ms: [] as number[], cli_one_sentence_ms: [] as number[], cli_2mb_ms: [] as number[] };
for (let round = 0; round < 3; round++) {
  parts.node_start_ms.push(wall(process.execPath, ['-e', '0']));
  parts.cli_one_sentence_ms.push(wall(process.execPath, [bin, 'check', '--json', sentence]));
  parts.cli_2mb_ms.push(wall(process.execPath, [bin, 'check', '--json', file2]));
}
const part = (k: keyof typeof parts) => stats(parts[k]).median;
results.cli_time_parts = { node_start_ms: part('node_start_ms'), cli_one_sentence_ms: part('cli_one_sentence_ms'), cli_1mb_ms: cli.median, cli_2mb_ms: part('cli_2mb_ms') };
rows.push(['  waarvan: Node starten (node -e 0)', ms(part('node_start_ms')), '', '']);
rows.push(['  waarvan: CLI op één zin (opstarten, regels laden)', ms(part('cli_one_sentence_ms')), '', '']);
rows.push(['  eerste MB (1 MB − één zin)', ms(cli.median - part('cli_one_sentence_ms')), '', '']);
rows.push(['  tweede MB (2 MB − 1 MB)', ms(part('cli_2mb_ms') - cli.median), '', '']);

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
if (withAlex) for (const [i, r] of rounds.entries()) console.log(`ronde ${i + 1}: krachtcoach ${ms(r.krachtcoach_ms)} ms, alex ${ms(r.alex_ms!)} ms, ${r.ratio!.toFixed(1)}×`);
if (!cliOnly) console.log(`lineariteit (tijd per woord, 50.000 / 2.000): ${(results.linearity_50000_vs_2000 as number).toFixed(2)}`);

if (!process.argv.includes('--quick')) {
  const scaling = benchCliScaling(root);
  results.cli_scaling = scaling;
  console.log('\nCLI: tijd per extra MB (boven een tiende van de grootte), 100 KB -> 1 MB -> 10 MB:');
  for (const s of scaling) {
    const cells = Object.entries(s.msPerMb).map(([size, v]) => `${size}: ${v.toFixed(0)} ms/MB`);
    console.log(`  ${s.command.padEnd(14)} ${cells.join('  ')}  (10 MB / 100 KB: ${s.ratio.toFixed(2)}, 10 MB / 1 MB: ${s.ratioFrom1Mb.toFixed(2)})`);
  }
}
console.log(JSON.stringify(results));
