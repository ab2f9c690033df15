import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panelFor } from './panel-page';

/**
 * Issue 14, retention: Check mijn tekst never stores the checked text, a kept chat expires after
 * the days the worker chose, and the privacy tab says what is kept and what "Wis alles" wipes,
 * as it does. The extension (and its storage) is shared by the tests of a worker: each test puts
 * back what it changed.
 */

/** An end-of-shift report as a begeleider writes it, with the client's name in it. */
const REPORT = [
  'Dagrapportage dinsdag, late dienst.',
  'Jolanda de Vries heeft vanavond samen met haar buurvrouw gekookt en zelf de afwas gedaan.',
  'Jolanda is niet gemotiveerd om haar medicatie bij de apotheek op te halen.',
  'Ze is een zorgmijder en moet morgen naar de huisarts.',
  'In het MDO bespraken we haar schulden bij de woningcorporatie.',
].join(' ');
const SENTENCES = REPORT.split(/(?<=\.) /);

const DAY = 24 * 60 * 60 * 1000;

async function openAssistant(panel: Page, part: 'gesprek' | 'dagboek' | 'privacy'): Promise<void> {
  await panel.getByTestId('kc-tab-assistant').click();
  await panel.getByTestId(`kc-assistant-${part}`).click();
}

const lastAssistant = (panel: Page) => panel.locator('[data-testid="kc-chat-message"][data-role="assistant"]').last();

interface Row {
  id: string;
  at: number;
  role: string;
  text: string;
}

/** Every record of a table of the extension's database, read from an extension page. */
function readTable(panel: Page, table: string): Promise<Row[]> {
  return panel.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('krachtcoach');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => (open.result.close(), resolve(request.result as Row[]));
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Puts records into a table of the extension's database, from an extension page. */
function putRows(panel: Page, table: string, rows: readonly object[]): Promise<void> {
  return panel.evaluate(
    ({ name, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('krachtcoach');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const r of records) tx.objectStore(name).put(r);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: table, records: rows },
  );
}

type LocalArea = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(key: string): Promise<void> };
type WithChrome = { chrome: { storage: { local: LocalArea } } };

async function setKeepHistory(panel: Page, on: boolean): Promise<void> {
  await openAssistant(panel, 'privacy');
  const box = panel.getByTestId('kc-keep-history');
  if (on) await box.check();
  else await box.uncheck();
  await expect(panel.getByTestId('kc-privacy-status')).toContainText(on ? 'voortaan bewaard' : 'niet meer bewaard');
}

test('Check mijn tekst with the chat history on stores no sentence of the report, only a summary', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  await page.click('#rapportage');
  await page.fill('#rapportage', REPORT);
  const panel = await panelFor(context, extensionId, page);
  await expect(panel.getByTestId('kc-panel-findings')).toBeVisible();
  await setKeepHistory(panel, true);
  try {
    await openAssistant(panel, 'gesprek');
    await panel.getByTestId('kc-quick-reply').filter({ hasText: 'Check mijn tekst' }).click();
    await expect(lastAssistant(panel)).toContainText('Opmerking 1 van');
    // The chat shows the sentence around the remark: on screen, for now, is fine.
    await expect(panel.getByTestId('kc-chat-log')).toContainText('Jolanda');
    // One rewrite in the page, then the rest skipped.
    const apply = panel.locator('.choice.apply').first();
    if (await apply.count()) await apply.click();
    await panel.getByTestId('kc-flow-choice').filter({ hasText: 'Klaar, stop de check' }).click();
    await expect(lastAssistant(panel)).toContainText('aangepast');
    // The summary is written to IndexedDB after it is shown: wait for the write, not for a time,
    // before the reload (a busy machine once reloaded first).
    const SUMMARY = /^Gecontroleerd: \d+ opmerkingen \(.*Etiket.*\); \d+ aangepast, \d+ overgeslagen\.$/;
    await expect.poll(async () => (await readTable(panel, 'chat')).some((m) => SUMMARY.test(m.text))).toBe(true);

    await panel.reload();
    await openAssistant(panel, 'gesprek');
    const stored = await readTable(panel, 'chat');
    const all = stored.map((m) => m.text).join('\n');
    for (const sentence of SENTENCES) expect(all, sentence).not.toContain(sentence.slice(0, 40));
    for (const piece of ['Jolanda', 'de Vries', 'niet gemotiveerd', 'zorgmijder', 'apotheek', 'woningcorporatie']) expect(all).not.toContain(piece);
    expect(stored.map((m) => m.text)).toContainEqual(expect.stringMatching(SUMMARY));
    // What the panel shows after the reload is what was stored.
    await expect(panel.getByTestId('kc-chat-log')).toContainText('Gecontroleerd:');
    await expect(panel.getByTestId('kc-chat-log')).not.toContainText('Jolanda');
  } finally {
    await setKeepHistory(panel, false);
  }
});

