import type { Page } from '@playwright/test';
import { shownFindings } from '../../src/tools/page-findings';
import { inShadow } from './closed-shadow';
import { expect, test } from './fixtures';

/**
 * Issue 13, problem 4: a `[…]` left in a field (from a template, an older rewrite or a reminder)
 * went into the record unnoticed. It is flagged as "Nog invullen", the brackets only; checkboxes
 * and references stay quiet.
 */

const REPORT = 'Cliënt is [wat wel: …] gemotiveerd. Gesprek met [naam] op [datum].\n[ ] Besproken met cliënt\n[x] Zie het verslag [1].';

async function typeInto(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.type(text);
}

const shown = async (page: Page) => (await shownFindings(page)).map((f) => `${f.category}:${f.text}`).sort();

test('a [placeholder] left in a textarea is underlined as nog invullen, and only the brackets', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/forms.html`);
  await typeInto(page, '#report', REPORT);
  await expect.poll(() => shown(page)).toEqual(['unfinished:[datum]', 'unfinished:[naam]', 'unfinished:[wat wel: …]']);
});

test('in a rich field the card names it "Nog invullen" and asks what belongs there, offering nothing to insert', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/contenteditable.html`);
  await typeInto(page, '#field', 'Volgende afspraak op [datum] bij hem thuis.');
  await expect.poll(() => shown(page)).toEqual(['unfinished:[datum]']);
  // The card opens once the pointer rests on the words (hover intent): waited for, not slept.
  await expect(async () => {
    const box = (await shownFindings(page))[0]?.box;
    expect(box).toBeTruthy();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await expect.poll(() => inShadow(page, 'kc-card').isVisible(), { timeout: 2000 }).toBe(true);
  }).toPass();
  const card = inShadow(page, 'kc-card');
  await expect.poll(() => card.text()).toContain('Nog invullen');
  await expect.poll(() => card.text()).toContain('Wat hoort hier?');
  await expect.poll(() => inShadow(page, 'kc-rewrite').count()).toBe(0);
  await expect(page.locator('#field')).toHaveText('Volgende afspraak op [datum] bij hem thuis.');
  // The worker's answer fills it in; then nothing is left to flag.
  await inShadow(page, 'kc-question-input').first().fill('maandag 3 maart');
  await page.keyboard.press('Enter');
  await expect(page.locator('#field')).toHaveText('Volgende afspraak op maandag 3 maart bij hem thuis.');
  await expect.poll(() => shown(page)).toEqual([]);
});
