import * as z from 'zod/mini';
import { TEMPLATE_ORIGINS } from '../templates/template-schema';

/**
 * The snippet records as the snippet service hands them out and takes them in. Storage owns them;
 * src/messaging/snippet-protocol.ts carries them between the background and its clients.
 */
export const StoredSnippetSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  shortcut: z.optional(z.string()),
  source: z.optional(z.string()),
  origin: z.enum(TEMPLATE_ORIGINS),
  favourite: z.boolean(),
  usageCount: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
  lastUsedAt: z.nullable(z.number()),
  /** Built-in and organisation snippets cannot be edited or deleted, only duplicated. */
  readOnly: z.boolean(),
});
export type StoredSnippet = z.infer<typeof StoredSnippetSchema>;

/** What the worker edits: an own snippet, new (no id) or existing. */
export const SnippetDraftSchema = z.object({
  id: z.optional(z.string()),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  shortcut: z.optional(z.string()),
  favourite: z.optional(z.boolean()),
});
export type SnippetDraft = z.infer<typeof SnippetDraftSchema>;

export const DUPLICATE_CHOICES = ['skip', 'replace', 'keep-both'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

/** A change that can fail; `error` is Dutch, for the worker, and names the field where there is one. */
export type SnippetResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: string };

export interface SnippetShortcut {
  shortcut: string;
  id: string;
  title: string;
}

export interface ImportSummary {
  added: number;
  replaced: number;
  skipped: number;
  /** Titles of imported snippets whose shortcut was in use already: imported without one. */
  shortcutsCleared: string[];
}

export type SnippetStatus = SnippetResult<{
  counts: { own: number; builtin: number; organisation: number };
  /** Parts of the organisation's policy that were skipped, and why (Dutch). */
  policyIssues: string[];
}>;
