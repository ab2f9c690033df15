import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { projectRoot } from './project-root';

/**
 * The browser to run the extension in: $KRACHTCOACH_CHROMIUM or $CHROME_PATH, then Debian's
 * /usr/bin/chromium (CI and this machine), then Playwright's own download (a developer laptop).
 */
export function resolveChromium(): string | undefined {
  for (const candidate of [process.env.KRACHTCOACH_CHROMIUM, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const own = chromium.executablePath();
  return existsSync(own) ? own : undefined;
}

export const EXTENSION_DIR = resolve(projectRoot(), '.output/chrome-mv3');

export interface LaunchOptions {
  headless: boolean;
  extensionDir?: string;
  /** A profile directory to keep between launches (a browser restart); a fresh temporary one otherwise. */
  userDataDir?: string;
}

/** Chromium with the built extension loaded, as RECIPES.md describes. */
export async function launchWithExtension(options: LaunchOptions): Promise<{ context: BrowserContext; extensionId: string }> {
  const executablePath = resolveChromium();
  if (!executablePath) {
    throw new Error('Geen Chromium gevonden. Installeer het (Debian: apt-get install chromium) of zet KRACHTCOACH_CHROMIUM.');
  }
  const ext = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(ext, 'manifest.json'))) {
    throw new Error(`De extensie is nog niet gebouwd (${ext}): draai eerst npm run build.`);
  }
  const args = [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic',
    // A second name for the local server that no static content-script match covers (activation tests).
    '--host-resolver-rules=MAP ecd.test 127.0.0.1',
  ];
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath,
    headless: options.headless,
    args,
    viewport: { width: 1280, height: 900 },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return { context, extensionId: new URL(worker.url()).host };
}
