import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { CATEGORY_DISPLAY } from '../../src/analysis/categories';
import { NOT_FOR_CONTENT_SCRIPTS } from '../../src/messaging/snippet-protocol';
import { EXTENSION_DIR, launchWithExtension, unpackedExtensionId } from '../../src/tools/chromium';
import { expect, test } from './fixtures';
import { tabIdOf } from './panel-page';

/**
 * Issue 14, problems 4 and 5 and the import: our own pages run under a CSP that lets them load
 * nothing from outside the extension, and the background answers requests that change, export or
 * delete the worker's snippets only for those pages, never for a content script.
 */

type Violation = { directive: string; blocked: string };
type Watched = typeof globalThis & { kcViolations?: Violation[] };

/** Collects the page's CSP violations (the DOM event, and the browser's console report) from its first script on. */
async function watchCsp(page: Page): Promise<{ reported: string[]; violations(): Promise<Violation[]> }> {
  await page.addInitScript(() => {
    const g = globalThis as Watched;
    g.kcViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => g.kcViolations!.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
  const reported: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) reported.push(m.text());
  });
  return {
    reported,
    // Undefined would mean the watcher never ran, which must not pass as "no violations".
    violations: () => page.evaluate(() => (globalThis as Watched).kcViolations ?? [{ directive: 'watcher missing', blocked: '' }]),
  };
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('the side panel, the options page and the welcome page work under the CSP, and none reports a violation', async ({ context, server, extensionId }) => {
  // The side panel beside a report: findings with their category marks (inline style props), the tabs.
  const ecd = await context.newPage();
  await ecd.goto(`${server.origin}/demo/ecd.html`);
  const tab = await tabIdOf(context, ecd);
  // As panelFor does, with the watcher in place before the page's first script.
  const panel = await context.newPage();
  const panelCsp = await watchCsp(panel);
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tab}`);
  await ecd.bringToFront();
  await ecd.click('#rapportage');
  await ecd.keyboard.type('Mevrouw was niet gemotiveerd. Zij sprak in het MDO over haar moeder.');
  await expect(panel.getByTestId('kc-panel-findings')).toContainText(CATEGORY_DISPLAY.jargon.name);
  const jargon = panel.getByTestId('kc-finding').filter({ has: panel.locator('q', { hasText: /^MDO$/ }) });
  await expect(jargon.locator('.sample')).toHaveCSS('text-decoration-color', rgb(CATEGORY_DISPLAY.jargon.color));
  await panel.getByTestId('kc-tab-snippets').click();
  await expect(panel.getByTestId('kc-snippet').first()).toBeVisible();
  await panel.getByTestId('kc-tab-assistant').click();
  await expect(panel.getByTestId('kc-view-assistant')).toBeVisible();

  // The options page: the category names carry their own colour (a style prop).
  const options = await context.newPage();
  const optionsCsp = await watchCsp(options);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('kc-options')).toHaveAttribute('aria-busy', 'false');
  await expect(options.locator('.category-name').first()).toBeVisible();
  const styled = await options.locator('.category-name').evaluateAll((els) => els.map((e) => getComputedStyle(e).textDecorationColor));
  expect(styled).toContain(rgb(CATEGORY_DISPLAY.jargon.color));

  // The welcome page's try-out: type, and the marks appear in the preview.
  const welcome = await context.newPage();
  const welcomeCsp = await watchCsp(welcome);
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await welcome.getByTestId('kc-welcome-try-text').fill('Hij sprak in het MDO.');
  const flag = welcome.getByTestId('kc-welcome-preview').locator('.flag', { hasText: 'MDO' });
  await expect(flag).toHaveCSS('text-decoration-color', rgb(CATEGORY_DISPLAY.jargon.color));

  for (const [name, csp] of [['side panel', panelCsp], ['options', optionsCsp], ['welcome', welcomeCsp]] as const) {
    expect(await csp.violations(), name).toEqual([]);
    expect(csp.reported, name).toEqual([]);
  }
});

test('our pages load no image, frame or connection from outside the extension', async ({ context, server, extensionId }) => {
  const image = `${server.origin}/node_modules/quill/assets/favicon.png`;
  for (const path of ['sidepanel.html', 'options.html', 'welcome.html']) {
    const page = await context.newPage();
    const csp = await watchCsp(page);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    const outcome = await page.evaluate(async ({ image, origin }) => {
      const img = await new Promise<string>((resolve) => {
        const el = document.createElement('img');
        el.onload = () => resolve('loaded');
        el.onerror = () => resolve('blocked');
        el.src = `${image}?${Math.random()}`;
        document.body.append(el);
      });
      const fetched = await fetch(`${origin}/textarea.html`).then(
        () => 'loaded',
        () => 'blocked',
      );
      const frame = document.createElement('iframe');
      frame.src = `${origin}/textarea.html`;
      document.body.append(frame);
      return { img, fetched };
    }, { image, origin: server.origin });
    expect(outcome, path).toEqual({ img: 'blocked', fetched: 'blocked' });
    // The browser says why: the CSP, one directive per kind of load.
    await expect.poll(async () => [...new Set((await csp.violations()).map((v) => v.directive))].sort(), { message: path }).toEqual(['connect-src', 'frame-src', 'img-src']);
    // The console hears of it too (the channel the first test counts on).
    await expect.poll(() => csp.reported.length, { message: path }).toBeGreaterThanOrEqual(3);
    // A data: image (the pages' own icons) still loads.
    const dataImage = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const el = document.createElement('img');
          el.onload = () => resolve('loaded');
          el.onerror = () => resolve('blocked');
          el.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
        }),
    );
    expect(dataImage, path).toBe('loaded');
    await page.close();
  }
});

/** The content script's own JavaScript world in `page` (Chromium runs it apart from the page's). */
async function contentScriptWorld(context: BrowserContext, page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await context.newCDPSession(page);
  const worlds: Array<{ id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const world = () => worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'Krachtcoach');
  await expect.poll(() => world() !== undefined, { message: 'the content script is running in the page' }).toBe(true);
  return { cdp, contextId: world()!.id };
}

/** Sends a runtime message from the content script's world, as our content script (or a page that took over its renderer) would. */
async function sendFromContentScript(world: { cdp: CDPSession; contextId: number }, message: object): Promise<{ answered?: unknown; refused?: string }> {
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', {
    contextId: world.contextId,
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((answered) => ({ answered }), (e) => ({ refused: String(e && e.message) }))`,
    awaitPromise: true,
    returnByValue: true,
  });
  expect(exceptionDetails, JSON.stringify(exceptionDetails)).toBeUndefined();
  return result.value as { answered?: unknown; refused?: string };
}

