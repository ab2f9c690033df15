import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../src/tools/chromium';
import { expect, test } from './fixtures';
import { panelFor } from './panel-page';

async function openAssistant(panel: Page, part: 'gesprek' | 'dagboek' | 'privacy' = 'gesprek'): Promise<void> {
  await panel.getByTestId('kc-tab-assistant').click();
  await panel.getByTestId(`kc-assistant-${part}`).click();
}

const lastAssistant = (panel: Page) => panel.locator('[data-testid="kc-chat-message"][data-role="assistant"]').last();

test('a question gets the right card, with quick replies to related topics and a flow', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await openAssistant(panel);
  await expect(panel.getByTestId('kc-chat-log')).toHaveAttribute('role', 'log');
  const input = panel.getByTestId('kc-chat-input');
  await input.fill('Hoe schrijf ik zonder niet-formuleringen?');
  await input.press('Enter');
  const answer = lastAssistant(panel);
  await expect(answer.locator('h3')).toHaveText('Niet-formuleringen vermijden');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('');
  const replies = panel.getByTestId('kc-quick-reply');
  await expect(replies.filter({ hasText: 'Oefenen: Check mijn tekst' })).toHaveCount(1);
  // A related card from the quick replies, shown as a card.
  await replies.filter({ hasText: 'Krachtgericht formuleren' }).first().click();
  await expect(lastAssistant(panel).locator('h3')).toHaveText('Krachtgericht formuleren');
  await expect(input).toBeFocused();

  const scan = await new AxeBuilder({ page: panel }).analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('the complete-boodschap flow runs to the end, can go back, and its message goes into a field of the page', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  await page.click('#rapportage');
  await page.keyboard.type('Gesprek met meneer. ');
  const panel = await panelFor(context, extensionId, page);
  await openAssistant(panel);
  await panel.getByTestId('kc-quick-reply').filter({ hasText: 'Complete boodschap' }).click();
  await expect(panel.getByTestId('kc-flow')).toContainText('ik-deel');
  const input = panel.getByTestId('kc-chat-input');
  await expect(input).toBeFocused();

  // An example starts the ik-part; the worker completes it.
  await panel.getByTestId('kc-flow-example').filter({ hasText: 'Ik word er bang van als' }).click();
  await expect(input).toHaveValue('Ik word er bang van als ');
  await input.pressSequentially('je de post ongeopend laat liggen');
  await input.press('Enter');
  await expect(lastAssistant(panel)).toContainText('het jij-deel');

  // A judgement is not a jij-part: the check says so, and the worker rewrites it.
  await input.fill('Je bent agressief');
  await input.press('Enter');
  await expect(lastAssistant(panel)).toContainText('agressief');
  await expect(panel.getByTestId('kc-flow-choice').filter({ hasText: 'Toch gebruiken' })).toBeVisible();
  await input.fill('Ik zie dat je het druk hebt met je nieuwe baan');
  await input.press('Enter');
  await expect(lastAssistant(panel)).toContainText('het wij-deel');

  // Back to the jij-part, and forward again.
  await panel.getByTestId('kc-flow-back').click();
  await expect(lastAssistant(panel)).toContainText('het jij-deel');
  await input.fill('Ik begrijp dat je het druk hebt met je nieuwe baan');
  await input.press('Enter');
  await input.fill('Laten we samen kijken welke brief eerst aan de beurt is');
  await input.press('Enter');

  const expected =
    'Ik word er bang van als je de post ongeopend laat liggen. Ik begrijp dat je het druk hebt met je nieuwe baan. Laten we samen kijken welke brief eerst aan de beurt is.';
  await expect(panel.getByTestId('kc-flow-result').last()).toHaveText(expected);
  await panel.getByTestId('kc-flow-insert').last().click();
  await expect(page.locator('#rapportage')).toHaveValue(`Gesprek met meneer. ${expected}`);
  await expect(panel.locator('.result-status').last()).toHaveText('Ingevoegd in het veld.');
});

test('Check mijn tekst walks through the findings of the field and applies a rewrite in the page', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  await page.click('#rapportage');
  await page.keyboard.type('Meneer sprak in het MDO. Hij heeft de afwas gedaan.');
  const panel = await panelFor(context, extensionId, page);
  await expect(panel.getByTestId('kc-panel-findings')).toBeVisible();
  await openAssistant(panel);
  await panel.getByTestId('kc-quick-reply').filter({ hasText: 'Check mijn tekst' }).click();
  await expect(lastAssistant(panel)).toContainText('Opmerking 1 van 1');
  const apply = panel.locator('.choice.apply').first();
  const replacement = (await apply.textContent())!;
  await apply.click();
  await expect(page.locator('#rapportage')).toHaveValue(`Meneer sprak in het ${replacement}. Hij heeft de afwas gedaan.`);
  await expect(lastAssistant(panel)).toContainText('1 aangepast, 0 overgeslagen');
});

