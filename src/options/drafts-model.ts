import { computed, signal } from '@preact/signals';
import { DEFAULT_DRAFT_SETTINGS, type DraftPolicy, type DraftSettings, effectiveHours, NO_DRAFT_POLICY, organisationCovers } from '../drafts/draft-settings';
import { siteOf } from '../drafts/field-key';
import { loadDraftPolicy, loadDraftSettings, onDraftSettingsChanged, updateDraftSettings } from '../settings/draft-settings-store';
import { say } from './settings-model';
import { workerSites } from './sites-model';

/** The drafts setting as the options page shows it ("Conceptbeveiliging"). */
export const draftSettings = signal<DraftSettings>(DEFAULT_DRAFT_SETTINGS);
export const draftPolicy = signal<DraftPolicy>(NO_DRAFT_POLICY);

export const draftHours = computed(() => effectiveHours(draftSettings.value, draftPolicy.value));

/** The worker's sites (always-on) where drafts are still off: offered with one click. */
export const sitesToOffer = computed(() =>
  workerSites.value.flatMap((pattern) => {
    const site = siteOf(pattern.replace(/\/\*$/, '/'));
    return site && !draftSettings.value.sites.includes(site) && !organisationCovers(site, draftPolicy.value) ? [site] : [];
  }),
);

export async function loadDrafts(): Promise<void> {
  onDraftSettingsChanged((s) => (draftSettings.value = s));
  const [settings, policy] = await Promise.all([loadDraftSettings(), loadDraftPolicy()]);
  draftSettings.value = settings;
  draftPolicy.value = policy;
}

async function change(next: (s: DraftSettings) => DraftSettings, done: string): Promise<void> {
  try {
    draftSettings.value = await updateDraftSettings(next);
    say(done);
  } catch {
    say('Opslaan is niet gelukt. Probeer het nog eens.', 'error');
  }
}

const host = (site: string) => new URL(site).host;

/** Switches drafts on for a site typed by the worker (any address on it) or offered; false when it is no web address. */
export function switchOn(address: string): Promise<boolean> {
  const typed = address.trim();
  const site = siteOf(/^[a-z]+:\/\//i.test(typed) ? typed : `https://${typed}`);
  if (!site) {
    say('Dat is geen adres van een website. Typ bijvoorbeeld ecd.zorg.nl.', 'error');
    return Promise.resolve(false);
  }
  return change((s) => ({ ...s, sites: [...s.sites, site] }), `Conceptbeveiliging staat aan op ${host(site)}.`).then(() => true);
}

/** Off for a site: the background deletes its drafts at once. */
export function switchOff(site: string): Promise<void> {
  return change((s) => ({ ...s, sites: s.sites.filter((x) => x !== site) }), `Conceptbeveiliging staat uit op ${host(site)}. De concepten van die site zijn gewist.`);
}

export function setHours(hours: number): Promise<void> {
  return change((s) => ({ ...s, hours }), `Concepten worden voortaan ${hours === 1 ? '1 uur' : `${hours} uur`} bewaard.`);
}

export function includeAgain(index: number): Promise<void> {
  return change((s) => ({ ...s, excluded: s.excluded.filter((_, i) => i !== index) }), 'Dat veld krijgt weer een concept.');
}
