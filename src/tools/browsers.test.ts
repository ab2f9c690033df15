// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findTool, type SearchContext } from './browsers';

/** A machine with only these files; PATH as on Debian. */
function machine(files: string[], env: NodeJS.ProcessEnv = {}, playwrightChromium?: string): SearchContext {
  const present = new Set(files);
  return { env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env }, exists: (p) => present.has(p), playwrightChromium };
}

describe('findTool', () => {
  it('takes our variable first, then the system, then Playwright\'s cache', () => {
    const cache = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    expect(findTool('chromium', machine(['/opt/c/chrome', '/usr/bin/chromium', cache], { KRACHTCOACH_CHROMIUM: '/opt/c/chrome' }, cache))).toBe('/opt/c/chrome');
    expect(findTool('chromium', machine(['/usr/bin/chromium', cache], {}, cache))).toBe('/usr/bin/chromium');
    expect(findTool('chromium', machine([cache], {}, cache))).toBe(cache);
    expect(findTool('chromium', machine([], {}, cache))).toBeUndefined();
  });

  it('prefers Chromium to Chrome and Edge, and finds them outside PATH', () => {
    expect(findTool('chromium', machine(['/usr/bin/google-chrome', '/usr/local/bin/chromium']))).toBe('/usr/local/bin/chromium');
    expect(findTool('chromium', machine(['/opt/microsoft/msedge/msedge']))).toBe('/opt/microsoft/msedge/msedge');
  });

  it('skips a variable that points at nothing', () => {
    expect(findTool('firefox', machine(['/usr/bin/firefox-esr'], { KRACHTCOACH_FIREFOX: '/nergens/firefox' }))).toBe('/usr/bin/firefox-esr');
  });

  it('$KRACHTCOACH_BROWSER_ROOT hides the system and the cache: an empty folder is a machine without browsers', () => {
    const cache = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    const installed = ['/usr/bin/chromium', '/usr/bin/firefox-esr', '/usr/bin/Xvfb', '/usr/bin/xdotool', cache];
    const hidden = machine(installed, { KRACHTCOACH_BROWSER_ROOT: '/tmp/leeg' }, cache);
    for (const tool of ['chromium', 'firefox', 'xvfb', 'xdotool'] as const) expect(findTool(tool, hidden)).toBeUndefined();
    // An explicit choice still counts, and so does a browser placed under that root.
    expect(findTool('chromium', machine(installed, { KRACHTCOACH_BROWSER_ROOT: '/tmp/leeg', KRACHTCOACH_CHROMIUM: '/usr/bin/chromium' }))).toBe('/usr/bin/chromium');
    expect(findTool('xvfb', machine(['/tmp/leeg/usr/bin/Xvfb'], { KRACHTCOACH_BROWSER_ROOT: '/tmp/leeg' }))).toBe('/tmp/leeg/usr/bin/Xvfb');
  });
});
