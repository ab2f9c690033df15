import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { Browser as FirefoxBrowser } from 'puppeteer-core';
import { launchFirefoxWithExtension, resolveFirefox } from '../../src/tools/firefox';
import { readShownFindings } from '../../src/tools/page-findings';
import { shownInTextFields } from '../../src/tools/page-findings';
import { byTestId, clickTestId, textOfTestId } from './closed-shadow';
import { expect, test } from './fixtures';
import { firstMarkPoint } from './text-field-marks';
import { resetSettings, storedSettings } from './options-support';
import { cardTabsTo } from './card-tab-order';

/**
 * Issue 14: rule switches and settings change only from our extension pages, or from the card
 * after the worker's own click. The content script (and so a page that took over the renderer of
 * an activated site) no longer reaches the extension's storage: it asks the background for the
 * settings, and may ask it for one change only, a rule that exists switched off or on.
 */

type World = { cdp: CDPSession; contextId: number };

/** The content script's own JavaScript world in `page` (Chromium runs it apart from the page's). */
async function contentScriptWorld(context: BrowserContext, page: Page): Promise<World> {
  const cdp = await context.newCDPSession(page);
  const worlds: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const world = () => worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'Krachtcoach');
  await expect.poll(() => world() !== undefined, { message: 'the content script is running in the page' }).toBe(true);
  return { cdp, contextId: world()!.id };
}

/** Runs `expression` (a promise) in the content script's world; a throw or a rejection comes back as { refused }. */
async function inContentScript(world: World, expression: string): Promise<{ answered?: unknown; refused?: string }> {
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', {
    contextId: world.contextId,
    expression: `(async () => ${expression})().then((answered) => ({ answered: answered === undefined ? 'undefined' : answered }), (e) => ({ refused: String(e && e.message) }))`,
    awaitPromise: true,
    returnByValue: true,
  });
  expect(exceptionDetails, JSON.stringify(exceptionDetails)).toBeUndefined();
  return result.value as { answered?: unknown; refused?: string };
}

test.afterEach(async ({ context }) => resetSettings(context));

test("the content script's world cannot read or write the extension's storage, nor switch a rule that does not exist", async ({ context, server }) => {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }).chrome.storage.local.set({
      coachPreferences: { ignoredTerms: ['Lotte de Vries'], disabledCategories: [], calm: false },
      disabledRules: ['dwang-moet'],
    }),
  );
  const before = await storedSettings(context);
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  const world = await contentScriptWorld(context, page);

  // Reading: the worker's word list (a client's name) does not reach the page's renderer.
  const read = await inContentScript(world, 'chrome.storage.local.get(null)');
  expect(read.answered, JSON.stringify(read)).toBeUndefined();
  // Writing: neither the worker's switched-off rules, nor the whole store.
  for (const write of ['chrome.storage.local.set({ disabledRules: ["niet", "moet", "gemotiveerd"] })', 'chrome.storage.local.clear()', 'chrome.storage.local.remove("coachPreferences")']) {
    expect((await inContentScript(world, write)).answered, write).toBeUndefined();
  }
  // The background switches no rule that does not exist, and no other setting by message.
  for (const message of [
    { type: 'kc:set-rule', rule: 'bestaat-niet', off: true },
    { type: 'kc:set-rule', rule: '__proto__', off: true },
    { type: 'kc:set-preferences', preferences: { calm: true } },
  ]) {
    const sent = await inContentScript(world, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    expect(sent.answered === undefined || sent.answered === 'undefined', JSON.stringify({ message, sent })).toBe(true);
  }
  expect(await storedSettings(context)).toEqual(before);

  // What the coach needs still comes through the background: the settings, validated on arrival.
  expect(await inContentScript(world, "chrome.runtime.sendMessage({ type: 'kc:get-settings' })")).toEqual({
    answered: { preferences: { ignoredTerms: ['Lotte de Vries'], disabledCategories: [], calm: false, disabledRules: ['dwang-moet'] }, organisationDisabledRules: [] },
  });
  await world.cdp.detach();
});

test('the card\'s "Regel uit", by a real click, switches the rule off through the background; "Ongedaan maken" switches it on again', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  await page.click('#report');
  await page.keyboard.type('Hij moet eten.');
  const marks = async () => (await shownInTextFields(page)).map((f) => f.text);
  await expect.poll(marks).toEqual(['moet']);
  const word = await firstMarkPoint(page);
  await page.mouse.move(word.x, word.y);
  await expect.poll(() => textOfTestId(page, 'kc-disable-rule')).toBe('Regel uit');
  await clickTestId(page, 'kc-disable-rule');
  await expect.poll(async () => (await byTestId(page, 'kc-rule-off'))[0]?.text ?? '').toContain('staat uit');
  await expect.poll(marks).toEqual([]);
  await expect.poll(async () => (await storedSettings(context)).disabledRules).toEqual(['dwang-moet']);

  // Another tab on the same site hears of it from the background (it does not read storage).
  const other = await context.newPage();
  await other.goto(`${server.origin}/forms.html`);
  await other.click('#report');
  await other.keyboard.type('Zij moet slapen. Hij sprak in het MDO.');
  await expect.poll(async () => (await shownInTextFields(other)).map((f) => f.text)).toEqual(['MDO']);

  await page.bringToFront();
  await clickTestId(page, 'kc-enable-rule');
  await expect.poll(marks).toEqual(['moet']);
  await expect.poll(async () => (await storedSettings(context)).disabledRules).toEqual([]);
  await expect.poll(async () => (await shownInTextFields(other)).map((f) => f.text).sort()).toEqual(['MDO', 'moet']);
});

// Firefox keeps storage.local open to content scripts (it has no access levels for it): there the
// coach's only way to the settings is the background's, and the card's switch must work through it.
test.describe('Firefox', () => {
  test.skip(!resolveFirefox(), 'geen Firefox gevonden (.ci/run installeert firefox-esr)');
  let firefox: FirefoxBrowser;
  test.beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });
  test.afterAll(async () => {
    await firefox?.close();
  });

  test('the card\'s "Regel uit" and "Ongedaan maken" switch the rule through the background', async ({ server }) => {
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/textarea.html`);
    await page.click('#field');
    await page.keyboard.type('Hij kwam niet.');
    const shown = async () => (await page.evaluate(readShownFindings)).map((f) => f.text);
    await expect.poll(shown).toEqual(['niet']);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.down('Alt');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Alt');
    // The card is closed to page scripts and so to BiDi: the worker's keyboard walks it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('krachtcoach-card');
    for (let i = 0; i < cardTabsTo('Hij kwam niet.', 'Regel uit'); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(shown).toEqual([]);
    // The confirmation has the keyboard on "Ongedaan maken".
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('krachtcoach-card');
    await page.keyboard.press('Enter');
    await expect.poll(shown).toEqual(['niet']);
    await page.close();
  });
});
