import { BUILTIN_TEMPLATES } from '../templates/builtin';
import type { Template } from '../templates/template-schema';
import type { KrachtcoachDB } from './db';
import { emptyPolicy, type ManagedPolicy, organisationSnippetId } from './managed-policy';
import { exportSnippetsFile, parseSnippetsFile, planImport, snippetsMarkdown } from './snippet-file';
import { SnippetIndex } from './snippet-search';
import { EMPTY_STATE, listSnippetStates, putSnippetState, type SnippetStateRow } from './snippet-state';
import type {
  DuplicateChoice,
  ImportSummary,
  SnippetDraft,
  SnippetResult,
  SnippetShortcut,
  SnippetStatus,
  StoredSnippet,
} from './snippet-types';
import { checkDraft } from './snippet-validation';
import { listOwnSnippets, putOwnSnippet, deleteOwnSnippet, rowToSnippet, type SnippetRow, snippetToRow, writeOwnSnippets } from './snippets';
import { StorageError, toStorageError } from './storage-errors';

type SearchFilter = 'all' | 'recent' | 'favourites';

export interface SnippetServiceOptions {
  db: KrachtcoachDB;
  builtins?: readonly Template[];
  policy?: ManagedPolicy;
  now?: () => number;
  newId?: () => string;
}

