import * as z from 'zod/mini';
import { CATEGORIES, type AnalyzeOptions, type Category } from '../analysis/types';

/**
 * The worker's own coaching preferences (the options page, the card's and the panel's "Regel
 * uit"). Pure: the storage lives in preference-store.ts, so the options page, the content script
 * and the tests share one schema and one meaning.
 */
export interface Preferences {
  /** Rule ids the worker switched off. */
  disabledRules: string[];
  /** Categories the worker switched off. */
  disabledCategories: Category[];
  /** Names and terms never to flag (a client's name, an organisation's word). */
  ignoredTerms: string[];
  /** "Rustig": only etiketten and sturende taal (and what is left to fill in). */
  calm: boolean;
}

/** What "rustig" keeps: the findings that hurt a client most when they stay in the record. */
export const CALM_CATEGORIES: readonly Category[] = ['label', 'coercion', 'unfinished'];

export const DEFAULT_PREFERENCES: Preferences = { disabledRules: [], disabledCategories: [], ignoredTerms: [], calm: false };

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A term is one name or a few words; longer text is not a term. */
const MAX_TERM = 80;
const MAX_TERMS = 500;


const RuleIdSchema = z.string().check(z.regex(RULE_ID), z.maxLength(80));
const TermSchema = z.string().check(z.maxLength(MAX_TERM));

export const PreferencesSchema = z.object({
  disabledRules: z.array(RuleIdSchema).check(z.maxLength(1000)),
  disabledCategories: z.array(z.enum(CATEGORIES)),
  ignoredTerms: z.array(TermSchema.check(z.minLength(1))).check(z.maxLength(MAX_TERMS)),
  calm: z.boolean(),
});

/**
 * Reads stored (or imported) preferences leniently, item by item: a broken item is left out and
 * a missing part falls back to its default, so one bad value never switches the coach off or
 * loses the other parts.
 */
export function readPreferences(raw: unknown): Preferences {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const items = <T>(value: unknown, schema: z.ZodMiniType<T>, max: number): T[] =>
    Array.isArray(value) ? unique(value.flatMap((v) => { const p = schema.safeParse(v); return p.success ? [p.data] : []; })).slice(0, max) : [];
  return {
    disabledRules: items(o.disabledRules, RuleIdSchema, 1000),
    disabledCategories: items(o.disabledCategories, z.enum(CATEGORIES), CATEGORIES.length),
    ignoredTerms: items(Array.isArray(o.ignoredTerms) ? o.ignoredTerms.map((t) => (typeof t === 'string' ? t.trim() : t)) : undefined, TermSchema.check(z.minLength(1)), MAX_TERMS),
    calm: typeof o.calm === 'boolean' ? o.calm : DEFAULT_PREFERENCES.calm,
  };
}

/** The organisation's part, from its policy: shown locked, never changed by the worker. */
export interface OrganisationSettings {
  disabledRules: readonly string[];
}

/** What the engine is asked for, from the worker's preferences and the organisation's policy. */
export function analyzeOptionsOf(prefs: Preferences, organisation: OrganisationSettings = { disabledRules: [] }): Pick<AnalyzeOptions, 'disabledRules' | 'categories' | 'ignoredTerms'> {
  const off = new Set(prefs.disabledCategories);
  const allowed = prefs.calm ? CALM_CATEGORIES : CATEGORIES;
  const categories = allowed.filter((c) => !off.has(c));
  return {
    disabledRules: new Set([...prefs.disabledRules, ...organisation.disabledRules]),
    ...(categories.length === CATEGORIES.length ? {} : { categories: new Set(categories) }),
    ...(prefs.ignoredTerms.length ? { ignoredTerms: prefs.ignoredTerms } : {}),
  };
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
