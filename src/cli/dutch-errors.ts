/**
 * The CLI speaks Dutch, also when zod or node:util's parseArgs refuses something: their English
 * messages are rewritten from their codes, with the option or field they name.
 */

interface ZodIssueLike {
  code?: string;
  path?: ReadonlyArray<PropertyKey>;
  expected?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  values?: readonly unknown[];
  origin?: string;
}

const TYPE_NL: Record<string, string> = { string: 'tekst', number: 'getal', boolean: 'ja of nee', object: 'object', array: 'lijst' };

/** "veld "text" …: verwacht tekst" and the like, for one zod issue. */
export function describeZodIssue(issue: ZodIssueLike | undefined): string {
  const field = issue?.path?.length ? `veld "${issue.path.join('.')}"` : 'de regel';
  switch (issue?.code) {
    case 'invalid_type':
      return `${field} klopt niet (verwacht ${TYPE_NL[String(issue.expected)] ?? String(issue.expected)})`;
    case 'too_big':
      return `${field} klopt niet (te lang: hoogstens ${Number(issue.maximum).toLocaleString('nl-NL')} ${issue.origin === 'array' ? 'onderdelen' : 'tekens'})`;
    case 'too_small':
      return `${field} klopt niet (te kort of leeg)`;
    case 'invalid_value':
      return `${field} klopt niet (kies uit ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')})`;
    case 'invalid_union':
      return `${field} klopt niet (verwacht tekst of een getal)`;
    default:
      return `${field} klopt niet`;
  }
}

/** parseArgs' errors (ERR_PARSE_ARGS_*) in Dutch; null for any other error. */
export function describeArgsError(error: unknown): string | null {
  const { code, message } = error as { code?: string; message?: string };
  if (!code?.startsWith('ERR_PARSE_ARGS')) return null;
  const option = /'(-{1,2}[^'\s]+)/.exec(message ?? '')?.[1] ?? /(-{1,2}[\w-]+)/.exec(message ?? '')?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Onbekende optie ${option ?? ''}.`.replace(' .', '.');
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Optie ${option ?? ''} verwacht een waarde.`.replace('  ', ' ');
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'Te veel losse argumenten.';
    default:
      return 'Deze opties kloppen niet.';
  }
}
