/**
 * `npm run demo`: the extension, built, in Chromium on the bundled demo client file, where a
 * sample report is typed and coached. Without a display (or with --headless) it writes
 * demo.png and prints the findings it showed.
 */
import { resolve } from 'node:path';
import { launchWithExtension } from './chromium';
import { projectRoot } from './project-root';
import { shownFindings } from './page-findings';
import { startStaticServer } from './static-server';

const REPORT =
  'Meneer was vanochtend niet aanwezig bij de dagbesteding. Hij is zorgmijdend en heeft weinig ziekte-inzicht. ' +
  'Hij moet zijn afspraken beter nakomen. Om 14.00 uur heeft hij zelf de afwas gedaan.';
const CONVERSATION = 'Gesprek over geld: er is sprake van schuldenproblematiek. Hij zei: "Ik wil niet terug naar de bewindvoerder."';
const WORKSHEET = 'Meneer wil zijn kamer zelf schoonhouden. Ik kook graag voor de groep.';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const root = projectRoot();
const server = await startStaticServer({ '/': resolve(root, 'src/demo'), '/node_modules/': resolve(root, 'node_modules') });
const { context } = await launchWithExtension({ headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.origin}/ecd.html`);

const delay = headless ? 0 : 25;
await page.click('#rapportage');
await page.keyboard.type(REPORT, { delay });
await page.click('#verslag');
await page.keyboard.type(CONVERSATION, { delay });
await page.click('#werkblad');
await page.keyboard.type(WORKSHEET, { delay });
// The coach has caught up once the last field typed in (the worksheet) shows its finding.
const nextFrame = () => page.evaluate(() => new Promise((drawn) => requestAnimationFrame(drawn)));
while (!(await shownFindings(page)).some((f) => f.field === 'textarea 2')) await nextFrame();

// Show the card for a finding in the report (a label if there is one), as a worker sees it on hover.
const inReport = (await shownFindings(page)).filter((f) => f.field === 'textarea 1' && f.box);
const box = (inReport.find((f) => f.category === 'label') ?? inReport[0])?.box;
if (box) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // The card's content is closed to the page; its element comes with the first card, drawn by the next frame.
  await page.waitForFunction(() => document.querySelector('krachtcoach-card'));
  await nextFrame();
}

const findings = await shownFindings(page);
if (headless) {
  const out = resolve(root, 'demo.png');
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Krachtcoach demo: ${findings.length} bevindingen getoond op de demo-dossierpagina.`);
  for (const f of findings) console.log(`  ${f.field.padEnd(12)} ${f.category.padEnd(17)} "${f.text}"`);
  console.log(`Schermafbeelding: ${out}`);
  await context.close();
  await server.close();
} else {
  console.log('Krachtcoach demo draait. Typ verder in de velden; sluit het venster om te stoppen.');
  context.on('close', () => void server.close());
}
