import { computed, signal } from '@preact/signals';
import { type Browser, browser } from 'wxt/browser';
import { type ActivationState, disableSite, enableSite, injectIntoTab, siteAllowed, siteEnabled } from '../activation/activation';
import { sitePattern } from '../activation/site-pattern';
import { placeholderRange } from '../analysis/rewrite';
import { strengthsSummary } from '../analysis/strengths-summary';
import type { Finding, Mode } from '../analysis/types';
import { ContentMessageSchema, type FieldState, fromOurselves, PANEL_PORT, type PanelMessage } from '../messaging/protocol';
import { disableRule, enableRule } from '../settings/preference-store';

/** The side panel's state as signals; components only read it and call the actions. */
export const tabId = signal<number | null>(null);
export const tabUrl = signal<string | undefined>(undefined);
export const frameId = signal<number>(0);
export const field = signal<FieldState | null>(null);
export const notice = signal<string | null>(null);
export const activation = signal<ActivationState>('inactive');
/** The worker chose "Altijd op deze site" for the page's site. */
export const alwaysOnSite = signal(false);
/** Krachtcoach may run on the page's site by itself (else only after the worker's click, in that tab: activated-tabs.ts). */
export const allowedOnSite = signal(false);

/** A rule the worker just switched off from the panel, for "Ongedaan maken". */
export const switchedOff = signal<{ rule: string; name: string } | null>(null);

/** What is already strengths-based in the focused field, and how many sentences to look at. */
export const summary = computed(() => {
  const f = field.value;
  return f ? strengthsSummary(f.text, f.findings) : null;
});

/**
 * Ignores the panel sent for the text as it is now. A field state of that same text that was
 * already on its way leaves them out too; once the text changes, the content script's own list
 * of ignored findings decides.
 */
let pendingIgnores: { fieldId: string; text: string; spans: Array<Pick<Finding, 'start' | 'end' | 'text'>> } | null = null;

const sameSpan = (a: Pick<Finding, 'start' | 'end' | 'text'>, b: Pick<Finding, 'start' | 'end' | 'text'>) =>
  a.start === b.start && a.end === b.end && a.text === b.text;

/** A field state from the tab, as the panel shows it (without the ignores still on their way). */
export function showFieldState(state: FieldState): void {
  field.value = withoutPendingIgnores(state);
}

function withoutPendingIgnores(state: FieldState): FieldState {
  const pending = pendingIgnores;
  if (!pending || pending.fieldId !== state.fieldId) return state;
  if (pending.text !== state.text) {
    pendingIgnores = null;
    return state;
  }
  return { ...state, findings: state.findings.filter((f) => !pending.spans.some((s) => sameSpan(s, f))) };
}

async function sendToTab(message: PanelMessage, frame?: number): Promise<unknown> {
  const tab = tabId.value;
  if (tab === null) return undefined;
  return browser.tabs.sendMessage(tab, message, frame === undefined ? undefined : { frameId: frame });
}

/** Rewrites a finding in the page; `fieldId` defaults to the focused field. Resolves whether it worked. */
export async function applySuggestion(finding: Finding, replacement: string, fieldId = field.value?.fieldId): Promise<boolean> {
  if (fieldId === undefined) return false;
  const ok = await sendToTab({ type: 'kc:apply', fieldId, start: finding.start, end: finding.end, expected: finding.text, replacement }, frameId.value).catch(
    () => false,
  );
  // The keyboard stays in the panel: say how to get to the placeholder (the click selects it).
  notice.value = !ok
    ? 'Dat stuk tekst is intussen veranderd: kies de bevinding opnieuw.'
    : placeholderRange(replacement)
      ? 'Ingevoegd. Klik in het veld op de invulplek tussen [ ]: die wordt dan geselecteerd, zodat je hem meteen overtypt.'
      : null;
  return ok === true;
}

/**
 * "Negeer": the finding goes from the panel at once, and the content script ignores it in its
 * field (and publishes its new state).
 */
export async function ignoreFinding(finding: Finding): Promise<void> {
  const f = field.value;
  if (!f) return;
  const span = { start: finding.start, end: finding.end, text: finding.text };
  pendingIgnores =
    pendingIgnores?.fieldId === f.fieldId && pendingIgnores.text === f.text
      ? { ...pendingIgnores, spans: [...pendingIgnores.spans, span] }
      : { fieldId: f.fieldId, text: f.text, spans: [span] };
  field.value = withoutPendingIgnores(f);
  await sendToTab({ type: 'kc:ignore', fieldId: f.fieldId, start: finding.start, end: finding.end, expected: finding.text }, frameId.value).catch(() => {});
}

/**
 * "Regel uit": stored in the preferences (every coach re-reads them and analyses again); the
 * rule's findings leave the panel at once. "Ongedaan maken" switches it back on.
 */
export async function switchOffRule(finding: Finding, name: string): Promise<void> {
  const f = field.value;
  try {
    await disableRule(finding.rule);
  } catch {
    notice.value = 'De regel kon niet worden uitgezet. Probeer het nog eens.';
    return;
  }
  if (f && field.value === f) field.value = { ...f, findings: f.findings.filter((x) => x.rule !== finding.rule) };
  switchedOff.value = { rule: finding.rule, name };
  notice.value = null;
}

export async function undoSwitchOff(): Promise<void> {
  const off = switchedOff.value;
  if (!off) return;
  try {
    await enableRule(off.rule);
  } catch {
    notice.value = 'De regel kon niet weer worden aangezet. Dat kan ook bij Instellingen.';
    return;
  }
  switchedOff.value = null;
  notice.value = `De regel staat weer aan: ${off.name}.`;
}

