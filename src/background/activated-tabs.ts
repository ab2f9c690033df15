import { browser } from 'wxt/browser';
import { injectIntoTab } from '../activation/activation';

/** In storage.session: gone with the browser session, kept while the service worker sleeps. */
const KEY = 'activatedTabs';

type SessionArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

function sessionArea(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

/** Where storage.session is missing (older Firefox): for as long as the background lives. */
let inMemory: number[] = [];

async function read(): Promise<number[]> {
  const area = sessionArea();
  if (!area) return inMemory;
  const stored = (await area.get(KEY).catch((): Record<string, unknown> => ({})))[KEY];
  return Array.isArray(stored) ? stored.filter((id): id is number => typeof id === 'number') : [];
}

async function write(ids: number[]): Promise<void> {
  const area = sessionArea();
  if (area) await area.set({ [KEY]: ids }).catch(() => {});
  else inMemory = ids;
}

/** Changes one at a time: a tab remembered while another is forgotten must not be lost. */
let changing: Promise<void> = Promise.resolve();

function change(edit: (ids: number[]) => number[]): Promise<void> {
  changing = changing.then(async () => {
    const ids = await read();
    const next = edit(ids);
    if (next.length !== ids.length) await write(next);
  });
  return changing;
}

/** A tab the worker switched Krachtcoach on in, with the toolbar button or Alt+Shift+K. */
export function rememberActivatedTab(tabId: number): Promise<void> {
  return change((ids) => (ids.includes(tabId) ? ids : [...ids, tabId]));
}

export async function isActivatedTab(tabId: number): Promise<boolean> {
  return (await read()).includes(tabId);
}

function forget(tabId: number): Promise<void> {
  return change((ids) => ids.filter((id) => id !== tabId));
}

/**
 * The browser's grant for a click (activeTab) outlives a reload and the pages of the same site
 * in Chromium, but the coach we put in goes with each page. So it is put in again when such a
 * tab has loaded a page, for as long as the grant holds: once the browser refuses (another
 * site, Firefox after any navigation), the tab is forgotten and the worker clicks again.
 */
export function startActivatedTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    void (async () => {
      if (!(await read()).includes(tabId)) return;
      if (!(await injectIntoTab(tabId))) await forget(tabId);
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
}
