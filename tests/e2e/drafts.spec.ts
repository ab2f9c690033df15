import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { launchWithExtension } from '../../src/tools/chromium';
import { byTestId, clickTestId } from './closed-shadow';
import { expect, test } from './fixtures';
import { panelFor } from './panel-page';

/**
 * Drafts (issue 17) in real Chromium with the built extension: kept encrypted in the extension's
 * IndexedDB while the worker types, offered back beside a field that came back empty, restored
 * with one click as one undo step, and gone after a save, a browser restart or their hours.
 * What the database holds is read from the extension's own side (its service worker).
 */

/** What a draft row holds, as the service worker reads it from IndexedDB. */
interface Row {
  key: string;
  words: number;
  at: number;
  iv: number;
  /** The ciphertext as text: it must not contain a word of the report. */
  asText: string;
}

type WorkerGlobal = typeof globalThis & { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> }; session: { get(k: null): Promise<Record<string, unknown>> } } } };

function worker(context: BrowserContext) {
  const [w] = context.serviceWorkers();
  return w!;
}

/** Every draft row, read in the service worker (the extension's origin holds the database). */
function draftRows(context: BrowserContext): Promise<Row[]> {
  return worker(context).evaluate(
    () =>
      new Promise<Row[]>((resolve, reject) => {
        const req = indexedDB.open('krachtcoach');
        req.onupgradeneeded = () => req.transaction!.abort(); // no database yet: no drafts
        req.onerror = () => resolve([]);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('drafts').objectStore('drafts').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(
              (all.result as Array<{ key: string; words: number; at: number; iv: Uint8Array; ciphertext: ArrayBuffer }>).map((r) => ({
                key: r.key,
                words: r.words,
                at: r.at,
                iv: r.iv.length,
                asText: new TextDecoder().decode(r.ciphertext),
              })),
            );
          };
        };
      }),
  );
}

/** Switches drafts on (or off, with no sites) the way the options page stores it. */
async function setDraftSites(context: BrowserContext, sites: string[], hours = 12): Promise<void> {
  await worker(context).evaluate((s) => (globalThis as WorkerGlobal).chrome.storage.local.set({ draftSettings: s }), { sites, hours, excluded: [] });
}

/** The e2e build's test clock of the background (never in a real build). */
async function moveClock(context: BrowserContext, ms: number): Promise<void> {
  await worker(context).evaluate((offset) => (globalThis as WorkerGlobal).chrome.storage.local.set({ e2eClockOffsetMs: offset }), ms);
}

const REPORT_LINES = ['Sanne heeft vandaag zelf de boodschappen gedaan.', 'Ze vertelde trots over haar nieuwe werkplek bij de kringloop.'];
const REPORT = REPORT_LINES.join('\n');
const REPORT_WORDS = REPORT.split(/\s+/).length;

interface Editor {
  name: string;
  page: string;
  /** The frame of the editable element, when it has one. */
  frame?: string;
  field: string;
}

const TEXTAREA: Editor = { name: 'textarea', page: 'textarea.html', field: '#field' };
const EDITORS: Editor[] = [
  TEXTAREA,
  { name: 'ckeditor5', page: 'ckeditor5.html', field: '.ck-editor__editable' },
  { name: 'tinymce', page: 'tinymce.html', frame: 'iframe.tox-edit-area__iframe', field: 'body#tinymce' },
  { name: 'contenteditable', page: 'contenteditable.html', field: '#field' },
  { name: 'quill', page: 'quill.html', field: '.ql-editor' },
  { name: 'prosemirror', page: 'tiptap.html', field: '.ProseMirror' },
  { name: 'lexical', page: 'lexical.html', field: '#field' },
];

async function open(page: Page, origin: string, editor: Editor): Promise<Frame> {
  await page.goto(`${origin}/${editor.page}`);
  await page.evaluate(() => window.editorReady);
  const frame = editor.frame ? (await (await page.waitForSelector(editor.frame)).contentFrame())! : page.mainFrame();
  await frame.waitForSelector(editor.field);
  return frame;
}

