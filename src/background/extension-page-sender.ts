import { browser } from 'wxt/browser';

/** Who we are, as a message's sender would show it. */
export interface OurExtension {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''): `chrome-extension://<id>/` or Firefox's `moz-extension://<uuid>/`. */
  baseUrl: string;
}

/** The fields of runtime.MessageSender this check reads (the browser fills them in, not the sender). */
export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export function ourExtension(): OurExtension {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
}

/**
 * True when a message comes from one of our own extension pages (the side panel, the options
 * page, the welcome page), not from a content script.
 *
 * The browser sets `url` and `origin` to the sending frame's own document: for a content script
 * that is the host page (https://ecd…), never our extension's origin, even in a compromised
 * renderer (Chrome checks the origin against the process that sent it). `sender.tab` alone does
 * not tell them apart: a content script always has one, but so has our own page when it is open
 * in a tab (the options page opens in a tab; so does the panel in the e2e tests). So a sender
 * with a tab passes only when its own url is one of our pages too, which no content script's is.
 * Firefox gives no `origin`; where it is given, it must be ours as well.
 */
export function isExtensionPage(sender: SenderFacts, us: OurExtension): boolean {
  if (sender.id !== us.id || !us.id) return false;
  if (!us.baseUrl.endsWith('/') || typeof sender.url !== 'string' || !sender.url.startsWith(us.baseUrl)) return false;
  if (sender.origin !== undefined && `${sender.origin}/` !== us.baseUrl) return false;
  return true;
}
