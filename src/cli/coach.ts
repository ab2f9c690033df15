/**
 * `coach`: the Krachtcoach engine on the command line. A thin entry over src/analysis: the
 * same engine as the content script and the side panel.
 * Exit codes: 0 ran, 1 findings at or above --fail-on, 2 bad usage, unreadable or too large input.
 * Results go to stdout as they are made; usage and errors go to stderr, in Dutch.
 */
import './regexp-native';
import type { Write } from './check-output';
import { describeArgsError } from './dutch-errors';
import { UsageError } from './read-input';
import { StdoutWriter } from './stdout-writer';
import { ASK_USAGE, ASSESS_USAGE, CARDS_USAGE, CHECK_USAGE } from './usage';

const USAGE = `Krachtcoach op de opdrachtregel

${CHECK_USAGE}
${ASSESS_USAGE}
${ASK_USAGE}
${CARDS_USAGE}`;

type Command = (argv: string[], write: Write) => number;

/** Each command loads what it needs when it runs: `check` starts without the assistant. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check-command')).runCheck,
  assess: async () => (await import('./assess-command')).runAssess,
  ask: async () => (await import('./ask-command')).runAsk,
  cards: async () => (await import('./ask-command')).runCards,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    process.stderr.write(`coach: onbekende opdracht "${command}".\n\n${USAGE}\n`);
    return 2;
  }
  const run = await load();
  const out = new StdoutWriter();
  try {
    return run(rest, (chunk) => out.write(chunk));
  } catch (e) {
    const message = e instanceof UsageError ? e.message : describeArgsError(e);
    if (message === null) throw e;
    process.stderr.write(`coach: ${message}\n`);
    return 2;
  } finally {
    out.flush();
  }
}

// Not a top-level await: the bin is a CommonJS bundle (build-cli.mjs), which can be compiled from a code cache.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
