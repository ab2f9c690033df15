import { builtInRules, MODES } from '../analysis';
import { exceptionSource, type LiteralsOf, type PhrasesOf, patternSources } from '../analysis/compile-rules';
import { requiredLiterals, requiredPhrases } from '../analysis/required-literals';

/**
 * The required literals of every built-in pattern and exception list, worked out when the CLI bundle is built
 * (src/tools/build-cli.mjs puts them in as KRACHTCOACH_BUILT_IN_LITERALS): the bin then starts
 * without parsing a megabyte of rule sources. Run from source (`npm run coach`) the table is
 * absent and the parser answers, as it does in the extension.
 */
declare const KRACHTCOACH_BUILT_IN_LITERALS: ReadonlyArray<readonly string[] | null> | undefined;
/** The required phrases of the same sources (requiredPhrases), as one JSON string: parsed faster than literals in code. */
declare const KRACHTCOACH_BUILT_IN_PHRASES: string | undefined;

export type LiteralTable = ReadonlyArray<readonly string[] | null>;
export type PhraseTable = ReadonlyArray<readonly (readonly string[])[]>;

/** Every pattern source of the built-in rules, then their exception lists per mode, each once. */
let sourcesOnce: string[] | undefined;
function builtInSources(): string[] {
  if (sourcesOnce) return sourcesOnce;
  const exceptionLists = builtInRules.flatMap((rule) => MODES.map((mode) => exceptionSource(rule, mode)).filter((s) => s !== null));
  return (sourcesOnce = [...new Set([...builtInRules.flatMap(patternSources), ...exceptionLists])]);
}

/** What build-cli.mjs puts in the bundle as KRACHTCOACH_BUILT_IN_PHRASES: per built-in source, in order, its phrase sets. */
export function builtInPhraseTable(): PhraseTable {
  return builtInSources().map(requiredPhrases);
}

/**
 * The required phrases of a pattern source: from the table where the source is a built-in one,
 * else parsed. A table that does not line up with the rules is not used.
 */
export function phrasesOfBuiltIns(table: PhraseTable | undefined = typeof KRACHTCOACH_BUILT_IN_PHRASES === 'undefined' ? undefined : (JSON.parse(KRACHTCOACH_BUILT_IN_PHRASES) as PhraseTable)): PhrasesOf {
  const sources = table ? builtInSources() : [];
  if (!table || sources.length !== table.length) return requiredPhrases;
  const known = new Map<string, readonly (readonly string[])[]>();
  sources.forEach((source, i) => known.set(source, table[i]!));
  return (source) => known.get(source) ?? requiredPhrases(source);
}

/** What build-cli.mjs puts in the bundle: per built-in source, in order, its literals. */
export function builtInLiteralTable(): LiteralTable {
  return builtInSources().map((source) => {
    const literals = requiredLiterals(source);
    return literals ? [...literals] : null;
  });
}

/**
 * The literals of a pattern source: from the table where the source is a built-in one, else
 * parsed. A table that does not line up with the rules (not the same count) is not used.
 */
export function literalsOfBuiltIns(table: LiteralTable | undefined = typeof KRACHTCOACH_BUILT_IN_LITERALS === 'undefined' ? undefined : KRACHTCOACH_BUILT_IN_LITERALS): LiteralsOf {
  const sources = table ? builtInSources() : [];
  if (!table || sources.length !== table.length) return requiredLiterals;
  const known = new Map<string, Set<string> | null>();
  sources.forEach((source, i) => {
    const literals = table[i];
    known.set(source, literals ? new Set(literals) : null);
  });
  return (source) => {
    const literals = known.get(source);
    return literals === undefined ? requiredLiterals(source) : literals;
  };
}
