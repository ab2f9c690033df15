import type { BrowserContext, Page, Worker } from '@playwright/test';
import { tabIdOf } from './panel-page';

/** The part of the extension API these helpers use in the service worker. */
interface Scripting {
  executeScript(injection: { target: { tabId: number }; func?: () => unknown; files?: string[] }): Promise<unknown>;
}
type WorkerGlobal = typeof globalThis & {
  chrome: { scripting: Scripting };
  kcInjections?: { started: number; settled: number; files: number; original: Scripting['executeScript'] };
};

/**
 * Whether the extension may run script in the tab of `page` at all (a click's activeTab, or a
 * site the worker allowed). Without it no coach runs there and none can come later, so "not
 * coached" is a state the browser tells, not a time to wait out.
 */
export async function extensionReaches(context: BrowserContext, page: Page): Promise<boolean> {
  const tabId = await tabIdOf(context, page);
  const [worker] = context.serviceWorkers();
  return worker!.evaluate(
    (tabId) => (globalThis as WorkerGlobal).chrome.scripting.executeScript({ target: { tabId }, func: () => true }).then(() => true, () => false),
    tabId,
  );
}

/**
 * Counts the background's own scripting.executeScript calls from now on (it probes the frames,
 * then injects the coach where it is missing), so a test can wait until the background has
 * finished with a tab and see whether it started a coach there.
 */
export async function watchInjections(worker: Worker): Promise<{ settled(): Promise<boolean>; coachesInjected(): Promise<number> }> {
  await worker.evaluate(() => {
    const g = globalThis as WorkerGlobal;
    const scripting = g.chrome.scripting;
    const original = g.kcInjections?.original ?? scripting.executeScript.bind(scripting);
    const counts = { started: 0, settled: 0, files: 0, original };
    g.kcInjections = counts;
    scripting.executeScript = (injection) => {
      counts.started++;
      if (injection.files) counts.files++;
      // Counted as settled a task later: the background's next call (the injection after its
      // probe) has started by then.
      return original(injection).finally(() => setTimeout(() => counts.settled++));
    };
  });
  return {
    settled: () => worker.evaluate(() => {
      const counts = (globalThis as WorkerGlobal).kcInjections!;
      return counts.started > 0 && counts.started === counts.settled;
    }),
    coachesInjected: () => worker.evaluate(() => (globalThis as WorkerGlobal).kcInjections!.files),
  };
}
