import { readShownFindings } from '../../src/tools/page-findings';
import { EDITORS } from './editors';
import { inShadow } from './closed-shadow';
import { expect, test } from './fixtures';

// Right after typing, from the keyboard only: Alt+Enter opens the card at the caret (the editor
// must not also take the Enter), Enter applies the first rewrite, and one Ctrl+Z gives back the
// editor's own data as it was: the rewrite does not join the typing's undo step (Quill and
// ProseMirror group changes in time). The same table runs in Firefox (firefox.spec.ts).
// "MDO" is jargon with a replacement (finished text); the card shows it as its first button.
for (const ed of EDITORS) {
  test(`${ed.name}: a rewrite chosen right after typing is its own undo step`, async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/${ed.page}`);
    await page.evaluate(() => (window as unknown as { editorReady?: Promise<unknown> }).editorReady);
    const frame = ed.frame ? (await (await page.waitForSelector(ed.frame)).contentFrame())! : page.mainFrame();
    await frame.click(ed.field);
    await page.keyboard.type('Hij sprak in het MDO.');
    // The overlay of a text field lies in the page; highlights live in the field's own document.
    const shownIn = ed.highlight === 'overlay' ? page.mainFrame() : frame;
    await expect.poll(async () => (await shownIn.evaluate(readShownFindings)).map((f) => `${f.category}:${f.text}`)).toEqual(['jargon:MDO']);
    const data = () => page.evaluate(() => (window as unknown as { editorData(): string }).editorData());
    const text = () => page.evaluate(() => (window as unknown as { editorText(): string }).editorText().replace(/\u00a0/g, ' ').trimEnd());
    const original = await data();
    // The caret into "MDO".
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Enter');
    // The card lives in the field's document; its first button is the first rewrite.
    const first = inShadow(frame.page(), 'kc-rewrite').first();
    await expect.poll(() => first.isFocused()).toBe(true);
    const replacement = (await first.getAttribute('data-replacement'))!;
    await page.keyboard.press('Enter');
    await expect.poll(text).toBe(`Hij sprak in het ${replacement}.`);
    expect(await data()).not.toContain('krachtcoach');
    await page.keyboard.press('Control+z');
    await expect.poll(data).toBe(original);
  });
}
