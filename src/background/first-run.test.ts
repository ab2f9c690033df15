import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFirstRun } from './first-run';

/** Lets the listener's promises settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

async function welcomeTabs(): Promise<number> {
  return (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html')).length;
}

describe('the first-run page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startFirstRun();
  });

  it('opens once after install, and not after an update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1', temporary: false } as never);
    await settle();
    expect(await welcomeTabs()).toBe(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    await settle();
    expect(await welcomeTabs()).toBe(1);
  });

  it('never opens a second time, also when the browser reports an install again', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    await settle();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    await settle();
    expect(await welcomeTabs()).toBe(1);
  });
});
