// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'wxt';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * What a worker installs: the production builds. They may run the coach nowhere by themselves
 * (no static content-script matches, no host permissions): it comes only where the worker
 * switched it on or the organisation's policy lists the site. The e2e build alone adds the
 * local test pages. The builds go to a temporary folder, so .output/ is left alone.
 */
const outDir = mkdtempSync(join(tmpdir(), 'krachtcoach-manifest-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function manifestOf(browser: 'chrome' | 'firefox', mode: 'production' | 'e2e'): Promise<Record<string, unknown>> {
  await build({ root: resolve(__dirname, '../..'), browser, mode, outDir, logger: silentLogger });
  const dir = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
  return JSON.parse(readFileSync(join(outDir, mode === 'e2e' ? `${dir}-e2e` : dir, 'manifest.json'), 'utf8'));
}

const silent = () => {};
const silentLogger = { debug: silent, log: silent, info: silent, warn: silent, error: silent, fatal: silent, success: silent, level: 0 };

describe('production manifests', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: no static content scripts and no host permissions`, async () => {
      const manifest = await manifestOf(browser, 'production');
      expect(manifest.content_scripts ?? []).toEqual([]);
      expect(manifest.host_permissions ?? []).toEqual([]);
      // Firefox's MV2 puts hosts in permissions; only the optional ones may name sites.
      expect((manifest.permissions as string[]).filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
      // The script itself is built: the background injects or registers it where the worker switches it on.
      const dir = join(outDir, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
      expect(readFileSync(join(dir, 'content-scripts/content.js'), 'utf8').length).toBeGreaterThan(1000);
      // The e2e build's test doors (a test clock, drafts switched on from a page address, bench
      // marks) are compiled out: no trace of them in any shipped file.
      const shipped = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html)$/.test(f));
      for (const file of shipped) {
        const code = readFileSync(join(dir, file), 'utf8');
        for (const door of ['kc-e2e-drafts', 'e2eClockOffsetMs', 'data-krachtcoach-bench']) expect(code.includes(door), `${door} in ${file}`).toBe(false);
      }
    }, 60_000);
  }

  it('the e2e build coaches only the local test pages', async () => {
    const manifest = await manifestOf('chrome', 'e2e');
    expect((manifest.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches)).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
  }, 60_000);
});
