import type { Browser } from 'wxt/browser';
import { openPanel } from '../side-panel';

/**
 * The card's "Paneel" button: a click in the page is the user gesture Chrome's sidePanel.open
 * needs. Firefox opens its sidebar only from its own user actions (the toolbar, the command):
 * false tells the card to say how.
 */
export function handleOpenPanel(sender: Browser.runtime.MessageSender): Promise<boolean> {
  return openPanel(sender.tab?.id, sender.tab?.windowId).then(
    () => true,
    () => false,
  );
}
