import * as z from 'zod/mini';
import { siteOf } from './field-key';

/**
 * The drafts setting: off unless the worker switches it on for a site (the options page,
 * "Conceptbeveiliging") or the organisation's policy does. Pure: the worker's part is stored by
 * settings/draft-settings-store.ts, the organisation's comes from storage.managed.
 */

/** How long a draft is kept, in hours, as the worker can choose. */
export const HOUR_CHOICES = [1, 2, 4, 8, 12, 24] as const;
/** Long enough for a shift and its overtime; short enough that last night's text is gone tomorrow. */
export const DEFAULT_HOURS = 12;
/** No policy or choice keeps a draft longer than a week. */
const MAX_HOURS = 168;

/** The storage.local key of the worker's part. */
export const DRAFT_SETTINGS_KEY = 'draftSettings';
/** The storage.managed keys of the organisation's part (public/managed_schema.json). */
export const DRAFT_POLICY_KEYS = ['draftSites', 'draftMaxHours', 'draftsAllowed'] as const;

/** A field the worker does not want kept: on this site, by its selector and label (on any page). */
export interface ExcludedField {
  site: string;
  selector: string;
  label: string;
}

export interface DraftSettings {
  /** Sites (origins: `https://ecd.zorg.nl`) where the worker switched drafts on. */
  sites: string[];
  hours: number;
  excluded: ExcludedField[];
}

export interface DraftPolicy {
  /** Match patterns (`https://*.zorg.nl/*`) where the organisation switched drafts on. */
  sites: string[];
  /** The longest the organisation allows; undefined: no maximum of its own. */
  maxHours?: number;
  /** False when the organisation does not allow drafts at all. */
  allowed: boolean;
}

export const DEFAULT_DRAFT_SETTINGS: DraftSettings = { sites: [], hours: DEFAULT_HOURS, excluded: [] };
export const NO_DRAFT_POLICY: DraftPolicy = { sites: [], allowed: true };

const ExcludedSchema = z.object({ site: z.string().check(z.maxLength(300)), selector: z.string().check(z.maxLength(500)), label: z.string().check(z.maxLength(120)) });

function hoursOf(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.min(Math.floor(value), MAX_HOURS) : fallback;
}

/** Stored or imported settings, read leniently: a broken part falls back to its default. */
export function readDraftSettings(raw: unknown): DraftSettings {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(o.sites) ? [...new Set(o.sites.flatMap((s) => (typeof s === 'string' && siteOf(s) ? [siteOf(s)!] : [])))] : [];
  const excluded = Array.isArray(o.excluded) ? o.excluded.flatMap((e) => { const p = ExcludedSchema.safeParse(e); return p.success ? [p.data] : []; }) : [];
  return { sites, hours: hoursOf(o.hours, DEFAULT_HOURS), excluded };
}

/** The organisation's keys from storage.managed, read leniently (a wrong type counts as not set). */
export function readDraftPolicy(raw: unknown): DraftPolicy {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(o.draftSites) ? o.draftSites.filter((s): s is string => typeof s === 'string' && patternRegex(s.trim()) !== null).map((s) => s.trim()) : [];
  const max = hoursOf(o.draftMaxHours, 0);
  return { sites, ...(max ? { maxHours: max } : {}), allowed: o.draftsAllowed !== false };
}

/** The hours that count: the worker's choice, at most the organisation's maximum. */
export function effectiveHours(settings: DraftSettings, policy: DraftPolicy): number {
  return policy.maxHours ? Math.min(settings.hours, policy.maxHours) : settings.hours;
}

/** The hour choices the worker can make under the policy (the maximum itself always among them). */
export function hourChoices(policy: DraftPolicy): number[] {
  const max = policy.maxHours;
  if (!max) return [...HOUR_CHOICES];
  const under = HOUR_CHOICES.filter((h) => h < max);
  return [...under, max];
}

/** Whether drafts are kept on this site (an origin). */
export function draftsOn(site: string | null, settings: DraftSettings, policy: DraftPolicy): boolean {
  if (!site || !policy.allowed) return false;
  return settings.sites.includes(site) || organisationCovers(site, policy);
}

/** Whether the organisation's policy switched drafts on for this site. */
export function organisationCovers(site: string, policy: DraftPolicy): boolean {
  return policy.sites.some((p) => patternRegex(p)?.test(site) ?? false);
}

/**
 * A match pattern (`https://*.zorg.nl/*`, `<all_urls>`) as a test of an origin. Match patterns
 * carry no port, so any port of the host matches; the path is not part of a site.
 */
function patternRegex(pattern: string): RegExp | null {
  if (pattern === '<all_urls>') return /^https?:\/\//;
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)\/.*$/i.exec(pattern);
  if (!m) return null;
  const scheme = m[1] === '*' ? 'https?' : m[1]!.toLowerCase();
  const host = m[2]!.toLowerCase();
  const hostRe = host === '*' ? '[^/:]+' : host.startsWith('*.') ? `(?:[^/:]+\\.)?${escape(host.slice(2))}` : escape(host);
  return new RegExp(`^${scheme}://${hostRe}(?::\\d+)?$`, 'i');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the worker excluded this field. */
export function isExcluded(site: string, field: { selector: string; label: string }, settings: DraftSettings): boolean {
  return settings.excluded.some((e) => e.site === site && e.selector === field.selector && e.label === field.label);
}
