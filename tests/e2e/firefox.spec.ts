import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension, resolveFirefox } from '../../src/tools/firefox';
import { defaultAnalyzer } from '../../src/analysis';
import { replacementsOf } from '../../src/analysis/rewrite';
import { readShownFindings } from '../../src/tools/page-findings';
import { cardTabsTo } from './card-tab-order';
import { EDITORS } from './editors';
import { expect, test } from './fixtures';

/**
 * The Firefox build (MV2) in stock Firefox: the content script coaches every editor of the
 * table, and a rewrite goes through the field's or the editor's own undo. (WebDriver BiDi may not open moz-extension://
 * pages, so the sidebar page itself is only checked in the manifest here; it is the same page
 * the Chromium tests drive.) CI installs Debian's firefox-esr; a laptop without Firefox skips these.
 */
test.describe('Firefox', () => {
  test.skip(!resolveFirefox(), 'geen Firefox gevonden (.ci/run installeert firefox-esr)');
  let browser: Browser;
  test.beforeAll(async () => {
    browser = await launchFirefoxWithExtension();
  });
  test.afterAll(async () => {
    await browser?.close();
  });

  const shown = (page: Page) => page.evaluate(readShownFindings);

  /**
   * From the keyboard: the caret two characters back (in "MDO"), Alt+Enter, Enter on the card's
   * first rewrite. The card's content is closed to every page script, and WebDriver BiDi reads
   * only with the page's rights: the test sees that the focus went into the card (its element,
   * in `cardIn`, the field's document) and knows the first rewrite from the engine, in the order
   * the card shows them. Returns it.
   */
  async function rewriteBeforeLastTwo(page: Page, cardIn: Frame): Promise<string> {
    const mdo = defaultAnalyzer().analyze('Hij sprak in het MDO.').findings.find((f) => f.text === 'MDO')!;
    const first = replacementsOf(mdo.suggestions)[0]!.replacement;
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.down('Alt');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Alt');
    await expect.poll(() => cardIn.evaluate(() => document.activeElement?.localName)).toBe('krachtcoach-card');
    await page.keyboard.press('Enter');
    return first;
  }

  async function undo(page: Page) {
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
  }

  // The editor table of the Chromium suite (EDITORS.md), each row once in Firefox: the text is
  // underlined, a keyboard rewrite goes through the editor, one Ctrl+Z gives back its own data.
  for (const ed of EDITORS) {
    test(`${ed.name}: underlined, rewritten from the keyboard, one Ctrl+Z restores the editor's data`, async ({ server }) => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${ed.page}`);
      await page.evaluate(() => (window as unknown as { editorReady?: Promise<unknown> }).editorReady);
      const frame = ed.frame ? (await (await page.waitForSelector(ed.frame))!.contentFrame())! : page.mainFrame();
      const field = await frame.waitForSelector(ed.field);
      await field!.click();
      await page.keyboard.type('Hij sprak in het MDO.');
      // The overlay of a text field lies in the page; highlights live in the field's own document.
      const shownIn = ed.highlight === 'overlay' ? page.mainFrame() : frame;
      await expect.poll(async () => (await shownIn.evaluate(readShownFindings)).map((f) => `${f.category}:${f.text}`)).toEqual(['jargon:MDO']);
      const data = () => page.evaluate(() => (window as unknown as { editorData(): string }).editorData());
      const text = () => page.evaluate(() => (window as unknown as { editorText(): string }).editorText().replace(/\u00a0/g, ' ').trimEnd());
      const original = await data();
      const replacement = await rewriteBeforeLastTwo(page, frame);
      await expect.poll(text).toBe(`Hij sprak in het ${replacement}.`);
      expect(await data()).not.toContain('krachtcoach');
      await undo(page);
      await expect.poll(data).toBe(original);
      await page.close();
    });
  }

  test('fields in an open shadow root are coached and rewritten', async ({ server }) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/shadow.html`);
    const story = () => page.evaluate(() => (window as unknown as { storyText(): string }).storyText());
    await (await page.waitForSelector('ecd-form >>> #story'))!.click();
    await page.keyboard.type('Hij sprak in het MDO.');
    await expect.poll(async () => (await page.evaluate(readShownFindings)).map((f) => `${f.category}:${f.text}`)).toEqual(['jargon:MDO']);
    const replacement = await rewriteBeforeLastTwo(page, page.mainFrame());
    await expect.poll(story).toBe(`Hij sprak in het ${replacement}.`);
    await undo(page);
    await expect.poll(story).toBe('Hij sprak in het MDO.');
    await page.close();
  });

  // Firefox opens a sidebar only from its own user actions (toolbar, command), not from a click in the page.
  test('the card\'s "Paneel" button says how to open the sidebar', async ({ server }) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/textarea.html`);
    await page.click('#field');
    await page.keyboard.type('Hij kwam niet.');
    await expect.poll(() => shown(page)).toHaveLength(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.down('Alt');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Alt');
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('krachtcoach-card');
    // The card is closed to page scripts (and so to WebDriver BiDi): the keyboard walks its
    // controls in the order the card builds them from the finding, as a worker's Tab would.
    for (let i = 0; i < cardTabsTo('Hij kwam niet.', 'Paneel'); i++) await page.keyboard.press('Tab');
    // The hint is not there yet; after Enter on "Paneel" it is drawn in the card (window.find sees
    // rendered text, also in a closed root: that is what the worker sees, not the DOM).
    const hintShown = () => page.evaluate(() => (window as unknown as { find(s: string): boolean }).find('Alt+Shift+K'));
    expect(await hintShown()).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(hintShown).toBe(true);
    await page.close();
  });

  test('the Firefox build declares the sidebar with the same panel page', () => {
    const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { sidebar_action?: { default_panel?: string } };
    const panel = manifest.sidebar_action?.default_panel;
    expect(panel).toBe('sidepanel.html');
    expect(existsSync(resolve(FIREFOX_EXTENSION_DIR, panel!))).toBe(true);
  });
});
