import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
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
  /**
   * Leave the first-run page open. By default it is closed as soon as it opens, so a test starts
   * with the browser as it was before (one blank tab, in front), as the tests were written.
   */
  keepWelcome?: boolean;
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
  const extensionId = new URL(worker.url()).host;
  if (!options.keepWelcome && existsSync(resolve(ext, 'welcome.html'))) await closeWelcomePage(context, worker, extensionId);
  return { context, extensionId };
}

/**
 * The first-run page opens once per profile (src/background/first-run.ts), which sets
 * `welcomeShown` once the tab is there. With the flag set and no such tab, this profile had it
 * before (a restart): nothing comes. Otherwise the page is waited for and closed.
 */
async function closeWelcomePage(context: BrowserContext, worker: Worker, extensionId: string): Promise<void> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  // Listening before anything is asked, so a page that opens meanwhile is not missed.
  const opened = new Promise<Page>((found) => {
    const watched = new Map<Page, () => void>();
    const onPage = (page: Page) => {
      const check = () => {
        if (page.url() !== url) return;
        for (const [p, c] of watched) p.off('framenavigated', c);
        context.off('page', onPage);
        found(page);
      };
      watched.set(page, check);
      page.on('framenavigated', check);
      check();
    };
    context.on('page', onPage);
    for (const page of context.pages()) onPage(page);
  });
  const comes = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: WelcomeApi }).chrome;
    if ((await api.storage.local.get('welcomeShown')).welcomeShown !== true) return true;
    const welcome = api.runtime.getURL('/welcome.html');
    return (await api.tabs.query({})).some((t) => t.url === welcome || t.pendingUrl === welcome);
  });
  if (comes) await (await opened).close();
}

/** The part of the extension API closeWelcomePage uses in the service worker. */
interface WelcomeApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(q: object): Promise<Array<{ url?: string; pendingUrl?: string }>> };
  runtime: { getURL(path: string): string };
}
