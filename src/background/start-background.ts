import { browser } from 'wxt/browser';
import { injectIntoTab } from '../activation/activation';
import { ContentMessageSchema, fromOurselves, type PanelMessage } from '../messaging/protocol';
import { handleGetRules } from './handlers/get-rules';
import { handleOpenPanel } from './handlers/open-panel';
import { handleSnippetRequest } from './handlers/snippets';
import { startOrganisationPolicy } from './organisation-policy';
import { openPanel, sidePanelApi } from './side-panel';

export function startBackground(): void {
  startOrganisationPolicy();
  void sidePanelApi()?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!fromOurselves(sender, browser.runtime.id)) return undefined;
    const snippetReply = handleSnippetRequest(raw);
    if (snippetReply) return snippetReply;
    const parsed = ContentMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    switch (parsed.data.type) {
      case 'kc:get-rules':
        return Promise.resolve(handleGetRules());
      case 'kc:open-panel':
        return handleOpenPanel(sender);
      default:
        return undefined; // field states and coach starts are for the side panel
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    // Opening the panel by keyboard also activates Krachtcoach for this tab (the command grants activeTab).
    if (command === 'open-panel') {
      void openPanel(tab.id, tab.windowId).catch(() => {});
      void injectIntoTab(tab.id);
    }
    if (command === 'insert-snippet') {
      void browser.tabs.sendMessage(tab.id, { type: 'kc:open-picker' } satisfies PanelMessage).catch(() => {});
    }
  });
}
