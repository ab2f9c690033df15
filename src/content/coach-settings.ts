import { browser } from 'wxt/browser';

const KEY = 'disabledRules';

/** Rules the worker switched off, in extension storage (never the page's). */
export async function loadDisabledRules(): Promise<Set<string>> {
  const stored = await browser.storage.local.get(KEY);
  const list = stored[KEY];
  return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
}

export async function saveDisabledRules(rules: ReadonlySet<string>): Promise<void> {
  await browser.storage.local.set({ [KEY]: [...rules] });
}

export function onDisabledRulesChanged(listener: (rules: Set<string>) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const v = changes[KEY]!.newValue;
    listener(new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
