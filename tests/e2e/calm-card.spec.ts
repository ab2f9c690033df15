import type { Frame, Page } from '@playwright/test';
import { defaultAnalyzer } from '../../src/analysis';
import { readShownFindings, shownInTextFields } from '../../src/tools/page-findings';
import { readTextPoint } from '../../src/tools/text-point';
import { inShadow } from './closed-shadow';
import { expect, test } from './fixtures';
import { firstMarkPoint } from './text-field-marks';
import { panelFor, tabIdOf } from './panel-page';

// Issue 13: a card that a busy begeleider keeps switched on. It opens on a resting pointer or
// Alt+Enter, goes when the worker moves on, types or presses Esc, never takes the focus, fits
// in a small editor frame, lets a question be answered in the worker's own words, and a click
// in another field always goes there.

type FieldState = { fieldId: string; text: string; findings: Array<{ start: number; end: number; text: string; category: string }> };

/** The card in the page (or a frame of it), in its closed shadow root: read over CDP (closed-shadow.ts). */
const cardIn = (page: Page | Frame) => inShadow('page' in page ? page.page() : page, 'kc-card');

/**
 * Whether a card was ever shown in the page, read in the page after the next frame has been
 * painted: its element comes with the first card (its content is closed to the page).
 */
function cardAfterNextPaint(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(!!document.querySelector('krachtcoach-card')))),
      ),
  );
}

/** Records, in the side panel page, every field state the tab's coach sends it. */
async function recordFieldStates(panel: Page): Promise<() => Promise<FieldState | undefined>> {
  await panel.evaluate(() => {
    const w = window as unknown as { kcStates: unknown[]; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string; state?: unknown }) => void): void } } } };
    w.kcStates = [];
    w.chrome.runtime.onMessage.addListener((m) => {
      if (m?.type === 'kc:field-state') w.kcStates.push(m.state);
    });
  });
  return () => panel.evaluate(() => (window as unknown as { kcStates: FieldState[] }).kcStates.at(-1));
}

/** Sends a panel message to the tab's coach from the side panel page, as the panel does; resolves its answer. */
function fromPanel(panel: Page, tabId: number, message: object): Promise<unknown> {
  return panel.evaluate(
    ({ tabId, message }) =>
      (window as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(tabId, message),
    { tabId, message },
  );
}

test('problem 1: after a rewrite with a [placeholder] from the panel, a click in another field goes there and the typing lands there', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  const tabId = await tabIdOf(context, page);
  const latest = await recordFieldStates(panel);
  await page.click('#rapportage');
  await page.keyboard.type('Meneer sprak in het MDO.');
  await expect.poll(async () => (await latest())?.findings.map((f) => f.text)).toContain('MDO');
  const state = (await latest())!;
  const mdo = state.findings.find((f) => f.text === 'MDO')!;
  // A rewrite that holds a placeholder (a template, an older rule): it is left selected in the field.
  const apply = { type: 'kc:apply', fieldId: state.fieldId, start: mdo.start, end: mdo.end, expected: 'MDO', replacement: 'overleg over [onderwerp]' };
  expect(await fromPanel(panel, tabId, apply)).toBe(true);
  const rewritten = 'Meneer sprak in het overleg over [onderwerp].';
  const report = page.locator('#rapportage');
  await expect(report).toHaveValue(rewritten);

  await page.bringToFront();
  await page.click('#verslag');
  await page.keyboard.type('Gesprek over de verhuizing.');
  await expect(page.locator('#verslag')).toHaveText('Gesprek over de verhuizing.');
  await expect(page.locator('#verslag')).toBeFocused();
  await expect(report).toHaveValue(rewritten);

  // A click on the placeholder itself still selects it whole, so typing replaces it.
  await fromPanel(panel, tabId, { ...apply, start: 20, end: 44, expected: 'overleg over [onderwerp]', replacement: 'gesprek over [onderwerp]' });
  await expect(report).toHaveValue('Meneer sprak in het gesprek over [onderwerp].');
  await page.bringToFront();
  const point = (await page.evaluate(readTextPoint, { selector: '#rapportage', text: 'onderwerp' }))!;
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => report.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('[onderwerp]');
  await page.keyboard.type('de verhuizing');
  await expect(report).toHaveValue('Meneer sprak in het gesprek over de verhuizing.');
  await expect(page.locator('#verslag')).toHaveText('Gesprek over de verhuizing.');
});

