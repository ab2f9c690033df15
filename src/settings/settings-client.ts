import { browser } from 'wxt/browser';
import { type ContentMessage, SettingsSnapshotSchema } from '../messaging/protocol';
import { type OrganisationSettings, type Preferences, readPreferences } from './preferences';

/**
 * The content script's way to the settings: it asks the background (background/handlers/
 * settings.ts) instead of reading the extension's storage, which is not the content script's
 * to touch. Extension pages keep using preference-store.ts.
 */

export interface EffectiveSettings {
  prefs: Preferences;
  organisation: OrganisationSettings;
}

/** What the background sent, validated; undefined when it is not a settings snapshot. */
export function readSettingsSnapshot(raw: unknown): EffectiveSettings | undefined {
  const parsed = SettingsSnapshotSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return { prefs: readPreferences(parsed.data.preferences), organisation: { disabledRules: parsed.data.organisationDisabledRules } };
}

/** The settings now; undefined when the background did not answer (the coach keeps its defaults). */
export async function fetchSettings(): Promise<EffectiveSettings | undefined> {
  const answer = await browser.runtime.sendMessage({ type: 'kc:get-settings' } satisfies ContentMessage).catch(() => undefined);
  return readSettingsSnapshot(answer);
}

/**
 * The card's "Regel uit" (`off`) or "Ongedaan maken": the worker's own list changes, the
 * organisation's stays as its policy says. The settings after the change, or undefined when the
 * background refused or did not answer.
 */
export async function switchRule(rule: string, off: boolean): Promise<EffectiveSettings | undefined> {
  const answer = await browser.runtime.sendMessage({ type: 'kc:set-rule', rule, off } satisfies ContentMessage).catch(() => undefined);
  return readSettingsSnapshot(answer);
}