async function typeReport(page: Page, frame: Frame, editor: Editor): Promise<void> {
  await frame.click(editor.field);
  for (const [i, line] of REPORT_LINES.entries()) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

/** The field's own text, from the editor's model where it has one. */
const editorText = (page: Page) => page.evaluate(() => window.editorText().replace(/\n+$/, ''));

/** A save waits for the end of its 2-second interval and an idle moment: on a busy machine, longer. */
const SAVED = { timeout: 15_000 };

/** Waits until the background holds one draft of the whole report. */
async function draftSaved(context: BrowserContext): Promise<Row> {
  await expect.poll(async () => (await draftRows(context)).map((r) => r.words), SAVED).toEqual([REPORT_WORDS]);
  return (await draftRows(context))[0]!;
}

test.describe('drafts', () => {
  test.beforeEach(async ({ context, server }) => {
    await moveClock(context, 0);
    await setDraftSites(context, [server.origin]);
  });

  test.afterEach(async ({ context }) => {
    await setDraftSites(context, []);
    await moveClock(context, 0);
  });

  for (const editor of EDITORS) {
    test(`${editor.name}: typed, reloaded, restored with one click and one undo step`, async ({ context, server }) => {
      const page = await context.newPage();
      const frame = await open(page, server.origin, editor);
      await typeReport(page, frame, editor);
      const row = await draftSaved(context);
      // The editor's own text of the report (some editors join their paragraphs with a blank line).
      const typed = await editorText(page);
      // Only ciphertext: no word of the report, a 12-byte nonce, the field's label and kind in the key.
      for (const word of ['Sanne', 'boodschappen', 'kringloop']) expect(row.asText).not.toContain(word);
      expect(row.iv).toBe(12);
      expect(row.key).toContain(editor.name === 'textarea' ? 'Rapportage' : '');
      expect(row.key).toContain(editor.name);

      await page.reload();
      await open(page, server.origin, editor);
      expect(await editorText(page)).toBe('');
      await expect.poll(async () => (await byTestId(page, 'kc-draft-restore')).map((b) => b.text)).toEqual([expect.stringMatching(new RegExp(`^Concept van \\d\\d:\\d\\d terugzetten \\(${REPORT_WORDS} woorden\\)$`))]);
      // No word of the draft is drawn in the page (the preview is in the panel): a page script's
      // window.find, which sees text in closed shadow roots too, finds nothing.
      const notice = (await byTestId(page, 'kc-draft-notice'))[0]?.text ?? '';
      expect(notice).not.toContain('Sanne');
      expect(await page.evaluate(() => (window as unknown as { find(s: string): boolean }).find('boodschappen'))).toBe(false);
      expect(await editorText(page)).toBe('');

      await clickTestId(page, 'kc-draft-restore');
      await expect.poll(() => editorText(page)).toBe(typed);
      expect(await byTestId(page, 'kc-draft-notice')).toEqual([]);
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(page)).toBe('');
    });
  }

  test('a page script cannot restore: only a trusted click does', async ({ context, server }) => {
    const page = await context.newPage();
    const frame = await open(page, server.origin, TEXTAREA);
    await typeReport(page, frame, TEXTAREA);
    await draftSaved(context);
    await page.reload();
    await open(page, server.origin, TEXTAREA);
    await expect.poll(async () => (await byTestId(page, 'kc-draft-restore')).length).toBe(1);
    // The notice is in a closed shadow root: the page finds no button to press, and a synthetic
    // click on the host reaches nothing inside.
    const reached = await page.evaluate(() => {
      const host = document.querySelector('krachtcoach-draft');
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return { shadowRoot: host?.shadowRoot ?? null, buttons: document.querySelectorAll('button').length, text: document.documentElement.innerText.includes('Concept van') };
    });
    expect(reached.shadowRoot).toBeNull();
    expect(reached.buttons).toBe(0);
    expect(await editorText(page)).toBe('');
  });

  test('after the tab crashes, the draft is offered in the reopened page, and the panel restores it too', async ({ context, server, extensionId }) => {
    const page = await context.newPage();
    const frame = await open(page, server.origin, TEXTAREA);
    await typeReport(page, frame, TEXTAREA);
    await draftSaved(context);
    const crashed = page.waitForEvent('crash');
    const cdp = await context.newCDPSession(page);
    void cdp.send('Page.crash').catch(() => {}); // the renderer dies before it can answer
    await crashed;
    await page.close();
    // Reopened in a new tab: a new renderer, nothing of the old page.
    const again = await context.newPage();
    await open(again, server.origin, TEXTAREA);
    expect(await editorText(again)).toBe('');
    await expect.poll(async () => (await byTestId(again, 'kc-draft-restore')).length).toBe(1);
    const panel = await panelFor(context, extensionId, again);
    await expect(panel.getByTestId('kc-panel-drafts-on')).toContainText('Conceptbeveiliging staat aan');
    const offer = panel.getByTestId('kc-panel-draft-restore');
    await expect(offer).toHaveText(new RegExp(`^Concept van \\d\\d:\\d\\d terugzetten \\(${REPORT_WORDS} woorden\\)$`));
    await panel.getByTestId('kc-panel-draft-look').click();
    await expect(panel.getByTestId('kc-panel-draft-preview')).toContainText('Sanne heeft vandaag');
    await offer.click();
    await expect.poll(() => editorText(again)).toBe(REPORT);
    await expect(panel.getByTestId('kc-panel-draft')).toHaveCount(0);
  });

  test('a draft expires after its hours (test clock), and is never offered after', async ({ context, server }) => {
    await setDraftSites(context, [server.origin], 2);
    const page = await context.newPage();
    const frame = await open(page, server.origin, TEXTAREA);
    await typeReport(page, frame, TEXTAREA);
    await draftSaved(context);
    await moveClock(context, 2 * 3_600_000 - 60_000);
    await page.reload();
    await open(page, server.origin, TEXTAREA);
    await expect.poll(async () => (await byTestId(page, 'kc-draft-restore')).length).toBe(1);
    await moveClock(context, 2 * 3_600_000 + 60_000);
    await page.reload();
    await open(page, server.origin, TEXTAREA);
    await expect.poll(() => draftRows(context)).toEqual([]);
    expect(await byTestId(page, 'kc-draft-notice')).toEqual([]);
  });

  test('submitting the form deletes the draft', async ({ context, server }) => {
    const page = await context.newPage();
    await page.route(`${server.origin}/drafts-form.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>formulier</title><link rel="icon" href="data:,"></head><body>
          <form action="/drafts-saved.html" method="get"><label for="field">Rapportage</label><textarea id="field" name="verslag" rows="6"></textarea>
          <button type="submit" id="save">Opslaan</button></form>
          <script>window.editorReady = Promise.resolve(); window.editorText = () => document.getElementById('field').value;</script></body></html>`,
      }),
    );
    await page.route(`${server.origin}/drafts-saved.html?*`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>opgeslagen</title><p>Opgeslagen.</p>' }));
    const form: Editor = { name: 'form', page: 'drafts-form.html', field: '#field' };
    const frame = await open(page, server.origin, form);
    await typeReport(page, frame, form);
    await draftSaved(context);
    await Promise.all([page.waitForURL(/drafts-saved/), page.click('#save')]);
    await expect.poll(() => draftRows(context)).toEqual([]);
  });

  test('"Nooit voor dit veld" deletes the draft, keeps nothing more of that field, and the options page can undo it', async ({ context, server, extensionId }) => {
    const page = await context.newPage();
    const frame = await open(page, server.origin, TEXTAREA);
    await typeReport(page, frame, TEXTAREA);
    await draftSaved(context);
    await page.reload();
    await open(page, server.origin, TEXTAREA);
    await expect.poll(async () => (await byTestId(page, 'kc-draft-never')).length).toBe(1);
    await clickTestId(page, 'kc-draft-never');
    await expect.poll(() => draftRows(context)).toEqual([]);
    expect(await byTestId(page, 'kc-draft-notice')).toEqual([]);
    await page.click(TEXTAREA.field);
    await page.keyboard.type('Niet bewaren.');
    await page.goto('about:blank'); // pagehide would save at once
    expect(await draftRows(context)).toEqual([]);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const excluded = options.getByTestId('kc-options-drafts-excluded');
    await expect(excluded).toContainText('Rapportage');
    await excluded.getByRole('button', { name: 'Weer bewaren' }).click();
    await expect(excluded).toHaveCount(0);
    await options.close();
    const again = await open(page, server.origin, TEXTAREA);
    await typeReport(page, again, TEXTAREA);
    await draftSaved(context);
  });

  test('"Wis alles" in the panel wipes the drafts', async ({ context, server, extensionId }) => {
    const page = await context.newPage();
    const frame = await open(page, server.origin, TEXTAREA);
    await typeReport(page, frame, TEXTAREA);
    await draftSaved(context);
    const panel = await panelFor(context, extensionId, page);
    await panel.getByTestId('kc-tab-assistant').click();
    await panel.getByTestId('kc-assistant-privacy').click();
    await expect(panel.locator('[data-kept="drafts"]')).toContainText('versleuteld');
    await panel.getByTestId('kc-wipe-all').click();
    await panel.getByTestId('kc-confirm-yes').click();
    await expect(panel.getByTestId('kc-privacy-status')).toContainText('de bewaarde concepten');
    await expect.poll(() => draftRows(context)).toEqual([]);
  });

  test('with drafts off nothing is written; switched on in the options page, the next text is', async ({ context, server, extensionId }) => {
    await setDraftSites(context, []);
    const page = await context.newPage();
    const frame = await open(page, server.origin, TEXTAREA);
    await typeReport(page, frame, TEXTAREA);
    await page.goto('about:blank'); // pagehide: where drafts are on, this saves at once
    expect(await draftRows(context)).toEqual([]);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const section = options.getByTestId('kc-options-drafts');
    await expect(section).toContainText('Conceptbeveiliging');
    await expect(section).toContainText('Nog nergens.');
    await options.getByTestId('kc-options-drafts-input').fill(server.origin);
    await options.getByTestId('kc-options-drafts-add').click();
    await expect(options.getByTestId('kc-options-drafts-site')).toHaveText(new RegExp(new URL(server.origin).host));
    await options.close();

    const on = await open(page, server.origin, TEXTAREA);
    await typeReport(page, on, TEXTAREA);
    await draftSaved(context);
    // Off again: the site's drafts go at once.
    await setDraftSites(context, []);
    await expect.poll(() => draftRows(context)).toEqual([]);
  });
});

