import type { Page } from '@playwright/test';
import { defaultAnalyzer } from '../../src/analysis';
import { CATEGORY_DISPLAY } from '../../src/analysis/categories';
import { shownFindings, shownInTextFields } from '../../src/tools/page-findings';
import { inShadow } from './closed-shadow';
import { expect, test } from './fixtures';

async function typeInto(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.type(text);
}

/** How many findings are drawn over the page's textareas and inputs. */
const markCount = async (page: Page) => (await shownInTextFields(page)).length;

/**
 * The overlay ignores the pointer (the textarea keeps it), so hover the way a mouse does. The
 * card opens once the pointer has rested on the words (hover-intent.ts): waited for, not slept.
 */
async function hoverFirstMark(page: Page) {
  await expect(async () => {
    const box = (await shownInTextFields(page))[0]?.box; // the overlay redraws after each analysis
    expect(box).toBeTruthy();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await expect.poll(() => inShadow(page, 'kc-card').isVisible(), { timeout: 2000 }).toBe(true);
  }).toPass();
}

test('coaches only the fields it may: never passwords, e-mail, numbers, opted-out, read-only or disabled fields', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  for (const id of ['#password', '#code', '#gramm', '#grammarly']) await typeInto(page, id, 'Hij kwam niet');
  await typeInto(page, '#email', 'niet@voorbeeld.nl');
  await page.click('#readonly');
  await page.click('#search');
  await page.keyboard.type('cliënt kwam niet');
  // Only the search field.
  await expect.poll(async () => (await shownInTextFields(page)).map((m) => m.text)).toEqual(['niet']);
});

test('picks up fields that appear later and fields in a dialog', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  await page.evaluate(() => (window as unknown as { addLater(): void }).addLater());
  await typeInto(page, '#late-editor', 'Ze kwam niet.');
  await page.click('#open-dialog');
  await typeInto(page, '#dialog-note', 'Hij moet eerder opstaan.');
  await expect
    .poll(async () => (await shownFindings(page)).map((f) => `${f.category}:${f.text}`).sort())
    .toEqual(['coercion:moet', 'negation:niet']);
});

test('"negeer hier" hides one finding; "regel uitzetten" switches the rule off everywhere and remembers it', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  await typeInto(page, '#report', 'Hij moet eten. Zij moet slapen.');
  await expect.poll(() => markCount(page)).toBe(2);
  await hoverFirstMark(page);
  await inShadow(page, 'kc-ignore').click();
  await expect.poll(() => markCount(page)).toBe(1);
  await expect(page.locator('#report')).toHaveValue('Hij moet eten. Zij moet slapen.');

  await hoverFirstMark(page);
  const rule = inShadow(page, 'kc-disable-rule');
  await rule.click();
  await expect.poll(() => markCount(page)).toBe(0);
  // Remembered in the extension's storage: a new page starts without that rule.
  const again = await context.newPage();
  await again.goto(`${server.origin}/forms.html`);
  // The jargon is underlined once the text is analysed: by then "moet" would be too, were its rule on.
  await typeInto(again, '#report', 'Hij moet eten. Hij sprak in het MDO.');
  await expect.poll(() => shownFindings(again).then((found) => found.map((f) => `${f.category}:${f.text}`))).toEqual(['jargon:MDO']);
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
});

test('keyboard only: Alt+Enter opens the card at the caret, Enter applies, Escape returns to the text', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  await typeInto(page, '#report', 'Hij sprak in het MDO');
  await expect.poll(() => markCount(page)).toBe(1);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  const first = inShadow(page, 'kc-rewrite').first();
  await expect.poll(() => first.isFocused()).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('#report')).toBeFocused();
  await page.keyboard.press('Alt+Enter');
  await expect.poll(() => first.isFocused()).toBe(true);
  const replacement = (await first.getAttribute('data-replacement'))!;
  await page.keyboard.press('Enter');
  await expect(page.locator('#report')).toHaveValue(`Hij sprak in het ${replacement}`);
});

// A question ("Wat lukt wel?") is for the worker to answer in their own words: the card asks it
// beside an empty answer field, and nothing of the question ever goes into the text.
test('a finding with only questions: the card asks them, offers no rewrite, and Alt+Enter, Enter leaves the text alone', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  const text = 'Hij kwam niet.';
  await typeInto(page, '#report', text);
  await expect.poll(async () => (await shownInTextFields(page)).map((f) => `${f.category}:${f.text}`)).toEqual(['negation:niet']);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  const card = inShadow(page, 'kc-card');
  await expect.poll(() => card.getByTestId('kc-question').first().isVisible()).toBe(true);
  await expect.poll(() => card.getByTestId('kc-question').first().text()).not.toBe('');
  await expect.poll(() => card.getByTestId('kc-rewrite').count()).toBe(0);
  // Without a rewrite the keyboard lands on the first question's answer: Enter with no answer puts nothing in.
  await expect.poll(() => card.getByTestId('kc-question-input').first().isFocused()).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => card.isVisible()).toBe(true);
  await expect(page.locator('#report')).toHaveValue(text);
  // "Negeer hier" is reached with Tab, past the card's other controls in their order; Enter on it hides the finding, and that is all.
  const stops = await card.evaluate((el) => [...el.querySelectorAll<HTMLElement>('input, button, summary')].filter((c) => c.checkVisibility()).map((c) => c.dataset.testid ?? ''));
  for (let i = stops.indexOf('kc-question-input'); i < stops.indexOf('kc-ignore'); i++) await page.keyboard.press('Tab');
  await expect.poll(() => card.getByTestId('kc-ignore').isFocused()).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => markCount(page)).toBe(0);
  await expect(page.locator('#report')).toHaveValue(text);
});

