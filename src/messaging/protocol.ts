import * as z from 'zod/mini';
import { FindingSchema } from '../analysis/finding-schema';
import { MESSAGE_PARTS, MODES } from '../analysis/types';
import { MAX_DRAFT_CHARS } from '../drafts/draft-vault';
import { FieldIdentitySchema } from '../drafts/field-key';

/**
 * Messages between our own parts (content script, background, side panel). Every message is
 * validated on arrival; the host page cannot reach these channels, and anything that does not
 * parse is dropped.
 */

const FieldStateSchema = z.object({
  fieldId: z.string(),
  editor: z.string(),
  mode: z.enum(MODES),
  modeGuessed: z.boolean(),
  text: z.string(),
  findings: z.array(FindingSchema),
  parts: z.optional(z.array(z.enum(MESSAGE_PARTS))),
  missing: z.optional(z.array(z.enum(MESSAGE_PARTS))),
});
export type FieldState = z.infer<typeof FieldStateSchema>;

/** A draft the content script can offer in one field, as the side panel lists it. */
export const DraftOfferItemSchema = z.object({
  /** The offer's id in its frame (not the field key): the panel's restore and preview name it. */
  id: z.string().check(z.maxLength(40)),
  label: z.string().check(z.maxLength(120)),
  at: z.number(),
  words: z.number(),
});
export type DraftOfferItem = z.infer<typeof DraftOfferItemSchema>;

/** Content script → extension pages. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('kc:field-state'), state: FieldStateSchema }),
  z.object({ type: z.literal('kc:open-panel') }),
  /** The card's "Instellingen": a content script cannot open the options page itself. */
  z.object({ type: z.literal('kc:open-options') }),
  /** The content script asks the background for the rules (RuntimeRule[]) once per frame. */
  z.object({ type: z.literal('kc:get-rules') }),
  /** A frame's coach has started: an open panel connects to it (a frame that came after the panel). */
  z.object({ type: z.literal('kc:coach-started') }),
  /** The worker went into a frame that may have come after the activation (an editor in a dialog). */
  z.object({ type: z.literal('kc:frame-entered') }),
  /** The content script asks for the settings it coaches by (answered with a SettingsSnapshot). */
  z.object({ type: z.literal('kc:get-settings') }),
  /**
   * The card's "Regel uit" (off) and "Ongedaan maken" (on), after the worker's own click: the only
   * setting a content script may change, and only for a rule that exists. Answered with the
   * SettingsSnapshot after the change.
   */
  z.object({ type: z.literal('kc:set-rule'), rule: z.string().check(z.minLength(1), z.maxLength(80)), off: z.boolean() }),
  // ---- Drafts (background/handlers/drafts.ts). The site is the sender's, never the message's. ----
  /** Whether drafts are kept in this frame's site, and the fields the worker excluded there (a DraftConfig). */
  z.object({ type: z.literal('kc:draft-config') }),
  /** The field's latest text, to keep encrypted. The only message that carries a draft's text to the background. */
  z.object({ type: z.literal('kc:draft-save'), field: FieldIdentitySchema, text: z.string().check(z.maxLength(MAX_DRAFT_CHARS)) }),
  /** The field's text was saved by the page (a form submit, emptied after a save): its draft goes. */
  z.object({ type: z.literal('kc:draft-forget'), field: FieldIdentitySchema }),
  /** Is there a draft for this field? Answered with a DraftOffer (time and words, never text) or null. */
  z.object({ type: z.literal('kc:draft-offer'), field: FieldIdentitySchema }),
  /** The draft's text, after the worker's own click on the notice or the panel (answered with DraftText or null). */
  z.object({ type: z.literal('kc:draft-take'), field: FieldIdentitySchema }),
  /** "Nooit voor dit veld", after the worker's own click: the field is excluded and its draft goes. */
  z.object({ type: z.literal('kc:draft-exclude'), field: FieldIdentitySchema }),
  /** To a watching side panel: whether drafts are kept in this frame, and what it can offer (labels, times, words; no text). */
  z.object({ type: z.literal('kc:draft-offers'), on: z.boolean(), offers: z.array(DraftOfferItemSchema).check(z.maxLength(50)) }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/**
 * The settings a content script coaches by, as the background reads them from the extension's
 * storage (content scripts do not read it themselves). `preferences` is the worker's stored
 * object, read leniently item by item on arrival (settings/preferences.ts); the organisation's
 * switched-off rules come from its policy.
 */
export const SettingsSnapshotSchema = z.object({
  preferences: z.record(z.string(), z.unknown()),
  organisationDisabledRules: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(1000)),
});
export type SettingsSnapshot = z.infer<typeof SettingsSnapshotSchema>;


