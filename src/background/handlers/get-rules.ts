import { builtInRules, type RuntimeRule, toRuntimeRule } from '../../analysis';

let runtimeRules: RuntimeRule[] | undefined;

/** The rules without their examples and sources: what a content script needs to analyse. */
export function handleGetRules(): RuntimeRule[] {
  runtimeRules ??= builtInRules.map(toRuntimeRule);
  return runtimeRules;
}
