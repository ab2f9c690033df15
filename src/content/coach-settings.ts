import { browser } from 'wxt/browser';
import { ORGANISATION_DISABLED_RULES, WORKER_DISABLED_RULES as KEY } from '../messaging/storage-keys';

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

/** The worker's own switched-off rules, in extension storage (never the page's). */
export async function loadDisabledRules(): Promise<Set<string>> {
  return new Set(ids((await browser.storage.local.get(KEY))[KEY]));
}

export async function saveDisabledRules(rules: ReadonlySet<string>): Promise<void> {
  await browser.storage.local.set({ [KEY]: [...rules] });
}

/** Every rule that is off here: the worker's and the organisation's. */
export async function loadAllDisabledRules(): Promise<Set<string>> {
  const stored = await browser.storage.local.get([KEY, ORGANISATION_DISABLED_RULES]);
  return new Set([...ids(stored[KEY]), ...ids(stored[ORGANISATION_DISABLED_RULES])]);
}

/** Calls `listener` with every rule that is off, whenever the worker's or the organisation's list changes. */
export function onDisabledRulesChanged(listener: (rules: Set<string>) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (KEY in changes || ORGANISATION_DISABLED_RULES in changes)) void loadAllDisabledRules().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
