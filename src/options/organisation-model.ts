import { computed, signal } from '@preact/signals';
import { builtInRules } from '../analysis';
import { readManagedPolicy } from '../storage/managed-policy';
import { organisation } from './settings-model';

/** The organisation's enabledSites: shown locked. */
export const organisationSites = signal<string[]>([]);
/** What the policy holds that Krachtcoach could not use (a failed read, an unknown rule id), in Dutch. */
export const policyIssues = signal<string[]>([]);
/** The organisation's switched-off rules, straight from the policy. */
const policyRules = signal<string[]>([]);

/**
 * The rules the organisation switched off: from the policy itself and from the copy the
 * background keeps in storage (whichever Chromium answers first).
 */
export const organisationRules = computed(() => new Set([...organisation.value.disabledRules, ...policyRules.value]));

/** Chromium can take seconds to answer the first read of the policy: nothing waits for it. */
export function loadOrganisationPolicy(): void {
  void readManagedPolicy(new Set(builtInRules.map((r) => r.id))).then((policy) => {
    organisationSites.value = policy.enabledSites;
    policyRules.value = policy.disabledRules;
    policyIssues.value = policy.issues;
  });
}
