import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { projectRoot } from '../../src/tools/project-root';
import { expect, test } from './fixtures';
import { panelFor } from './panel-page';

/**
 * The assistant's Markdown renderer (src/sidepanel/assistant/render-markdown.ts: marked, then
 * DOMPurify) in real Chromium. The unit tests run under happy-dom, whose DOM is not a browser's,
 * so what DOMPurify removes and keeps is shown here:
 * - through the real panel: a chat history read back from IndexedDB is rendered as Markdown;
 * - the DOMPurify layer on its own, with raw hostile HTML that marked would never let through,
 *   bundled from the source into a blank page (no door in any build of the extension).
 */

async function openAssistant(panel: Page, part: 'gesprek' | 'privacy'): Promise<void> {
  await panel.getByTestId('kc-tab-assistant').click();
  await panel.getByTestId(`kc-assistant-${part}`).click();
}

/** What a rendered part of a page holds that could run, load or navigate. */
function dangerIn(selector: string) {
  const root = document.querySelector(selector)!;
  const attrs = [...root.querySelectorAll('*')].flatMap((el) =>
    el.getAttributeNames().filter((a) => a.startsWith('on') || ['src', 'srcset', 'style', 'srcdoc', 'formaction', 'action'].includes(a)).map((a) => `${el.tagName.toLowerCase()} ${a}`),
  );
  return {
    elements: [...root.querySelectorAll('script, img, iframe, frame, object, embed, style, svg, math, link, meta, base, form, input, video, audio')].map((e) => e.tagName.toLowerCase()),
    attrs,
    hrefs: [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^#[\w-]*$/.test(h ?? '')),
    pwned: (window as unknown as { __kcPwned?: string }).__kcPwned ?? null,
  };
}

const HOSTILE_MARKDOWN = [
  '### Kaart',
  'Volgorde van de stappen:',
  '3. Derde stap\n4. Vierde stap',
  '| Links | Midden | Rechts |\n|:------|:------:|-------:|\n| a | b | c |',
  '<script>window.__kcPwned = "script"</script>',
  '<img src="x" onerror="window.__kcPwned = \'img\'">',
  '<iframe src="https://evil.example/"></iframe>',
  '[klik](javascript:window.__kcPwned="link")',
  '<a href="https://evil.example/" onclick="window.__kcPwned=\'a\'">extern</a>',
  '<ol start="javascript:alert(1)" onmouseover="window.__kcPwned=\'ol\'"><li>rauw</li></ol>',
].join('\n\n');

test('a kept chat answer renders in the real panel with its list start and column alignment, and nothing that runs', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/demo/ecd.html`);
  const panel = await panelFor(context, extensionId, page);
  const errors: string[] = [];
  panel.on('pageerror', (e) => errors.push(e.message));
  await openAssistant(panel, 'privacy');
  await panel.getByTestId('kc-keep-history').check();
  await expect(panel.getByTestId('kc-privacy-status')).toContainText('voortaan bewaard');
  try {
    await panel.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('krachtcoach');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('chat', 'readwrite');
            tx.objectStore('chat').put({ id: 'gemaakt', at: Date.now(), role: 'assistant', text });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      HOSTILE_MARKDOWN,
    );
    await panel.reload();
    await openAssistant(panel, 'gesprek');
    const message = panel.locator('[data-testid="kc-chat-message"][data-role="assistant"]').last();
    await expect(message.locator('h3')).toHaveText('Kaart');

    // The numbered list starts at 3, as written: DOMPurify used to drop `start`.
    const list = message.locator('ol').first();
    await expect(list).toHaveAttribute('start', '3');
    await expect(list.locator('li')).toHaveText(['Derde stap', 'Vierde stap']);
    // The table's columns keep their alignment: DOMPurify used to drop `align`.
    await expect(message.locator('th')).toHaveText(['Links', 'Midden', 'Rechts']);
    expect(await message.locator('th, td').evaluateAll((cells) => cells.map((c) => c.getAttribute('align')))).toEqual(['left', 'center', 'right', 'left', 'center', 'right']);
    // Chromium's own rendering of the align attribute.
    expect(await message.locator('td').evaluateAll((cells) => cells.map((c) => getComputedStyle(c).textAlign))).toEqual(['-webkit-left', '-webkit-center', '-webkit-right']);

    // The raw HTML shows as text, the link as its words: nothing of it runs, loads or links.
    await expect(message).toContainText('<script>window.__kcPwned = "script"</script>');
    await expect(message.locator('a')).toHaveCount(0);
    expect(await panel.evaluate(dangerIn, '[data-testid="kc-chat-log"]')).toEqual({ elements: [], attrs: [], hrefs: [], pwned: null });
    expect(errors).toEqual([]);
  } finally {
    await openAssistant(panel, 'privacy');
    await panel.getByTestId('kc-keep-history').uncheck();
    await expect(panel.getByTestId('kc-privacy-status')).toContainText('niet meer bewaard');
  }
});

/** render-markdown.ts as one script for a page, exposing renderMarkdown and sanitizeHtml. */
async function rendererBundle(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(projectRoot(), 'src/sidepanel/assistant/render-markdown.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'kcMarkdown',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

const RAW_ATTACKS = [
  '<script>window.__kcPwned = "script"</script>',
  '<img src="x" onerror="window.__kcPwned = \'img\'">',
  '<img src="https://evil.example/p.png">',
  '<iframe src="javascript:parent.__kcPwned=\'iframe\'"></iframe>',
  '<iframe srcdoc="<script>parent.__kcPwned=\'srcdoc\'</script>"></iframe>',
  '<a href="javascript:window.__kcPwned=\'href\'">klik</a>',
  '<a href="https://evil.example/" onclick="window.__kcPwned=\'click\'">extern</a>',
  '<p onmouseover="window.__kcPwned=\'p\'">tekst</p>',
  '<svg onload="window.__kcPwned=\'svg\'"><circle r="1"/></svg>',
  '<details open ontoggle="window.__kcPwned=\'toggle\'"><summary>x</summary></details>',
  '<object data="https://evil.example/x"></object>',
  '<form action="https://evil.example/"><input name="q" onfocus="window.__kcPwned=\'input\'" autofocus></form>',
  '<p style="background:url(https://evil.example/x)">stijl</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__kcPwned=\'mxss\'">',
];

test('DOMPurify in real Chromium removes script, handlers, javascript: links, iframes and images, and keeps only start on ol and align on cells', async ({ context }) => {
  const page = await context.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><title>Renderer</title><div id="out"></div><div id="control"></div>');
  await page.addScriptTag({ content: await rendererBundle() });

  const html = await page.evaluate((attacks) => {
    const api = (window as unknown as { kcMarkdown: { sanitizeHtml(html: string): string } }).kcMarkdown;
    const clean = api.sanitizeHtml(attacks.join('\n'));
    document.getElementById('out')!.innerHTML = clean;
    // A control that is not sanitised: its onerror firing shows that an image error would have
    // been seen by now.
    document.getElementById('control')!.innerHTML = '<img src="x" onerror="window.__kcControl = 1">';
    return clean;
  }, RAW_ATTACKS);
  await page.waitForFunction(() => (window as unknown as { __kcControl?: number }).__kcControl === 1);
  expect(await page.evaluate(dangerIn, '#out'), html).toEqual({ elements: [], attrs: [], hrefs: [], pwned: null });
  await expect(page.locator('#out a')).toHaveText(['klik', 'extern']);
  await expect(page.locator('#out')).toContainText('tekst');

  // The allow-list for the two plain attributes: the right tag and a value marked writes.
  const kept = await page.evaluate(() => {
    const api = (window as unknown as { kcMarkdown: { sanitizeHtml(html: string): string; renderMarkdown(md: string): string } }).kcMarkdown;
    const out = document.getElementById('out')!;
    const attrsOf = (html: string) => {
      out.innerHTML = api.sanitizeHtml(html);
      return [...out.querySelectorAll('*')].map((el) => [el.tagName.toLowerCase(), ...el.getAttributeNames().map((a) => `${a}=${el.getAttribute(a)}`)].join(' '));
    };
    return {
      ol: attrsOf('<ol start="3"><li>a</li></ol>'),
      olBad: attrsOf('<ol start="javascript:alert(1)"><li>a</li></ol>'),
      ul: attrsOf('<ul start="3"><li>a</li></ul>'),
      cells: attrsOf('<table><tbody><tr><td align="center">a</td><td align="right">b</td><td align="evil">c</td></tr></tbody></table>'),
      paragraph: attrsOf('<p align="center">a</p>'),
      anchor: attrsOf('<a href="#kaart">a</a><a href="https://evil.example/">b</a><p href="#x">c</p>'),
      markdown: (() => {
        out.innerHTML = api.renderMarkdown('5. vijf\n6. zes\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |');
        return [out.querySelector('ol')?.getAttribute('start'), ...[...out.querySelectorAll('th, td')].map((c) => c.getAttribute('align'))];
      })(),
    };
  });
  expect(kept).toEqual({
    ol: ['ol start=3', 'li'],
    olBad: ['ol', 'li'],
    ul: ['ul', 'li'],
    cells: ['table', 'tbody', 'tr', 'td align=center', 'td align=right', 'td'],
    paragraph: ['p'],
    anchor: ['a href=#kaart', 'a', 'p'],
    markdown: ['5', 'center', 'right', 'center', 'right'],
  });
});
