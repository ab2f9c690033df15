/**
 * Prints the assistant router's accuracy on tests/assistant/questions.jsonl (top-1, top-3), the
 * misses, and the time per question:
 *   node src/tools/run.mjs src/tools/eval-assistant.ts [BESTAND.jsonl]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate, parseQuestions } from '../assistant/evaluate';
import { createRouter } from '../assistant/router';
import { projectRoot } from './project-root';

const file = resolve(projectRoot(), process.argv[2] ?? 'tests/assistant/questions.jsonl');
const questions = parseQuestions(readFileSync(file, 'utf8'));

let t = performance.now();
const router = createRouter();
const buildMs = performance.now() - t;

const result = evaluate(questions, router.route);

// Timing: every question several times, after the warm-up run above.
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const q of questions) {
    t = performance.now();
    router.route(q.question);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
console.log(`${questions.length} vragen uit ${file}`);
console.log(`top-1: ${percent(result.top1)}   top-3: ${percent(result.top3)}`);
console.log(`route(): mediaan ${pct(0.5).toFixed(3)} ms, p95 ${pct(0.95).toFixed(3)} ms, max ${times.at(-1)!.toFixed(3)} ms (router bouwen: ${buildMs.toFixed(1)} ms)`);
if (result.misses.length) {
  console.log('\nNiet op 1:');
  for (const m of result.misses) console.log(`  ${m.id}  ${m.question}\n        verwacht ${m.expect}, kreeg ${m.got.join(', ') || '-'}`);
}
