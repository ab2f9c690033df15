import { browser } from 'wxt/browser';

type SidePanelApi = {
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { tabId?: number; windowId?: number }): Promise<void>;
};

/** Chrome has sidePanel; Firefox has the sidebar (opened by its own button and the command). */
export function sidePanelApi(): SidePanelApi | undefined {
  return (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
}

export async function openPanel(tabId: number | undefined, windowId?: number): Promise<void> {
  const panel = sidePanelApi();
  if (panel) await panel.open(tabId !== undefined ? { tabId } : { windowId: windowId! });
  else {
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (!sidebar) throw new Error('no side panel or sidebar');
    await sidebar.open();
  }
}
