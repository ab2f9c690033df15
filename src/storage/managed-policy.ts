import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { type Template, TemplateSchema } from '../templates/template-schema';
import { describeIssue } from './snippet-validation';

/**
 * The organisation's policy, pushed by IT through `chrome.storage.managed` (Chrome: the schema in
 * public/managed_schema.json, set by GPO/registry or a JSON file; Firefox: the `3rdparty` part of
 * policies.json). Three keys:
 * - `templates`: snippets for everyone, read-only in the extension and marked "organisatie";
 * - `enabledSites`: match patterns where Krachtcoach runs without the worker activating it;
 * - `disabledRules`: rule ids switched off for everyone.
 *
 * Chrome drops a whole policy value that breaks its schema, so the schema only checks types and
 * the fine checks happen here, per item: one broken template is skipped and reported (in Dutch,
 * by number, title and field) while the others still arrive.
 */
export interface ManagedPolicy {
  templates: OrganisationTemplate[];
  enabledSites: string[];
  disabledRules: string[];
  /** What was skipped and why, in Dutch, for the side panel and for IT (chrome://policy shows the raw value). */
  issues: string[];
}

type OrganisationTemplate = Template & { origin: 'organisation' };

export function emptyPolicy(): ManagedPolicy {
  return { templates: [], enabledSites: [], disabledRules: [], issues: [] };
}

/** The id an organisation template gets in the extension: it can never clash with a built-in or own id. */
export function organisationSnippetId(templateId: string): string {
  return `org:${templateId}`;
}

/** `https://ecd.voorbeeld.nl/*`, `https://*.zorg.nl/*`, `http://localhost:8080/*`, `<all_urls>`. */
const MATCH_PATTERN = /^(?:<all_urls>|(?:\*|https?):\/\/(?:\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::\d{1,5})?\/\S*)$/i;
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const TopSchema = z.object({
  templates: z.optional(z.array(z.unknown())),
  enabledSites: z.optional(z.array(z.unknown())),
  disabledRules: z.optional(z.array(z.unknown())),
});

/**
 * The test seam: validates a raw `storage.managed` object. Total: never throws, whatever IT (or
 * a broken registry entry) put there. With `ruleIds` (the built-in rules; storage does not know
 * them itself), a switched-off rule that does not exist is named in `issues` and left out: a typo
 * would otherwise switch nothing off without a word.
 */
export function parseManagedPolicy(raw: unknown, ruleIds?: ReadonlySet<string>): ManagedPolicy {
  if (raw === undefined || raw === null) return emptyPolicy();
  const top = TopSchema.safeParse(raw);
  if (!top.success) {
    return { ...emptyPolicy(), issues: [`Het beleid van de organisatie is ongeldig: ${describeIssue(top.error.issues[0]!, raw)}.`] };
  }
  const issues: string[] = [];
  const templates: OrganisationTemplate[] = [];
  const ids = new Set<string>();
  const shortcuts = new Set<string>();
  for (const [i, item] of (top.data.templates ?? []).entries()) {
    const name = `Organisatiesjabloon ${i + 1}${titleOf(item)}`;
    const input = item !== null && typeof item === 'object' ? { tags: [], ...item, origin: 'organisation' } : item;
    const parsed = TemplateSchema.safeParse(input);
    if (!parsed.success) {
      issues.push(`${name} is overgeslagen: ${describeIssue(parsed.error.issues[0]!, input)}.`);
      continue;
    }
    const t = parsed.data as OrganisationTemplate;
    if (ids.has(t.id)) {
      issues.push(`${name} is overgeslagen: de id "${t.id}" komt al eerder voor.`);
      continue;
    }
    ids.add(t.id);
    if (t.shortcut && shortcuts.has(t.shortcut)) {
      issues.push(`${name}: de sneltoets ${t.shortcut} komt al eerder voor en is weggelaten.`);
      delete t.shortcut;
    }
    if (t.shortcut) shortcuts.add(t.shortcut);
    templates.push(t);
  }
  const enabledSites = strings(top.data.enabledSites, MATCH_PATTERN, 'enabledSites', 'adrespatroon', issues);
  const disabledRules = strings(top.data.disabledRules, RULE_ID, 'disabledRules', 'regel-id', issues).filter((id) => {
    if (!ruleIds || ruleIds.has(id)) return true;
    issues.push(`disabledRules: de regel "${id}" bestaat niet in deze versie van Krachtcoach en is overgeslagen (zie docs/rules.md voor de regel-ids).`);
    return false;
  });
  return { templates, enabledSites, disabledRules, issues };
}

function titleOf(item: unknown): string {
  const title = item !== null && typeof item === 'object' ? (item as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title.trim() ? ` ("${title.trim().slice(0, 60)}")` : '';
}

function strings(list: unknown[] | undefined, re: RegExp, key: string, what: string, issues: string[]): string[] {
  const out: string[] = [];
  for (const [i, v] of (list ?? []).entries()) {
    if (typeof v !== 'string' || !re.test(v.trim())) {
      issues.push(`${key}, onderdeel ${i + 1}: ${JSON.stringify(v)?.slice(0, 80) ?? String(v)} is geen geldig ${what} en is overgeslagen.`);
      continue;
    }
    const s = v.trim();
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

type ManagedArea = { get(keys?: null | string | string[]): Promise<Record<string, unknown>> };

/** Firefox's answer when no policy names this extension: no policy set, nothing to report. */
const NO_POLICY = /managed storage manifest not found/i;

/**
 * Reads the policy. Without one (no policy set; Firefox throws "Managed storage manifest not
 * found") the policy is empty. Any other failure leaves it empty too, but says so in `issues`:
 * the organisation's templates and switched-off rules are missing then, and the worker and IT
 * must be able to see why.
 */
export async function readManagedPolicy(ruleIds?: ReadonlySet<string>, area: ManagedArea | undefined = browser.storage?.managed): Promise<ManagedPolicy> {
  if (!area) return emptyPolicy();
  let raw: Record<string, unknown>;
  try {
    raw = await area.get(null);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (NO_POLICY.test(reason)) return emptyPolicy();
    return { ...emptyPolicy(), issues: [`Het beleid van de organisatie kon niet worden gelezen (${reason.slice(0, 200)}); Krachtcoach werkt zonder de sjablonen, sites en uitgezette regels van de organisatie.`] };
  }
  return parseManagedPolicy(raw, ruleIds);
}

/** Calls back with the new policy whenever IT changes it (Chrome: live; Firefox: after a restart). */
export function onManagedPolicyChanged(listener: (policy: ManagedPolicy) => void, ruleIds?: ReadonlySet<string>): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManagedPolicy(ruleIds).then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
