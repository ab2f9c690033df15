import type { BrowserContext, Page } from '@playwright/test';

/** The tab id of `page`, as the extension sees it (the page must be in front). */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const [worker] = context.serviceWorkers();
  return worker!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
  });
}

/** A message to the tab of `page`, as the background sends it (Alt+Shift+I sends kc:open-picker); not awaited there. */
export async function toTab(context: BrowserContext, page: Page, message: object): Promise<void> {
  const tabId = await tabIdOf(context, page);
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(
    ([id, m]) => {
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      void api.tabs.sendMessage(id as number, m as object);
    },
    [tabId, message] as const,
  );
}

/** The side panel as a page bound to the tab of `page` (the real panel is not a Playwright page). */
export async function panelFor(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  const tabId = await tabIdOf(context, page);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/** A snippet request to the background, from an extension page (as the side panel asks). */
export async function askSnippets<T>(context: BrowserContext, extensionId: string, message: object): Promise<T> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const answer = await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  );
  await page.close();
  return answer as T;
}
