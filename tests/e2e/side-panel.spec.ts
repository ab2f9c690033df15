import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { CATEGORY_DISPLAY } from '../../src/analysis/categories';
import { PUBLISH_INTERVAL_MS } from '../../src/messaging/protocol';
import { inShadow } from './closed-shadow';
import { expect, test } from './fixtures';
import { panelFor } from './panel-page';

test('the panel follows the focused field: one line per finding with its category, a kind summary, and a rewrite that acts in the page', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await page.click('#rapportage');
  await page.keyboard.type('Meneer sprak in het MDO. Hij heeft de afwas gedaan.');
  await expect(panel.getByTestId('kc-panel-findings')).toContainText(CATEGORY_DISPLAY.jargon.name);
  await expect(panel.getByTestId('kc-panel-summary')).toContainText('1 concrete waarneming');
  await expect(panel.getByTestId('kc-panel-summary')).toContainText('1 zin om naar te kijken');
  const finding = panel.getByTestId('kc-finding').filter({ has: panel.locator('q', { hasText: /^MDO$/ }) });
  const rewrite = finding.getByTestId('kc-panel-rewrite').first();
  const replacement = (await rewrite.getAttribute('data-replacement'))!;
  await rewrite.click();
  await expect(page.locator('#rapportage')).toHaveValue(`Meneer sprak in het ${replacement}. Hij heeft de afwas gedaan.`);
  await expect(panel.getByTestId('kc-panel-empty')).toBeVisible();
});

// A question is for the worker to answer in their own words: the panel shows it, as text and not
// as a button, and a click on it puts nothing into the page.
test('the panel shows a finding\'s questions as questions, not as rewrites', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await page.click('#rapportage');
  const text = 'Meneer kwam niet.';
  await page.keyboard.type(text);
  const finding = panel.getByTestId('kc-finding').filter({ has: panel.locator('q', { hasText: /^niet$/ }) });
  const question = finding.getByTestId('kc-panel-question').first();
  await expect(question).toBeVisible();
  await expect(question).not.toHaveText('');
  await expect(finding.getByTestId('kc-panel-rewrite')).toHaveCount(0);
  // Only Negeer and Regel uit: no button puts anything into the text.
  await expect(finding.getByRole('button')).toHaveText(['Negeer', 'Regel uit']);
  await question.click();
  // Typing after the click is analysed after it: once the panel shows the new words, a rewrite
  // from the click would have landed.
  await page.bringToFront();
  await page.locator('#rapportage').press('End');
  await page.keyboard.type(' Hij sprak in het MDO.');
  await expect(panel.getByTestId('kc-finding').filter({ has: panel.locator('q', { hasText: /^MDO$/ }) })).toBeVisible();
  await expect(finding).toBeVisible();
  await expect(page.locator('#rapportage')).toHaveValue(`${text} Hij sprak in het MDO.`);
});

test('the panel switches the mode and shows the ik / jij / wij meter for a message', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await page.click('#rapportage');
  await page.keyboard.type('Ik maak me zorgen over je. Ik zie dat je moe bent.');
  await expect(panel.getByTestId('kc-panel-mode')).toContainText('geraden');
  const meter = panel.getByTestId('kc-panel-parts');
  await expect(meter).toContainText('✓ ik-deel');
  await expect(meter).toContainText('✓ jij-deel');
  await expect(meter).toContainText('○ wij-deel');
  await panel.getByLabel('Rapportage').check();
  await expect(meter).toHaveCount(0);
});

