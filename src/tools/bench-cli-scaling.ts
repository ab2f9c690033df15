/**
 * How the CLI's cost grows with its input: `check --json`, `assess --json` and `ask --jsonl` on
 * 100 KB, 1 MB and 10 MB, each as a whole process. What counts is the cost of each extra MB: at
 * each size, the time it takes more than a tenth of that size (the same text's start, as the
 * inputs are made the same way), per MB of the difference. Start-up, and compiling the rules the
 * text needs (varied report text needs most of them in its first 100 KB), then fall out: the
 * cost is linear when that time per MB stays the same from 100 KB to 10 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { variedReport } from './bench-corpus';

const SIZES = [100_000, 1_000_000, 10_000_000] as const;
/** Runs per size, the fastest counting: the small sizes take little time, which a busy machine blurs. */
const RUNS = (bytes: number) => (bytes <= 100_000 ? 3 : bytes <= 1_000_000 ? 2 : 1);

interface Scaling {
  command: string;
  /** Milliseconds per MB at each size, for the text beyond its first tenth. */
  msPerMb: Record<string, number>;
  /** Time per MB at 10 MB divided by that at 100 KB (1.0: perfectly linear; below 1: the rules' warm-up in the first 100 KB). */
  ratio: number;
  /** Time per MB at 10 MB divided by that at 1 MB: the same, with the warm-up left behind. */
  ratioFrom1Mb: number;
}

/** Questions as workers ask them, one JSON line each, `bytes` bytes in all. */
function questionBatch(root: string, bytes: number): string {
  const questions = readFileSync(resolve(root, 'tests/assistant/questions.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { question: string }).question);
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = JSON.stringify({ id: i, question: questions[i % questions.length] });
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}

export function benchCliScaling(root: string): Scaling[] {
  const dir = mkdtempSync(join(tmpdir(), 'kc-scaling-'));
  const coach = (args: string[]) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [resolve(root, 'src/tools/run.mjs'), 'src/cli/coach.ts', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`coach ${args.join(' ')}: ${r.stderr}`);
    return performance.now() - t;
  };
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const commands: Array<{ command: string; args: (path: string) => string[]; input: (bytes: number) => string }> = [
    // Report text in which no paragraph repeats (the engine caches paragraphs): see variedReport.
    { command: 'check --json', args: (p) => ['check', '--json', p], input: (bytes) => variedReport(root, bytes) },
    { command: 'assess --json', args: (p) => ['assess', '--worksheet', 'krachteninventarisatie', '--json', p], input: (bytes) => variedReport(root, bytes) },
    { command: 'ask --jsonl', args: (p) => ['ask', '--jsonl', p], input: (bytes) => questionBatch(root, bytes) },
  ];
  return commands.map(({ command, args, input }) => {
    coach(args(file(`${command.split(' ')[0]}-klein`, input(1)))); // builds the CLI bundle once
    const took = new Map<number, number>();
    for (const size of [SIZES[0] / 10, ...SIZES]) {
      const path = file(`${command.split(' ')[0]}-${size}`, input(size));
      took.set(size, Math.min(...Array.from({ length: RUNS(size) }, () => coach(args(path)))));
    }
    const msPerMb: Record<string, number> = {};
    for (const size of SIZES) msPerMb[label(size)] = Math.max(0, took.get(size)! - took.get(size / 10)!) / ((0.9 * size) / 1_000_000);
    const at = (size: number) => msPerMb[label(size)]!;
    return { command, msPerMb, ratio: at(SIZES[2]) / at(SIZES[0]), ratioFrom1Mb: at(SIZES[2]) / at(SIZES[1]) };
  });
}

function label(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1000} KB`;
}
