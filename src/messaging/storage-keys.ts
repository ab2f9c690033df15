/** Keys in the extension's storage.local that more than one part of the extension reads. */

/** Rules the worker switched off (the card's "regel uitzetten"). */
export const WORKER_DISABLED_RULES = 'disabledRules';
/** Rules the organisation's policy switched off; the background keeps this key current. */
export const ORGANISATION_DISABLED_RULES = 'organisationDisabledRules';
/** The worker's other coaching preferences (src/settings/preferences.ts). */
export const PREFERENCES = 'coachPreferences';
