import type { BrowserContext, Page } from '@playwright/test';
import { readTextPoint } from '../../src/tools/text-point';
import { byTestId, clickTestId, countTestId } from './closed-shadow';
import { expect, test } from './fixtures';
import { resetSettings } from './options-support';
import { askSnippets, toTab } from './panel-page';
import { pickerClosed, pickerWithKeyboard } from './picker-frame';

// Issue 14, problem 1: a page script (here page.evaluate, in the page's own world: what a
// hostile or buggy ECD script can do) tries to operate the coach. It gets nothing and changes
// nothing; the worker's own keys and clicks (Playwright's real input) still work.

const SECRET = 'Afspraak huisarts Jansen, BSN 123456782.';
const LEAD = 'Hij kwam niet. ';

/** The worker's own snippet /gh (no fields: it goes in at once), then the textarea with the coach listening. */
async function textareaWithSnippet(context: BrowserContext, extensionId: string, origin: string): Promise<Page> {
  // One /gh at a time: an earlier test's goes first.
  const earlier = await askSnippets<Array<{ id: string; shortcut?: string }>>(context, extensionId, { type: 'kc:snippets-search', query: '', filter: 'all', limit: 500 });
  for (const s of earlier.filter((s) => s.shortcut === '/gh')) await askSnippets(context, extensionId, { type: 'kc:snippet-delete', id: s.id });
  const saved = await askSnippets<{ ok: boolean }>(context, extensionId, {
    type: 'kc:snippet-save',
    draft: { title: 'Gegevens huisarts', body: SECRET, tags: [], shortcut: '/gh' },
  });
  expect(saved.ok).toBe(true);
  const page = await context.newPage();
  await page.goto(`${origin}/textarea.html`);
  await page.click('#field');
  await page.keyboard.type(LEAD);
  await expect.poll(() => page.evaluate(() => document.querySelector('krachtcoach-overlay') !== null)).toBe(true);
  return page;
}

/**
 * The worker types the shortcut after what the page did: the snippet goes in there, once. Its
 * round trip to the background comes after any the page's attempt started, so by then the
 * page's attempt has had every chance.
 */
async function workerTypesShortcut(page: Page, before: string): Promise<void> {
  await page.keyboard.type(' /gh');
  await expect(page.locator('#field')).toHaveValue(`${before} ${SECRET}`);
}

test('(a) a page script that types a shortcut with synthetic input events gets no snippet text', async ({ context, server, extensionId }) => {
  const page = await textareaWithSnippet(context, extensionId, server.origin);
  const planted = await page.evaluate(() => {
    const field = document.querySelector<HTMLTextAreaElement>('#field')!;
    for (const ch of '/gh') {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true, composed: true }));
      field.value += ch;
      field.dispatchEvent(new InputEvent('input', { data: ch, inputType: 'insertText', bubbles: true, composed: true }));
      field.dispatchEvent(new KeyboardEvent('keyup', { key: ch, bubbles: true, composed: true }));
    }
    return field.value;
  });
  expect(planted).toBe(`${LEAD}/gh`);
  await workerTypesShortcut(page, planted);
});

test('(a) a page script that types a shortcut with execCommand (a trusted input event, but no key) gets no snippet text', async ({ context, server, extensionId }) => {
  const page = await textareaWithSnippet(context, extensionId, server.origin);
  const planted = await page.evaluate(() => {
    const field = document.querySelector<HTMLTextAreaElement>('#field')!;
    field.focus();
    document.execCommand('insertText', false, '/gh');
    return field.value;
  });
  expect(planted).toBe(`${LEAD}/gh`);
  await workerTypesShortcut(page, planted);
});

/** Records, in the extension itself, every change to the stored rule switches, in order. */
async function recordRuleChanges(context: BrowserContext): Promise<() => Promise<string[][]>> {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() => {
    const g = globalThis as unknown as { kcChanges: string[][]; chrome: { storage: { onChanged: { addListener(f: (c: object, area: string) => void): void } } } };
    g.kcChanges = [];
    g.chrome.storage.onChanged.addListener((changes, area) => area === 'local' && g.kcChanges.push(Object.keys(changes)));
  });
  return () => worker!.evaluate(() => (globalThis as unknown as { kcChanges: string[][] }).kcChanges.filter((keys) => keys.includes('disabledRules')));
}

