import { builtInRules, type RuntimeRule, toRuntimeRule } from '../../analysis';

let runtimeRules: RuntimeRule[] | undefined;

/**
 * The rules without their examples and sources: what a content script needs to analyse. (Rules
 * the worker or the organisation switched off are skipped by the content script's settings.)
 */
export function handleGetRules(): RuntimeRule[] {
  runtimeRules ??= builtInRules.map(toRuntimeRule);
  return runtimeRules;
}
