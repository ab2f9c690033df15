import { browser } from 'wxt/browser';

/** Set once the welcome page has been opened: never a second time, whatever the browser reports. The e2e launcher reads it too (src/tools/chromium.ts). */
const WELCOME_SHOWN = 'welcomeShown';

/**
 * Opens the first-run page once, after the extension is installed (not after an update or a
 * browser restart). The flag also covers browsers that report a reload of an unpacked extension
 * as a new install.
 */
export function startFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWelcomeOnce();
  });
}

async function openWelcomeOnce(): Promise<void> {
  const stored = await browser.storage.local.get(WELCOME_SHOWN);
  if (stored[WELCOME_SHOWN] === true) return;
  // The flag follows the tab, so whoever sees it set can find the tab already there.
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  await browser.storage.local.set({ [WELCOME_SHOWN]: true });
}
