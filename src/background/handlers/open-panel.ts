import type { Browser } from 'wxt/browser';
import { openPanel } from '../side-panel';

/** The card's "Paneel" button: a click in the page is the user gesture sidePanel.open needs. */
export function handleOpenPanel(sender: Browser.runtime.MessageSender): Promise<void> {
  return openPanel(sender.tab?.id, sender.tab?.windowId).catch(() => {});
}
