import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { ContentMessageSchema, type DraftOfferItem, DraftTextSchema, fromOurselves, type PanelMessage } from '../messaging/protocol';
import { DEFAULT_DRAFT_SETTINGS, effectiveHours, NO_DRAFT_POLICY } from '../drafts/draft-settings';
import { loadDraftPolicy, loadDraftSettings, onDraftSettingsChanged } from '../settings/draft-settings-store';
import { tabId } from './panel-model';

/** A draft a frame of a tab offers, as the panel lists it (no text until the worker asks for a preview). */
export interface PanelOffer extends DraftOfferItem {
  tab: number;
  frame: number;
}

const offers = signal<PanelOffer[]>([]);
/** The frames (tab and frame id) that keep drafts, as their content scripts say. */
const keeping = signal<ReadonlySet<string>>(new Set());

/** The offers of the tab the panel shows. */
export const tabOffers = computed(() => offers.value.filter((o) => o.tab === tabId.value));

/** The text of a preview the worker opened, by offer id. */
export const previews = signal<Record<string, string>>({});

const settings = signal(DEFAULT_DRAFT_SETTINGS);
const policy = signal(NO_DRAFT_POLICY);

/** Whether drafts are kept in the tab the panel shows (its content scripts say so): the panel says so, in one line. */
export const draftsHere = computed(() => [...keeping.value].some((k) => k.startsWith(`${tabId.value}:`)));
/** How long a draft is kept now. */
export const draftHours = computed(() => effectiveHours(settings.value, policy.value));

export function listenForDraftOffers(): void {
  onDraftSettingsChanged((s) => (settings.value = s));
  void Promise.all([loadDraftSettings(), loadDraftPolicy()]).then(([s, p]) => {
    settings.value = s;
    policy.value = p;
  });
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!fromOurselves(sender, browser.runtime.id) || sender.tab?.id === undefined) return undefined;
    const parsed = ContentMessageSchema.safeParse(raw);
    if (!parsed.success || parsed.data.type !== 'kc:draft-offers') return undefined;
    const tab = sender.tab.id;
    const frame = sender.frameId ?? 0;
    offers.value = [...offers.value.filter((o) => !(o.tab === tab && o.frame === frame)), ...parsed.data.offers.map((o) => ({ ...o, tab, frame }))];
    const next = new Set(keeping.value);
    if (parsed.data.on) next.add(`${tab}:${frame}`);
    else next.delete(`${tab}:${frame}`);
    keeping.value = next;
    return undefined;
  });
}

function send(offer: PanelOffer, message: PanelMessage): Promise<unknown> {
  return browser.tabs.sendMessage(offer.tab, message, { frameId: offer.frame }).catch(() => undefined);
}

/** "Terugzetten" in the panel, after the worker's click: the content script puts it back as one undo step. */
export async function restoreOffer(offer: PanelOffer): Promise<boolean> {
  offers.value = offers.value.filter((o) => o !== offer);
  return (await send(offer, { type: 'kc:draft-restore', id: offer.id })) === true;
}

/** "Bekijk": the draft's text, shown in the panel only. */
export async function previewOffer(offer: PanelOffer): Promise<void> {
  const parsed = DraftTextSchema.safeParse(await send(offer, { type: 'kc:draft-preview', id: offer.id }));
  previews.value = { ...previews.value, [offer.id]: parsed.success && parsed.data ? parsed.data.text : 'Dit concept is er niet meer.' };
}

export function closePreview(offer: PanelOffer): void {
  const { [offer.id]: _, ...rest } = previews.value;
  previews.value = rest;
}
