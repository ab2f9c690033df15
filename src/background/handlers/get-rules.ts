import { builtInRules, type RuntimeRule, toRuntimeRule } from '../../analysis';
import { organisationPolicy } from '../organisation-policy';

let runtimeRules: RuntimeRule[] | undefined;

/**
 * The rules without their examples and sources: what a content script needs to analyse. Rules
 * the organisation switched off (its policy's disabledRules) are left out.
 */
export async function handleGetRules(): Promise<RuntimeRule[]> {
  runtimeRules ??= builtInRules.map(toRuntimeRule);
  const off = new Set((await organisationPolicy()).disabledRules);
  return off.size ? runtimeRules.filter((r) => !off.has(r.id)) : runtimeRules;
}
