import * as z from 'zod/mini';
import type { DuplicateChoice, StoredSnippet } from './snippet-types';
import { BodySchema, describeIssue, IdSchema, ShortcutSchema, TagsSchema, TitleSchema } from './snippet-validation';
import type { SnippetRow } from './snippets';

/**
 * The snippet file: how workers share snippets without a cloud, and how they keep a copy.
 *
 *   { "format": "krachtcoach-snippets", "version": 1, "exportedAt": "2025-03-03T10:15:00.000Z",
 *     "snippets": [ { "id", "title", "body", "tags", "shortcut"?, "source"?, "favourite",
 *                     "usageCount", "createdAt", "updatedAt", "lastUsedAt" }, … ] }
 *
 * Only title and body are required in an entry, so a file can be written by hand. Import is all
 * or nothing: every entry is checked before anything is written, and the writing is one
 * transaction. A file of a newer version is refused rather than half understood.
 */
export const FILE_FORMAT = 'krachtcoach-snippets';
const FILE_VERSION = 1;
/**
 * The largest snippet file that is read at all. A real collection is far smaller (a team's 300
 * snippets of 2 KB is 0.7 MB of JSON; 5 MB holds some 2,000), and anything larger is the wrong
 * file: the side panel refuses it by its size before reading it, and the background refuses a
 * longer text (a character is at least one byte, so a file within the limit is never refused here).
 */
export const MAX_SNIPPET_FILE_BYTES = 5 * 1024 * 1024;
const MAX_ENTRIES = 50_000;

/** In MB with at most one decimal, rounded up (a file just over the limit must not read as "5 MB"). */
const megabytes = (bytes: number) => (Math.ceil(bytes / 1024 / 1024 * 10) / 10).toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/** The Dutch reason a file of this size is not imported, or null when its size is fine. */
export function snippetFileSizeError(bytes: number): string | null {
  if (bytes <= MAX_SNIPPET_FILE_BYTES) return null;
  return `Dit bestand is ${megabytes(bytes)} MB; een sjablonenbestand mag hoogstens ${megabytes(MAX_SNIPPET_FILE_BYTES)} MB zijn. Is het het goede bestand?`;
}

const Timestamp = z.number().check(z.nonnegative(), z.maximum(8.64e15));

const FileEntrySchema = z.object({
  id: z.optional(IdSchema),
  title: TitleSchema,
  body: BodySchema,
  tags: z._default(TagsSchema, []),
  shortcut: z.optional(ShortcutSchema),
  source: z.optional(z.string().check(z.maxLength(5000))),
  favourite: z.optional(z.boolean()),
  usageCount: z.optional(z.int().check(z.nonnegative())),
  createdAt: z.optional(Timestamp),
  updatedAt: z.optional(Timestamp),
  lastUsedAt: z.optional(z.nullable(Timestamp)),
});
type FileEntry = z.infer<typeof FileEntrySchema>;

const EnvelopeSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  exportedAt: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)))),
  snippets: z.array(z.unknown()).check(z.maxLength(MAX_ENTRIES)),
});

// ----- export -----

