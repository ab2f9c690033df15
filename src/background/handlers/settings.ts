import { type Browser, browser } from 'wxt/browser';
import { builtInRules } from '../../analysis';
import { ORGANISATION_DISABLED_RULES, PREFERENCES, WORKER_DISABLED_RULES } from '../../messaging/storage-keys';
import { type PanelMessage, type SettingsSnapshot, SettingsSnapshotSchema } from '../../messaging/protocol';

/**
 * The settings as content scripts see them. A content script does not read or write the
 * extension's storage itself (see lockStorageToOurPages): it asks for the settings here, hears of
 * changes from here, and may change one thing, a rule switched off or on by the card after the
 * worker's own click. Every other setting changes only on our extension pages, which use
 * settings/preference-store.ts directly.
 *
 * The storage layout is preference-store's (the worker's rules under their key of earlier
 * versions, the rest as one object); the background may not import settings/, so the three keys
 * come from messaging/storage-keys.ts, which both share.
 */

/** Why a kc:set-rule is refused: the promise rejects, so the sender's sendMessage throws this. */
export const RULE_SWITCH_REFUSED = 'Krachtcoach: een regel gaat alleen aan of uit vanaf de kaart of de instellingen.';

/** The fields of runtime.MessageSender that say who sent a kc:set-rule (the browser fills them in). */
export interface RuleSwitchSender {
  id?: string;
  tab?: unknown;
}

/** The storage a handler reads and writes: browser.storage.local, or a map in the tests. */
export interface SettingsStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SettingsHandler {
  /** kc:get-settings */
  snapshot(): Promise<SettingsSnapshot>;
  /** kc:set-rule: the snapshot after the change, or a rejection with RULE_SWITCH_REFUSED. */
  setRule(rule: string, off: boolean, sender: RuleSwitchSender): Promise<SettingsSnapshot>;
}

export function createSettingsHandler(storage: SettingsStorage, ourId: () => string, ruleIds: ReadonlySet<string>): SettingsHandler {
  const snapshot = async (): Promise<SettingsSnapshot> => {
    const stored = await storage.get([PREFERENCES, WORKER_DISABLED_RULES, ORGANISATION_DISABLED_RULES]);
    const rest = stored[PREFERENCES] !== null && typeof stored[PREFERENCES] === 'object' && !Array.isArray(stored[PREFERENCES]) ? stored[PREFERENCES] : {};
    const organisation = stored[ORGANISATION_DISABLED_RULES];
    // The worker's values are read item by item where they arrive (settings/preferences.ts);
    // the organisation's are kept valid by the background itself.
    return SettingsSnapshotSchema.parse({
      preferences: { ...rest, disabledRules: stored[WORKER_DISABLED_RULES] },
      organisationDisabledRules: Array.isArray(organisation) ? organisation.filter((r): r is string => typeof r === 'string' && ruleIds.has(r)) : [],
    });
  };
  /** One switch at a time: two quick clicks in two tabs must not write over each other. */
  let queue: Promise<unknown> = Promise.resolve();
  return {
    snapshot,
    setRule(rule, off, sender) {
      // Our content script in a tab (the card), for a rule that exists; the id alone does not
      // tell our pages from our content scripts, and our pages change settings themselves.
      if (!ourId() || sender.id !== ourId() || !sender.tab || !ruleIds.has(rule)) return Promise.reject(new Error(RULE_SWITCH_REFUSED));
      const write = queue.then(async () => {
        const stored = (await storage.get([WORKER_DISABLED_RULES]))[WORKER_DISABLED_RULES];
        const current = Array.isArray(stored) ? stored.filter((r): r is string => typeof r === 'string') : [];
        const next = off ? [...new Set([...current, rule])] : current.filter((r) => r !== rule);
        await storage.set({ [WORKER_DISABLED_RULES]: next });
        return snapshot();
      });
      queue = write.catch(() => {});
      return write;
    },
  };
}

/**
 * Content scripts may not use storage.local at all from now on (Chromium: storage.local and
 * storage.session accept an access level; with TRUSTED_CONTEXTS only our extension pages and
 * the worker reach them, so a compromised renderer of an ECD page cannot read the worker's word
 * list or switch the coach off). Firefox and older Chromium accept it for storage.session only,
 * or not at all: there our content script simply no longer touches storage, and the messages
 * above are the only way in.
 */
export async function lockStorageToOurPages(): Promise<void> {
  const local = browser.storage.local as Browser.storage.StorageArea & {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void>;
  };
  try {
    await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Not supported for this area here: the message route above still holds for our code.
  }
}

/** The storage keys whose change the content scripts must hear of. */
const WATCHED_KEYS = [PREFERENCES, WORKER_DISABLED_RULES, ORGANISATION_DISABLED_RULES];

/**
 * Tells the coach in every tab's frames when the settings change (an options page, the card in
 * another tab, the organisation's policy). A tab without our content script just does not answer.
 */
export function broadcastSettingsChanges(handler: SettingsHandler): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !WATCHED_KEYS.some((key) => key in changes)) return;
    void (async () => {
      const message: PanelMessage = { type: 'kc:settings-changed', settings: await handler.snapshot() };
      for (const tab of await browser.tabs.query({})) {
        if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, message).catch(() => {});
      }
    })().catch(() => {});
  });
}

/** The background's handler over browser.storage.local and the built-in rules. */
export const settingsHandler: SettingsHandler = createSettingsHandler(
  { get: (keys) => browser.storage.local.get(keys), set: (items) => browser.storage.local.set(items) },
  () => browser.runtime.id,
  new Set(builtInRules.map((r) => r.id)),
);