const DEFAULT_LIMIT = 50;
const COPY = ' (kopie)';
const MAX_TITLE = 120;
const ORIGIN_RANK: Record<StoredSnippet['origin'], number> = { own: 0, organisation: 1, builtin: 2 };
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function newSnippetId(): string {
  return `eigen-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The snippets as the protocol sees them: built-in templates and the organisation's (read-only,
 * only their favourite and usage are stored) and the worker's own (in the database), with the
 * search index over all of them, in memory in the background.
 *
 * Every change goes to the database first (one transaction) and only then into memory and the
 * index, so a failed write changes nothing anywhere. Changes run one at a time. When the database
 * cannot be opened (a blocked upgrade), reading still serves the built-in and organisation
 * snippets and every change answers with the Dutch reason; the next request tries again.
 */
export class SnippetService {
  private readonly db: KrachtcoachDB;
  private readonly builtins: readonly Template[];
  private policy: ManagedPolicy;
  private readonly now: () => number;
  private readonly newId: () => string;

  private readonly all = new Map<string, StoredSnippet>();
  private readonly states = new Map<string, SnippetStateRow>();
  /** Built on the first text search, not on load: the content script's first question (the shortcuts) needs no index. */
  private index: SnippetIndex | undefined;
  private ownLoaded = false;
  private loadError: StorageError | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private browseCache = new Map<SearchFilter, StoredSnippet[]>();
  private shortcutCache: SnippetShortcut[] | undefined;

  private constructor(options: SnippetServiceOptions) {
    this.db = options.db;
    this.builtins = options.builtins ?? BUILTIN_TEMPLATES;
    this.policy = options.policy ?? emptyPolicy();
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? newSnippetId;
  }

  static async open(options: SnippetServiceOptions): Promise<SnippetService> {
    const service = new SnippetService(options);
    service.putReadOnly();
    await service.ensureLoaded();
    return service;
  }

  /** Loads the own snippets if that has not worked yet. Never throws: a failure is kept as `loadError`. */
  ensureLoaded(): Promise<void> {
    if (this.ownLoaded) return Promise.resolve();
    return this.exclusive(async () => {
      if (this.ownLoaded) return;
      try {
        const [rows, states] = await Promise.all([listOwnSnippets(this.db), listSnippetStates(this.db)]);
        for (const s of states) this.states.set(s.id, s);
        this.putReadOnly();
        const fixed = await this.rekeyClashes(rows);
        const own = fixed.map(rowToSnippet);
        for (const s of own) this.all.set(s.id, s);
        this.index?.setAll(own);
        this.ownLoaded = true;
        this.loadError = undefined;
        this.changed();
      } catch (error) {
        this.loadError = toStorageError(error);
      }
    });
  }

  /** A newer built-in could take an id an own snippet already has: the own one gets a new id (one transaction). */
  private async rekeyClashes(rows: SnippetRow[]): Promise<SnippetRow[]> {
    const clashes = rows.filter((r) => this.all.get(r.id)?.readOnly);
    if (!clashes.length) return rows;
    const moved = clashes.map((r) => ({ ...r, id: this.newId() }));
    const clashIds = new Set(clashes.map((r) => r.id));
    const rest = rows.filter((r) => !clashIds.has(r.id));
    try {
      await writeOwnSnippets(this.db, moved, clashes.map((r) => r.id));
    } catch {
      return rest; // stay in the database untouched; the next start tries again
    }
    return [...rest, ...moved];
  }

  /** (Re)builds the read-only snippets from the built-ins, the policy and their stored state. */
  private putReadOnly(): void {
    for (const [id, s] of this.all) {
      if (s.readOnly) {
        this.all.delete(id);
        this.index?.remove(id);
      }
    }
    const fresh: StoredSnippet[] = [];
    for (const t of this.builtins) fresh.push(this.readOnlySnippet(t, t.id, 'builtin'));
    for (const t of this.policy.templates) fresh.push(this.readOnlySnippet(t, organisationSnippetId(t.id), 'organisation'));
    for (const s of fresh) this.all.set(s.id, s);
    this.index?.setAll(fresh);
    this.changed();
  }

  private readOnlySnippet(t: Template, id: string, origin: 'builtin' | 'organisation'): StoredSnippet {
    const state = this.states.get(id) ?? { id, ...EMPTY_STATE };
    return {
      id,
      title: t.title,
      body: t.body,
      tags: [...t.tags],
      ...(t.shortcut ? { shortcut: t.shortcut } : {}),
      ...(t.source ? { source: t.source } : {}),
      origin,
      favourite: state.favourite === 1,
      usageCount: state.usageCount,
      createdAt: 0,
      updatedAt: 0,
      lastUsedAt: state.lastUsedAt,
      readOnly: true,
    };
  }

  /** The organisation's policy changed: its snippets are replaced; own snippets are untouched. */
  setPolicy(policy: ManagedPolicy): Promise<void> {
    return this.exclusive(async () => {
      this.policy = policy;
      this.putReadOnly();
    });
  }

  // ----- reading -----

  get(id: string): StoredSnippet | null {
    return this.all.get(id) ?? null;
  }

  /** Best first. An empty query lists by filter: all (favourites, then most used, then A–Z), recent, favourites. */
  search(query: string, filter: SearchFilter = 'all', limit = DEFAULT_LIMIT): StoredSnippet[] {
    const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_LIMIT;
    const q = query.trim();
    if (!q) return this.browse(filter).slice(0, max);
    const keep = (s: StoredSnippet) =>
      filter === 'recent' ? s.lastUsedAt !== null : filter === 'favourites' ? s.favourite : true;
    const out: StoredSnippet[] = [];
    const seen = new Set<string>();
    const push = (s: StoredSnippet | undefined) => {
      if (s && !seen.has(s.id) && keep(s)) {
        seen.add(s.id);
        out.push(s);
      }
    };
    // A shortcut typed in the picker ("/ki", "/k"): that snippet, then the shortcuts it begins.
    if (q.startsWith('/')) {
      const lower = q.toLowerCase();
      for (const { shortcut, id } of this.shortcuts()) if (shortcut === lower) push(this.all.get(id));
      for (const { shortcut, id } of this.shortcuts()) {
        if (out.length >= max) break;
        if (shortcut.startsWith(lower)) push(this.all.get(id));
      }
      return out.slice(0, max);
    }
    for (const id of this.searchIndex().search(query, (id) => this.boost(id))) {
      if (out.length >= max) break;
      push(this.all.get(id));
    }
    return out.slice(0, max);
  }

  private searchIndex(): SnippetIndex {
    if (!this.index) {
      this.index = new SnippetIndex();
      this.index.setAll(this.all.values());
    }
    return this.index;
  }

  private boost(id: string): number {
    const s = this.all.get(id);
    if (!s) return 1;
    return 1 + (s.favourite ? 0.5 : 0) + Math.min(0.5, Math.log10(1 + s.usageCount) / 4);
  }

  private browse(filter: SearchFilter): StoredSnippet[] {
    const cached = this.browseCache.get(filter);
    if (cached) return cached;
    const list = [...this.all.values()];
    let result: StoredSnippet[];
    if (filter === 'recent') {
      result = list.filter((s) => s.lastUsedAt !== null).sort((a, b) => b.lastUsedAt! - a.lastUsedAt!);
    } else if (filter === 'favourites') {
      result = list.filter((s) => s.favourite).sort((a, b) => collator.compare(a.title, b.title));
    } else {
      result = list.sort(
        (a, b) =>
          Number(b.favourite) - Number(a.favourite) ||
          b.usageCount - a.usageCount ||
          collator.compare(a.title, b.title),
      );
    }
    this.browseCache.set(filter, result);
    return result;
  }

  /** Every shortcut once; where two snippets share one, own beats organisation beats built-in. */
  shortcuts(): SnippetShortcut[] {
    if (this.shortcutCache) return this.shortcutCache;
    const owner = new Map<string, StoredSnippet>();
    for (const s of this.all.values()) {
      if (!s.shortcut) continue;
      const current = owner.get(s.shortcut);
      if (!current || ORIGIN_RANK[s.origin] < ORIGIN_RANK[current.origin]) owner.set(s.shortcut, s);
    }
    this.shortcutCache = [...owner.values()].map((s) => ({ shortcut: s.shortcut!, id: s.id, title: s.title }));
    return this.shortcutCache;
  }

  private shortcutOwner(shortcut: string, except?: string): StoredSnippet | undefined {
    for (const s of this.all.values()) if (s.shortcut === shortcut && s.id !== except) return s;
    return undefined;
  }

  status(): SnippetStatus {
    if (this.loadError) return { ok: false, error: this.loadError.message };
    const counts = { own: 0, builtin: 0, organisation: 0 };
    for (const s of this.all.values()) counts[s.origin]++;
    return { ok: true, counts, policyIssues: [...this.policy.issues] };
  }

  // ----- changing -----

  save(draft: SnippetDraft): Promise<SnippetResult<{ snippet: StoredSnippet }>> {
    return this.change(async () => {
      const checked = checkDraft(draft);
      if (!checked.ok) return { ok: false, error: checked.error };
      const existing = draft.id !== undefined ? this.all.get(draft.id) : undefined;
      if (draft.id !== undefined && !existing) return { ok: false, error: 'Deze snippet bestaat niet meer; er is niets bewaard.' };
      if (existing?.readOnly) return { ok: false, error: readOnlyError(existing, 'aanpassen') };
      const { title, body, tags, shortcut } = checked.value;
      if (shortcut) {
        const owner = this.shortcutOwner(shortcut, existing?.id);
        if (owner) return { ok: false, error: `Sneltoets: ${shortcut} is al in gebruik voor "${owner.title}". Kies een andere.` };
      }
      const now = this.now();
      const snippet: StoredSnippet = {
        id: existing?.id ?? this.newId(),
        title,
        body,
        tags,
        ...(shortcut ? { shortcut } : {}),
        ...(existing?.source ? { source: existing.source } : {}),
        origin: 'own',
        favourite: draft.favourite ?? existing?.favourite ?? false,
        usageCount: existing?.usageCount ?? 0,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        lastUsedAt: existing?.lastUsedAt ?? null,
        readOnly: false,
      };
      await putOwnSnippet(this.db, snippetToRow(snippet));
      this.putOwn(snippet);
      return { ok: true, snippet };
    });
  }

  /** An own copy of any snippet: new id, "(kopie)" in the title, the shortcut only if still free (never, for now). */
  duplicate(id: string): Promise<SnippetResult<{ snippet: StoredSnippet }>> {
    return this.change(async () => {
      const source = this.all.get(id);
      if (!source) return { ok: false, error: 'Deze snippet bestaat niet meer.' };
      const now = this.now();
      const shortcut = source.shortcut && !this.shortcutOwner(source.shortcut) ? source.shortcut : undefined;
      const snippet: StoredSnippet = {
        id: this.newId(),
        title: this.copyTitle(source.title),
        body: source.body,
        tags: [...source.tags],
        ...(shortcut ? { shortcut } : {}),
        ...(source.source ? { source: source.source } : {}),
        origin: 'own',
        favourite: false,
        usageCount: 0,
        createdAt: now,
        updatedAt: now,
        lastUsedAt: null,
        readOnly: false,
      };
      await putOwnSnippet(this.db, snippetToRow(snippet));
      this.putOwn(snippet);
      return { ok: true, snippet };
    });
  }

  copyTitle(title: string, taken: (t: string) => boolean = (t) => this.hasTitle(t)): string {
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? COPY : ` (kopie ${n})`;
      const candidate = `${title.trim().slice(0, MAX_TITLE - suffix.length).trimEnd()}${suffix}`;
      if (!taken(candidate)) return candidate;
    }
  }

  private hasTitle(title: string): boolean {
    for (const s of this.all.values()) if (s.title === title) return true;
    return false;
  }

  /** Deletes an own snippet and hands it back whole, for undo (`restore`). */
  delete(id: string): Promise<SnippetResult<{ deleted: StoredSnippet }>> {
    return this.change(async () => {
      const snippet = this.all.get(id);
      if (!snippet) return { ok: false, error: 'Deze snippet bestaat niet meer.' };
      if (snippet.readOnly) return { ok: false, error: readOnlyError(snippet, 'verwijderen') };
      await deleteOwnSnippet(this.db, id);
      this.all.delete(id);
      this.index?.remove(id);
      this.changed();
      return { ok: true, deleted: snippet };
    });
  }

  /** Undo of a delete: the snippet comes back as it was (same id, dates, usage); its shortcut only if still free. */
  restore(deleted: StoredSnippet): Promise<SnippetResult<{ snippet: StoredSnippet }>> {
    return this.change(async () => {
      if (deleted.readOnly || deleted.origin !== 'own') {
        return { ok: false, error: 'Alleen eigen snippets kunnen worden teruggezet.' };
      }
      const clash = this.all.get(deleted.id);
      const id = clash?.readOnly ? this.newId() : deleted.id;
      const shortcut = deleted.shortcut && !this.shortcutOwner(deleted.shortcut, id) ? deleted.shortcut : undefined;
      const { shortcut: _, ...rest } = deleted;
      const snippet: StoredSnippet = { ...rest, id, ...(shortcut ? { shortcut } : {}) };
      await putOwnSnippet(this.db, snippetToRow(snippet));
      this.putOwn(snippet);
      return { ok: true, snippet };
    });
  }

  setFavourite(id: string, favourite: boolean): Promise<SnippetResult<{ snippet: StoredSnippet }>> {
    return this.change(async () => {
      const snippet = this.all.get(id);
      if (!snippet) return { ok: false, error: 'Deze snippet bestaat niet meer.' };
      const next = { ...snippet, favourite };
      await this.writeUsage(next);
      return { ok: true, snippet: next };
    });
  }

  /** Counts an insertion: usage count and "recent". */
  used(id: string): Promise<SnippetResult> {
    return this.change(async () => {
      const snippet = this.all.get(id);
      if (!snippet) return { ok: false, error: 'Deze snippet bestaat niet meer.' };
      await this.writeUsage({ ...snippet, usageCount: snippet.usageCount + 1, lastUsedAt: this.now() });
      return { ok: true };
    });
  }

  /** Favourite and usage: own snippets in their row (not an edit: updatedAt stays), read-only ones as state. */
  private async writeUsage(next: StoredSnippet): Promise<void> {
    if (next.readOnly) {
      const state: SnippetStateRow = {
        id: next.id,
        favourite: next.favourite ? 1 : 0,
        usageCount: next.usageCount,
        lastUsedAt: next.lastUsedAt,
      };
      await putSnippetState(this.db, state);
      this.states.set(next.id, state);
    } else {
      await putOwnSnippet(this.db, snippetToRow(next));
    }
    this.all.set(next.id, next);
    this.changed();
  }

  // ----- files -----

  /** The JSON file of the own snippets, or of `ids` (in that order; read-only ones as content only). */
  exportJson(ids?: readonly string[]): string {
    return exportSnippetsFile(this.selection(ids), this.now());
  }

  markdown(ids?: readonly string[]): string {
    return snippetsMarkdown(this.selection(ids), this.now());
  }

  private selection(ids?: readonly string[]): StoredSnippet[] {
    if (this.loadError && !ids) throw this.loadError;
    if (ids) return ids.map((id) => this.all.get(id)).filter((s): s is StoredSnippet => s !== undefined);
    return [...this.all.values()].filter((s) => !s.readOnly).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** All or nothing: the whole file is checked first, then written in one transaction. */
  importJson(json: string, onDuplicate: DuplicateChoice): Promise<SnippetResult<ImportSummary>> {
    return this.change(async () => {
      const parsed = parseSnippetsFile(json);
      if (!parsed.ok) return parsed;
      const plan = planImport(parsed.entries, [...this.all.values()], onDuplicate, {
        now: this.now(),
        newId: () => this.newId(),
        copyTitle: (title, taken) => this.copyTitle(title, taken),
      });
      if (plan.put.length) await writeOwnSnippets(this.db, plan.put);
      const snippets = plan.put.map(rowToSnippet);
      for (const s of snippets) this.all.set(s.id, s);
      this.index?.setAll(snippets);
      this.changed();
      const { added, replaced, skipped, shortcutsCleared } = plan;
      return { ok: true, added, replaced, skipped, shortcutsCleared };
    });
  }

  // ----- plumbing -----

  private putOwn(snippet: StoredSnippet): void {
    this.all.set(snippet.id, snippet);
    this.index?.set(snippet);
    this.changed();
  }

  private changed(): void {
    this.browseCache = new Map();
    this.shortcutCache = undefined;
  }

  /** One change at a time; the own snippets must be loaded; storage failures become a Dutch `error`. */
  private async change<R>(fn: () => Promise<R>): Promise<R | { ok: false; error: string }> {
    await this.ensureLoaded();
    return this.exclusive(async () => {
      if (this.loadError) return { ok: false, error: this.loadError.message };
      try {
        return await fn();
      } catch (error) {
        return { ok: false, error: toStorageError(error).message };
      }
    });
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => {});
    return run;
  }
}

function readOnlyError(s: StoredSnippet, verb: string): string {
  const kind = s.origin === 'builtin' ? 'een ingebouwd sjabloon' : 'een sjabloon van je organisatie';
  return `"${s.title}" is ${kind} en kun je niet ${verb}. Dupliceer het om een eigen versie te maken.`;
}
