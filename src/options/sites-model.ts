import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { disableSite, registerSite } from '../activation/activation';
import { loadPendingSites, savePendingSites } from '../settings/pending-sites';
import { organisationSites } from './organisation-model';
import { registeredSites } from './registered-sites';
import { siteName } from './site-name';
import { say } from './settings-model';

/** Every site with a registered coach (the worker's and the organisation's). */
const registered = signal<string[]>([]);
/** Imported sites that wait for the worker's "Toestaan". */
export const pendingSites = signal<string[]>([]);

/** The worker's own sites: registered, and not the organisation's. */
export const workerSites = computed(() => registered.value.filter((s) => !organisationSites.value.includes(s)));

export async function loadSites(): Promise<void> {
  const [sites, pending] = await Promise.all([registeredSites(), loadPendingSites()]);
  registered.value = sites;
  pendingSites.value = pending.filter((s) => !sites.includes(s));
}

/** Reads the registered sites again; a pending site that got registered is no longer pending. */
async function refresh(): Promise<void> {
  registered.value = await registeredSites();
  await setPending(pendingSites.value.filter((s) => !registered.value.includes(s)));
}

async function setPending(sites: readonly string[]): Promise<void> {
  const next = [...new Set(sites)];
  if (next.length === pendingSites.value.length && next.every((s, i) => s === pendingSites.value[i])) return;
  pendingSites.value = next;
  await savePendingSites(next);
}

/** "Stoppen": the coach no longer starts by itself there, and the browser's permission goes back. */
export async function stopSite(pattern: string): Promise<void> {
  await disableSite(pattern);
  await refresh();
  say(`Krachtcoach start niet meer vanzelf op ${siteName(pattern)}.`);
}

/**
 * "Toestaan": asks the browser for the sites. Must be called straight from the click, with no
 * await before the request, or the browser refuses for want of the worker's gesture.
 */
export function allowSites(patterns: readonly string[]): Promise<void> {
  const asked = browser.permissions.request({ origins: [...patterns] });
  return asked.then(
    async (granted) => {
      if (!granted) {
        say('De browser heeft geen toestemming gegeven. Er is niets veranderd.', 'error');
        return;
      }
      for (const pattern of patterns) await registerSite(pattern);
      await refresh();
      say(patterns.length === 1 ? `Krachtcoach staat nu altijd aan op ${siteName(patterns[0]!)}.` : `Krachtcoach staat nu altijd aan op ${patterns.length} sites.`);
    },
    () => say('De browser kon de toestemming niet vragen. Probeer het nog eens.', 'error'),
  );
}

/**
 * Imported sites: switched on where the browser already allows them (nothing to ask), the others
 * wait for "Toestaan".
 */
export async function addImportedSites(patterns: readonly string[]): Promise<number> {
  const waiting: string[] = [];
  for (const pattern of patterns) {
    if (registered.value.includes(pattern)) continue;
    const allowed = await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
    if (allowed) await registerSite(pattern);
    else waiting.push(pattern);
  }
  await setPending([...pendingSites.value, ...waiting]);
  await refresh();
  return waiting.length;
}

export function forgetPending(pattern: string): Promise<void> {
  return setPending(pendingSites.value.filter((s) => s !== pattern));
}