test('problem 2: in the TinyMCE frame the card fits the visible frame, leaves its words free and reaches every button by scrolling itself', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/tinymce.html`);
  await page.evaluate(() => (window as unknown as { editorReady: Promise<unknown> }).editorReady);
  const frame = (await (await page.waitForSelector('iframe.tox-edit-area__iframe')).contentFrame())!;
  await frame.click('body#tinymce');
  const lines = [
    'Vandaag een rustige ochtend op de groep.',
    'Meneer heeft geen ziekte-inzicht volgens de psychiater.',
    'Hij heeft samen met Sanne gekookt en de afwas gedaan.',
  ];
  for (const [i, line] of lines.entries()) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  await expect.poll(async () => (await frame.evaluate(readShownFindings)).map((f) => f.text)).toContain('geen ziekte-inzicht');
  // The caret into the words, then Alt+Enter.
  await frame.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf('ziekte');
      if (at >= 0) return void getSelection()!.collapse(n, at + 2);
    }
  });
  await page.keyboard.press('Alt+Enter');
  await expect.poll(() => cardIn(frame).isVisible()).toBe(true);
  const fit = await cardIn(frame).evaluate((el) => {
    const card = el as HTMLElement;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let words: DOMRect | null = null;
    for (let n = walker.nextNode() as Text | null; n && !words; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf('geen ziekte-inzicht');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 'geen ziekte-inzicht'.length);
      words = range.getBoundingClientRect();
    }
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const c = card.getBoundingClientRect();
    const view = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    // Folded parts opened, as the worker would; then every control scrolled to: inside the card, and on top (not under its sticky buttons).
    for (const d of card.querySelectorAll('details')) d.open = true;
    const controls = [...card.querySelectorAll<HTMLElement>('button, input, summary')].map((el) => {
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      const cardNow = card.getBoundingClientRect();
      const hit = (card.getRootNode() as ShadowRoot).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const inside = r.top >= cardNow.top - 1 && r.bottom <= cardNow.bottom + 1 && r.left >= cardNow.left - 1 && r.right <= cardNow.right + 1;
      return { name: el.textContent || el.dataset.testid || '', inCard: inside && !!hit && (hit === el || el.contains(hit)) };
    });
    return { card: box(c), words: box(words!), view, scrolls: card.scrollHeight > card.clientHeight, controls };
  });
  expect(fit.card.top).toBeGreaterThanOrEqual(0);
  expect(fit.card.left).toBeGreaterThanOrEqual(0);
  expect(fit.card.bottom).toBeLessThanOrEqual(fit.view.height);
  expect(fit.card.right).toBeLessThanOrEqual(fit.view.width);
  const overlaps = fit.card.left < fit.words.right && fit.words.left < fit.card.right && fit.card.top < fit.words.bottom && fit.words.top < fit.card.bottom;
  expect(overlaps, 'the card covers the words it explains').toBe(false);
  expect(fit.controls.map((c) => c.name)).toEqual(expect.arrayContaining(['Negeer hier', 'Regel uit', 'Paneel']));
  for (const c of fit.controls) expect(c.inCard, `"${c.name}" reachable in the card`).toBe(true);
  await page.screenshot({ path: test.info().outputPath('tinymce-card.png') });
});

test('problem 3: a calm card: opens only after the pointer rests, leaves the focus, and closes when the pointer leaves, on typing and on Esc', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  const report = page.locator('#report');
  await report.click();
  await page.keyboard.type('Hij moet eten.');
  const word = await firstMarkPoint(page);
  const card = cardIn(page);

  await page.mouse.move(word.x, word.y);
  expect(await cardAfterNextPaint(page), 'a card right after the pointer arrived').toBe(false);
  await expect.poll(() => card.isVisible()).toBe(true);
  await expect(report, 'a hover card leaves the focus in the field').toBeFocused();

  // Away on the same line, past the card (it hangs below the words).
  const away = { x: page.viewportSize()!.width - 10, y: word.y };
  const c = (await card.boundingBox())!;
  expect(away.x > c.x + c.width || away.y < c.y).toBe(true);
  await page.mouse.move(away.x, away.y);
  await expect.poll(() => card.isVisible()).toBe(false);

  await page.mouse.move(word.x, word.y);
  await expect.poll(() => card.isVisible()).toBe(true);
  await page.keyboard.type(' Zij');
  await expect.poll(() => card.isVisible()).toBe(false);
  await expect(report).toHaveValue('Hij moet eten. Zij');

  await page.mouse.move(word.x - 3, word.y);
  await page.mouse.move(word.x, word.y);
  await expect.poll(() => card.isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => card.isVisible()).toBe(false);
  await expect(report).toBeFocused();
  await expect(report).toHaveValue('Hij moet eten. Zij');
});

for (const where of [
  { name: 'textarea', page: 'forms.html', field: '#report', read: (p: Page) => p.locator('#report').inputValue() },
  { name: 'contenteditable', page: 'contenteditable.html', field: '#field', read: (p: Page) => p.locator('#field').innerText() },
]) {
  test(`problem 4 (${where.name}): a question is answered in the card and the answer replaces the words, as one undo step; nothing in brackets`, async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/${where.page}`);
    const text = 'Cliënt is niet gemotiveerd.';
    // The span the card's finding covers: the engine's, merged as the extension shows it.
    const label = defaultAnalyzer().analyze(text).findings.find((f) => f.category === 'label')!;
    expect(label.text).toBe('niet gemotiveerd');
    await page.click(where.field);
    await page.keyboard.type(text);
    await expect.poll(async () => (await page.evaluate(readShownFindings)).map((f) => `${f.category}:${f.text}`)).toEqual(['label:niet gemotiveerd']);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Enter');
    const card = cardIn(page);
    await expect.poll(() => card.getByTestId('kc-question').first().text()).toContain('?');
    const input = card.getByTestId('kc-question-input').first();
    await expect.poll(() => input.isFocused(), 'Alt+Enter: the keyboard is on the first answer').toBe(true);
    // An empty answer puts nothing in.
    await page.keyboard.press('Enter');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await where.read(page)).toBe(text);

    await page.keyboard.type('vandaag moe, hij wil morgen praten');
    await page.keyboard.press('Enter');
    await expect.poll(() => where.read(page)).toBe('Cliënt is vandaag moe, hij wil morgen praten.');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await where.read(page)).not.toMatch(/[[\]]/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => where.read(page)).toBe(text);
  });
}

