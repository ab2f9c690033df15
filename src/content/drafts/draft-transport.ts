import { browser } from 'wxt/browser';
import { type ContentMessage, DraftConfigSchema, DraftOfferSchema, DraftTextSchema } from '../../messaging/protocol';
import type { DraftTransport } from './draft-keeper';

function ask(message: ContentMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

function tell(message: ContentMessage): void {
  // No answer needed; a failure (the extension was updated) loses one save, never the page.
  browser.runtime.sendMessage(message).catch(() => {});
}

/** The drafts messages to the background, each answer validated; a missing one counts as "nothing". */
export const runtimeDraftTransport: DraftTransport = {
  config: async () => {
    const parsed = DraftConfigSchema.safeParse(await ask({ type: 'kc:draft-config' }));
    return parsed.success ? parsed.data : undefined;
  },
  save: (field, text) => tell({ type: 'kc:draft-save', field, text }),
  forget: (field) => tell({ type: 'kc:draft-forget', field }),
  offer: async (field) => {
    const parsed = DraftOfferSchema.safeParse(await ask({ type: 'kc:draft-offer', field }));
    return parsed.success ? parsed.data : null;
  },
  take: async (field) => {
    const parsed = DraftTextSchema.safeParse(await ask({ type: 'kc:draft-take', field }));
    return parsed.success ? parsed.data : null;
  },
  exclude: async (field) => {
    await ask({ type: 'kc:draft-exclude', field });
  },
  publishOffers: (on, offers) => tell({ type: 'kc:draft-offers', on, offers }),
  openPanel: async () => (await ask({ type: 'kc:open-panel' })) === true,
};
