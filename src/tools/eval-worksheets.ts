/**
 * Prints how well the worksheet check (src/worksheets) agrees with a trainer's verdicts:
 * macro accuracy, accuracy per criterion and the misses, scored as ../shared/eval/score-dev.mjs
 * scores them (see worksheet-scoring.ts), but in process instead of through `coach assess`.
 *   npm run eval:worksheets                 the dev set (when present), our own set, and each later
 *                                            set of ours (fresh-*.jsonl: written blind, scored once; tests/worksheets/README.md)
 *   npm run eval:worksheets -- FILE.jsonl …  only these files
 *   --no-misses                              only the figures
 * The dev set measures; it is not for tuning (../shared/eval/ASSISTANT-AND-WORKSHEETS.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { assessWorksheet } from '../worksheets';
import { projectRoot } from './project-root';
import { type LabelledWorksheet, parseLabelledWorksheets, scoreWorksheets, type WorksheetScore } from './worksheet-scoring';

const root = projectRoot();
const args = process.argv.slice(2);
const showMisses = !args.includes('--no-misses');
const fileArgs = args.filter((a) => !a.startsWith('--'));

const devFile = resolve(root, '../shared/eval/dev-worksheets.jsonl');
const ownDir = resolve(root, 'tests/worksheets');
const setFiles = (prefix: string) =>
  readdirSync(ownDir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl'))
    .sort()
    .map((f) => resolve(ownDir, f));
const ownFiles = setFiles('own-');
const freshFiles = setFiles('fresh-');

const read = (file: string): LabelledWorksheet[] => parseLabelledWorksheets(readFileSync(file, 'utf8'), relative(root, file));
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function report(title: string, score: WorksheetScore): void {
  console.log(`\n${title}: ${score.worksheets} werkbladen, macro-nauwkeurigheid ${score.macro.toFixed(3)}`);
  for (const c of score.criteria) {
    const counts = `${c.correct}/${c.total}`.padStart(5);
    console.log(`  ${c.key.padEnd(44)} ${c.accuracy.toFixed(2)}  ${counts}   (verwacht: ${c.expectedFails} fail, ${c.total - c.expectedFails} pass)`);
  }
  if (!showMisses || score.misses.length === 0) return;
  console.log(`  missers (${score.misses.length}):`);
  for (const m of score.misses) {
    console.log(`    ${m.id} ${m.criterion}: verwacht ${m.expected}, kreeg ${m.got ?? 'niets'}`);
    console.log(`        trainer: ${clip(m.why, 150)}`);
    if (m.message) console.log(`        check:   ${clip(m.message, 150)}`);
  }
}

if (fileArgs.length) {
  for (const f of fileArgs) report(basename(f), scoreWorksheets(read(resolve(root, f)), assessWorksheet));
} else {
  if (existsSync(devFile)) report('dev-worksheets.jsonl', scoreWorksheets(read(devFile), assessWorksheet));
  else console.log(`${relative(root, devFile)} ontbreekt: de dev-set is overgeslagen.`);
  const own = ownFiles.flatMap(read);
  if (own.length) report(`eigen set (${ownFiles.map((f) => basename(f)).join(', ')})`, scoreWorksheets(own, assessWorksheet));
  else console.log('tests/worksheets/own-*.jsonl: geen eigen werkbladen gevonden.');
  for (const f of freshFiles) report(basename(f), scoreWorksheets(read(f), assessWorksheet));
}
