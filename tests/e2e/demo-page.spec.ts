import { shownFindings } from '../../src/tools/page-findings';
import { inShadow } from './closed-shadow';
import { expect, test } from './fixtures';

test('the demo client file is coached in the textarea and the rich-text field', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  await page.click('#rapportage');
  await page.keyboard.type('Meneer was niet aanwezig. Om twee uur deed hij de afwas.');
  await page.click('#verslag');
  await page.keyboard.type('Ze kwam niet naar het gesprek.');
  await expect
    .poll(async () => (await shownFindings(page)).map((f) => `${f.field}|${f.category}|${f.text}`).sort())
    .toEqual(['textarea 1|negation|niet aanwezig', 'verslag|negation|niet']);
  // The rich-text field keeps no extension markup.
  expect(await page.locator('#verslag').innerHTML()).not.toContain('krachtcoach');
});

test('a rewrite from the card applies in one step and Ctrl+Z restores the original', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const original = 'Meneer sprak in het MDO over zijn plannen.';
  await page.click('#rapportage');
  await page.keyboard.type(original);
  const jargon = async () => (await shownFindings(page)).find((f) => f.category === 'jargon');
  await expect.poll(async () => (await jargon())?.text).toBe('MDO');
  const box = (await jargon())!.box!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const rewrite = inShadow(page, 'kc-rewrite').first();
  await expect.poll(() => rewrite.isVisible()).toBe(true);
  const replacement = (await rewrite.getAttribute('data-replacement'))!;
  await rewrite.click();
  await expect(page.locator('#rapportage')).toHaveValue(original.replace('MDO', replacement));
  await page.locator('#rapportage').press('Control+z');
  await expect(page.locator('#rapportage')).toHaveValue(original);
});

test('the side panel page loads and says where to click', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(page.getByRole('heading', { name: 'Krachtcoach' })).toBeVisible();
});
