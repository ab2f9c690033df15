import { type Browser, browser } from 'wxt/browser';
import { DraftCipher } from '../../drafts/draft-cipher';
import {
  DEFAULT_DRAFT_SETTINGS,
  DRAFT_POLICY_KEYS,
  NO_DRAFT_POLICY,
  DRAFT_SETTINGS_KEY,
  type DraftPolicy,
  type DraftSettings,
  draftsOn,
  effectiveHours,
  isExcluded,
  organisationCovers,
  readDraftPolicy,
  readDraftSettings,
} from '../../drafts/draft-settings';
import { DraftVault } from '../../drafts/draft-vault';
import { type FieldIdentity, fieldKey, siteOf } from '../../drafts/field-key';
import type { ContentMessage, DraftConfig, PanelMessage } from '../../messaging/protocol';
import { KrachtcoachDB } from '../../storage/db';

/**
 * The drafts of the fields being written. Only the background holds the key (in storage.session)
 * and opens the database for them; a content script hands a field's text over and gets it back
 * only for a restore after the worker's click. Which site a draft belongs to is read from the
 * sender, as the browser reports it: a content script (or a compromised renderer) of one site
 * cannot read or write another site's drafts, nor any draft where drafts are off.
 */

type DraftMessage = Extract<ContentMessage, { type: `kc:draft-${'config' | 'save' | 'forget' | 'offer' | 'take' | 'exclude'}` }>;

/** The fields of runtime.MessageSender this reads (set by the browser, not by the sender). */
export interface DraftSender {
  url?: string;
  origin?: string;
  tab?: { url?: string };
}

/**
 * The site of the frame that sent a message: its origin (Chrome gives it, also for an editor's
 * about:blank frame, which inherits its page's), else its URL's, else its tab's (Firefox).
 */
export function senderSite(sender: DraftSender): string | null {
  if (!sender.tab) return null; // only a content script in a tab writes drafts
  return siteOf(sender.origin && sender.origin !== 'null' ? sender.origin : undefined) ?? siteOf(sender.url) ?? siteOf(sender.tab.url);
}

export interface DraftSettingsSource {
  settings(): Promise<DraftSettings>;
  policy(): Promise<DraftPolicy>;
  saveSettings(next: DraftSettings): Promise<void>;
}

export interface DraftsHandler {
  /** A promise for a drafts message (its answer), or undefined when the message is not one. */
  handle(message: ContentMessage, sender: DraftSender): Promise<unknown> | undefined;
  vault: DraftVault;
}

export function createDraftsHandler(vault: DraftVault, source: DraftSettingsSource): DraftsHandler {
  const isDraftMessage = (m: ContentMessage): m is DraftMessage =>
    ['kc:draft-config', 'kc:draft-save', 'kc:draft-forget', 'kc:draft-offer', 'kc:draft-take', 'kc:draft-exclude'].includes(m.type);

  /** The key of a field on the sender's site, or null where drafts are off or the field excluded. */
  const keyFor = async (site: string | null, field: FieldIdentity): Promise<string | null> => {
    const [settings, policy] = await Promise.all([source.settings(), source.policy()]);
    if (!site || !draftsOn(site, settings, policy) || isExcluded(site, field, settings)) return null;
    return fieldKey(site, field);
  };

  return {
    vault,
    handle(message, sender) {
      if (!isDraftMessage(message)) return undefined;
      const site = senderSite(sender);
      switch (message.type) {
        case 'kc:draft-config':
          return (async (): Promise<DraftConfig> => {
            const [settings, policy] = await Promise.all([source.settings(), source.policy()]);
            const on = draftsOn(site, settings, policy);
            return { on, excluded: on ? settings.excluded.filter((e) => e.site === site).map(({ selector, label }) => ({ selector, label })) : [] };
          })();
        case 'kc:draft-save':
          return keyFor(site, message.field).then((key) => (key ? vault.save(key, message.text).then(() => true) : false));
        case 'kc:draft-forget':
          // Also where drafts were switched off meanwhile: a saved text needs no draft.
          return site ? vault.remove(fieldKey(site, message.field)).then(() => true) : Promise.resolve(false);
        case 'kc:draft-offer':
          return keyFor(site, message.field).then((key) => (key ? vault.offer(key) : null));
        case 'kc:draft-take':
          return keyFor(site, message.field).then((key) => (key ? vault.read(key) : null));
        case 'kc:draft-exclude':
          // Only ever less is kept: a renderer that asks this of its own site harms nothing.
          return (async () => {
            if (!site) return false;
            const settings = await source.settings();
            const { selector, label } = message.field;
            if (!isExcluded(site, message.field, settings)) await source.saveSettings({ ...settings, excluded: [...settings.excluded, { site, selector, label }] });
            await vault.remove(fieldKey(site, message.field));
            return true;
          })();
      }
    },
  };
}

