import { type Browser, browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnalyzer } from '../analysis/analyzer';
import type { RuntimeRule } from '../analysis/rule-schema';
import { type ContentMessage, fromOurselves, PANEL_PORT, PanelMessageSchema } from '../messaging/protocol';
import { CoachSession } from './coach-session';
import { analyzeOptionsOf, DEFAULT_PREFERENCES } from '../settings/preferences';
import { type EffectiveSettings, fetchSettings, readSettingsSnapshot, switchRule } from '../settings/settings-client';
import type { CoachSettings } from './field-coach';
import { DraftKeeper } from './drafts/draft-keeper';
import { runtimeDraftTransport } from './drafts/draft-transport';

function send(message: ContentMessage): void {
  // The panel may be closed: nobody listening is fine.
  browser.runtime.sendMessage(message).catch(() => {});
}

/**
 * Wires the coach into this frame. The rules come from the background (they are most of the
 * engine's weight, and every frame loads this script). If anything here fails, the page keeps
 * working without us.
 */
export async function startCoach(ctx: ContentScriptContext): Promise<void> {
  // Injected again by an activation while a registered script already runs: one coach per frame.
  const marker = globalThis as { __krachtcoachStarted?: boolean };
  if (marker.__krachtcoachStarted) return;
  marker.__krachtcoachStarted = true;
  ctx.onInvalidated(() => {
    marker.__krachtcoachStarted = false;
  });
  const rules = (await browser.runtime.sendMessage({ type: 'kc:get-rules' } satisfies ContentMessage)) as RuntimeRule[] | undefined;
  if (!Array.isArray(rules) || ctx.isInvalid) return;
  let settings: CoachSettings = analyzeOptionsOf(DEFAULT_PREFERENCES);
  /** Side panels showing this tab (see PANEL_PORT): field states go out only while there is one. */
  let watchers = 0;
  const follow = (next: EffectiveSettings | undefined) => {
    if (!next || ctx.isInvalid) return;
    settings = analyzeOptionsOf(next.prefs, next.organisation);
    session.refreshAll();
  };
  const session = new CoachSession(document, createAnalyzer(rules), {
    settings: () => settings,
    disableRule: (rule) => {
      settings = { ...settings, disabledRules: new Set([...(settings.disabledRules ?? []), rule]) };
      session.refreshAll();
      // The background writes the worker's own list (the card asks only after a trusted click).
      void switchRule(rule, true).then(follow);
    },
    // Back once the background wrote it, unless the organisation keeps it off (then the card's rule stays away).
    enableRule: (rule) => void switchRule(rule, false).then(follow),
    openOptions: () => send({ type: 'kc:open-options' }),
    frameEntered: () => send({ type: 'kc:frame-entered' }),
    openPanel: () =>
      browser.runtime
        .sendMessage({ type: 'kc:open-panel' } satisfies ContentMessage)
        .then((opened) => opened === true)
        .catch(() => false),
    watched: () => watchers > 0,
    publish: (state) => send({ type: 'kc:field-state', state }),
  });
  session.start(ctx.signal);
  // Drafts: separate listeners of their own, idle until the background says drafts are on here.
  const drafts = new DraftKeeper(document, runtimeDraftTransport, () => watchers > 0);
  drafts.start(ctx.signal);
  const followDrafts = () => void runtimeDraftTransport.config().then((config) => !ctx.isInvalid && drafts.setConfig(config));
  followDrafts();

  // Asked of the background: the content script does not read the extension's storage. Changes
  // come as kc:settings-changed below.
  void fetchSettings().then(follow);

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (!fromOurselves(sender, browser.runtime.id)) return undefined;
    const parsed = PanelMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    switch (msg.type) {
      case 'kc:get-state':
        session.activeState();
        return Promise.resolve(true); // tells the panel that Krachtcoach runs here
      case 'kc:set-mode':
        session.setMode(msg.fieldId, msg.mode);
        return undefined;
      case 'kc:insert-snippet':
        return session.insertSnippet(msg.id);
      case 'kc:open-picker':
        return session.openPicker();
      case 'kc:insert-text':
        return session.insertText(msg.text);
      case 'kc:settings-changed':
        follow(readSettingsSnapshot(msg.settings));
        return undefined;
      case 'kc:drafts-changed':
        followDrafts();
        return undefined;
      case 'kc:draft-restore':
        return drafts.restoreById(msg.id);
      case 'kc:draft-preview':
        return drafts.previewById(msg.id);
      case 'kc:ignore':
        return Promise.resolve(session.ignoreAt(msg.fieldId, msg.start, msg.end, msg.expected));
      case 'kc:apply': {
        const coach = session.coachById(msg.fieldId);
        if (!coach) return undefined;
        return session.replaceFromPanel(coach, msg.start, msg.end, msg.expected, msg.replacement);
      }
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PANEL_PORT || !fromOurselves(port.sender ?? {}, browser.runtime.id)) return;
    watchers++;
    port.onDisconnect.addListener(() => watchers--);
    session.activeState();
    drafts.publishOffers();
  };
  browser.runtime.onConnect.addListener(onConnect);
  ctx.onInvalidated(() => browser.runtime.onConnect.removeListener(onConnect));
  send({ type: 'kc:coach-started' });
}
