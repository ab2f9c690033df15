import { browser } from 'wxt/browser';
import { ORGANISATION_DISABLED_RULES, PREFERENCES, WORKER_DISABLED_RULES } from '../messaging/storage-keys';
import { type OrganisationSettings, type Preferences, readPreferences } from './preferences';

/**
 * The preferences in the extension's own storage (never the page's). The worker's switched-off
 * rules keep their key of earlier versions (`disabledRules`); the rest is one object.
 */
export async function loadPreferences(): Promise<Preferences> {
  const stored = await browser.storage.local.get([PREFERENCES, WORKER_DISABLED_RULES]);
  const rest = stored[PREFERENCES] !== null && typeof stored[PREFERENCES] === 'object' ? stored[PREFERENCES] : {};
  return readPreferences({ ...rest, disabledRules: stored[WORKER_DISABLED_RULES] });
}

export async function savePreferences(prefs: Preferences): Promise<void> {
  const { disabledRules, ...rest } = readPreferences(prefs);
  await browser.storage.local.set({ [PREFERENCES]: rest, [WORKER_DISABLED_RULES]: disabledRules });
}

/** Changes the stored preferences with `change` (read, change, write). */
export async function updatePreferences(change: (prefs: Preferences) => Preferences): Promise<Preferences> {
  const next = readPreferences(change(await loadPreferences()));
  await savePreferences(next);
  return next;
}

export function disableRule(rule: string): Promise<Preferences> {
  return updatePreferences((p) => ({ ...p, disabledRules: [...p.disabledRules, rule] }));
}

export function enableRule(rule: string): Promise<Preferences> {
  return updatePreferences((p) => ({ ...p, disabledRules: p.disabledRules.filter((r) => r !== rule) }));
}

/** The organisation's part, as the background keeps it from the policy. */
export async function loadOrganisationSettings(): Promise<OrganisationSettings> {
  const stored = await browser.storage.local.get(ORGANISATION_DISABLED_RULES);
  const rules = stored[ORGANISATION_DISABLED_RULES];
  return { disabledRules: Array.isArray(rules) ? rules.filter((r): r is string => typeof r === 'string') : [] };
}

/** Calls `listener` whenever the worker's preferences or the organisation's part change. */
export function onSettingsChanged(listener: (prefs: Preferences, organisation: OrganisationSettings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(PREFERENCES in changes || WORKER_DISABLED_RULES in changes || ORGANISATION_DISABLED_RULES in changes)) return;
    void Promise.all([loadPreferences(), loadOrganisationSettings()]).then(([p, o]) => listener(p, o));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
