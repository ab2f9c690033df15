import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../../src/tools/chromium';
import { scrollsSideways } from './options-support';

const isWelcome = (extensionId: string) => (page: Page) => page.url() === `chrome-extension://${extensionId}/welcome.html`;

/** The welcome page of this launch: already open, or the next page that opens. */
async function welcomePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const opened = context.pages().find(isWelcome(extensionId));
  return opened ?? context.waitForEvent('page', { predicate: isWelcome(extensionId) });
}

/** The tabs the extension sees, by address (the background's own view, not Playwright's). */
async function tabUrls(context: BrowserContext): Promise<string[]> {
  const [worker] = context.serviceWorkers();
  return worker!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ url?: string; pendingUrl?: string }>> } } }).chrome;
    return (await api.tabs.query({})).map((t) => t.url || t.pendingUrl || '');
  });
}

test('the first-run page opens once after install, and not again after a restart with the same profile', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'krachtcoach-first-run-'));
  try {
    let { context, extensionId } = await launchWithExtension({ headless: true, userDataDir: profile, keepWelcome: true });
    const welcome = await welcomePage(context, extensionId);
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Krachtcoach');
    await expect(welcome.getByTestId('kc-welcome')).toContainText('Alles blijft op deze computer');
    expect((await tabUrls(context)).filter((u) => u.endsWith('/welcome.html'))).toHaveLength(1);
    await context.close();

    ({ context, extensionId } = await launchWithExtension({ headless: true, userDataDir: profile, keepWelcome: true }));
    // The restarted extension has started (its page answers, its storage is read) and opened nothing.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('kc-options')).toHaveAttribute('aria-busy', 'false');
    expect((await tabUrls(context)).filter((u) => u.endsWith('/welcome.html'))).toEqual([]);
    expect(context.pages().filter(isWelcome(extensionId))).toEqual([]);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the first-run page explains the colours and keys, and its try-out flags what the worker types', async () => {
  const { context, extensionId } = await launchWithExtension({ headless: true, keepWelcome: true });
  try {
    const welcome = await welcomePage(context, extensionId);
    await expect(welcome.getByTestId('kc-welcome-legend').getByRole('listitem')).toHaveCount(8);
    await expect(welcome.getByTestId('kc-welcome')).toContainText('Alt+Enter');
    await expect(welcome.getByTestId('kc-welcome')).toContainText('Alt+Shift+I');
    await expect(welcome.getByTestId('kc-welcome')).toContainText('Alt+Shift+K');
    await expect(welcome.getByRole('region', { name: 'Handig om te weten' }).getByRole('link', { name: 'instellingen' })).toHaveAttribute('href', '/options.html');
    await expect(welcome.getByTestId('kc-welcome-drafts').getByRole('link', { name: 'instellingen' })).toHaveAttribute('href', '/options.html#drafts-title');

    // The example sentence, flagged as the coach flags it in a page.
    const findings = welcome.getByTestId('kc-welcome-findings');
    await expect(findings).toContainText('niet gemotiveerd');
    await expect(welcome.getByTestId('kc-welcome-preview').locator('.flag[data-category="label"]')).toHaveText('niet gemotiveerd');
    // The worker types: it follows at once.
    const field = welcome.getByTestId('kc-welcome-try-text');
    await field.fill('');
    await field.pressSequentially('Meneer kwam niet naar het MDO.');
    await expect(findings).toContainText('MDO');
    await expect(welcome.getByTestId('kc-welcome-preview').locator('.flag[data-category="jargon"]')).toHaveText('MDO');
    await field.fill('Meneer vertelde dat hij zelf boodschappen deed.');
    await expect(welcome.getByTestId('kc-welcome-findings-none')).toBeVisible();

    for (const width of [800, 320]) {
      await welcome.setViewportSize({ width, height: 800 });
      const scan = await new AxeBuilder({ page: welcome }).analyze();
      expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
      expect(await scrollsSideways(welcome)).toBe(false);
    }
  } finally {
    await context.close();
  }
});

test('the launcher of the tests closes the first-run page, so tests start with one blank tab', async () => {
  const { context } = await launchWithExtension({ headless: true });
  try {
    expect(context.pages().map((p) => p.url())).toEqual(['about:blank']);
    expect((await tabUrls(context)).filter((u) => u.endsWith('/welcome.html'))).toEqual([]);
  } finally {
    await context.close();
  }
});
