import { browser } from 'wxt/browser';

/**
 * Sites from an imported settings file that still wait for the worker's "Toestaan": the browser
 * only grants a site in a click, so an import cannot switch them on. Kept in storage, so they
 * are still offered when the options page is opened again. Only the options page reads them.
 */
const PENDING_SITES = 'pendingSites';

export async function loadPendingSites(): Promise<string[]> {
  const stored = (await browser.storage.local.get(PENDING_SITES))[PENDING_SITES];
  return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
}

export async function savePendingSites(sites: readonly string[]): Promise<void> {
  await browser.storage.local.set({ [PENDING_SITES]: [...new Set(sites)] });
}
