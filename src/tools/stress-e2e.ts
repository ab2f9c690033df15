/**
 * `npm run test:e2e:stress [-- --runs N] [-- playwright arguments]`: the end-to-end suite on a
 * busy machine. One busy loop per core runs for as long as the suite does, at the same
 * priority, and the suite must pass N times in a row (3 by default) with no retries. It shows
 * whether a test waits for events or leans on the machine's speed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 3;
const playwrightArgs = runsFlag >= 0 ? args.filter((_, i) => i !== runsFlag && i !== runsFlag + 1) : args;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('gebruik: npm run test:e2e:stress -- [--runs N] [playwright-argumenten]');
  process.exit(2);
}

/** A busy loop in its own process: it competes with the browsers as any other program would. */
function startHog(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

function runSuite(): Promise<number> {
  return new Promise((done) => {
    const suite = spawn('npx', ['playwright', 'test', '--retries=0', ...playwrightArgs], { stdio: 'inherit' });
    suite.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const hogs = Array.from({ length: availableParallelism() }, startHog);
const stopHogs = () => hogs.forEach((hog) => hog.kill());
process.on('exit', stopHogs);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const results: string[] = [];
let failed = false;
for (let run = 1; run <= runs && !failed; run++) {
  console.log(`\n=== stress-run ${run}/${runs}: de e2e-suite met ${hogs.length} bezige kernen ===`);
  const started = Date.now();
  const code = await runSuite();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  results.push(`run ${run}: ${code === 0 ? 'groen' : `ROOD (exit ${code})`} in ${seconds} s`);
  failed = code !== 0;
}
stopHogs();
console.log(`\nstress: ${results.join('; ')}`);
process.exit(failed ? 1 : 0);
