import { expect, test } from './fixtures';

test('lexical debug', async ({ context, server }) => {
  const page = await context.newPage();
  page.on('console', (m) => console.log('console', m.text()));
  await page.goto(`${server.origin}/lexical.html`);
  await page.click('#field');
  await page.keyboard.type('Meneer was niet aanwezig. Hij deed de afwas.');
  await page.evaluate(() => {
    const w = window as any;
    const t0 = performance.now();
    const lex = () => w.editor.getEditorState().read(() => { const s = w.KcLexical.$getSelection(); return s ? `${s.anchor.offset}-${s.focus.offset}` : 'null'; });
    const dom = () => { const s = getSelection()!; return `${s.anchorOffset}-${s.focusOffset}`; };
    document.addEventListener('selectionchange', () => console.log(`${(performance.now() - t0).toFixed(0)} selectionchange dom=${dom()} lex=${lex()}`));
    document.addEventListener('paste', () => console.log(`${(performance.now() - t0).toFixed(0)} paste dom=${dom()} lex=${lex()}`), true);
    w.editor.registerUpdateListener(({ tags }: any) => console.log(`${(performance.now() - t0).toFixed(0)} update ${[...tags]} dom=${dom()} lex=${lex()}`));
  });
  await page.waitForTimeout(300);
  const box = await page.evaluate(() => { const r = [...(CSS.highlights.get('krachtcoach-negation') as any)][0].getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  await page.mouse.move(box.x, box.y, { steps: 2 });
  const b = page.getByTestId('kc-rewrite').first();
  console.log('--- click 1');
  await b.click();
  await page.waitForTimeout(500);
  for (const k of ['Control+z', 'Control+Shift+Z', 'Control+z']) { console.log('--- ' + k); await page.keyboard.press(k); await page.waitForTimeout(200); }
  const box2 = await page.evaluate(() => { const r = [...(CSS.highlights.get('krachtcoach-negation') as any)][0].getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  await page.mouse.move(1, 1);
  await page.mouse.move(box2.x, box2.y, { steps: 2 });
  console.log('--- click 2');
  await page.getByTestId('kc-rewrite').first().click();
  await page.waitForTimeout(500);
  console.log('--- type');
  await page.keyboard.type('x');
  await page.waitForTimeout(200);
  console.log(await page.evaluate(() => (window as any).editorText()));
});
