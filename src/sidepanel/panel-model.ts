import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { strengthScore } from '../analysis/strength-score';
import { CATEGORIES, type Category, type Finding, type Mode } from '../analysis/types';
import { ContentMessageSchema, type FieldState, fromOurselves, type PanelMessage } from '../messaging/protocol';

/** The side panel's state as signals; components only read it and call the actions. */
export const tabId = signal<number | null>(null);
export const frameId = signal<number>(0);
export const field = signal<FieldState | null>(null);
export const notice = signal<string | null>(null);

export const grouped = computed(() => {
  const groups = new Map<Category, Array<{ finding: Finding; index: number }>>();
  (field.value?.findings ?? []).forEach((finding, index) => {
    let list = groups.get(finding.category);
    if (!list) groups.set(finding.category, (list = []));
    list.push({ finding, index });
  });
  return CATEGORIES.filter((c) => groups.has(c)).map((c) => ({ category: c, items: groups.get(c)! }));
});

export const score = computed(() => {
  const f = field.value;
  return f ? strengthScore(f.text, f.findings) : null;
});

async function sendToTab(message: PanelMessage): Promise<unknown> {
  const tab = tabId.value;
  if (tab === null) return undefined;
  return browser.tabs.sendMessage(tab, message, { frameId: frameId.value });
}

export async function applySuggestion(finding: Finding, replacement: string): Promise<void> {
  const f = field.value;
  if (!f) return;
  const ok = await sendToTab({ type: 'kc:apply', fieldId: f.fieldId, start: finding.start, end: finding.end, expected: finding.text, replacement }).catch(() => false);
  notice.value = ok ? null : 'Dat stuk tekst is intussen veranderd: kies de bevinding opnieuw.';
}

export async function setMode(mode: Mode | undefined): Promise<void> {
  const f = field.value;
  if (f) await sendToTab({ type: 'kc:set-mode', fieldId: f.fieldId, mode }).catch(() => {});
}

/** Follows the active tab of this window and the field that has focus in it. */
export async function connect(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  tabId.value = tab?.id ?? null;
  browser.tabs.onActivated.addListener(({ tabId: id }) => {
    tabId.value = id;
    field.value = null;
    void browser.tabs.sendMessage(id, { type: 'kc:get-state' } satisfies PanelMessage).catch(() => {});
  });
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!fromOurselves(sender, browser.runtime.id) || sender.tab?.id !== tabId.value) return undefined;
    const parsed = ContentMessageSchema.safeParse(raw);
    if (parsed.success && parsed.data.type === 'kc:field-state') {
      frameId.value = sender.frameId ?? 0;
      field.value = parsed.data.state;
    }
    return undefined;
  });
  if (tabId.value !== null) {
    await browser.tabs.sendMessage(tabId.value, { type: 'kc:get-state' } satisfies PanelMessage).catch(() => {
      notice.value = 'Krachtcoach is nog niet actief op deze pagina.';
    });
  }
}
