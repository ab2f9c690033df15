import { browser } from 'wxt/browser';
import { injectIntoTab } from '../activation/activation';
import { ContentMessageSchema, fromOurselves } from '../messaging/protocol';
import { handleGetRules } from './handlers/get-rules';
import { handleOpenPanel } from './handlers/open-panel';
import { openPanel, sidePanelApi } from './side-panel';

export function startBackground(): void {
  void sidePanelApi()?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!fromOurselves(sender, browser.runtime.id)) return undefined;
    const parsed = ContentMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    switch (parsed.data.type) {
      case 'kc:get-rules':
        return Promise.resolve(handleGetRules());
      case 'kc:open-panel':
        return handleOpenPanel(sender);
      default:
        return undefined; // field states are for the side panel
    }
  });

  // The command activates Krachtcoach for this tab (it grants activeTab) and opens the panel.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-panel') return;
    void openPanel(tab?.id, tab?.windowId).catch(() => {});
    if (tab?.id !== undefined) void injectIntoTab(tab.id);
  });
}
