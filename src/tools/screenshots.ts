/**
 * `npm run screenshots`: the pictures in README.md, made from the e2e build in Chromium, as a
 * worker sees them. Writes docs/screenshots/*.png and prints the side panel's height for the
 * four-sentence report (the measure of a calm panel).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { launchWithExtension } from './chromium';
import { readShownFindings } from './page-findings';
import { projectRoot } from './project-root';
import { startStaticServer } from './static-server';

/** Four sentences as a worker writes them at the end of a shift: two labels, an order, a quote, an observation. */
export const FOUR_SENTENCES =
  'Cliënt is niet gemotiveerd en heeft geen ziekte-inzicht. Meneer moet zijn medicatie innemen, anders volgt een gesprek met de psychiater. ' +
  'Hij zei: "Ik wil gewoon mijn eigen huis." Vanochtend heeft hij zelf de afwas gedaan en zijn kamer opgeruimd.';

const PANEL_WIDTH = 360;

const root = projectRoot();
const out = resolve(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const server = await startStaticServer({
  '/': resolve(root, 'tests/fixtures/pages'),
  '/demo/': resolve(root, 'src/demo'),
  '/node_modules/': resolve(root, 'node_modules'),
});
const { context, extensionId } = await launchWithExtension({ headless: true });
const nextFrame = (target: Page | Frame) => target.evaluate(() => new Promise((drawn) => requestAnimationFrame(drawn)));

try {
  // 1. The card over TinyMCE: the editor in an iframe of 300 px, the card inside its view.
  const editorPage = await context.newPage();
  await editorPage.setViewportSize({ width: 760, height: 420 });
  await editorPage.goto(`${server.origin}/tinymce.html`);
  await editorPage.waitForFunction(() => (window as unknown as { editor?: unknown }).editor);
  const frameElement = editorPage.locator('iframe').first();
  const frame = (await (await frameElement.elementHandle())!.contentFrame())!;
  await frame.click('body');
  await editorPage.keyboard.type(FOUR_SENTENCES);
  let label = null;
  while (!(label = (await frame.evaluate(readShownFindings)).find((f) => f.category === 'label' && f.box))) await nextFrame(frame);
  const offset = (await frameElement.boundingBox())!;
  await editorPage.mouse.move(offset.x + label.box!.x + label.box!.width / 2, offset.y + label.box!.y + label.box!.height / 2);
  // The card's content is closed to the page; its element comes with the first card, drawn by the next frame.
  await frame.waitForFunction(() => document.querySelector('krachtcoach-card'));
  await nextFrame(frame);
  await editorPage.screenshot({ path: resolve(out, 'card-tinymce.png') });

  // 2. The side panel for the same four sentences in the demo client file.
  const demo = await context.newPage();
  await demo.goto(`${server.origin}/demo/ecd.html`);
  await demo.bringToFront();
  const tabId = await context.serviceWorkers()[0]!.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
  });
  const panel = await context.newPage();
  await panel.setViewportSize({ width: PANEL_WIDTH, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await demo.bringToFront();
  await demo.click('#rapportage');
  await demo.keyboard.type(FOUR_SENTENCES);
  // The panel has caught up once it counts the last sentence's observation among the strengths.
  await panel.getByTestId('kc-panel-summary').filter({ hasText: /waarneming/ }).waitFor();
  // Only the view under the tabs scrolls: its content's height is the panel's.
  const height = await panel.evaluate(() => {
    const view = document.querySelector('[role="tabpanel"]')!;
    return Math.ceil(Math.max(document.documentElement.scrollHeight, view.getBoundingClientRect().top + view.scrollHeight));
  });
  await panel.setViewportSize({ width: PANEL_WIDTH, height });
  await panel.screenshot({ path: resolve(out, 'panel.png') });

  // 3. The options page and 4. the first-run page, as an extension page each.
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 1000 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('kc-options').waitFor();
  await options.screenshot({ path: resolve(out, 'options.png'), fullPage: true });
  const welcome = await context.newPage();
  await welcome.setViewportSize({ width: 900, height: 1000 });
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await welcome.locator('textarea').first().waitFor();
  await welcome.screenshot({ path: resolve(out, 'first-run.png'), fullPage: true });

  console.log(`Schermafbeeldingen in ${out}: card-tinymce.png, panel.png, options.png, first-run.png`);
  console.log(`Paneelhoogte voor het rapport van vier zinnen: ${height} px bij ${PANEL_WIDTH} px breed.`);
} finally {
  await context.close();
  await server.close();
}
