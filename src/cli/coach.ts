/**
 * `coach`: the Krachtcoach engine on the command line. A thin entry over src/analysis: the
 * same engine as the content script and the side panel.
 * Exit codes: 0 ran, 1 findings at or above --fail-on, 2 bad usage, unreadable or too large input.
 * Results go to stdout as they are made; usage and errors go to stderr, in Dutch.
 */
import './regexp-native';
import { ASK_USAGE, CARDS_USAGE, runAsk, runCards } from './ask-command';
import { ASSESS_USAGE, runAssess } from './assess-command';
import { CHECK_USAGE, runCheck } from './check-command';
import type { Write } from './check-output';
import { describeArgsError } from './dutch-errors';
import { UsageError } from './read-input';
import { StdoutWriter } from './stdout-writer';

const USAGE = `Krachtcoach op de opdrachtregel

${CHECK_USAGE}
${ASSESS_USAGE}
${ASK_USAGE}
${CARDS_USAGE}`;

const COMMANDS: Record<string, (argv: string[], write: Write) => number> = {
  check: runCheck,
  assess: runAssess,
  ask: runAsk,
  cards: runCards,
};

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`coach: onbekende opdracht "${command}".\n\n${USAGE}\n`);
    return 2;
  }
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

process.exitCode = main(process.argv.slice(2));
