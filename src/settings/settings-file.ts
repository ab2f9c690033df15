import * as z from 'zod/mini';
import { type DraftSettings, readDraftSettings } from '../drafts/draft-settings';
import { type Preferences, PreferencesSchema } from './preferences';

/**
 * The worker's settings as a file (the options page's "Exporteren" and "Importeren"): to take
 * them to another computer or browser. Pure, so the file format has one schema and its own tests.
 * An import is all or nothing: a file that does not parse as a whole changes nothing.
 */
export const SETTINGS_FILE_FORMAT = 'krachtcoach-settings';
export const SETTINGS_FILE_VERSION = 1;
/** A settings file is a few kilobytes; anything over this is refused before it is read. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

/** A site as "Altijd op deze site" stores it: scheme, host, every path (activation/site-pattern.ts). */
const SITE = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\/\*$/i;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  preferences: Preferences;
  /** The sites where the worker switched Krachtcoach on for good (not the organisation's). */
  sites: string[];
  /** Conceptbeveiliging: sites, hours, fields left out (absent in files from before it existed). */
  drafts?: DraftSettings;
}

const SettingsFileSchema = z.object({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.literal(SETTINGS_FILE_VERSION),
  preferences: PreferencesSchema,
  sites: z.array(z.string().check(z.regex(SITE), z.maxLength(300))).check(z.maxLength(500)),
  drafts: z.optional(
    z.object({
      sites: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(500)),
      hours: z.number(),
      excluded: z.array(z.object({ site: z.string(), selector: z.string(), label: z.string() })).check(z.maxLength(2000)),
    }),
  ),
});

export function settingsFileOf(preferences: Preferences, sites: readonly string[], drafts?: DraftSettings): SettingsFile {
  return { format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, preferences, sites: [...sites], ...(drafts ? { drafts } : {}) };
}

/** The name the export is saved under, with the day: krachtcoach-instellingen-2025-03-14.json. */
export function settingsFileName(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `krachtcoach-instellingen-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.json`;
}

export type ReadSettingsFile = { ok: true; file: SettingsFile } | { ok: false; message: string };

const NOTHING_CHANGED = 'Er is niets veranderd.';

/** Refuses a file by its size alone, before its text is read. */
export function refuseBySize(bytes: number): string | null {
  return bytes > MAX_SETTINGS_FILE_BYTES
    ? `Dit bestand is groter dan 1 MB. Een instellingenbestand van Krachtcoach is maar een paar kilobyte: kies het bestand dat je met "Exporteren" hebt bewaard. ${NOTHING_CHANGED}`
    : null;
}

/** Which part of the file a field belongs to, in the worker's words. */
const PART_NAMES: Record<string, string> = {
  disabledRules: 'de uitgezette regels',
  disabledCategories: 'de uitgezette soorten',
  ignoredTerms: 'de woordenlijst',
  calm: 'de rustige stand',
  sites: 'de sites',
  preferences: 'de voorkeuren',
  drafts: 'de conceptbeveiliging',
};

/** Reads an imported file's text: the file, or a Dutch message that says what is wrong with it. */
export function readSettingsFile(text: string): ReadSettingsFile {
  const refused = refuseBySize(text.length);
  if (refused) return { ok: false, message: refused };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: `Dit bestand is geen instellingenbestand van Krachtcoach: het is geen leesbare JSON. ${NOTHING_CHANGED}` };
  }
  const o = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  if (o?.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, message: `Dit bestand is geen instellingenbestand van Krachtcoach. Kies het bestand dat je met "Exporteren" hebt bewaard. ${NOTHING_CHANGED}` };
  }
  if (typeof o.version === 'number' && o.version > SETTINGS_FILE_VERSION) {
    return { ok: false, message: `Dit bestand komt uit een nieuwere versie van Krachtcoach (versie ${o.version}). Werk Krachtcoach eerst bij. ${NOTHING_CHANGED}` };
  }
  const parsed = SettingsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    const part = [...path].reverse().find((p): p is string => typeof p === 'string' && p in PART_NAMES);
    const where = part ? `: er klopt iets niet in ${PART_NAMES[part]}` : '';
    return { ok: false, message: `Dit instellingenbestand is beschadigd${where}. ${NOTHING_CHANGED}` };
  }
  const file = parsed.data;
  // The same list twice in a hand-edited file is no reason to refuse it.
  return {
    ok: true,
    file: {
      ...file,
      preferences: {
        ...file.preferences,
        disabledRules: [...new Set(file.preferences.disabledRules)],
        disabledCategories: [...new Set(file.preferences.disabledCategories)],
        ignoredTerms: [...new Set(file.preferences.ignoredTerms.map((t) => t.trim()).filter(Boolean))],
      },
      sites: [...new Set(file.sites.map((s) => s.toLowerCase()))],
      // The same reading as the stored setting: a site that is no web address, or hours out of
      // range, fall back as they would there.
      ...(file.drafts ? { drafts: readDraftSettings(file.drafts) } : {}),
    },
  };
}