test('Markdown with <script> and <img onerror> renders inert in the real panel', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  const errors: string[] = [];
  panel.on('pageerror', (e) => errors.push(e.message));
  await openAssistant(panel, 'privacy');
  await panel.getByTestId('kc-keep-history').check();
  await expect(panel.getByTestId('kc-privacy-status')).toContainText('voortaan bewaard');
  try {
    // A stored answer goes through the same renderer as every answer of the knowledge base.
    const crafted = [
      '### Kaart',
      'Gewone tekst met **nadruk**.',
      '<script>window.__kcPwned = "script"</script>',
      '<img src="x" onerror="window.__kcPwned = \'img\'">',
      '<iframe src="https://evil.example/"></iframe>',
      '![plaatje](https://evil.example/p.png)',
      '[klik](javascript:window.__kcPwned="link")',
      '<a href="https://evil.example/" onclick="window.__kcPwned=\'a\'">extern</a>',
    ].join('\n\n');
    await panel.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('krachtcoach');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('chat', 'readwrite');
            tx.objectStore('chat').put({ id: 'crafted', at: Date.now() + 1000, role: 'assistant', text });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      crafted,
    );
    await panel.reload();
    await openAssistant(panel);
    const message = lastAssistant(panel);
    await expect(message.locator('h3')).toHaveText('Kaart');
    await expect(message).toContainText('Gewone tekst met nadruk.');
    await expect(message.locator('strong')).toHaveText('nadruk');
    await message.locator('a', { hasText: 'klik' }).count().then((n) => expect(n).toBe(0));
    const found = await panel.evaluate(() => {
      const log = document.querySelector('[data-testid="kc-chat-log"]')!;
      const attrs = [...log.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on') || a === 'src' || a === 'style'));
      return {
        dangerous: log.querySelectorAll('script, img, iframe, object, embed, style, svg').length,
        attrs,
        hrefs: [...log.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        pwned: (window as unknown as { __kcPwned?: string }).__kcPwned ?? null,
      };
    });
    expect(found).toEqual({ dangerous: 0, attrs: [], hrefs: [], pwned: null });
    expect(errors).toEqual([]);
  } finally {
    await openAssistant(panel, 'privacy');
    await panel.getByTestId('kc-keep-history').uncheck();
    await expect(panel.getByTestId('kc-privacy-status')).toContainText('niet meer bewaard');
  }
});

test('a journal entry written today is found after a browser restart, and the journal says it stays on this computer', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'krachtcoach-profile-'));
  try {
    const first = await launchWithExtension({ headless: true, userDataDir: profile });
    const panel = await first.context.newPage();
    await panel.goto(`chrome-extension://${first.extensionId}/sidepanel.html`);
    await openAssistant(panel, 'dagboek');
    await expect(panel.getByTestId('kc-journal-local')).toContainText('Alleen op deze computer opgeslagen');
    await expect(panel.getByTestId('kc-journal-prompt')).not.toBeEmpty();
    await panel.getByTestId('kc-journal-answer').fill('Bij de wandeling met meneer T. in het park was ik er echt, zonder agenda.');
    await panel.getByTestId('kc-journal-tags').fill('intervisie, wandelen');
    await panel.getByTestId('kc-journal-save').click();
    await expect(panel.getByTestId('kc-journal-status')).toContainText('Bewaard');
    await expect(panel.getByTestId('kc-journal-entry')).toHaveCount(1);
    await first.context.close();

    const second = await launchWithExtension({ headless: true, userDataDir: profile });
    expect(second.extensionId).toBe(first.extensionId);
    const again = await second.context.newPage();
    await again.goto(`chrome-extension://${second.extensionId}/sidepanel.html`);
    await openAssistant(again, 'dagboek');
    await again.getByTestId('kc-journal-search').fill('wandeling park');
    const entry = again.getByTestId('kc-journal-entry');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('zonder agenda');
    await expect(entry).toContainText('intervisie, wandelen');
    await again.getByTestId('kc-journal-search').fill('vakantie');
    await expect(entry).toHaveCount(0);

    // Wis alles, with confirmation: the journal is empty afterwards.
    await openAssistant(again, 'privacy');
    await again.getByTestId('kc-wipe-all').click();
    await again.getByTestId('kc-confirm-yes').click();
    await expect(again.getByTestId('kc-privacy-status')).toContainText('Gewist: het bewaarde gesprek met de assistent, je reflectiedagboek en de bewaarde concepten.');
    await openAssistant(again, 'dagboek');
    await again.getByTestId('kc-journal-search').fill('');
    await expect(again.getByTestId('kc-journal-entry')).toHaveCount(0);
    await second.context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('safety first in the real panel: a disclosure opens with the first steps and the meldcode, a disclosure the rules do not name is asked about, with the same steps, and a question outside the method gets no card', async ({ context, server, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  await openAssistant(panel);
  const input = panel.getByTestId('kc-chat-input');

  await input.fill('De dochter van mijn cliënte wordt thuis geslagen door haar stiefvader. Wat moet ik doen?');
  await input.press('Enter');
  await expect(lastAssistant(panel)).toContainText('Eerst de veiligheid');
  await expect(lastAssistant(panel).locator('h3').first()).toContainText('meldcode');

  // Told in words no rule names: the learned reader asks instead of declaring, with the same
  // first steps and the meldcode.
  await input.fill('Sinds haar vriend er woont is mevrouw stil en ze zegt dat ze beter niks meer kan zeggen.');
  await input.press('Enter');
  const worry = lastAssistant(panel);
  await expect(worry).toContainText('Hoor ik een zorg over veiligheid?');
  await expect(worry).toContainText('Veilig Thuis');
  await expect(worry).not.toContainText('Eerst de veiligheid');
  await expect(worry.locator('h3').first()).toContainText('meldcode');
  await panel.screenshot({ path: testInfo.outputPath('assistant-worry.png') });

  await input.fill('Hoeveel vakantiedagen heb ik nog over dit jaar?');
  await input.press('Enter');
  await expect(lastAssistant(panel)).toContainText('leidinggevende');
  await expect(lastAssistant(panel).locator('h3')).toHaveCount(0);
});