/** The textarea with "niet gemotiveerd" underlined. */
async function reportWithFinding(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/textarea.html`);
  await page.click('#field');
  await page.keyboard.type('Hij is niet gemotiveerd.');
  await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('krachtcoach-') && k !== 'krachtcoach-active'))).toBe(true);
  return page;
}

test('(c) a synthetic Alt+Enter on an underlined word opens no card', async ({ context, server }) => {
  const page = await reportWithFinding(context, server.origin);
  // The page puts the caret in "niet" and sends Alt+Enter: the card would open in the same task.
  const opened = await page.evaluate(() => {
    const field = document.querySelector<HTMLTextAreaElement>('#field')!;
    const at = field.value.indexOf('niet') + 2;
    field.setSelectionRange(at, at);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', altKey: true, bubbles: true, cancelable: true, composed: true }));
    return document.querySelector('krachtcoach-card') !== null;
  });
  expect(opened, 'a card in the page right after the synthetic Alt+Enter').toBe(false);
  expect(await countTestId(page, 'kc-card')).toBe(0);
  // The worker's own Alt+Enter at that caret opens it, with the focus on its first action.
  await page.keyboard.press('Alt+Enter');
  await expect.poll(async () => (await byTestId(page, 'kc-card')).length).toBe(1);
  await expect(page.locator('#field')).toHaveValue('Hij is niet gemotiveerd.');
});

test('(c) a synthetic click on the card\'s "Regel uit" switches nothing off; the worker\'s own click does', async ({ context, server }) => {
  await resetSettings(context);
  const changes = await recordRuleChanges(context);
  const page = await reportWithFinding(context, server.origin);
  // The worker's own pointer rests on the words: the card opens. The page clicks "Regel uit".
  const word = (await page.evaluate(readTextPoint, { selector: '#field', text: 'niet' }))!;
  await page.mouse.move(word.x, word.y);
  await expect.poll(() => countTestId(page, 'kc-disable-rule'), { timeout: 10_000 }).toBe(1);
  const reached = await page.evaluate(() => {
    const host = document.querySelector('krachtcoach-card');
    const button = host?.shadowRoot?.querySelector<HTMLButtonElement>('[data-testid="kc-disable-rule"]');
    // Without the shadow root it still tries what it can reach: the card's element.
    (button ?? host)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button?.click();
    // And reads what it can of it.
    return { host: !!host, open: !!host?.shadowRoot, text: `${host?.textContent ?? ''}${host?.innerHTML ?? ''}` };
  });
  expect(reached, 'the card is in the page, closed to it').toEqual({ host: true, open: false, text: '' });
  // The click would have answered in the same task: the card still shows the finding, not "staat uit".
  expect(await countTestId(page, 'kc-rule-off')).toBe(0);
  expect(await countTestId(page, 'kc-disable-rule')).toBe(1);

  // The worker's own click switches the rule off: the first and only change to the rules.
  await clickTestId(page, 'kc-disable-rule');
  await expect.poll(() => countTestId(page, 'kc-rule-off')).toBe(1);
  await expect.poll(changes).toHaveLength(1);
  const [worker] = context.serviceWorkers();
  const stored = await worker!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('disabledRules'));
  expect(stored.disabledRules).toHaveLength(1);
  await resetSettings(context);
});


test('(b) in the worker\'s open picker, a page script can neither read the templates (DOM, frames, window.find) nor type a search', async ({ context, server, extensionId }) => {
  const page = await textareaWithSnippet(context, extensionId, server.origin);
  await toTab(context, page, { type: 'kc:open-picker' });
  const picker = await pickerWithKeyboard(page);
  await expect(picker.getByTestId('kc-picker-option').filter({ hasText: 'Gegevens huisarts' })).toHaveCount(1);
  const seen = await page.evaluate(() => {
    const host = document.querySelector('krachtcoach-picker');
    const root = host?.shadowRoot;
    // Whatever has the focus in the page (the picker's element), typed at and clicked.
    const target = document.activeElement!;
    for (const ch of 'BSN') {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true, composed: true }));
      target.dispatchEvent(new InputEvent('input', { data: ch, inputType: 'insertText', bubbles: true, composed: true }));
      target.dispatchEvent(new KeyboardEvent('keyup', { key: ch, bubbles: true, composed: true }));
    }
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    // Every frame's document, if the page may reach it.
    const frames: string[] = [];
    for (let i = 0; i < window.length; i++) {
      try {
        frames.push(window.frames[i]!.document.body.innerText);
      } catch {
        frames.push('(cross-origin)');
      }
    }
    // Text drawn on the page is found by window.find and read out by a selection extended from
    // there, closed shadow root or not: the picker's text must not be on the page at all.
    const find = (window as unknown as { find(s: string): boolean }).find.bind(window);
    const probes = ['Gegevens', 'huisarts', '/g', 'Evaluatie', 'Alle sjablonen'].map((p) => {
      const found = find(p);
      const sel = getSelection()!;
      sel.modify('extend', 'forward', 'line');
      const read = sel.toString();
      sel.removeAllRanges();
      return { p, found, read };
    });
    const text = [host?.textContent, host?.innerHTML, root?.textContent, document.body.innerText, ...frames].join('\n');
    return { host: !!host, open: !!root, text, frames, probes };
  });
  expect(seen.host, 'the picker is in the page').toBe(true);
  expect(seen.open, 'its shadow root is closed to the page').toBe(false);
  // (The picker's frame is not even among the page's window.frames: it is in a shadow tree.)
  expect(seen.frames.join('\n')).not.toContain('Gegevens huisarts');
  for (const title of ['Gegevens huisarts', 'Evaluatie', 'Actieplan', '/gh', 'BSN 123456782']) expect(seen.text).not.toContain(title);
  for (const probe of seen.probes) expect(probe, `window.find(${probe.p})`).toEqual({ p: probe.p, found: false, read: '' });
  // Its Enter chose nothing, and its typing did not reach the search box: the worker's own
  // typing searches from there.
  await expect(page.locator('#field')).toHaveValue(LEAD);
  await expect(picker.locator('input[type="search"]')).toHaveValue('');
  await page.keyboard.type('huisarts');
  await expect(picker.getByTestId('kc-picker-option')).toHaveText([/Gegevens huisarts/]);
  await page.keyboard.press('Escape');
  await pickerClosed(page);
  await expect(page.locator('#field')).toHaveValue(LEAD);
});

test('(b) the page reads no copy of a textarea\'s text in the coach\'s mirror', async ({ context, server }) => {
  const page = await reportWithFinding(context, server.origin);
  const seen = await page.evaluate(() => {
    const host = document.querySelector('krachtcoach-overlay')!;
    return { open: !!host.shadowRoot, text: host.textContent, html: host.innerHTML, body: document.body.innerText.includes('gemotiveerd') };
  });
  expect(seen).toEqual({ open: false, text: '', html: '', body: false });
});
