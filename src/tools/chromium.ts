import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { toolPath } from './browsers';
import { projectRoot } from './project-root';

/**
 * The e2e build (npm run build:e2e): the production build plus static matches for the local test
 * pages. `KRACHTCOACH_EXTENSION_DIR` runs the suite against another build, such as an older
 * commit's, to see that a new test fails there.
 */
export const EXTENSION_DIR = resolve(process.env.KRACHTCOACH_EXTENSION_DIR ?? resolve(projectRoot(), '.output/chrome-mv3-e2e'));

export interface LaunchOptions {
  headless: boolean;
  extensionDir?: string;
  /** A profile directory to keep between launches (a browser restart); a fresh temporary one otherwise. */
  userDataDir?: string;
  /** An X display to show a headed browser on (virtual-display.ts); $DISPLAY otherwise. */
  display?: string;
  /** Pin the button to the toolbar, as a worker does (a fresh profile only). */
  pinned?: boolean;
}

/** Chromium's id for an unpacked extension: the SHA-256 of its path, in the letters a-p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** A fresh profile whose toolbar shows the extension's button (Chromium's pinned_extensions preference). */
function profileWithPinnedButton(extensionDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'krachtcoach-profile-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(extensionDir)] } }));
  return dir;
}

/** Chromium with the built extension loaded, as RECIPES.md describes. */
export async function launchWithExtension(options: LaunchOptions): Promise<{ context: BrowserContext; extensionId: string }> {
  const executablePath = toolPath('chromium');
  if (!executablePath) {
    throw new Error('Geen Chromium gevonden: draai npm run setup:browsers, of zet KRACHTCOACH_CHROMIUM.');
  }
  const ext = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(ext, 'manifest.json'))) {
    throw new Error(`De extensie is nog niet gebouwd (${ext}): draai eerst npm run build:e2e.`);
  }
  const args = [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic',
    // A second name for the local server that no static content-script match covers (activation tests).
    '--host-resolver-rules=MAP ecd.test 127.0.0.1',
    // A headed browser would offer to translate the Dutch pages, over the page.
    '--disable-features=Translate',
  ];
  const userDataDir = options.userDataDir ?? (options.pinned ? profileWithPinnedButton(ext) : '');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless,
    args,
    // Headed on a display, the page is as wide as the window, so an open side panel takes width from it.
    viewport: options.display ? null : { width: 1280, height: 900 },
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
  });
  // Our own profile goes when the browser does (its last writes may still be under way).
  if (!options.userDataDir && userDataDir) context.once('close', () => void rm(userDataDir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 }).catch(() => {}));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return { context, extensionId: new URL(worker.url()).host };
}
