import { browser } from 'wxt/browser';
import { registrationId } from '../activation/site-pattern';

/**
 * The sites where Krachtcoach starts by itself: the content scripts registered by "Altijd op
 * deze site" (activation.ts) and by the organisation's policy, one per site, by id.
 */
export async function registeredSites(): Promise<string[]> {
  const prefix = registrationId('');
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return [...new Set(scripts.filter((s) => s.id.startsWith(prefix)).flatMap((s) => s.matches ?? []))].sort();
}
