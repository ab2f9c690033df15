import { type Browser, browser } from 'wxt/browser';
import { DRAFT_POLICY_KEYS, DRAFT_SETTINGS_KEY, type DraftPolicy, type DraftSettings, readDraftPolicy, readDraftSettings } from '../drafts/draft-settings';

/**
 * The drafts setting in the extension's storage, for our extension pages (the options page, the
 * panel). The background reads the same key itself (background/handlers/drafts.ts); content
 * scripts ask the background.
 */
export async function loadDraftSettings(): Promise<DraftSettings> {
  return readDraftSettings((await browser.storage.local.get(DRAFT_SETTINGS_KEY))[DRAFT_SETTINGS_KEY]);
}

/** One change after the other: two quick clicks must not read the same old value and lose one. */
let queue: Promise<unknown> = Promise.resolve();

export function updateDraftSettings(change: (s: DraftSettings) => DraftSettings): Promise<DraftSettings> {
  const write = queue.then(async () => {
    const next = readDraftSettings(change(await loadDraftSettings()));
    await browser.storage.local.set({ [DRAFT_SETTINGS_KEY]: next });
    return next;
  });
  queue = write.catch(() => {});
  return write;
}

/** The organisation's part (storage.managed; Firefox: its 3rdparty policy). */
export async function loadDraftPolicy(): Promise<DraftPolicy> {
  const managed = browser.storage?.managed as Browser.storage.StorageArea | undefined;
  const raw = await managed?.get([...DRAFT_POLICY_KEYS]).catch(() => ({}));
  return readDraftPolicy(raw ?? {});
}

export function onDraftSettingsChanged(listener: (s: DraftSettings) => void): () => void {
  const handler = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'local' && DRAFT_SETTINGS_KEY in changes) listener(readDraftSettings(changes[DRAFT_SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