test('after a browser restart the drafts are unreadable and purged', async ({ server }) => {
  const profile = await mkdtemp(join(tmpdir(), 'krachtcoach-drafts-'));
  try {
    const first = await launchWithExtension({ headless: true, userDataDir: profile });
    await setDraftSites(first.context, [server.origin]);
    const page = await first.context.newPage();
    const frame = await open(page, server.origin, TEXTAREA);
    await typeReport(page, frame, TEXTAREA);
    await draftSaved(first.context);
    const keyBefore = await worker(first.context).evaluate(async () => (await (globalThis as WorkerGlobal).chrome.storage.session.get(null)).draftKey);
    expect(typeof keyBefore).toBe('string');
    await first.context.close();

    const second = await launchWithExtension({ headless: true, userDataDir: profile });
    try {
      // The key went with the browser session: whatever the database still held cannot be opened, and goes.
      await expect.poll(() => draftRows(second.context), SAVED).toEqual([]);
      const keyAfter = await worker(second.context).evaluate(async () => (await (globalThis as WorkerGlobal).chrome.storage.session.get(null)).draftKey);
      expect(keyAfter).not.toBe(keyBefore);
      const again = await second.context.newPage();
      await open(again, server.origin, TEXTAREA);
      // Drafts are still on here (a setting): the tab's content script says so to the panel once
      // the background, cold after the restart, has told it. Only then does typing make a draft.
      const panel = await panelFor(second.context, second.extensionId, again);
      await expect(panel.getByTestId('kc-panel-drafts-on')).toContainText('Conceptbeveiliging staat aan', SAVED);
      await again.bringToFront();
      // Yet there is nothing to offer.
      await again.click(TEXTAREA.field);
      await again.keyboard.type('Nieuw.');
      await expect.poll(async () => (await draftRows(second.context)).map((r) => r.words), SAVED).toEqual([1]);
      expect(await byTestId(again, 'kc-draft-notice')).toEqual([]);
    } finally {
      await second.context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  }
});
