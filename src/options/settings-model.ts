import { signal } from '@preact/signals';
import type { Category } from '../analysis/types';
import { DEFAULT_PREFERENCES, type OrganisationSettings, type Preferences } from '../settings/preferences';
import { loadOrganisationSettings, loadPreferences, onSettingsChanged, updatePreferences } from '../settings/preference-store';

/**
 * The worker's preferences as the options page shows them. Every change is saved at once, and
 * the coach in open pages follows through storage (onSettingsChanged in the content script).
 * Changes elsewhere (the card's "Regel uit") come in the same way.
 */
export const preferences = signal<Preferences>(DEFAULT_PREFERENCES);
export const organisation = signal<OrganisationSettings>({ disabledRules: [] });
export const settingsLoaded = signal(false);
/** The last thing that happened, said once to screen readers too (role=status). */
export const statusMessage = signal<{ text: string; kind: 'ok' | 'error' } | null>(null);

export function say(text: string, kind: 'ok' | 'error' = 'ok'): void {
  statusMessage.value = { text, kind };
}

export async function loadSettings(): Promise<void> {
  onSettingsChanged((prefs, org) => {
    preferences.value = prefs;
    organisation.value = org;
  });
  const [prefs, org] = await Promise.all([loadPreferences(), loadOrganisationSettings()]);
  preferences.value = prefs;
  organisation.value = org;
  settingsLoaded.value = true;
}

/** One change after the other: two quick clicks must not read the same old value and lose one. */
let queue: Promise<unknown> = Promise.resolve();

/** Shows the change at once and saves it; a failed save says so and shows what is stored. */
export function changePreferences(change: (prefs: Preferences) => Preferences, done?: string): Promise<void> {
  preferences.value = change(preferences.value);
  const saved = queue.then(() => updatePreferences(change));
  queue = saved.catch(() => {});
  return saved.then(
    (stored) => {
      preferences.value = stored;
      if (done) say(done);
    },
    async () => {
      say('Opslaan is niet gelukt. Probeer het nog eens.', 'error');
      preferences.value = await loadPreferences().catch(() => preferences.value);
    },
  );
}

const without = <T>(list: readonly T[], item: T) => list.filter((x) => x !== item);

export function setCategory(category: Category, on: boolean): Promise<void> {
  return changePreferences((p) => ({
    ...p,
    disabledCategories: on ? without(p.disabledCategories, category) : [...without(p.disabledCategories, category), category],
  }));
}

export function setRule(rule: string, on: boolean, done?: string): Promise<void> {
  return changePreferences((p) => ({ ...p, disabledRules: on ? without(p.disabledRules, rule) : [...without(p.disabledRules, rule), rule] }), done);
}

export function setCalm(calm: boolean): Promise<void> {
  return changePreferences((p) => ({ ...p, calm }));
}

export function addTerm(term: string): Promise<void> {
  const t = term.trim();
  return changePreferences((p) => ({ ...p, ignoredTerms: p.ignoredTerms.some((x) => x.toLowerCase() === t.toLowerCase()) ? p.ignoredTerms : [...p.ignoredTerms, t] }), `"${t}" staat in je woordenlijst.`);
}

export function removeTerm(term: string): Promise<void> {
  return changePreferences((p) => ({ ...p, ignoredTerms: without(p.ignoredTerms, term) }), `"${term}" is uit je woordenlijst gehaald.`);
}

/** Replaces everything (an import). */
export function replacePreferences(next: Preferences): Promise<void> {
  return changePreferences(() => next);
}
