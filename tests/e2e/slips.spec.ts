/**
 * Issue 13, problems 5 (colours) and 12 (slips), as a worker meets them in the browser: the card
 * names the words as they stand and in one quote style, a journal entry keeps each tag once, and
 * the underline colours drawn in the page stay apart for colour-blind workers.
 */
import { CATEGORY_DISPLAY } from '../../src/analysis/categories';
import { difference, VISIONS } from '../../src/analysis/colour-vision';
import { shownInTextFields } from '../../src/tools/page-findings';
import { inShadow } from './closed-shadow';
import { expect, test } from './fixtures';

test('problem 12: the card quotes the words as they stand, in one quote style, without a second category name', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  await page.click('#rapportage');
  await page.keyboard.type('Cliënt is niet gemotiveerd.');
  await expect(page.locator('#rapportage')).toHaveValue('Cliënt is niet gemotiveerd.');
  // Alt+Enter opens the card of a finding at the caret: first the finding must be drawn (a busy
  // machine analyses later than the keys arrive).
  await expect.poll(async () => (await shownInTextFields(page)).map((f) => f.text)).toContain('niet gemotiveerd');
  // The caret in "gemotiveerd", then the keyboard's way to the card.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  const card = inShadow(page, 'kc-card');
  await expect.poll(() => card.isVisible()).toBe(true);
  const text = ((await card.innerText()) ?? '').replace(/\s+/g, ' ');
  expect(text).toContain('‘niet gemotiveerd’');
  expect(text).toContain(CATEGORY_DISPLAY.label.name.toUpperCase());
  expect(text).not.toContain('Label:');
  expect(text).not.toContain('ongemotiveerd');
  expect(text).not.toMatch(/["“”„]/);
});

test('problem 12: a journal entry keeps each tag once, also when the worker types the prompt\'s own tags', async ({ context, extensionId }) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByTestId('kc-tab-assistant').click();
  await panel.getByTestId('kc-assistant-dagboek').click();
  // A first entry shows the tags that come with the prompt.
  await panel.getByTestId('kc-journal-answer').fill('Vandaag luisterde ik zonder meteen iets op te lossen.');
  await panel.getByTestId('kc-journal-save').click();
  const entries = panel.getByTestId('kc-journal-entry');
  await expect(entries).toHaveCount(1);
  const tagsOf = async (entry: number) => ((await entries.nth(entry).locator('.tags').textContent()) ?? '').replace(/^\s*·\s*/, '').split(',').map((t) => t.trim());
  const promptTags = await tagsOf(0);
  expect(promptTags.length).toBeGreaterThan(0);
  // The same prompt, with its tags typed again (as the hint suggests), in other letters.
  await panel.getByTestId('kc-journal-answer').fill('Ik bleef bij haar tot de bus kwam.');
  await panel.getByTestId('kc-journal-tags').fill([...promptTags.map((t) => t.toUpperCase()), ` ${promptTags[0]} `, 'wachten'].join(', '));
  await panel.getByTestId('kc-journal-save').click();
  await expect(entries).toHaveCount(2);
  const both = [await tagsOf(0), await tagsOf(1)];
  const saved = both.find((tags) => tags.includes('wachten'))!;
  expect(saved).toEqual([...new Set(saved.map((t) => t.toLowerCase()))]);
  expect(saved.filter((t) => t.toLowerCase() === promptTags[0]!.toLowerCase())).toHaveLength(1);
});

test('problem 5: the underline colours drawn in the page differ for every pair of categories, in all four kinds of colour vision', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  await page.click('#rapportage');
  await page.keyboard.type('Hij kwam niet.');
  // The coach has styled the page once its first underline is drawn.
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('krachtcoach-')));
  const colours = await page.evaluate(() => {
    const out: Record<string, string> = {};
    const sheets = [...document.adoptedStyleSheets, ...document.styleSheets];
    for (const sheet of sheets) {
      for (const rule of [...sheet.cssRules]) {
        const m = /::highlight\(krachtcoach-([a-z-]+)\)/.exec(rule.cssText);
        const style = (rule as CSSStyleRule).style;
        if (!m || m[1] === 'active' || !style) continue;
        const colour = style.getPropertyValue('text-decoration-color') || /rgb\([^)]*\)/.exec(rule.cssText)?.[0] || '';
        const rgb = colour.match(/\d+/g)?.map(Number);
        if (rgb) out[m[1]!] = `#${rgb.slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      }
    }
    return out;
  });
  const categories = Object.keys(colours);
  expect(categories.length).toBeGreaterThanOrEqual(7);
  const tooClose: string[] = [];
  for (const vision of VISIONS) {
    for (let i = 0; i < categories.length; i++) {
      for (let j = i + 1; j < categories.length; j++) {
        const d = difference(colours[categories[i]!]!, colours[categories[j]!]!, vision);
        if (d < 10) tooClose.push(`${categories[i]} / ${categories[j]} (${vision}): ΔE ${d.toFixed(1)}`);
      }
    }
  }
  expect(tooClose).toEqual([]);
});