test('findings on the same words are one underline and one card that names every category; "negeer hier" hides them all', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  // The engine finds a label, jargon and a negation here (checked below); the worker sees one.
  const text = 'Hij heeft geen ziekte-inzicht.';
  const engine = defaultAnalyzer().analyze(text, { mode: 'report' }).findings;
  expect(new Set(engine.map((f) => f.category)).size).toBeGreaterThanOrEqual(2);
  await typeInto(page, '#report', text);
  await expect.poll(async () => (await shownInTextFields(page)).map((f) => `${f.category}:${f.text}`)).toEqual(['label:geen ziekte-inzicht']);
  await hoverFirstMark(page);
  const names = [...new Set(engine.map((f) => CATEGORY_DISPLAY[f.category].name))];
  for (const name of names) await expect.poll(async () => (await inShadow(page, 'kc-card').text())?.toLowerCase()).toContain(name.toLowerCase());
  await inShadow(page, 'kc-ignore').click();
  await expect.poll(() => markCount(page)).toBe(0);
});

test('the page cannot drive the extension', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  await typeInto(page, '#report', 'Hier kwam hij niet.');
  await expect.poll(() => markCount(page)).toBe(1);
  // Delivered to every listener in the page's window, the coach's included, before the page's own
  // listener below sees it.
  await page.evaluate(
    () =>
      new Promise<void>((delivered) => {
        window.addEventListener('message', () => delivered(), { once: true });
        window.postMessage({ type: 'kc:apply', fieldId: 'f0', start: 0, end: 4, expected: 'Hier', replacement: 'XXX' }, '*');
      }),
  );
  // Typing after it is analysed after it: once its label shows, a rewrite would have landed.
  await page.keyboard.type(' Hij is zorgmijdend.');
  await expect.poll(() => markCount(page)).toBe(2);
  await expect(page.locator('#report')).toHaveValue('Hier kwam hij niet. Hij is zorgmijdend.');
});

test('the textarea overlay follows scrolling and resizing', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  const lines = Array.from({ length: 30 }, (_, i) => (i === 25 ? 'Hij kwam niet.' : `Regel ${i} over de dag.`)).join('\n');
  await page.click('#report');
  await page.keyboard.insertText(lines);
  const field = page.locator('#report');
  // The mark, once scrolled into view (a mark far outside the field's box is not drawn).
  const mark = async () => (await shownInTextFields(page))[0]?.box ?? null;
  const inside = async () => {
    const m = await mark();
    const f = (await field.boundingBox())!;
    return m !== null && m.y >= f.y && m.y + m.height <= f.y + f.height;
  };
  await field.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect.poll(inside).toBe(true);
  await field.evaluate((el) => ((el as HTMLTextAreaElement).style.width = '300px'));
  await field.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect.poll(async () => {
    const m = await mark();
    const f = (await field.boundingBox())!;
    return m !== null && m.x + m.width <= f.x + f.width + 1;
  }).toBe(true);
});

test("a change no event announces (the page's own code) is picked up by the safety check", async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  await page.evaluate(() => (window as unknown as { addLater(): void }).addLater());
  await typeInto(page, '#late-editor', 'Ze kwam niet.');
  await expect.poll(async () => (await shownFindings(page)).map((f) => f.text)).toEqual(['niet']);
  // The page replaces the text itself, as an editor's toolbar button would: no input event.
  await page.evaluate(() => {
    document.getElementById('late-editor')!.textContent = 'Hij sprak in het MDO.';
  });
  await expect.poll(async () => (await shownFindings(page)).map((f) => `${f.category}:${f.text}`)).toEqual(['jargon:MDO']);
});