/**
 * Follows changes of the drafts settings: a site switched off loses its drafts at once, shorter
 * hours purge what is now too old, and every frame asks for its config again.
 */
export function followDraftSettings(vault: DraftVault, source: DraftSettingsSource): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[DRAFT_SETTINGS_KEY];
    const policyChanged = area === 'managed' && DRAFT_POLICY_KEYS.some((k) => k in changes);
    if (!(area === 'local' && change) && !policyChanged) return;
    void (async () => {
      const policy = await source.policy();
      if (change) {
        const before = readDraftSettings(change.oldValue);
        const after = readDraftSettings(change.newValue);
        for (const site of before.sites) if (!after.sites.includes(site) && !organisationCovers(site, policy)) await vault.removeSite(site);
      }
      await vault.purgeExpired();
      const message: PanelMessage = { type: 'kc:drafts-changed' };
      for (const tab of await browser.tabs.query({})) {
        if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, message).catch(() => {});
      }
    })().catch(() => {});
  });
}

/**
 * The organisation's part, from storage.managed (Firefox: its 3rdparty policy). Chromium can take
 * seconds to answer the first read, so nothing waits for it longer than a moment (until it is
 * known, there is no policy), and it is read again when IT changes it.
 */
function policyFollower(): () => Promise<DraftPolicy> {
  let current: DraftPolicy = NO_DRAFT_POLICY;
  const read = async () => {
    const managed = browser.storage?.managed as Browser.storage.StorageArea | undefined;
    const raw = await managed?.get([...DRAFT_POLICY_KEYS]).catch(() => ({}));
    current = readDraftPolicy(raw ?? {});
  };
  const known = read();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' && DRAFT_POLICY_KEYS.some((k) => k in changes)) void read();
  });
  return async () => {
    await Promise.race([known, new Promise((resolve) => setTimeout(resolve, 300))]);
    return current;
  };
}

/** The worker's part in storage.local, the organisation's from the policy. */
function browserSource(): DraftSettingsSource {
  return {
    settings: async () => readDraftSettings((await browser.storage.local.get(DRAFT_SETTINGS_KEY))[DRAFT_SETTINGS_KEY] ?? DEFAULT_DRAFT_SETTINGS),
    policy: policyFollower(),
    saveSettings: (next) => browser.storage.local.set({ [DRAFT_SETTINGS_KEY]: next }),
  };
}

/** The e2e build's test clock: a test moves the background's time on by this many ms (never in a real build). */
const E2E_CLOCK_KEY = 'e2eClockOffsetMs';

function clock(): () => number {
  if (import.meta.env.MODE !== 'e2e') return Date.now;
  let offset = 0;
  const read = (v: unknown) => (offset = typeof v === 'number' ? v : 0);
  void browser.storage.local.get(E2E_CLOCK_KEY).then((s) => read(s[E2E_CLOCK_KEY]), () => {});
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && E2E_CLOCK_KEY in changes) read(changes[E2E_CLOCK_KEY]!.newValue);
  });
  return () => Date.now() + offset;
}

const PURGE_ALARM = 'kc-drafts-purge';

/** The background's drafts, started: purges at once what the last browser session left, then every 15 minutes. */
export function startDrafts(): DraftsHandler {
  const source = browserSource();
  const vault = new DraftVault({
    db: new KrachtcoachDB(),
    cipher: new DraftCipher(browser.storage.session as unknown as ConstructorParameters<typeof DraftCipher>[0]),
    now: clock(),
    hours: async () => effectiveHours(await source.settings(), await source.policy()),
  });
  void vault.start().catch(() => {});
  followDraftSettings(vault, source);
  // Expired drafts go on time even when nothing reads or writes one (the worker went home).
  void browser.alarms.create(PURGE_ALARM, { periodInMinutes: 15 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void vault.purgeExpired().catch(() => {});
  });
  const handler = createDraftsHandler(vault, source);
  return import.meta.env.MODE === 'e2e' ? withE2eSwitch(handler, source) : handler;
}

/**
 * The e2e build only: a page opened with `?kc-e2e-drafts=on` switches drafts on for its site, as
 * the options page would. Firefox's tests cannot open our extension pages (WebDriver BiDi does
 * not go there), so this is their way to the setting. Never in a real build.
 */
function withE2eSwitch(handler: DraftsHandler, source: DraftSettingsSource): DraftsHandler {
  return {
    vault: handler.vault,
    handle(message, sender) {
      const asked = message.type === 'kc:draft-config' && sender.url?.includes('kc-e2e-drafts=on');
      const site = senderSite(sender);
      if (!asked || !site) return handler.handle(message, sender);
      return (async () => {
        const settings = await source.settings();
        if (!settings.sites.includes(site)) await source.saveSettings({ ...settings, sites: [...settings.sites, site] });
        return handler.handle(message, sender);
      })();
    },
  };
}