test('problem 4: a hover card\'s "Vervang" button takes the answer too', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  await page.click('#report');
  await page.keyboard.type('Cliënt is niet gemotiveerd.');
  const word = await firstMarkPoint(page);
  await page.mouse.move(word.x, word.y);
  const card = cardIn(page);
  await expect.poll(() => card.isVisible()).toBe(true);
  await expect.poll(() => card.getByTestId('kc-quote').text()).toBe('‘niet gemotiveerd’');
  await card.getByTestId('kc-question-input').first().fill('moe na de nachtdienst');
  await card.getByTestId('kc-question-apply').first().click();
  await expect(page.locator('#report')).toHaveValue('Cliënt is moe na de nachtdienst.');
});

test('problem 6: "Regel uit" says so in the card, "Ongedaan maken" brings the underline back, "Instellingen" asks for the options page', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() => {
    const g = globalThis as unknown as { kcAsked: string[]; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }) => void): void } } } };
    g.kcAsked = [];
    g.chrome.runtime.onMessage.addListener((m) => void (m?.type === 'kc:open-options' && g.kcAsked.push(m.type)));
  });
  await page.click('#report');
  await page.keyboard.type('Hij moet eten.');
  const marks = async () => (await shownInTextFields(page)).map((f) => f.text);
  await expect.poll(marks).toEqual(['moet']);
  const word = await firstMarkPoint(page);
  await page.mouse.move(word.x, word.y);
  const card = cardIn(page);
  await expect.poll(() => card.getByTestId('kc-disable-rule').text()).toBe('Regel uit');
  await card.getByTestId('kc-disable-rule').click();
  await expect.poll(() => card.getByTestId('kc-rule-off').text()).toContain('staat uit');
  await expect.poll(marks).toEqual([]);
  await card.getByTestId('kc-enable-rule').click();
  await expect.poll(() => card.isVisible()).toBe(false);
  await expect.poll(marks).toEqual(['moet']);

  await page.mouse.move(1, 1);
  await page.mouse.move(word.x, word.y);
  await card.getByTestId('kc-disable-rule').click();
  await card.getByTestId('kc-open-options').click();
  await expect.poll(() => worker!.evaluate(() => (globalThis as unknown as { kcAsked: string[] }).kcAsked)).toEqual(['kc:open-options']);
  await worker!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
});

test('problem 11: "Negeer hier" in the card reaches the panel at once; the panel\'s own kc:ignore ignores a finding that still holds its text', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  const panel = await panelFor(context, extensionId, page);
  const tabId = await tabIdOf(context, page);
  const latest = await recordFieldStates(panel);
  await page.click('#report');
  await page.keyboard.type('Hij moet eten. Zij moet slapen. Hij sprak in het MDO.');
  await expect.poll(async () => (await latest())?.findings.length).toBe(3);
  await expect(panel.getByTestId('kc-finding')).toHaveCount(3);
  const { fieldId } = (await latest())!;

  // (The page is still in front: tabIdOf brought it there.)
  const word = await firstMarkPoint(page);
  await page.mouse.move(word.x, word.y);
  await cardIn(page).getByTestId('kc-ignore').click();
  // At once: the coach answers a request from the panel after what it sent before, so by the time
  // a refused apply (which sends nothing) is answered, the state after the ignore is in.
  const refused = { type: 'kc:apply', fieldId, start: 0, end: 3, expected: 'xyz', replacement: 'x' };
  expect(await fromPanel(panel, tabId, refused)).toBe(false);
  expect((await latest())?.findings.length, 'the panel heard of the ignore with it').toBe(2);
  await expect(panel.getByTestId('kc-finding')).toHaveCount(2);

  const state = (await latest())!;
  const mdo = state.findings.find((f) => f.text === 'MDO')!;
  const ignore = { type: 'kc:ignore', fieldId: state.fieldId, start: mdo.start, end: mdo.end };
  expect(await fromPanel(panel, tabId, { ...ignore, expected: 'XYZ' }), 'a stale ignore is refused').toBe(false);
  expect(await fromPanel(panel, tabId, { ...ignore, expected: 'MDO' })).toBe(true);
  await expect.poll(async () => (await latest())?.findings.map((f) => f.text)).toEqual(['moet']);
  await expect.poll(async () => (await shownInTextFields(page)).map((f) => f.text)).toEqual(['moet']);
  await expect(panel.getByTestId('kc-finding')).toHaveCount(1);
});