for (const scroller of ['page', 'box'] as const) {
  test(`a long report draws the underlines on screen, and those further down once scrolled to (${scroller} scrolls)`, async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/contenteditable.html`);
    await page.evaluate((inBox) => {
      const field = document.getElementById('field')!;
      if (inBox) Object.assign(field.style, { height: '400px', overflowY: 'auto' });
      field.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>Alinea ${i + 1}: hij kwam niet.</p>`).join('');
    }, scroller === 'box');
    await page.click('#field', { position: { x: 5, y: 5 } });
    await page.keyboard.type('Vandaag ');
    // Which paragraphs have an underline (their number), read from the registered highlights.
    const drawn = () =>
      page.evaluate(() =>
        [...CSS.highlights.entries()]
          .filter(([name]) => name.startsWith('krachtcoach-'))
          .flatMap(([, h]) => [...h].map((r) => Number(/Alinea (\d+)/.exec(r.startContainer.textContent ?? '')?.[1])))
          .sort((a, b) => a - b),
      );
    await expect.poll(async () => (await drawn()).length).toBeGreaterThan(5);
    const first = await drawn();
    expect(first[0]).toBe(1);
    expect(first.length, 'only what is on screen (and half a screen around it), not all 400').toBeLessThan(200);
    expect(first).not.toContain(400);

    await page.evaluate((inBox) => {
      const field = document.getElementById('field')!;
      if (inBox) field.scrollTop = field.scrollHeight;
      else window.scrollTo(0, document.body.scrollHeight);
    }, scroller === 'box');
    await expect.poll(drawn).toContain(400);
    expect(await drawn()).not.toContain(1);
  });
}

test('fields in an open shadow root (web-component forms) are coached and rewritten like any other', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/shadow.html`);
  /** Alt+Enter at the caret; Enter on the card's first rewrite, which has the focus. Returns its replacement. */
  const alt = async () => {
    await page.keyboard.press('Alt+Enter');
    const first = inShadow(page, 'kc-card').getByTestId('kc-rewrite').first();
    await expect.poll(() => first.isFocused()).toBe(true);
    const replacement = (await first.getAttribute('data-replacement'))!;
    await page.keyboard.press('Enter');
    return replacement;
  };

  await page.locator('#note').click(); // Playwright's locators pierce open shadow roots
  await page.keyboard.type('Hij sprak in het MDO.');
  await expect.poll(async () => (await shownFindings(page)).map((f) => `${f.category}:${f.text}`)).toEqual(['jargon:MDO']);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const inNote = await alt();
  const note = () => page.evaluate(() => (window as unknown as { noteValue(): string }).noteValue());
  await expect.poll(note).toBe(`Hij sprak in het ${inNote}.`);
  await page.keyboard.press('Control+z');
  await expect.poll(note).toBe('Hij sprak in het MDO.');

  await page.locator('#story').click();
  await page.keyboard.type('Zij sprak in het MDO over eten.');
  await expect
    .poll(async () => (await shownFindings(page)).map((f) => `${f.category}:${f.text}`).sort())
    .toEqual(['jargon:MDO', 'jargon:MDO']);
  // The underline is styled inside the shadow root, where the text is.
  expect(await page.evaluate(() => document.querySelector('ecd-form')!.shadowRoot!.adoptedStyleSheets.length)).toBeGreaterThan(0);
  const story = () => page.evaluate(() => (window as unknown as { storyText(): string }).storyText().replace(/\u00a0/g, ' '));
  await page.keyboard.press('End');
  for (let i = 0; i < ' over eten.'.length + 1; i++) await page.keyboard.press('ArrowLeft');
  const inStory = await alt();
  await expect.poll(story).toBe(`Zij sprak in het ${inStory} over eten.`);
  expect(await page.evaluate(() => (window as unknown as { storyHtml(): string }).storyHtml())).not.toContain('krachtcoach');
  await page.keyboard.press('Control+z');
  await expect.poll(story).toBe('Zij sprak in het MDO over eten.');
});

test('a field that becomes a password field ("show password" toggled back) is let go at once', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  await typeInto(page, '#search', 'cliënt kwam niet');
  await expect.poll(() => markCount(page)).toBe(1);
  await page.evaluate(() => {
    (document.getElementById('search') as HTMLInputElement).type = 'password';
  });
  await page.keyboard.type(' en vandaag niet');
  await expect.poll(() => markCount(page)).toBe(0);
});

test('hovering a finding in a shadow-root field opens its card', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/shadow.html`);
  await page.locator('#story').click();
  await page.keyboard.type('Zij moet eerder opstaan.');
  await expect.poll(async () => (await shownFindings(page)).map((f) => f.text)).toEqual(['moet']);
  const box = await page.evaluate(() => {
    const text = document.querySelector('ecd-form')!.shadowRoot!.getElementById('story')!.firstChild as Text;
    const range = document.createRange();
    const at = text.data.indexOf('moet');
    range.setStart(text, at);
    range.setEnd(text, at + 4);
    const r = range.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await expect.poll(() => inShadow(page, 'kc-card').isVisible()).toBe(true);
  await expect.poll(() => inShadow(page, 'kc-card').text()).toContain('Sturend');
});
