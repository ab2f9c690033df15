import { browser } from 'wxt/browser';
import { ContentMessageSchema, fromOurselves } from '../messaging/protocol';

type SidePanelApi = {
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { tabId?: number; windowId?: number }): Promise<void>;
};

/** Chrome has sidePanel; Firefox has the sidebar (opened by its own button and the command). */
function sidePanel(): SidePanelApi | undefined {
  return (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
}

async function openPanel(tabId: number | undefined, windowId?: number): Promise<void> {
  const panel = sidePanel();
  if (panel) await panel.open(tabId !== undefined ? { tabId } : { windowId: windowId! });
  else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
}

export function startBackground(): void {
  void sidePanel()?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!fromOurselves(sender, browser.runtime.id)) return undefined;
    const parsed = ContentMessageSchema.safeParse(raw);
    if (!parsed.success || parsed.data.type !== 'kc:open-panel') return undefined;
    return openPanel(sender.tab?.id, sender.tab?.windowId).catch(() => {});
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-panel') void openPanel(tab?.id, tab?.windowId).catch(() => {});
  });
}