/** The file for these snippets. Own snippets travel whole; read-only ones as content only (they import as copies). */
export function exportSnippetsFile(snippets: readonly StoredSnippet[], now: number): string {
  const entries = snippets.map((s) => {
    const content = {
      title: s.title,
      body: s.body,
      tags: [...s.tags],
      ...(s.shortcut ? { shortcut: s.shortcut } : {}),
      ...(s.source ? { source: s.source } : {}),
    };
    if (s.readOnly) return content;
    return {
      id: s.id,
      ...content,
      favourite: s.favourite,
      usageCount: s.usageCount,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      lastUsedAt: s.lastUsedAt,
    };
  });
  const file = { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: new Date(now).toISOString(), snippets: entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// ----- import: read and check -----

type ParsedFile = { ok: true; entries: FileEntry[] } | { ok: false; error: string };

const NOTHING_IMPORTED = 'Er is niets geïmporteerd.';

/** Reads and checks a whole file. Total: never throws, whatever the text. */
export function parseSnippetsFile(json: string): ParsedFile {
  if (json.length > MAX_SNIPPET_FILE_BYTES) {
    return fail(`Dit bestand is te groot: een sjablonenbestand mag hoogstens ${megabytes(MAX_SNIPPET_FILE_BYTES)} MB zijn.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return fail('Dit bestand is geen geldig JSON-bestand: is het beschadigd, of is het een ander soort bestand?');
  }
  const envelopeError = checkEnvelope(data);
  if (envelopeError) return fail(envelopeError);
  const raw = (data as { snippets: unknown[] }).snippets;

  const entries: FileEntry[] = [];
  const errors: string[] = [];
  const seenIds = new Map<string, number>();
  for (const [i, item] of raw.entries()) {
    const name = `Snippet ${i + 1}${titleOf(item)}`;
    const parsed = FileEntrySchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push(issue.path.length ? `${name}, ${describeIssue(issue, item)}.` : `${name}: moet een object { … } met minstens "title" en "body" zijn.`);
      continue;
    }
    const id = parsed.data.id;
    if (id !== undefined) {
      const first = seenIds.get(id);
      if (first !== undefined) {
        errors.push(`${name}, veld "id": "${id}" staat ook al bij snippet ${first + 1}; elke id mag maar één keer voorkomen.`);
        continue;
      }
      seenIds.set(id, i);
    }
    entries.push(parsed.data);
  }
  if (errors.length) {
    const more = errors.length > 1 ? ` Er ${errors.length === 2 ? 'is nog 1 fout' : `zijn nog ${errors.length - 1} fouten`} in het bestand.` : '';
    return fail(`${errors[0]}${more}`);
  }
  return { ok: true, entries };
}

function fail(message: string): ParsedFile {
  return { ok: false, error: `${message} ${NOTHING_IMPORTED}` };
}

function checkEnvelope(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return 'Dit is geen Krachtcoach-snippetbestand (het bestand bevat geen object { … }).';
  }
  const d = data as Record<string, unknown>;
  if (d.format !== FILE_FORMAT) {
    return `Dit is geen Krachtcoach-snippetbestand: het veld "format" moet "${FILE_FORMAT}" zijn.`;
  }
  if (typeof d.version === 'number' && d.version > FILE_VERSION) {
    return `Dit bestand heeft versie ${d.version} en is gemaakt met een nieuwere Krachtcoach. Werk Krachtcoach bij en probeer het opnieuw.`;
  }
  const parsed = EnvelopeSchema.safeParse(data);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  if (issue.path[0] === 'snippets' && issue.code === 'too_big') {
    return `Dit bestand bevat meer dan ${MAX_ENTRIES} snippets; splits het in kleinere bestanden.`;
  }
  return `Dit snippetbestand is ongeldig: ${describeIssue(issue, data)}.`;
}

function titleOf(item: unknown): string {
  const title = item !== null && typeof item === 'object' ? (item as { title?: unknown }).title : undefined;
  if (typeof title !== 'string' || !title.trim()) return '';
  const t = title.trim().replace(/\s+/g, ' ');
  return ` ("${t.length > 60 ? `${t.slice(0, 57)}…` : t}")`;
}

// ----- import: what to write -----

interface ImportPlan {
  /** Rows to write, in one transaction. */
  put: SnippetRow[];
  added: number;
  replaced: number;
  skipped: number;
  /** Titles of imported snippets whose shortcut was taken already and is left empty. */
  shortcutsCleared: string[];
}

/** Same title and same text (line endings and outer spaces aside): the same snippet. */
function contentKey(s: { title: string; body: string }): string {
  return `${s.title.trim()}\u0000${s.body.replace(/\r\n?/g, '\n').trim()}`;
}

/**
 * Decides per entry: new, a duplicate to skip, to replace or to keep both. A duplicate has the
 * same id as an own snippet, or the same title and text as any snippet (also an earlier entry of
 * this file). Read-only snippets are never replaced. Ids are kept where free (a round trip keeps
 * them exactly); a shortcut that is taken already is left empty and reported.
 */
export function planImport(
  entries: readonly FileEntry[],
  existing: readonly StoredSnippet[],
  choice: DuplicateChoice,
  ctx: { now: number; newId: () => string; copyTitle: (title: string, taken: (t: string) => boolean) => string },
): ImportPlan {
  const plan: ImportPlan = { put: [], added: 0, replaced: 0, skipped: 0, shortcutsCleared: [] };
  const byId = new Map(existing.map((s) => [s.id, s]));
  const byContent = new Map<string, StoredSnippet>();
  // Own snippets win over read-only ones for the same content: those can be replaced.
  for (const s of existing) if (s.readOnly) byContent.set(contentKey(s), s);
  for (const s of existing) if (!s.readOnly) byContent.set(contentKey(s), s);
  const shortcutOwner = new Map<string, string>();
  for (const s of existing) if (s.shortcut && !shortcutOwner.has(s.shortcut)) shortcutOwner.set(s.shortcut, s.id);
  const titles = new Set(existing.map((s) => s.title));

  const place = (entry: FileEntry, base: { id: string; title: string; previous?: StoredSnippet }) => {
    const prev = base.previous;
    let shortcut = entry.shortcut;
    if (shortcut) {
      const owner = shortcutOwner.get(shortcut);
      if (owner !== undefined && owner !== base.id) {
        plan.shortcutsCleared.push(base.title);
        shortcut = undefined;
      }
    }
    if (prev?.shortcut && shortcutOwner.get(prev.shortcut) === base.id) shortcutOwner.delete(prev.shortcut);
    if (shortcut) shortcutOwner.set(shortcut, base.id);
    const row: SnippetRow = {
      id: base.id,
      title: base.title,
      body: entry.body,
      tags: [...entry.tags],
      ...(shortcut ? { shortcut } : {}),
      ...(entry.source ? { source: entry.source } : {}),
      favourite: (entry.favourite ?? prev?.favourite ?? false) ? 1 : 0,
      usageCount: entry.usageCount ?? prev?.usageCount ?? 0,
      createdAt: entry.createdAt ?? prev?.createdAt ?? ctx.now,
      updatedAt: entry.updatedAt ?? ctx.now,
      lastUsedAt: entry.lastUsedAt !== undefined ? entry.lastUsedAt : (prev?.lastUsedAt ?? null),
    };
    plan.put.push(row);
    const stored: StoredSnippet = { ...row, origin: 'own', favourite: row.favourite === 1, readOnly: false };
    byId.set(row.id, stored);
    byContent.set(contentKey(row), stored);
    titles.add(row.title);
  };

  for (const entry of entries) {
    const sameId = entry.id !== undefined ? byId.get(entry.id) : undefined;
    const duplicate = (sameId && !sameId.readOnly ? sameId : undefined) ?? byContent.get(contentKey(entry));
    if (!duplicate) {
      const id = entry.id !== undefined && !byId.has(entry.id) ? entry.id : ctx.newId();
      place(entry, { id, title: entry.title });
      plan.added++;
      continue;
    }
    if (choice === 'skip' || (choice === 'replace' && duplicate.readOnly)) {
      plan.skipped++;
    } else if (choice === 'replace') {
      place(entry, { id: duplicate.id, title: entry.title, previous: duplicate });
      plan.replaced++;
    } else {
      const sameContent = contentKey(duplicate) === contentKey(entry);
      const title = sameContent ? ctx.copyTitle(entry.title, (t) => titles.has(t)) : entry.title;
      place(entry, { id: ctx.newId(), title });
      plan.added++;
    }
  }
  return plan;
}

// ----- Markdown, for reading -----

const ORIGIN_NL: Record<StoredSnippet['origin'], string> = { builtin: 'ingebouwd', own: 'eigen', organisation: 'organisatie' };

/** A collection as Markdown: a heading per snippet, its tags and shortcut, the text in a fenced block. */
export function snippetsMarkdown(snippets: readonly StoredSnippet[], now: number): string {
  const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date(now));
  const out = [
    '# Krachtcoach-snippets',
    '',
    `Geëxporteerd op ${date}: ${snippets.length} ${snippets.length === 1 ? 'snippet' : 'snippets'}.`,
  ];
  for (const s of snippets) {
    out.push('', `## ${inline(s.title)}`, '');
    const meta = [
      s.shortcut ? `Sneltoets: \`${s.shortcut}\`` : '',
      s.tags.length ? `Tags: ${s.tags.map(inline).join(', ')}` : '',
      `Herkomst: ${ORIGIN_NL[s.origin]}`,
    ].filter(Boolean);
    out.push(meta.join(' · '));
    if (s.source) out.push('', `> Bron: ${inline(s.source)}`);
    const fence = '`'.repeat(Math.max(3, longestRun(s.body, '`') + 1));
    out.push('', `${fence}text`, s.body.replace(/\r\n?/g, '\n'), fence);
  }
  return `${out.join('\n')}\n`;
}

/** One line of text that Markdown shows as typed. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}