/** The options page (switched-off rules, word list, rustig). */
export async function openSettings(): Promise<void> {
  try {
    await browser.runtime.openOptionsPage();
  } catch {
    notice.value = 'De instellingen konden niet worden geopend.';
  }
}

export async function setMode(mode: Mode | undefined): Promise<void> {
  const f = field.value;
  if (f) await sendToTab({ type: 'kc:set-mode', fieldId: f.fieldId, mode }, frameId.value).catch(() => {});
}

let watching: Browser.runtime.Port[] = [];

function unwatch(): void {
  for (const port of watching) port.disconnect();
  watching = [];
}

/**
 * Holds a port open to the coaches in the shown tab: they send their field states only while a
 * panel watches. All frames when the tab is shown (again); one frame when it starts later (a
 * TinyMCE iframe, an activation), so the others do not answer again.
 */
function watchTab(frameId?: number): void {
  if (frameId === undefined) unwatch();
  const id = tabId.value;
  if (id === null) return;
  const port = browser.tabs.connect(id, frameId === undefined ? { name: PANEL_PORT } : { name: PANEL_PORT, frameId });
  port.onDisconnect.addListener(() => {
    void browser.runtime.lastError; // no coach (any more) in that tab or frame: nothing to report
    watching = watching.filter((p) => p !== port);
  });
  watching.push(port);
}

/** Whether our content script answers in the tab. */
async function coachRuns(): Promise<boolean> {
  return (await sendToTab({ type: 'kc:get-state' }).catch(() => false)) === true;
}

/**
 * Opening the panel from the toolbar button activates Krachtcoach for this tab (the click
 * grants activeTab); where that is not allowed, the panel says how to activate it.
 */
async function refreshActivation(): Promise<void> {
  const id = tabId.value;
  if (id === null) return;
  const tab = await refreshSite(id);
  if (await coachRuns()) {
    activation.value = 'active';
    watchTab();
    return;
  }
  // A tab we do not coach: stop the previous tab's coaches from reporting to us.
  unwatch();
  if (tab?.url !== undefined && !sitePattern(tab.url)) {
    activation.value = 'unsupported';
    return;
  }
  activation.value = (await injectIntoTab(id)) && (await coachRuns()) ? 'active' : 'inactive';
  if (activation.value === 'active') watchTab();
}

/**
 * The tab's address and what the site allows. The browser tells the address only where
 * Krachtcoach may run: after the worker's click (activeTab) or on an allowed site.
 */
async function refreshSite(id: number): Promise<Browser.tabs.Tab | undefined> {
  const tab = await browser.tabs.get(id).catch(() => undefined);
  tabUrl.value = tab?.url;
  alwaysOnSite.value = await siteEnabled(tab?.url).catch(() => false);
  allowedOnSite.value = await siteAllowed(tab?.url).catch(() => false);
  return tab;
}

/** "Altijd op deze site": must run in the click handler (the permission prompt needs the gesture). */
export async function enableAlways(): Promise<void> {
  const ok = await enableSite(tabUrl.value).catch(() => false);
  if (!ok) {
    notice.value = 'Krachtcoach kreeg geen toestemming voor deze site.';
    return;
  }
  notice.value = null;
  if (tabId.value !== null) await injectIntoTab(tabId.value);
  await refreshActivation();
}

/** "Niet meer altijd op deze site": unregisters the site and gives its permission back. */
export async function stopAlways(): Promise<void> {
  await disableSite(tabUrl.value).catch(() => {});
  if (tabId.value !== null) await refreshSite(tabId.value);
  notice.value = 'Krachtcoach start hier niet meer vanzelf.';
}

export async function activateHere(): Promise<void> {
  if (tabId.value !== null) await injectIntoTab(tabId.value);
  await refreshActivation();
  if (activation.value !== 'active') notice.value = 'Klik op de Krachtcoach-knop in de werkbalk of druk Alt+Shift+K om Krachtcoach hier aan te zetten.';
}

/**
 * Follows the active tab of this window and the field that has focus in it. `?tab=ID` binds the
 * panel to one tab (the panel opened as a page, as the end-to-end tests do).
 */
export async function connect(): Promise<void> {
  const bound = Number(new URLSearchParams(location.search).get('tab'));
  if (bound) tabId.value = bound;
  else {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId.value = tab?.id ?? null;
    browser.tabs.onActivated.addListener(({ tabId: id }) => {
      tabId.value = id;
      field.value = null;
      void refreshActivation();
    });
  }
  browser.tabs.onUpdated.addListener((id, change) => {
    if (id === tabId.value && change.status === 'complete') {
      field.value = null;
      void refreshActivation();
    }
  });
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!fromOurselves(sender, browser.runtime.id) || sender.tab?.id !== tabId.value) return undefined;
    const parsed = ContentMessageSchema.safeParse(raw);
    if (parsed.success && parsed.data.type === 'kc:field-state') {
      frameId.value = sender.frameId ?? 0;
      showFieldState(parsed.data.state);
      activation.value = 'active';
    }
    if (parsed.success && parsed.data.type === 'kc:coach-started') {
      activation.value = 'active';
      watchTab(sender.frameId ?? 0);
      // Started by the worker's click: now the browser tells the address ("Altijd op deze site").
      if (tabUrl.value === undefined && tabId.value !== null) void refreshSite(tabId.value);
    }
    return undefined;
  });
  await refreshActivation();
}
