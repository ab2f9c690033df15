import { browser } from 'wxt/browser';

/** The card's "Instellingen": a content script cannot open the options page itself. True when it opened. */
export function handleOpenOptions(): Promise<boolean> {
  return browser.runtime.openOptionsPage().then(
    () => true,
    () => false,
  );
}
