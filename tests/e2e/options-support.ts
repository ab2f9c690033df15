import type { BrowserContext, Page } from '@playwright/test';
import { readShownFindings } from '../../src/tools/page-findings';

/** The part of the extension API these helpers use in the service worker. */
interface WorkerChrome {
  storage: { local: { remove(keys: string[]): Promise<void>; set(items: object): Promise<void>; get(keys: string[] | string | null): Promise<Record<string, unknown>> } };
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string }>>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    registerContentScripts(scripts: object[]): Promise<void>;
  };
}
type WorkerGlobal = typeof globalThis & { chrome: WorkerChrome };

/** The worker's settings as the extension stores them (src/settings/preference-store.ts, pending-sites.ts). */
const SETTING_KEYS = ['coachPreferences', 'disabledRules', 'pendingSites', 'draftSettings'];

/** Back to a new worker's settings: no preferences and no sites, as the tests before left them. */
export async function resetSettings(context: BrowserContext): Promise<void> {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(async (keys) => {
    const api = (globalThis as WorkerGlobal).chrome;
    await api.storage.local.remove(keys);
    const ids = (await api.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith('kc-site-'));
    if (ids.length) await api.scripting.unregisterContentScripts({ ids });
  }, SETTING_KEYS);
}

/** What is stored of the worker's settings, to compare before and after. */
export async function storedSettings(context: BrowserContext): Promise<Record<string, unknown>> {
  const [worker] = context.serviceWorkers();
  return worker!.evaluate((keys) => (globalThis as WorkerGlobal).chrome.storage.local.get(keys), SETTING_KEYS);
}

/** Sets storage items in the extension, as another part of it would (the card's "Regel uitzetten"). */
export async function setStored(context: BrowserContext, items: Record<string, unknown>): Promise<void> {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate((items) => (globalThis as WorkerGlobal).chrome.storage.local.set(items), items);
}

/** "Altijd op deze site", as the panel leaves it: a registered content script for the site. */
export async function registerSiteScript(context: BrowserContext, pattern: string): Promise<void> {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(
    (pattern) =>
      (globalThis as WorkerGlobal).chrome.scripting.registerContentScripts([
        { id: `kc-site-${pattern.replace(/[^a-z0-9.-]+/gi, '_')}`, matches: [pattern], js: ['/content-scripts/content.js'], persistAcrossSessions: true },
      ]),
    pattern,
  );
}

/** What the coach underlines in the page, as "category:text". */
export async function underlined(page: Page): Promise<string[]> {
  return (await page.evaluate(readShownFindings)).map((f) => `${f.category}:${f.text}`);
}

/** Whether the page scrolls sideways (it must not, down to 320 px). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