test('a kept chat expires after the days the worker chose: older messages are gone on panel start', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await setKeepHistory(panel, true);
  try {
    const days = panel.getByTestId('kc-history-days');
    await expect(days).toHaveValue('30');
    await days.selectOption('7');
    await expect(panel.getByTestId('kc-privacy-status')).toContainText('7 dagen bewaard');
    await expect(panel.getByTestId('kc-kept-item').and(panel.locator('[data-kept="chat"]'))).toContainText('7 dagen');
    const now = Date.now();
    await putRows(panel, 'chat', [
      { id: 'acht-dagen', at: now - 8 * DAY, role: 'user', text: 'Een vraag van acht dagen geleden' },
      { id: 'zes-dagen', at: now - 6 * DAY, role: 'user', text: 'Een vraag van zes dagen geleden' },
    ]);
    await panel.reload();
    await openAssistant(panel, 'gesprek');
    const log = panel.getByTestId('kc-chat-log');
    await expect(log).toContainText('zes dagen geleden');
    await expect(log).not.toContainText('acht dagen geleden');
    // (The welcome, kept when keeping was switched on, is from now.)
    const ids = (await readTable(panel, 'chat')).map((m) => m.id);
    expect(ids).toContain('zes-dagen');
    expect(ids).not.toContain('acht-dagen');

    // The choice is kept with the setting; a shorter one deletes at once.
    await openAssistant(panel, 'privacy');
    await expect(days).toHaveValue('7');
    await days.selectOption('1');
    await expect(panel.getByTestId('kc-privacy-status')).toContainText('1 dag bewaard');
    const left = await readTable(panel, 'chat');
    expect(left.map((m) => m.id)).not.toContain('zes-dagen');
    expect(left.every((m) => m.at > Date.now() - DAY)).toBe(true);
  } finally {
    await openAssistant(panel, 'privacy');
    await panel.getByTestId('kc-history-days').selectOption('30');
    await setKeepHistory(panel, false);
  }
});

test('the privacy tab lists what is kept and where, and Wis alles wipes what it says and keeps what it says', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  const snippet = { id: 'retentie-test', title: 'Overdracht late dienst', body: 'Vandaag …', tags: [], favourite: 0, usageCount: 0, createdAt: 1, updatedAt: 1, lastUsedAt: null };
  await setKeepHistory(panel, true);
  try {
    await openAssistant(panel, 'privacy');
    const items = panel.getByTestId('kc-kept-item');
    await expect(items).toHaveText([/^Het bewaarde gesprek.*IndexedDB.*30 dagen/, /^Je reflectiedagboek.*IndexedDB/, /^De bewaarde concepten.*IndexedDB/, /^Je eigen sjablonen.*IndexedDB/, /^Je instellingen.*woordenlijst.*uitgezette regels.*opslag van de extensie/, /^De sites waar Krachtcoach altijd aan staat/, /^Het beleid van je organisatie.*alleen te lezen/]);
    await expect(panel.getByTestId('kc-never-kept')).toContainText('Check mijn tekst');
    await expect(panel.getByTestId('kc-never-kept')).toContainText('De tekst in het dossier');
    const before =
      'Wis alles wist het bewaarde gesprek met de assistent, je reflectiedagboek en de bewaarde concepten. Dat kan niet ongedaan worden gemaakt. ' +
      'Je eigen sjablonen, je instellingen, de sites waar Krachtcoach altijd aan staat en het beleid van je organisatie blijven staan.';
    await expect(panel.getByTestId('kc-wipe-explained')).toHaveText(before);

    // Something in every store "Wis alles" names: the chat, the journal, a snippet, a setting.
    await openAssistant(panel, 'gesprek');
    await panel.getByTestId('kc-chat-input').fill('wat is presentie');
    await panel.getByTestId('kc-chat-input').press('Enter');
    await expect(lastAssistant(panel).locator('h3')).toHaveText('Presentie');
    await openAssistant(panel, 'dagboek');
    await panel.getByTestId('kc-journal-answer').fill('Vandaag had ik echt de tijd voor een wandeling.');
    await panel.getByTestId('kc-journal-save').click();
    await expect(panel.getByTestId('kc-journal-status')).toContainText('Bewaard');
    await putRows(panel, 'snippets', [snippet]);
    await panel.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.set({ retentieTestSetting: true }));
    await expect.poll(async () => (await readTable(panel, 'chat')).length).toBeGreaterThanOrEqual(2);

    await openAssistant(panel, 'privacy');
    await panel.getByTestId('kc-wipe-all').click();
    await expect(panel.getByRole('alertdialog')).toHaveText(new RegExp(`^${before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await panel.getByTestId('kc-confirm-yes').click();
    await expect(panel.getByTestId('kc-privacy-status')).toHaveText(
      'Gewist: het bewaarde gesprek met de assistent, je reflectiedagboek en de bewaarde concepten. Blijven staan: je eigen sjablonen, je instellingen, de sites waar Krachtcoach altijd aan staat en het beleid van je organisatie.',
    );
    expect(await readTable(panel, 'chat')).toEqual([]);
    expect(await readTable(panel, 'journal')).toEqual([]);
    expect((await readTable(panel, 'snippets')).map((s) => s.id)).toContain('retentie-test');
    expect(await panel.evaluate(async () => (await (globalThis as unknown as WithChrome).chrome.storage.local.get('retentieTestSetting')).retentieTestSetting)).toBe(true);
    // The setting to keep the chat is a setting too: it stays on.
    await expect(panel.getByTestId('kc-keep-history')).toBeChecked();
  } finally {
    await panel.evaluate(
      (id) =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('krachtcoach');
          open.onsuccess = () => {
            const tx = open.result.transaction('snippets', 'readwrite');
            tx.objectStore('snippets').delete(id);
            tx.oncomplete = () => (open.result.close(), resolve());
          };
        }),
      snippet.id,
    );
    await panel.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.remove('retentieTestSetting'));
    await setKeepHistory(panel, false);
  }
});