test('a content script cannot export, import, save, delete or restore snippets; it can still read them for the picker', async ({ context, server, extensionId }) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const fromPanel = (m: object) => panel.evaluate((msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(msg), m);
  const saved = (await fromPanel({ type: 'kc:snippet-save', draft: { title: 'Overdracht nacht', body: 'Nachtdienst: {{tekst:Wat viel op?}}', tags: ['nacht'], shortcut: '/on' } })) as {
    ok: boolean;
    snippet: { id: string };
  };
  expect(saved.ok).toBe(true);
  const exported = (await fromPanel({ type: 'kc:snippets-export' })) as string;
  const all = () => fromPanel({ type: 'kc:snippets-search', query: '', filter: 'all', limit: 500 });
  const before = await all();

  const page = await context.newPage();
  await page.goto(`${server.origin}/textarea.html`);
  const world = await contentScriptWorld(context, page);

  // What the picker and the shortcut expansion need still comes through…
  expect(await sendFromContentScript(world, { type: 'kc:snippet-shortcuts' })).toMatchObject({ answered: expect.arrayContaining([{ shortcut: '/on', id: saved.snippet.id, title: 'Overdracht nacht' }]) });
  // …but nothing that exports, changes or wipes the store.
  const attempts = [
    { type: 'kc:snippets-export' },
    { type: 'kc:snippets-markdown' },
    { type: 'kc:snippets-import', json: exported.replace('Overdracht nacht', 'Door de pagina'), onDuplicate: 'replace' },
    { type: 'kc:snippet-save', draft: { id: saved.snippet.id, title: 'Door de pagina', body: 'overschreven', tags: [] } },
    { type: 'kc:snippet-delete', id: saved.snippet.id },
    { type: 'kc:snippet-restore', snippet: { ...(before as Array<{ id: string }>).find((s) => s.id === saved.snippet.id), id: 'van-de-pagina', title: 'Van de pagina', shortcut: '/vp' } },
    { type: 'kc:snippets-status' },
  ];
  for (const attempt of attempts) {
    expect(await sendFromContentScript(world, attempt), attempt.type).toEqual({ refused: NOT_FOR_CONTENT_SCRIPTS });
  }
  expect(await all()).toEqual(before);
  await world.cdp.detach();
  await fromPanel({ type: 'kc:snippet-delete', id: saved.snippet.id });
});

/** A valid snippet file of about `megabytes` MB: it would import, were it not too large. */
function snippetFileOf(megabytes: number): string {
  const body = `Wat ging goed vandaag: ${'de cliënt deed zelf boodschappen en vertelde erover. '.repeat(36)}`;
  const count = Math.ceil((megabytes * 1024 * 1024) / (body.length + 60));
  const snippets = Array.from({ length: count }, (_, i) => ({ title: `Dagverslag ${i + 1}`, body, tags: ['dag'] }));
  return JSON.stringify({ format: 'krachtcoach-snippets', version: 1, exportedAt: '2025-03-03T10:00:00.000Z', snippets });
}

