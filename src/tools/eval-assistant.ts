/**
 * Prints the assistant router's accuracy (top-1, top-3) per labelled question set, the misses,
 * and the time per question in process:
 *   node src/tools/run.mjs src/tools/eval-assistant.ts [BESTAND.jsonl …]
 * Without arguments: tests/assistant/questions.jsonl (the set the unit test holds to ≥ 90 % and
 * ≥ 98 %). With --all: every *.jsonl in tests/assistant (see tests/assistant/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate, parseQuestions } from '../assistant/evaluate';
import { createRouter } from '../assistant/router';
import { projectRoot } from './project-root';

const root = projectRoot();
const args = process.argv.slice(2);
const dir = resolve(root, 'tests/assistant');
const files = args.includes('--all')
  ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => resolve(dir, f))
  : args.length
    ? args.map((f) => resolve(root, f))
    : [resolve(dir, 'questions.jsonl')];

let t = performance.now();
const router = createRouter();
const buildMs = performance.now() - t;
const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

const all = [];
for (const file of files) {
  const questions = parseQuestions(readFileSync(file, 'utf8'));
  all.push(...questions);
  const result = evaluate(questions, router.route);
  console.log(`${basename(file)}: ${questions.length} vragen   top-1: ${percent(result.top1)}   top-3: ${percent(result.top3)}`);
  for (const m of result.misses) console.log(`    ${m.id}  ${m.question}\n          verwacht ${m.expect}, kreeg ${m.got.join(', ') || '-'}`);
}
if (files.length > 1) {
  const total = evaluate(all, router.route);
  console.log(`samen: ${all.length} vragen   top-1: ${percent(total.top1)}   top-3: ${percent(total.top3)}`);
}

// Timing: every question ten times, after the warm-up above (the coach engine that reads quoted
// sentences compiles its rules on first use). Wall time per call, and CPU time on average.
const times: number[] = [];
const cpu = process.cpuUsage();
for (let round = 0; round < 10; round++) {
  for (const q of all) {
    t = performance.now();
    router.route(q.question);
    times.push(performance.now() - t);
  }
}
const cpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu)) / times.length;
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
console.log(
  `route(): mediaan ${pct(0.5).toFixed(3)} ms, p95 ${pct(0.95).toFixed(3)} ms, p99 ${pct(0.99).toFixed(3)} ms, CPU gemiddeld ${cpuMs.toFixed(3)} ms (${times.length} keer; router bouwen ${buildMs.toFixed(0)} ms)`,
);
