import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { toolPath } from './browsers';
import { projectRoot } from './project-root';

/**
 * Stock Firefox (Debian's firefox-esr in CI) with the Firefox build of the extension. Playwright
 * drives only its own patched Firefox, which this machine cannot download; puppeteer-core drives
 * any Firefox over WebDriver BiDi and installs the unpacked add-on as a temporary one.
 */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.KRACHTCOACH_FIREFOX_EXTENSION_DIR ?? resolve(projectRoot(), '.output/firefox-mv2-e2e'));

/** Stock Firefox: $KRACHTCOACH_FIREFOX, what the set-up step found, or a search (browsers.ts). */
export function resolveFirefox(): string | undefined {
  return toolPath('firefox');
}

export interface FirefoxOptions {
  /** An X display to show a headed Firefox on (virtual-display.ts); headless otherwise. */
  display?: string;
  /** Leave the first-run page open; by default it is closed as soon as it opens (see chromium.ts). */
  keepWelcome?: boolean;
}

export async function launchFirefoxWithExtension(options: FirefoxOptions = {}): Promise<Browser> {
  const executablePath = resolveFirefox();
  if (!executablePath) throw new Error('Geen Firefox gevonden: draai npm run setup:browsers, of zet KRACHTCOACH_FIREFOX.');
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`De Firefox-build ontbreekt (${FIREFOX_EXTENSION_DIR}): draai eerst npm run build:e2e:firefox.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: !options.display,
    // Headed, the page is as wide as the window, so a sidebar that opens takes width from it.
    ...(options.display ? { defaultViewport: null } : {}),
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    extraPrefsFirefox: {
      // A second name for the local server that no static content-script match covers (activation tests).
      'network.dns.localDomains': 'ecd.test',
      // The closed network here: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  // Every launch is a fresh profile, so the first-run page opens after each install. WebDriver
  // BiDi shows an extension's tab as about:blank: it is the page that opens after the one there.
  const before = new Set(browser.targets());
  const welcome = existsSync(resolve(FIREFOX_EXTENSION_DIR, 'welcome.html')) && !options.keepWelcome
    ? browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 0 })
    : undefined;
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (welcome) await (await (await welcome).page())?.close();
  return browser;
}
