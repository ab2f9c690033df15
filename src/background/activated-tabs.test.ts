import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const injected: number[] = [];
/** Tabs where the browser still grants the injection. */
const granted = new Set<number>();
vi.mock('../activation/activation', () => ({
  injectIntoTab: async (tabId: number) => {
    injected.push(tabId);
    return granted.has(tabId);
  },
}));

const { rememberActivatedTab, startActivatedTabs } = await import('./activated-tabs');

/** Lets the listeners' promises settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('activated tabs', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    injected.length = 0;
    granted.clear();
    startActivatedTabs();
  });

  const loaded = async (tabId: number) => {
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { id: tabId } as never);
    await settle();
  };

  it('puts the coach in again when a tab the worker switched it on in loads a page', async () => {
    granted.add(7);
    await rememberActivatedTab(7);
    await loaded(7);
    await loaded(8); // a tab the worker never clicked in
    expect(injected).toEqual([7]);
  });

  it('forgets the tab once the browser refuses (another site), and when it closes', async () => {
    await rememberActivatedTab(7);
    await loaded(7); // refused
    granted.add(7);
    await loaded(7);
    expect(injected).toEqual([7]);

    granted.add(9);
    await rememberActivatedTab(9);
    await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 1, isWindowClosing: false });
    await settle();
    await loaded(9);
    expect(injected).toEqual([7]);
  });
});
