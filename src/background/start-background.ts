import { type Browser, browser } from 'wxt/browser';
import { injectIntoTab, upgradeRegisteredSites } from '../activation/activation';
import { ContentMessageSchema, fromOurselves, type PanelMessage } from '../messaging/protocol';
import { isActivatedTab, rememberActivatedTab, startActivatedTabs } from './activated-tabs';
import { startFirstRun } from './first-run';
import { startDrafts } from './handlers/drafts';
import { handleGetRules } from './handlers/get-rules';
import { handleOpenOptions } from './handlers/open-options';
import { handleOpenPanel } from './handlers/open-panel';
import { broadcastSettingsChanges, lockStorageToOurPages, settingsHandler } from './handlers/settings';
import { handleSnippetRequest } from './handlers/snippets';
import { startOrganisationPolicy } from './organisation-policy';
import { openPanel, sidePanelApi } from './side-panel';

export function startBackground(): void {
  // First: onInstalled fires only once, and only for a listener added in the worker's first turn.
  startFirstRun();
  startOrganisationPolicy();
  startActivatedTabs();
  void lockStorageToOurPages();
  broadcastSettingsChanges(settingsHandler);
  void upgradeRegisteredSites().catch(() => {});
  const drafts = startDrafts();
  // The toolbar button must reach action.onClicked: with openPanelOnActionClick Chrome opens the
  // panel itself and grants no activeTab, so the panel could not switch Krachtcoach on (e2e:
  // os-input.spec.ts). Set to false explicitly, as earlier versions stored true.
  void sidePanelApi()?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
  toolbarButton()?.onClicked.addListener((tab) => openPanelAndActivate(tab));

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!fromOurselves(sender, browser.runtime.id)) return undefined;
    const snippetReply = handleSnippetRequest(raw, sender);
    if (snippetReply) return snippetReply;
    const parsed = ContentMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const draftReply = drafts.handle(parsed.data, sender);
    if (draftReply) return draftReply;
    switch (parsed.data.type) {
      case 'kc:get-rules':
        return Promise.resolve(handleGetRules());
      case 'kc:open-panel':
        return handleOpenPanel(sender);
      case 'kc:open-options':
        return handleOpenOptions();
      case 'kc:get-settings':
        return settingsHandler.snapshot();
      case 'kc:set-rule':
        return settingsHandler.setRule(parsed.data.rule, parsed.data.off, sender);
      case 'kc:frame-entered': {
        // A frame may have come after the worker's click (an editor in a dialog): give it the coach too.
        const tabId = sender.tab?.id;
        if (tabId !== undefined) void isActivatedTab(tabId).then((yes) => yes && injectIntoTab(tabId));
        return undefined;
      }
      default:
        return undefined; // field states and coach starts are for the side panel
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'open-panel') openPanelAndActivate(tab);
    if (command === 'insert-snippet') {
      void browser.tabs.sendMessage(tab.id, { type: 'kc:open-picker' } satisfies PanelMessage).catch(() => {});
    }
  });
}

type ToolbarButton = { onClicked: { addListener(listener: (tab: Browser.tabs.Tab) => void): void } };

/** Chrome's action (MV3) or Firefox's browserAction (MV2). */
function toolbarButton(): ToolbarButton | undefined {
  const api = browser as unknown as { action?: ToolbarButton; browserAction?: ToolbarButton };
  return api.action ?? api.browserAction;
}

/**
 * The worker's click on the button or Alt+Shift+K: both grant activeTab for this tab, so the
 * coach starts here, and the panel opens. Synchronous up to open(): an await before it would
 * lose the user gesture that the side panel (and Firefox's sidebar) needs.
 */
function openPanelAndActivate(tab: Browser.tabs.Tab): void {
  if (tab.id === undefined) return;
  void openPanel(tab.id, tab.windowId).catch(() => {});
  void injectIntoTab(tab.id);
  void rememberActivatedTab(tab.id);
}
