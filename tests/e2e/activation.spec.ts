import { extensionReaches } from './extension-reach';
import { expect, test } from './fixtures';
import { panelFor } from './panel-page';

test('on a site without a static match Krachtcoach stays out, and the panel says how to activate it', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  const origin = server.origin.replace('127.0.0.1', 'ecd.test');
  await page.goto(`${origin}/demo/ecd.html`);
  await page.click('#rapportage');
  await page.keyboard.type('Meneer kwam niet naar de groep.');
  await expect(page.locator('#rapportage')).toHaveValue('Meneer kwam niet naar de groep.');
  await expect(page.locator('krachtcoach-overlay')).toHaveCount(0);
  // The browser keeps the extension out of the tab: no coach is there, and none can come later.
  expect(await extensionReaches(context, page)).toBe(false);

  // The panel, bound to that tab, says that Krachtcoach is not active there and how to activate it.
  const panel = await panelFor(context, extensionId, page);
  await expect(panel.getByTestId('kc-panel-activation')).toContainText('niet actief');
  // The browser tells the page's address only after the worker's click: "always" comes after that.
  await expect(panel.getByTestId('kc-panel-activation')).toContainText('Daarna kun je hem hier ook altijd aanzetten');
  await expect(panel.getByTestId('kc-enable-site')).toHaveCount(0);
  // Without the worker's click (activeTab) or permission, the panel cannot switch it on by itself.
  await panel.getByRole('button', { name: 'Hier aanzetten' }).click();
  await expect(panel.getByTestId('kc-panel-notice')).toContainText('Alt+Shift+K');
  await expect(page.locator('krachtcoach-overlay')).toHaveCount(0);
  expect(await extensionReaches(context, page)).toBe(false);
});