async function snippetsTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByTestId('kc-tab-snippets').click();
  await panel.getByText('Delen: exporteren en importeren').click();
  return panel;
}

const ownCount = (panel: Page) =>
  panel.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<Array<{ origin: string }>> } } }).chrome;
    return (await api.runtime.sendMessage({ type: 'kc:snippets-search', query: '', filter: 'all', limit: 100_000 })).filter((s) => s.origin === 'own').length;
  });

test('the Sjablonen tab refuses a snippet file over 5 MB, in Dutch, and imports nothing', async ({ context, extensionId }) => {
  const panel = await snippetsTab(context, extensionId);
  const before = await ownCount(panel);
  const json = snippetFileOf(6);
  expect(json.length).toBeGreaterThan(5.5 * 1024 * 1024);
  await panel.getByTestId('kc-import-file').setInputFiles({ name: 'alle-sjablonen.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(panel.getByTestId('kc-import-status')).toHaveText(/^Niet geïmporteerd, er is niets veranderd\. Dit bestand is 6(,\d)? MB; een sjablonenbestand mag hoogstens 5 MB zijn\./);
  expect(await ownCount(panel)).toBe(before);
  // What the worker sees, in a panel 360 px wide: the reason beside the file input.
  await panel.setViewportSize({ width: 360, height: 640 });
  await panel.getByTestId('kc-import-status').scrollIntoViewIfNeeded();
  await panel.screenshot({ path: '/tmp/privileged-import-too-large.png' });
});

test('the Sjablonen tab says so when the background does not answer an import, and nothing changes', async ({ context, extensionId }) => {
  const panel = await snippetsTab(context, extensionId);
  const before = await ownCount(panel);
  const shown = await panel.getByTestId('kc-snippet').allTextContents();
  // The message to the background fails, as when the extension was just updated under the open panel.
  await panel.evaluate(() => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: { type?: string }): Promise<unknown> } } }).chrome.runtime;
    const send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (m) => (m?.type === 'kc:snippets-import' ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) : send(m));
  });
  const file = JSON.stringify({ format: 'krachtcoach-snippets', version: 1, exportedAt: '2025-03-03T10:00:00.000Z', snippets: [{ title: 'Terugblik week', body: 'Deze week lukte het.' }] });
  await panel.getByTestId('kc-import-file').setInputFiles({ name: 'sjablonen.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(panel.getByTestId('kc-import-status')).toHaveText(
    'Niet geïmporteerd, er is niets veranderd. Krachtcoach kon de sjablonen niet bereiken. Sluit het paneel, open het opnieuw en probeer het nog eens.',
  );
  expect(await ownCount(panel)).toBe(before);
  expect(await panel.getByTestId('kc-snippet').allTextContents()).toEqual(shown);
});

test('an organisation policy that switches off a rule that does not exist is named in the Sjablonen tab', async () => {
  test.skip(process.getuid?.() !== 0, 'writing a Chromium machine policy needs root');
  // As managed-policy.spec.ts: a copy of the build of its own, so the policy reaches no other test's Chromium.
  const policyFile = `/etc/chromium/policies/managed/krachtcoach-e2e-privileged-${process.pid}.json`;
  const ownCopy = mkdtempSync(join(tmpdir(), 'krachtcoach-policy-ext-'));
  cpSync(EXTENSION_DIR, ownCopy, { recursive: true });
  const id = unpackedExtensionId(ownCopy);
  mkdirSync(dirname(policyFile), { recursive: true });
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: { disabledRules: ['niet', 'niet-gemotiveerd-oud'] } } } }));
  const launched = await launchWithExtension({ headless: true, extensionDir: ownCopy });
  try {
    const panel = await launched.context.newPage();
    await panel.setViewportSize({ width: 360, height: 640 });
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    // Chromium answers the first managed-storage read after a few seconds: open the tab again until it is known.
    await expect(async () => {
      await panel.getByTestId('kc-tab-coach').click();
      await panel.getByTestId('kc-tab-snippets').click();
      await expect(panel.getByTestId('kc-policy-issues')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    const issues = panel.getByTestId('kc-policy-issues');
    await expect(issues).toContainText('Beleid van de organisatie: 1 melding voor de beheerder');
    await issues.locator('summary').click();
    await expect(issues).toContainText('disabledRules: de regel "niet-gemotiveerd-oud" bestaat niet in deze versie van Krachtcoach en is overgeslagen');
    await issues.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: '/tmp/privileged-policy-issues.png' });
  } finally {
    await launched.context.close();
    rmSync(policyFile, { force: true });
    rmSync(ownCopy, { recursive: true, force: true });
  }
});
