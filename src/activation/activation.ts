import { browser } from 'wxt/browser';
import { registrationId, sitePattern } from './site-pattern';

/** The content script as wxt builds it; registered and injected at run time on activated sites. */
const CONTENT_SCRIPT = '/content-scripts/content.js';

export type ActivationState = 'active' | 'inactive' | 'unsupported';

/**
 * Runs the coach in every frame of one tab that lacks it (activeTab after a click on the button
 * or the command): frames added since, such as an editor in a dialog, get it too. Not where it
 * runs already: a second start replaces the running coach (wxt stops the older script), and with
 * it what the worker ignored and the card that is open.
 */
export async function injectIntoTab(tabId: number): Promise<boolean> {
  try {
    const probes = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: coachStartedHere });
    const missing = probes.filter((probe) => probe.result !== true).map((probe) => probe.frameId);
    if (missing.length) await browser.scripting.executeScript({ target: { tabId, frameIds: missing }, files: [CONTENT_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}

/** Runs in a frame, in the content scripts' world: whether the coach started there (start-coach.ts). */
function coachStartedHere(): boolean {
  return (globalThis as { __krachtcoachStarted?: boolean }).__krachtcoachStarted === true;
}

/**
 * "Altijd op deze site": asks the browser for the site (must run in a click handler of an
 * extension page), then registers the content script for it, so it runs on every visit.
 */
export async function enableSite(url: string | undefined): Promise<boolean> {
  const pattern = sitePattern(url);
  if (!pattern) return false;
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  await registerSite(pattern);
  return true;
}

export async function registerSite(pattern: string): Promise<void> {
  const id = registrationId(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    // matchOriginAsFallback: also the about:blank frames of the site, where TinyMCE and many
    // dialog editors keep their text.
    { id, matches: [pattern], js: [CONTENT_SCRIPT], allFrames: true, matchOriginAsFallback: true, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Sites registered by an earlier version, without their about:blank frames: given them now. */
export async function upgradeRegisteredSites(): Promise<void> {
  const old = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(registrationId('')) && !s.matchOriginAsFallback);
  if (old.length) await browser.scripting.updateContentScripts(old.map((s) => ({ id: s.id, js: [CONTENT_SCRIPT], matchOriginAsFallback: true })));
}

export async function disableSite(url: string | undefined): Promise<void> {
  const pattern = sitePattern(url);
  if (!pattern) return;
  await browser.scripting.unregisterContentScripts({ ids: [registrationId(pattern)] }).catch(() => {});
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/** Whether the worker chose "always on this site" for the page's site. */
export async function siteEnabled(url: string | undefined): Promise<boolean> {
  const pattern = sitePattern(url);
  if (!pattern) return false;
  const ids = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);
  return ids.includes(registrationId(pattern));
}

/** Whether the browser lets Krachtcoach run on the site by itself: a static match, or a permission the worker or the organisation gave. */
export async function siteAllowed(url: string | undefined): Promise<boolean> {
  const pattern = sitePattern(url);
  if (!pattern) return false;
  return browser.permissions.contains({ origins: [pattern] });
}

/**
 * How long Krachtcoach stays on in a tab after the worker's click or Alt+Shift+K: Chromium keeps
 * the grant (activeTab) for the site within the tab, and the background puts the coach in again
 * after each page (activated-tabs.ts); Firefox ends it at any navigation, a reload included.
 */
export function clickLasts(): 'site' | 'page' {
  return browser.runtime.getURL('/').startsWith('moz-extension:') ? 'page' : 'site';
}
