import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, unpackedExtensionId } from '../../src/tools/chromium';
import { shownFindings } from '../../src/tools/page-findings';

/**
 * Where Debian's Chromium reads machine policies; writing there needs root (CI and this machine).
 * One file per test process: a run repeated in another worker must not delete this one's policy.
 * Every Chromium on the machine reads it, also the other workers' (and re-reads it while they
 * run), so it names an extension id of this test's own: a copy of the build in its own folder
 * (an unpacked extension's id is its path). Keyed by the shared build's id, it switched "niet"
 * off in whatever test ran alongside.
 */
const POLICY_FILE = `/etc/chromium/policies/managed/krachtcoach-e2e-${process.pid}.json`;

test('an organisation policy (Chromium policy file) brings read-only organisation templates and switches rules off', async () => {
  test.skip(process.getuid?.() !== 0, 'writing a Chromium machine policy needs root');
  const ownCopy = mkdtempSync(join(tmpdir(), 'krachtcoach-policy-ext-'));
  cpSync(EXTENSION_DIR, ownCopy, { recursive: true });
  const id = unpackedExtensionId(ownCopy);
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [id]: {
            templates: [
              {
                id: 'intake-wijkteam',
                title: 'Intake wijkteam',
                shortcut: '/iw',
                tags: ['intake'],
                source: 'Afdeling Wijkteams, testbeleid voor de end-to-end-test.',
                body: 'Naam: {{naam}}\nWat gaat goed: {{alinea:Wat gaat goed?}}',
              },
            ],
            disabledRules: ['niet'],
          },
        },
      },
    }),
  );
  const launched = await launchWithExtension({ headless: true, extensionDir: ownCopy });
  try {
    expect(launched.extensionId).toBe(id);
    const panel = await launched.context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.getByTestId('kc-tab-snippets').click();
    const search = panel.getByLabel('Zoek sjablonen');
    // Chromium answers the first managed-storage read after a few seconds.
    await expect(async () => {
      await search.fill('');
      await search.fill('wijkteam');
      await expect(panel.getByTestId('kc-snippet').first()).toContainText('Intake wijkteam', { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    const item = panel.getByTestId('kc-snippet').first();
    await expect(item).toContainText('organisatie, alleen lezen');
    await expect(item.getByTestId('kc-snippet-delete')).toHaveCount(0);

    // The organisation switched the rule "niet" off: a page opened now is coached without it.
    const { startStaticServer } = await import('../../src/tools/static-server');
    const { projectRoot } = await import('../../src/tools/project-root');
    const server = await startStaticServer({ '/': `${projectRoot()}/tests/fixtures/pages` });
    try {
      const page = await launched.context.newPage();
      await page.goto(`${server.origin}/textarea.html`);
      await page.click('#field');
      // The jargon is underlined once the text is analysed: by then "niet" would be too, were its rule on.
      await page.keyboard.type('Hij kwam niet. Hij sprak in het MDO.');
      await expect.poll(async () => (await shownFindings(page)).map((f) => `${f.category}:${f.text}`)).toEqual(['jargon:MDO']);
    } finally {
      await server.close();
    }
  } finally {
    await launched.context.close();
    rmSync(POLICY_FILE, { force: true });
    rmSync(ownCopy, { recursive: true, force: true });
  }
});
