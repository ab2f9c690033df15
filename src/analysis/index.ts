/**
 * The Krachtcoach engine: pure TypeScript, no DOM and no browser APIs, shared by the CLI, the
 * content script and the side panel.
 */
import { createAnalyzer } from './analyzer';
import { builtInRules } from './rules';

export { createAnalyzer, type Analyzer } from './analyzer';
export { builtInRules } from './rules';
export { analyzeMessage } from './message-parts';
export { type RuntimeRule, toRuntimeRule } from './runtime-rule';
export { replacementsOf, suggestionText } from './rewrite';
export * from './types';

let shared: ReturnType<typeof createAnalyzer> | undefined;

/** The analyzer over the built-in rules, created on first use. */
export function defaultAnalyzer() {
  shared ??= createAnalyzer(builtInRules);
  return shared;
}
