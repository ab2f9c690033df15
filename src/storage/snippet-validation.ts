import * as z from 'zod/mini';
import type { SnippetDraft } from './snippet-types';
import { SHORTCUT_RE, TemplateSchema } from '../templates/template-schema';

/**
 * The fields of an own snippet, checked the same way on save and on import, with Dutch messages
 * that name the field. The rules come from the template schema (src/templates): one definition
 * of a valid title, body (its form fields must parse), tag, shortcut and id.
 */
const shape = TemplateSchema.def.shape;
export const TitleSchema = shape.title;
export const BodySchema = shape.body;
export const TagsSchema = shape.tags;
export const ShortcutSchema = z.string().check(z.regex(SHORTCUT_RE));
export const IdSchema = shape.id;

/** Dutch names of the fields, as the worker sees them in the side panel. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'id',
  title: 'titel',
  body: 'tekst',
  tags: 'tags',
  shortcut: 'sneltoets',
  source: 'bron',
  favourite: 'favoriet',
  usageCount: 'aantal keer gebruikt',
  createdAt: 'aangemaakt op',
  updatedAt: 'gewijzigd op',
  lastUsedAt: 'laatst gebruikt op',
  format: 'format',
  version: 'version',
  exportedAt: 'exportedAt',
  snippets: 'snippets',
  templates: 'templates',
  enabledSites: 'enabledSites',
  disabledRules: 'disabledRules',
};

const FORMAT_HINTS: Readonly<Record<string, string>> = {
  shortcut: 'gebruik een schuine streep en 2 tot 8 kleine letters of cijfers, zoals /ki',
  tags: 'gebruik kleine letters en cijfers, woorden gescheiden door een spatie of streepje',
  id: 'gebruik kleine letters, cijfers en streepjes, zoals mijn-groet',
  exportedAt: 'gebruik een datum en tijd zoals 2025-03-03T10:15:00.000Z',
  enabledSites: 'gebruik een adrespatroon zoals https://ecd.voorbeeld.nl/*',
  disabledRules: 'gebruik de id van een regel, zoals niet-kunnen',
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'tekst',
  array: 'een lijst',
  object: 'een object { … }',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  null: 'null',
};

type Issue = z.core.$ZodIssue;

/** The value at an issue's path, to tell "missing" from "wrong". */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** `veld "tags"`, `tag 2 van "tags"`. */
function fieldName(path: readonly PropertyKey[]): string {
  const [first, second] = path;
  const label = typeof first === 'string' ? (FIELD_LABELS[first] ?? first) : 'waarde';
  if (typeof second === 'number') return `veld "${label}" (onderdeel ${second + 1})`;
  return `veld "${label}"`;
}

/** Why a value is wrong, in Dutch, for one zod issue. */
function issueReason(issue: Issue, input: unknown): string {
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return 'ontbreekt';
      return `moet ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'mag niet leeg zijn' : `moet minstens ${min} tekens hebben`;
      if (issue.origin === 'array') return min <= 1 ? 'mag niet leeg zijn' : `moet minstens ${min} onderdelen hebben`;
      return issue.inclusive === false ? `moet groter zijn dan ${min}` : `moet minstens ${min} zijn`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `mag hoogstens ${max} tekens hebben`;
      if (issue.origin === 'array') return `mag hoogstens ${max} onderdelen hebben`;
      return `mag hoogstens ${max} zijn`;
    }
    case 'invalid_format':
      return FORMAT_HINTS[field] ?? 'heeft niet de juiste vorm';
    case 'invalid_value':
      return `moet ${issue.values.map((v) => JSON.stringify(v)).join(' of ')} zijn`;
    case 'custom':
      // The body's own messages (src/templates/fields.ts) are Dutch already: "teken 12: …".
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is ongeldig';
    default:
      return 'is ongeldig';
  }
}

/** `veld "titel": moet minstens 3 tekens hebben`. */
export function describeIssue(issue: Issue, input: unknown): string {
  return `${fieldName(issue.path)}: ${issueReason(issue, input)}`;
}

/** `Titel: moet minstens 3 tekens hebben.` — for the edit form, where the field is in view. */
function formMessage(issue: Issue, input: unknown): string {
  const key = issue.path[0];
  const label = typeof key === 'string' ? (FIELD_LABELS[key] ?? key) : 'waarde';
  const where = typeof issue.path[1] === 'number' ? ` (tag ${issue.path[1] + 1})` : '';
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}${where}: ${issueReason(issue, input)}.`;
}

/** What the worker typed, tidied the forgiving way: spaces, capitals, a missing slash. */
function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#/, '').toLowerCase().replace(/\s+/g, ' ');
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

function normalizeShortcut(shortcut: string | undefined): string | undefined {
  const s = shortcut?.trim().toLowerCase();
  if (!s) return undefined;
  return s.startsWith('/') ? s : `/${s}`;
}

interface CheckedDraft {
  title: string;
  body: string;
  tags: string[];
  shortcut?: string;
}

const DraftFieldsSchema = z.object({
  title: TitleSchema,
  body: BodySchema,
  tags: TagsSchema,
  shortcut: z.optional(ShortcutSchema),
});

/** A draft from the edit form, tidied and checked; the error names the field (and its problem). */
export function checkDraft(draft: SnippetDraft): { ok: true; value: CheckedDraft } | { ok: false; error: string } {
  const shortcut = normalizeShortcut(draft.shortcut);
  const value: CheckedDraft = {
    title: draft.title.trim(),
    body: draft.body.replace(/\r\n?/g, '\n'),
    tags: normalizeTags(draft.tags),
    ...(shortcut ? { shortcut } : {}),
  };
  if (!value.body.trim()) return { ok: false, error: 'Tekst: mag niet leeg zijn.' };
  const parsed = DraftFieldsSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: formMessage(parsed.error.issues[0]!, value) };
  return { ok: true, value };
}