test('panel and card: keyboard reachable and no serious axe violations', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await page.click('#rapportage');
  // Jargon with a replacement, so the panel has a rewrite button; the others show questions.
  await page.keyboard.type('Hij is zorgmijdend en kwam niet naar het MDO.');
  await expect(panel.getByTestId('kc-panel-rewrite').first()).toBeVisible();
  const panelScan = await new AxeBuilder({ page: panel }).analyze();
  expect(panelScan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // Tab reaches the rewrite buttons in the panel.
  await panel.keyboard.press('Tab');
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    reached = await panel.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'kc-panel-rewrite');
    if (!reached) await panel.keyboard.press('Tab');
  }
  expect(reached).toBe(true);

  await page.bringToFront();
  await page.click('#rapportage');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+Enter');
  const card = inShadow(page, 'kc-card');
  await expect.poll(() => card.isVisible()).toBe(true);
  // Axe cannot enter the card's closed shadow root: it scans the same markup and styles, read
  // over CDP, in an open shadow root of its own on the same page.
  const markup = await card.evaluate((el) => (el.getRootNode() as ShadowRoot).innerHTML);
  await page.evaluate((html) => {
    const copy = document.createElement('kc-card-copy');
    copy.attachShadow({ mode: 'open' }).innerHTML = html;
    document.body.append(copy);
  }, markup);
  const cardScan = await new AxeBuilder({ page }).include('kc-card-copy').analyze();
  expect(cardScan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('for a worksheet the panel shows the quality check of the focused field', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await page.click('#werkblad');
  await page.keyboard.insertText('Doel: "Ik wil weer zelf koken."\nStap 1: Ik zoek drie recepten uit.\nWie: ik\nWanneer: maandag 1 december');
  const check = panel.getByTestId('kc-panel-assess');
  await expect(check.getByRole('combobox', { name: 'Soort werkblad' })).toHaveValue('actieplan');
  await expect(check).toHaveAttribute('data-scope', 'whole');
  await expect(panel.getByTestId('kc-criterion-doel-eigen-woorden')).toHaveClass(/pass/);
  await expect(panel.getByTestId('kc-criterion-wie-wanneer')).toHaveClass(/pass/);
});

/**
 * Waits until the background has everything the page's top frame sent so far, a field state that
 * its coach had queued included. First a page timer as long as the coach's throttle: the timers
 * of one frame fire in the order they fall due, so a throttle set before it has fired by then.
 * Then a message the coach always sends (the window loses focus to a frame: kc:frame-entered),
 * which reaches the background after whatever the frame sent before it.
 */
async function everythingSent(page: Page, worker: Worker): Promise<void> {
  const before = await worker.evaluate(() => (globalThis as unknown as { kcFrameEntered: number }).kcFrameEntered);
  await page.evaluate((ms) => new Promise((fired) => setTimeout(fired, ms)), PUBLISH_INTERVAL_MS);
  await page.evaluate(() => {
    document.querySelector('#kc-test-focus-frame')?.remove();
    const frame = document.createElement('iframe');
    frame.id = 'kc-test-focus-frame';
    document.body.append(frame);
    frame.contentWindow!.focus();
  });
  await expect.poll(() => worker.evaluate(() => (globalThis as unknown as { kcFrameEntered: number }).kcFrameEntered)).toBeGreaterThan(before);
  await page.locator('#rapportage').focus();
}

test('field states go out only while a panel shows the tab: typing with the panel closed sends nothing', async ({ context, server, extensionId }) => {
  const [worker] = context.serviceWorkers();
  // Counts the field states that reach the extension's pages (the background hears them all).
  await worker!.evaluate(() => {
    const g = globalThis as unknown as { kcStates: number; kcFrameEntered: number; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }) => void): void } } } };
    g.kcStates = 0;
    g.kcFrameEntered = 0;
    g.chrome.runtime.onMessage.addListener((m) => {
      if (m?.type === 'kc:field-state') g.kcStates++;
      if (m?.type === 'kc:frame-entered') g.kcFrameEntered++;
    });
  });
  const states = () => worker!.evaluate(() => (globalThis as unknown as { kcStates: number }).kcStates);
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  await page.click('#rapportage');
  await page.keyboard.type('Meneer kwam niet. ');
  await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].length + document.querySelectorAll('krachtcoach-overlay').length)).toBeGreaterThan(0);
  await everythingSent(page, worker!);
  expect(await states()).toBe(0);

  const panel = await panelFor(context, extensionId, page);
  await page.keyboard.type('Hij is zorgmijdend.');
  await expect(panel.getByTestId('kc-panel-findings')).toContainText('Etiket');
  expect(await states()).toBeGreaterThan(0);

  await panel.close();
  await page.keyboard.type(' Hij moet eten.');
  await everythingSent(page, worker!);
  const after = await states();
  await page.keyboard.type(' Zij kwam niet.');
  await everythingSent(page, worker!);
  expect(await states()).toBe(after);
});
