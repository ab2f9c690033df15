import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { builtInRules, createAnalyzer } from '../analysis';
import { paragraphs } from '../analysis/segment';
import { highlightCss, highlightName } from '../content/category-style';
import { reportOfWords } from './bench-corpus';
import { launchWithExtension } from './chromium';
import { projectRoot } from './project-root';
import { startStaticServer } from './static-server';
const root = projectRoot();
const server = await startStaticServer({ '/': resolve(root, 'tests/fixtures/pages'), '/node_modules/': resolve(root, 'node_modules') });
const { context } = await launchWithExtension({ headless: true });
const KEYS = 120;
async function fixed(page: Page, split: boolean) {
  const text = await page.evaluate(() => (window as any).editorText());
  const { findings } = createAnalyzer(builtInRules).analyze(text);
  const spans = paragraphs(text).flatMap((p, index) => findings.filter((f) => f.start >= p.start && f.end <= p.end).map((f) => ({ index, start: f.start - p.start, end: f.end - p.start, name: split ? highlightName(f.category) : 'x' })));
  await page.evaluate(([list, css]) => {
    const blocks = [...document.querySelectorAll('.ck-editor__editable > p')];
    const by = new Map<string, StaticRange[]>();
    for (const { index, start, end, name } of list as any[]) {
      const node = blocks[index]?.firstChild;
      if (!(node instanceof Text) || end > node.data.length) continue;
      if (!by.has(name)) by.set(name, []);
      by.get(name)!.push(new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }));
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync((css as string) + '::highlight(x) { text-decoration: underline wavy #c2410c 2px; text-underline-offset: 3px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const [n, r] of by) CSS.highlights.set(n, new Highlight(...r));
  }, [spans, highlightCss()] as const);
}
const all: Record<string, number[]> = {};
for (let round = 0; round < 6; round++) for (const label of ['met', 'zonder', 'vast1', 'vast7']) {
  const page = await context.newPage();
  await page.goto(`${server.origin}/ckeditor5.html`);
  await page.evaluate(() => (window as any).editorReady);
  if (label !== 'met') await page.evaluate(() => document.querySelector('.ck-editor')?.setAttribute('data-krachtcoach', 'off'));
  await page.click('.ck-editor__editable');
  await page.keyboard.insertText(reportOfWords(500));
  await page.waitForTimeout(800);
  if (label === 'vast1') await fixed(page, false);
  if (label === 'vast7') await fixed(page, true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const get = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const a = await get();
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(i % 9 === 8 ? ' ' : 'a');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  (all[label] ??= []).push(((await get()) - a) * 1000 / KEYS);
  await page.close();
}
for (const [k, v] of Object.entries(all)) { v.sort((x, y) => x - y); console.log(k.padEnd(7), v[v.length >> 1]!.toFixed(2), v.map((x) => x.toFixed(2)).join(' ')); }
await context.close(); await server.close();
