import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, resolveFirefox } from '../../src/tools/firefox';
import { expect, test } from './fixtures';

/**
 * Drafts in stock Firefox (the MV2 build, its storage.session and IndexedDB): a report typed in
 * a textarea is offered back after a reload and restored from the keyboard as one undo step.
 * WebDriver BiDi can open no extension page, so drafts are switched on by the e2e build's
 * `?kc-e2e-drafts=on` (background/handlers/drafts.ts), and the closed notice is read as the
 * worker sees it (window.find finds rendered text, also in a closed shadow root).
 */
test.describe('Firefox drafts', () => {
  test.skip(!resolveFirefox(), 'geen Firefox gevonden (.ci/run installeert firefox-esr)');
  let browser: Browser;
  test.beforeAll(async () => {
    browser = await launchFirefoxWithExtension();
  });
  test.afterAll(async () => {
    await browser?.close();
  });

  const REPORT = 'Sanne heeft vandaag zelf de boodschappen gedaan.';
  const value = (page: Page) => page.evaluate(() => (document.getElementById('field') as HTMLTextAreaElement).value);
  const shows = (page: Page, text: string) => page.evaluate((t) => (window as unknown as { find(s: string): boolean }).find(t), text);

  test('a textarea: typed, reloaded, offered, restored with the keyboard, undone with one Ctrl+Z', async ({ server }) => {
    const page = await browser.newPage();
    const url = `${server.origin}/textarea.html?kc-e2e-drafts=on`;
    await page.goto(url);
    await (await page.waitForSelector('#field'))!.click();
    await page.keyboard.type(REPORT);
    // pagehide saves at once; the reload then finds the field empty and the draft in the background.
    await page.goto(url);
    await page.waitForSelector('#field');
    expect(await value(page)).toBe('');
    await expect.poll(() => shows(page, 'terugzetten (7 woorden)')).toBe(true);
    // The notice comes after the page's own fields: Tab from the field reaches its first button.
    await page.click('#field');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('krachtcoach-draft');
    await page.keyboard.press('Enter');
    await expect.poll(() => value(page)).toBe(REPORT);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expect.poll(() => value(page)).toBe('');
    await page.close();
  });

  test('CKEditor 5, empty after the reload: restored through the editor, undone with one Ctrl+Z', async ({ server }) => {
    const page = await browser.newPage();
    const url = `${server.origin}/ckeditor5.html?kc-e2e-drafts=on`;
    const editorText = () => page.evaluate(() => document.querySelector('.ck-editor__editable')!.textContent);
    await page.goto(url);
    await (await page.waitForSelector('.ck-editor__editable'))!.click();
    await page.keyboard.type(REPORT);
    await page.goto(url);
    await page.waitForSelector('.ck-editor__editable');
    expect(await editorText()).toBe('');
    await expect.poll(() => shows(page, 'terugzetten (7 woorden)')).toBe(true);
    await page.click('.ck-editor__editable');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('krachtcoach-draft');
    await page.keyboard.press('Enter');
    await expect.poll(editorText).toBe(REPORT);
    // The restore left the keyboard in the editor.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ck-editor__editable'))).toBe(true);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expect.poll(editorText).toBe('');
    await page.close();
  });
});
