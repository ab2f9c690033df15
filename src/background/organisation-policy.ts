import { browser } from 'wxt/browser';
import { registerSite } from '../activation/activation';
import { builtInRules } from '../analysis';
import { ORGANISATION_DISABLED_RULES } from '../messaging/storage-keys';
import { emptyPolicy, type ManagedPolicy, onManagedPolicyChanged, readManagedPolicy } from '../storage/managed-policy';

/**
 * The organisation's policy as the background knows it. Chromium can take seconds to answer the
 * first managed-storage read, so nothing waits for it longer than a moment: until it is known,
 * the policy is empty.
 */
let current: ManagedPolicy = emptyPolicy();
let known: Promise<void> | undefined;
const listeners = new Set<(policy: ManagedPolicy) => void>();

async function apply(policy: ManagedPolicy): Promise<void> {
  current = policy;
  for (const listener of listeners) listener(policy);
  // Content scripts read the switched-off rules from storage and follow its changes.
  await browser.storage.local.set({ [ORGANISATION_DISABLED_RULES]: policy.disabledRules }).catch(() => {});
  // Sites the organisation lists run Krachtcoach without a click, once the browser allows the
  // site (granted by the worker once, or by the organisation's own extension settings).
  for (const pattern of policy.enabledSites) {
    const allowed = await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
    if (allowed) await registerSite(pattern).catch(() => {});
  }
}

/** The rule ids the policy's disabledRules may name; any other is reported (policy.issues) and ignored. */
const knownRuleIds = (): ReadonlySet<string> => new Set(builtInRules.map((r) => r.id));

export function startOrganisationPolicy(): void {
  const ruleIds = knownRuleIds();
  known ??= readManagedPolicy(ruleIds).then(apply);
  onManagedPolicyChanged((policy) => void apply(policy), ruleIds);
}

/** Calls `listener` with every policy read from now on (the first read and every change). */
export function onOrganisationPolicy(listener: (policy: ManagedPolicy) => void): void {
  listeners.add(listener);
}

/** The policy now, after waiting at most `ms` for the first read. */
export async function organisationPolicy(ms = 300): Promise<ManagedPolicy> {
  if (known) await Promise.race([known, new Promise((r) => setTimeout(r, ms))]);
  return current;
}
