import type { BrowserContext, Frame, Page } from '@playwright/test';
import { inShadow } from './closed-shadow';
import { expect, test } from './fixtures';
import { askSnippets, toTab } from './panel-page';
import { pickerClosed, pickerFrameIn, pickerWithKeyboard } from './picker-frame';

/** Issue 13: the template picker opens with templates (7), and an inserted template is never glued onto a sentence (12). */

const DEMO = '/demo/ecd.html';

/** The demo page with the coach listening in `field` (its first underline is drawn). */
async function openDemo(context: BrowserContext, origin: string, field: string, text: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}${DEMO}`);
  await page.click(field);
  await page.keyboard.type('Hij is ongemotiveerd. ');
  await expect
    .poll(() => page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('krachtcoach-'))))
    .toBe(true);
  // The lead sentence only woke the coach: the field starts over with the text under test.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
  return page;
}


async function recentTitles(context: BrowserContext, extensionId: string): Promise<string[]> {
  const list = await askSnippets<Array<{ title: string }>>(context, extensionId, { type: 'kc:snippets-search', query: '', filter: 'recent' });
  return list.map((s) => s.title);
}

/** A section of the picker, in its frame (picker-frame.ts). */
const section = (picker: Frame, id: string) => picker.locator(`[data-testid="kc-picker-section"][data-section="${id}"]`);

test('(7) the picker opens with all templates at once, remembers what was used, and moves through its sections with the arrows', async ({ context, server, extensionId }) => {
  const page = await openDemo(context, server.origin, '#rapportage', 'Gesprek gevoerd met meneer. ');
  await toTab(context, page, { type: 'kc:open-picker' });
  const picker = await pickerWithKeyboard(page);
  const all = section(picker, 'all');
  await expect(all).toContainText('Alle sjablonen');
  for (const title of ['Actieplan', 'Evaluatie', 'Krachteninventarisatie', 'Taxatie van draagkracht']) {
    await expect(all.getByTestId('kc-picker-option').filter({ hasText: title })).toHaveCount(1);
  }
  await expect(all.getByTestId('kc-picker-option').filter({ hasText: 'Evaluatie' })).toContainText('/ev');
  await expect(picker.getByTestId('kc-picker')).not.toContainText('Geen sjablonen gevonden');

  // The whole picker fits in the window; the list scrolls on its own.
  const box = (await (await picker.frameElement()).boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);

  // Typing filters; the chosen one goes in, its form first.
  await page.keyboard.type('evaluatie');
  await expect(picker.getByTestId('kc-picker-option').first()).toContainText('Evaluatie');
  await page.keyboard.press('Enter');
  await expect.poll(() => inShadow(page, 'kc-snippet-form').isVisible()).toBe(true);
  await inShadow(page, 'kc-snippet-form-insert').click();
  await expect(page.locator('#rapportage')).toHaveValue(/Evaluatie/);
  await expect.poll(() => recentTitles(context, extensionId)).toContain('Evaluatie');

  // Next time it is under Recent gebruikt, first and selected.
  const before = await page.locator('#rapportage').inputValue();
  await toTab(context, page, { type: 'kc:open-picker' });
  const again = await pickerWithKeyboard(page);
  await expect(section(again, 'recent')).toContainText('Recent gebruikt');
  await expect(section(again, 'recent').getByTestId('kc-picker-option').filter({ hasText: 'Evaluatie' })).toHaveCount(1);
  const selected = again.locator('[data-testid="kc-picker-option"][aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  // Up from the first item wraps to the last one, at the bottom of Alle sjablonen; down goes back.
  const first = await selected.textContent();
  await page.keyboard.press('ArrowUp');
  await expect(section(again, 'all').locator('[aria-selected="true"]')).toHaveCount(1);
  await expect(section(again, 'all').getByTestId('kc-picker-option').last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(selected).toHaveText(first!);

  // Escape: the picker goes, the focus is back in the field, nothing changed.
  await page.keyboard.press('Escape');
  await pickerClosed(page);
  await expect(page.locator('#rapportage')).toBeFocused();
  await expect(page.locator('#rapportage')).toHaveValue(before);
  expect(pickerFrameIn(page)).toBeUndefined();
});

test('(12) a block template after "meneer." starts on its own line, in a textarea and in the rich Verslag field', async ({ context, server }) => {
  const page = await openDemo(context, server.origin, '#rapportage', 'Gesprek gevoerd met meneer.');
  await toTab(context, page, { type: 'kc:open-picker' });
  const picker = await pickerWithKeyboard(page);
  await page.keyboard.type('evaluatie');
  await expect(picker.getByTestId('kc-picker-option').first()).toContainText('Evaluatie');
  await page.keyboard.press('Enter');
  await expect.poll(() => inShadow(page, 'kc-snippet-form').isVisible()).toBe(true);
  await inShadow(page, 'kc-snippet-form-insert').click();
  await expect(page.locator('#rapportage')).toHaveValue(/^Gesprek gevoerd met meneer\.\nEvaluatie\nNaam: /);

  // The Verslag editor (a contenteditable with paragraphs), with the template from the panel's list.
  await page.click('#verslag');
  await page.keyboard.type('Gesprek gevoerd met meneer. ');
  await toTab(context, page, { type: 'kc:insert-snippet', id: 'evaluatie' });
  await expect.poll(() => inShadow(page, 'kc-snippet-form').isVisible()).toBe(true);
  await inShadow(page, 'kc-snippet-form-insert').click();
  await expect.poll(() => page.locator('#verslag').innerText()).toMatch(/meneer\.\s*\n\s*Evaluatie\s*\n/);
});

test('(12) an inline snippet after a word without a space gets one, and a typed shortcut after a space gets no second one', async ({ context, server, extensionId }) => {
  const saved = await askSnippets<{ ok: boolean }>(context, extensionId, {
    type: 'kc:snippet-save',
    draft: { title: 'Zoals afgesproken', body: 'zoals afgesproken met zijn zus.', tags: [], shortcut: '/za' },
  });
  expect(saved.ok).toBe(true);
  const page = await openDemo(context, server.origin, '#rapportage', 'Gesprek gevoerd met meneer');
  await toTab(context, page, { type: 'kc:open-picker' });
  // The command only asks for the picker: type once its search has the keyboard, not before.
  const picker = await pickerWithKeyboard(page);
  await page.keyboard.type('zoals afgesproken');
  await expect(picker.getByTestId('kc-picker-option').first()).toContainText('Zoals afgesproken');
  await page.keyboard.press('Enter');
  await expect(page.locator('#rapportage')).toHaveValue('Gesprek gevoerd met meneer zoals afgesproken met zijn zus.');

  await page.keyboard.type(' Daarna /za');
  await expect(page.locator('#rapportage')).toHaveValue('Gesprek gevoerd met meneer zoals afgesproken met zijn zus. Daarna zoals afgesproken met zijn zus.');
});

test('the picker works on a page whose CSP allows no frames (frame-src \'none\'): the extension\'s own frame is not the page\'s to forbid', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/strict-csp.html`);
  await page.click('#field');
  await page.keyboard.type('Hij kwam op tijd.');
  await expect.poll(() => page.evaluate(() => document.querySelector('krachtcoach-overlay') !== null)).toBe(true);
  await toTab(context, page, { type: 'kc:open-picker' });
  const picker = await pickerWithKeyboard(page);
  await page.keyboard.type('afronden');
  await expect(picker.getByTestId('kc-picker-option').first()).toContainText('Afronden van de begeleiding');
  await page.keyboard.press('Enter');
  await expect.poll(() => inShadow(page, 'kc-snippet-form').isVisible()).toBe(true);
  await inShadow(page, 'kc-snippet-form-insert').click();
  await expect(page.locator('#field')).toHaveValue(/^Hij kwam op tijd\.\s*\n+Afronden/);
});
