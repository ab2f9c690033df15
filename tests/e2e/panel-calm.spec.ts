import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { shownFindings } from '../../src/tools/page-findings';
import { expect, test } from './fixtures';
import { panelFor } from './panel-page';

/**
 * Issue 13, the side panel: calm and kind. One test per numbered problem (5, 8, 9, 10, 11), each
 * with the realistic 4-sentence report; then axe and 320 px on every tab.
 */

const REPORT =
  'Cliënt is niet gemotiveerd en heeft geen ziekte-inzicht. Meneer moet zijn medicatie innemen, anders volgt een gesprek met de psychiater. Hij zei: "Ik wil gewoon mijn eigen huis." Vanochtend heeft hij zelf de afwas gedaan en zijn kamer opgeruimd.';

/** The demo ECD with the report typed into its Rapportage field, and the panel at `width` px beside it. */
async function reportInPanel(context: import('@playwright/test').BrowserContext, origin: string, extensionId: string, width = 360) {
  const page = await context.newPage();
  await page.goto(`${origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await panel.setViewportSize({ width, height: 800 });
  await page.bringToFront();
  await page.click('#rapportage');
  await page.keyboard.insertText(REPORT);
  const finding = (words: string) => panel.getByTestId('kc-finding').filter({ has: panel.locator('q', { hasText: new RegExp(`^${words}$`) }) });
  await expect(finding('anders volgt')).toHaveCount(1);
  return { page, panel, finding };
}

/** The height of everything in the panel: the page, or the scrolling view under the header. */
function panelHeight(panel: Page): Promise<number> {
  return panel.evaluate(() => {
    const view = document.querySelector<HTMLElement>('[role="tabpanel"]')!;
    return Math.max(document.documentElement.scrollHeight, view.getBoundingClientRect().top + window.scrollY + view.scrollHeight);
  });
}

/**
 * Whether a person sees `el` at a point of it (fractions of its box; y at most 12 px down, the
 * first line): the point is inside the window and nothing else (the input box) covers it.
 */
function seen(el: Locator, at: { x: number; y: number } = { x: 0.5, y: 0.5 }): Promise<boolean> {
  return el.evaluate((node, at) => {
    const r = node.getBoundingClientRect();
    const x = r.left + r.width * at.x;
    const y = r.top + Math.min(r.height * at.y, 12);
    if (r.width === 0 || y < 0 || y > window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return !!hit && (node === hit || node.contains(hit));
  }, at);
}

test('problem 10: one short line per finding, the explanation folded, readable sizes, far shorter than before', async ({ context, server, extensionId }) => {
  const { panel, finding } = await reportInPanel(context, server.origin, extensionId);
  // All four sentences' findings are in (the last one is), then the whole panel is measured.
  const height = await panelHeight(panel);
  console.log(`panel height at 360 px for the 4-sentence report: ${Math.round(height)} px`);
  expect(height).toBeLessThan(940);
  const label = finding('niet gemotiveerd');
  await expect(label).toHaveCount(1);
  // The category is a marker in its colour and line style, named for screen readers.
  await expect(label.locator('.sr-only').first()).toHaveText(/Etiket/);
  // The words in Dutch curly quotes.
  expect(await label.locator('q').evaluate((q) => getComputedStyle(q).quotes)).toContain('‘');
  // The explanation is there, folded: it opens on request.
  await expect(label.locator('details.explain')).not.toHaveAttribute('open');
  await expect(label.locator('details.explain .why-body')).toBeHidden();
  await label.locator('details.explain summary').click();
  await expect(label.locator('details.explain .why-body')).toBeVisible();
  await label.locator('details.explain summary').click();

  const sizes = await panel.evaluate(() => {
    const texts = [...document.querySelectorAll<HTMLElement>('[role="tabpanel"] *')].filter(
      (el) => el.offsetParent !== null && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && !el.closest('.sr-only'),
    );
    const size = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
    return {
      body: size(document.querySelector('[data-testid="kc-finding"] q')!.parentElement!),
      tooSmall: texts.filter((el) => size(el) < 12).map((el) => `${el.localName}.${el.className} ${size(el)}px`),
    };
  });
  expect(sizes.body).toBeGreaterThanOrEqual(14);
  expect(sizes.tooSmall).toEqual([]);
});

test('problem 5: no score, but what is strong and how many sentences to look at; real praise for a good text', async ({ context, server, extensionId }) => {
  const { page, panel } = await reportInPanel(context, server.origin, extensionId);
  await expect(panel.locator('body')).not.toContainText(/Krachtscore|\d+\s*\/\s*100|\d+\s*%/);
  await expect(panel.getByTestId('kc-panel-score')).toHaveCount(0);
  await expect(panel.getByTestId('kc-panel-summary')).toContainText('Sterk: 1 citaat van de cliënt, 2 concrete waarnemingen');
  await expect(panel.getByTestId('kc-panel-summary')).toContainText('2 zinnen om naar te kijken');
  // The examples of what is strong, on request.
  await panel.getByTestId('kc-panel-summary').locator('summary').click();
  await expect(panel.getByTestId('kc-panel-summary')).toContainText('‘Ik wil gewoon mijn eigen huis.’');

  await page.bringToFront();
  await page.locator('#rapportage').fill('');
  await page.click('#rapportage');
  await page.keyboard.insertText('Vanochtend heeft Kees zelf zijn bed verschoond. Hij zei: "Dat lukt me prima."');
  const praise = panel.getByTestId('kc-panel-empty');
  await expect(praise).toContainText('Mooi krachtgericht geschreven');
  await expect(praise).toContainText('Je citeert de cliënt en beschrijft wat er gebeurde.');
  expect(await praise.evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize))).toBeGreaterThanOrEqual(14);
});

test('problem 9: a single-leefgebied field gets the checks for one entry, a whole worksheet the full check, and no score', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await page.bringToFront();
  await page.click('#werkblad');
  await page.keyboard.insertText(
    'Nu: ik woon sinds maart op kamer 12 en houd mijn kamer zelf schoon. Op zondag kook ik pasta voor mijn buurman.\nWens: "Ik wil gewoon mijn eigen huis."\nVroeger: ik had een flat in Deventer met een balkon vol planten.',
  );
  const check = panel.getByTestId('kc-panel-assess');
  // The entry is judged as an entry: its wording is in order, and nothing asks for the other nine areas.
  await expect(panel.getByTestId('kc-criterion-ik-vorm')).toHaveClass(/pass/);
  await expect(panel.getByTestId('kc-criterion-leefgebieden-compleet')).toHaveCount(0);
  await expect(panel.getByTestId('kc-criterion-prioriteiten')).toHaveCount(0);
  await expect(check).toHaveAttribute('data-scope', 'entry');
  await expect(panel.getByTestId('kc-assess-entry')).toBeVisible();
  await expect(panel.getByTestId('kc-criterion-eigen-woorden')).toHaveClass(/pass/);
  await expect(panel.locator('body')).not.toContainText(/\d+\s*\/\s*\d+\b(?!-)|\/100/);

  // A whole inventory pasted into the field: now all ten leefgebieden are asked for.
  await page.locator('#werkblad').fill('');
  await page.click('#werkblad');
  await page.keyboard.insertText(
    'Wonen & dagelijks leven\nIk woon op kamer 12.\n\nFinanciën\nMijn bewindvoerder betaalt op maandag de huur.\n\nZingeving\nIk ga op zondag naar de kerk in Deventer.',
  );
  await expect(check).toHaveAttribute('data-scope', 'whole');
  await expect(panel.getByTestId('kc-criterion-leefgebieden-compleet')).toHaveClass(/fail/);
  await expect(panel.locator('body')).not.toContainText(/\d+\s*\/\s*\d+\b(?!-)|\/100/);
});

test('problem 8: the newest answer and the flow\'s buttons stay in view above the input, and the tabs stay visible', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await panel.setViewportSize({ width: 360, height: 640 });
  await panel.getByTestId('kc-tab-assistant').click();
  await panel.getByTestId('kc-assistant-gesprek').click();
  const input = panel.getByTestId('kc-chat-input');
  const answers = panel.locator('[data-testid="kc-chat-message"][data-role="assistant"]');
  for (const question of ['Hoe schrijf ik zonder niet-formuleringen?', 'Hoe stel ik een schaalvraag?', 'Wat is een complete boodschap?']) {
    const before = await answers.count();
    await input.fill(question);
    await input.press('Enter');
    await expect(answers).toHaveCount(before + 1);
    // The start of the newest answer is in view, not under the input.
    await expect.poll(() => seen(answers.last(), { x: 0.3, y: 0 })).toBe(true);
  }
  await expect.poll(() => seen(panel.getByTestId('kc-tab-coach'))).toBe(true);

  // A flow: its question and its buttons are in view, above the input.
  await panel.getByTestId('kc-quick-reply').filter({ hasText: /Complete boodschap/ }).first().click();
  await expect(panel.getByTestId('kc-flow')).toBeVisible();
  await expect.poll(() => seen(panel.getByTestId('kc-flow-example').first())).toBe(true);
  await expect.poll(() => seen(answers.last(), { x: 0.3, y: 0 })).toBe(true);
  await input.fill('Ik word er bang van als je de post ongeopend laat liggen');
  await input.press('Enter');
  await expect(answers.last()).toContainText('jij-deel');
  await expect.poll(() => seen(answers.last(), { x: 0.3, y: 0 })).toBe(true);
  await expect.poll(() => seen(panel.getByTestId('kc-flow-back'))).toBe(true);
  await expect.poll(() => seen(input)).toBe(true);
  await expect.poll(() => seen(panel.getByTestId('kc-tab-coach'))).toBe(true);
});

test('problem 11: Vervangen, Negeer and Regel uit per finding; the panel updates at once and the page follows', async ({ context, server, extensionId }) => {
  const { page, panel, finding } = await reportInPanel(context, server.origin, extensionId);
  const underlined = async () => (await shownFindings(page)).map((f) => f.text);
  await expect.poll(underlined).toContain('anders volgt');

  // Negeer: gone from the panel at once, and from the page.
  await finding('anders volgt').getByTestId('kc-panel-ignore').click();
  await expect(finding('anders volgt')).toHaveCount(0, { timeout: 1000 });
  await expect(panel.getByTestId('kc-panel-summary')).toContainText('2 zinnen om naar te kijken');
  await expect.poll(underlined).not.toContain('anders volgt');
  await expect(page.locator('#rapportage')).toHaveValue(REPORT);

  // Regel uit, with a way back.
  await finding('moet').getByTestId('kc-panel-disable-rule').click();
  await expect(finding('moet')).toHaveCount(0, { timeout: 1000 });
  await expect(panel.getByTestId('kc-panel-undo')).toBeVisible();
  await expect.poll(underlined).not.toContain('moet');
  await panel.getByTestId('kc-panel-undo').click();
  await expect(finding('moet')).toHaveCount(1);
  await expect.poll(underlined).toContain('moet');
  await expect(panel.getByTestId('kc-panel-notice')).toContainText('weer aan');

  // A question is shown as a question (answered in the card), never as an insert button.
  const questionOnly = finding('niet gemotiveerd');
  await expect(questionOnly.getByTestId('kc-panel-question').first()).toContainText('?');
  await expect(questionOnly.getByTestId('kc-panel-rewrite')).toHaveCount(0);

  // Vervangen puts the replacement into the page.
  const rewrite = finding('geen ziekte-inzicht').getByTestId('kc-panel-rewrite').first();
  const replacement = (await rewrite.getAttribute('data-replacement'))!;
  await rewrite.click();
  await expect(page.locator('#rapportage')).toHaveValue(REPORT.replace('geen ziekte-inzicht', replacement));
  await expect(finding('geen ziekte-inzicht')).toHaveCount(0);
});

test('axe finds no serious problem on the coach, assistant and snippets tabs, and nothing scrolls sideways at 320 px', async ({ context, server, extensionId }) => {
  const { panel } = await reportInPanel(context, server.origin, extensionId, 320);
  const serious = async () =>
    (await new AxeBuilder({ page: panel }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  const sideways = () => panel.evaluate(() => document.documentElement.scrollWidth);

  // Every fold open, so axe and the width check see all of it.
  await panel.locator('details.explain summary').first().click();
  await panel.getByTestId('kc-panel-summary').locator('summary').click();
  expect(await serious()).toEqual([]);
  expect(await sideways()).toBeLessThanOrEqual(320);

  await panel.getByTestId('kc-tab-assistant').click();
  const answers = panel.locator('[data-testid="kc-chat-message"][data-role="assistant"]');
  await expect(answers.first()).toBeVisible();
  const before = await answers.count();
  await panel.getByTestId('kc-chat-input').fill('Hoe stel ik een schaalvraag?');
  await panel.getByTestId('kc-chat-input').press('Enter');
  await expect(answers).toHaveCount(before + 1);
  await panel.screenshot({ path: '/tmp/panel-calm-assistant-320.png' });
  expect(await serious()).toEqual([]);
  expect(await sideways()).toBeLessThanOrEqual(320);

  await panel.getByTestId('kc-tab-snippets').click();
  await expect(panel.getByTestId('kc-view-snippets')).toBeVisible();
  expect(await serious()).toEqual([]);
  expect(await sideways()).toBeLessThanOrEqual(320);
});

test('screenshots of the panel for the 4-sentence report at 360 and 320 px', async ({ context, server, extensionId }) => {
  for (const width of [360, 320]) {
    const { panel } = await reportInPanel(context, server.origin, extensionId, width);
    // As tall as all of it, so the whole panel is in one picture.
    await panel.setViewportSize({ width, height: Math.ceil(await panelHeight(panel)) });
    await panel.screenshot({ path: `/tmp/panel-calm-report-${width}.png` });
    await panel.close();
  }
});

test('Instellingen in the panel header opens the options page', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  const opened = context.waitForEvent('page', (p) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`));
  await panel.getByTestId('kc-panel-settings').click();
  const options = await opened;
  await expect(options).toHaveURL(/options\.html/);
  await options.close();
});
