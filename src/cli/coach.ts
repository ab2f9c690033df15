/**
 * `coach`: the Krachtcoach engine on the command line. A thin entry over src/analysis: the
 * same engine as the content script and the side panel.
 * Exit codes: 0 ran, 1 findings at or above --fail-on, 2 bad usage or unreadable input.
 */
import { ASK_USAGE, CARDS_USAGE, runAsk, runCards } from './ask-command';
import { ASSESS_USAGE, runAssess } from './assess-command';
import { CHECK_USAGE, runCheck } from './check-command';
import { UsageError } from './read-input';

const USAGE = `Krachtcoach op de opdrachtregel

${CHECK_USAGE}
${ASSESS_USAGE}
${ASK_USAGE}
${CARDS_USAGE}`;

const COMMANDS: Record<string, (argv: string[], out: (s: string) => void) => number> = {
  check: runCheck,
  assess: runAssess,
  ask: runAsk,
  cards: runCards,
};

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`Onbekende opdracht "${command}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return run(rest, (s) => process.stdout.write(`${s}\n`));
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`coach: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