/** The background's answer to kc:draft-config. */
export const DraftConfigSchema = z.object({
  on: z.boolean(),
  excluded: z.array(z.object({ selector: z.string(), label: z.string() })),
});
export type DraftConfig = z.infer<typeof DraftConfigSchema>;

export const DraftOfferSchema = z.nullable(z.object({ at: z.number(), words: z.number() }));
export const DraftTextSchema = z.nullable(z.object({ at: z.number(), words: z.number(), text: z.string() }));

/** Extension pages → content script. */
export const PanelMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('kc:get-state') }),
  z.object({
    type: z.literal('kc:apply'),
    fieldId: z.string(),
    start: z.number(),
    end: z.number(),
    /** The text the panel saw at that range; a stale apply is refused. */
    expected: z.string(),
    replacement: z.string(),
  }),
  /** "Negeer" in the panel: the finding at that range, if it still holds `expected`, is ignored in that field. */
  z.object({ type: z.literal('kc:ignore'), fieldId: z.string(), start: z.number(), end: z.number(), expected: z.string() }),
  z.object({ type: z.literal('kc:set-mode'), fieldId: z.string(), mode: z.optional(z.enum(MODES)) }),
  /** Inserts a snippet at the caret of the field that had focus last (the side panel's picker). */
  z.object({ type: z.literal('kc:insert-snippet'), id: z.string() }),
  /** Opens the snippet picker at the caret (the keyboard command). */
  z.object({ type: z.literal('kc:open-picker') }),
  /** Inserts plain text (the end of an assistant flow) at the caret of the field that had focus last. */
  z.object({ type: z.literal('kc:insert-text'), text: z.string().check(z.minLength(1), z.maxLength(20_000)) }),
  /** The background, when the settings in storage changed (an options page, a card in another tab, a policy). */
  z.object({ type: z.literal('kc:settings-changed'), settings: SettingsSnapshotSchema }),
  /** The background, when the drafts settings changed: the content script asks for its kc:draft-config again. */
  z.object({ type: z.literal('kc:drafts-changed') }),
  /** The panel's "terugzetten", after the worker's click there: the draft goes into its field as one undo step. */
  z.object({ type: z.literal('kc:draft-restore'), id: z.string().check(z.maxLength(40)) }),
  /** The panel's "Bekijk": the draft's text for the preview (answered with DraftText or null). */
  z.object({ type: z.literal('kc:draft-preview'), id: z.string().check(z.maxLength(40)) }),
]);
export type PanelMessage = z.infer<typeof PanelMessageSchema>;

/**
 * The side panel holds a port of this name open to the tab it shows. Only while one is open do
 * the tab's coaches send their field states: with no panel watching, a keystroke sends nothing
 * (no copy of the text, no background woken up).
 */
export const PANEL_PORT = 'krachtcoach-panel';

/** How often, at most, a watching side panel gets the state of the field being typed in. */
export const PUBLISH_INTERVAL_MS = 150;

/** True when a runtime message comes from this extension itself, not from a page or another extension. */
export function fromOurselves(sender: { id?: string }, ourId: string): boolean {
  return sender.id === ourId;
}
