import type { Page } from '@playwright/test';
import { inShadow } from './closed-shadow';
import { expect, test } from './fixtures';
import { pickerWithKeyboard } from './picker-frame';
import { panelFor, toTab } from './panel-page';

interface Target {
  name: string;
  page: string;
  field: string;
  /** The field's text, read the way its editor reads it. */
  text: (page: Page) => Promise<string>;
}

const TARGETS: Target[] = [
  { name: 'textarea', page: '/textarea.html', field: '#field', text: (p) => p.locator('#field').inputValue() },
  { name: 'contenteditable', page: '/contenteditable.html', field: '#field', text: (p) => p.evaluate(() => window.editorText()) },
  { name: 'ckeditor5', page: '/ckeditor5.html', field: '.ck-editor__editable', text: (p) => p.evaluate(() => window.editorText()) },
];

const LEAD = 'Hij kwam niet. ';

/** Opens the page and types a first sentence: once it is underlined, the coach is listening. */
async function open(page: Page, origin: string, t: Target) {
  await page.goto(`${origin}${t.page}`);
  await page.evaluate(() => (window as unknown as { editorReady?: Promise<unknown> }).editorReady);
  await page.click(t.field);
  await page.keyboard.type(LEAD);
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('krachtcoach-overlay') !== null || [...CSS.highlights.keys()].some((k) => k.startsWith('krachtcoach-'))),
    )
    .toBe(true);
}

for (const t of TARGETS) {
  test(`${t.name}: a typed shortcut asks its fields, inserts the template, and one Ctrl+Z takes it out`, async ({ context, server }) => {
    const page = await context.newPage();
    await open(page, server.origin, t);
    await page.keyboard.type('/hb');
    const form = inShadow(page, 'kc-snippet-form');
    await expect.poll(() => form.isVisible()).toBe(true);
    await page.keyboard.type('Sevda'); // the first field has focus: the client's name
    await page.keyboard.press('Enter');
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => t.text(page)).toContain('Naam: Sevda');
    // The template is a block: it starts on a line of its own, the line break in place of the space.
    expect(await t.text(page)).toMatch(/^Hij kwam niet\.\n+Mijn hulpbronnen\n/);
    await expect.poll(() => t.text(page)).toContain('sociaal-economische zekerheid: [wat doe ik');
    await page.keyboard.press('Control+z');
    await expect.poll(() => t.text(page)).toBe(`${LEAD}/hb`);
  });

  test(`${t.name}: the picker at the caret (the keyboard command) inserts the chosen template, one Ctrl+Z takes it out`, async ({ context, server }) => {
    const page = await context.newPage();
    await open(page, server.origin, t);
    await page.click(t.field);
    // What the background does on Alt+Shift+I: ask the tab to open the picker.
    await toTab(context, page, { type: 'kc:open-picker' });
    // The command only asks for the picker: type once its search has the keyboard, not before.
    const picker = await pickerWithKeyboard(page);
    await page.keyboard.type('evaluatie');
    await expect(picker.getByTestId('kc-picker-option').first()).toContainText('valuatie');
    await page.keyboard.press('Enter');
    // The evaluation template has fields, so its form always comes first (waiting for it, not peeking).
    await expect.poll(() => inShadow(page, 'kc-snippet-form').isVisible()).toBe(true);
    await inShadow(page, 'kc-snippet-form-insert').click();
    await expect.poll(() => t.text(page)).toMatch(/valuatie/i);
    await page.keyboard.press('Control+z');
    // One undo takes the whole template out (editors may keep or drop the trailing space).
    await expect.poll(async () => (await t.text(page)).trimEnd()).toBe(LEAD.trimEnd());
  });
}

test('the panel lists the templates, inserts one at the caret, and manages own snippets with undo', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await open(page, server.origin, TARGETS[0]!);
  const panel = await panelFor(context, extensionId, page);
  await panel.getByTestId('kc-tab-snippets').click();
  await panel.getByLabel('Zoek sjablonen').fill('wondervraag');
  const item = panel.getByTestId('kc-snippet').first();
  await expect(item).toContainText('methode, alleen lezen');
  await item.getByTestId('kc-snippet-insert').click();
  // The wondervraag template has fields, so its form always comes first (waiting for it, not peeking).
  await expect.poll(() => inShadow(page, 'kc-snippet-form').isVisible()).toBe(true);
  await inShadow(page, 'kc-snippet-form-insert').click();
  // A block template: on a line of its own after the lead sentence.
  await expect(page.locator('#field')).toHaveValue(new RegExp(`^${LEAD.trimEnd()}\n.*[Ww]ondervraag`, 's'));

  // An own snippet: create, find, delete, undo.
  await panel.getByLabel('Zoek sjablonen').fill('');
  await panel.getByRole('button', { name: 'Nieuw' }).click();
  const editor = panel.getByTestId('kc-snippet-editor');
  await editor.getByLabel('Titel').fill('Dagstart');
  await editor.getByLabel('Sneltoets').fill('/ds');
  await editor.getByLabel('Tekst').fill('Vandaag wil ik {{tekst:Wat wil ik vandaag?}}.');
  await expect(panel.getByTestId('kc-snippet-preview')).toHaveText('Vandaag wil ik [Wat wil ik vandaag?].');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await panel.getByLabel('Zoek sjablonen').fill('dagstart');
  await expect(panel.getByTestId('kc-snippet')).toHaveCount(1);
  await panel.getByTestId('kc-snippet-delete').click();
  await expect(panel.getByTestId('kc-snippet')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(panel.getByTestId('kc-snippet')).toHaveCount(1);
});

test('export then import round-trips exactly; a bad file changes nothing and says what is wrong', async ({ context, extensionId }) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const send = (m: object) => panel.evaluate((msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(msg), m);
  const saved = (await send({ type: 'kc:snippet-save', draft: { title: 'Terugblik week', body: 'Deze week lukte {{tekst:Wat lukte?}}.', tags: ['week'], shortcut: '/tw' } })) as { ok: boolean; snippet: { id: string } };
  expect(saved.ok).toBe(true);
  const exported = (await send({ type: 'kc:snippets-export' })) as string;
  await send({ type: 'kc:snippet-delete', id: saved.snippet.id });
  const before = await send({ type: 'kc:snippets-search', query: '', filter: 'all', limit: 500 });
  const bad = JSON.parse(exported) as { snippets: Array<Record<string, unknown>> };
  bad.snippets.push({ ...bad.snippets[0], id: 'kapot', title: '' });
  const refused = (await send({ type: 'kc:snippets-import', json: JSON.stringify(bad), onDuplicate: 'skip' })) as { ok: boolean; error: string };
  expect(refused.ok).toBe(false);
  expect(refused.error).toMatch(/title|titel/i);
  expect(await send({ type: 'kc:snippets-search', query: '', filter: 'all', limit: 500 })).toEqual(before);
  const imported = (await send({ type: 'kc:snippets-import', json: exported, onDuplicate: 'skip' })) as { ok: boolean };
  expect(imported.ok).toBe(true);
  const again = JSON.parse((await send({ type: 'kc:snippets-export' })) as string) as { snippets: unknown };
  expect(again.snippets).toEqual(JSON.parse(exported).snippets);
});
