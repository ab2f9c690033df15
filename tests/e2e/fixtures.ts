import { resolve } from 'node:path';
import { type BrowserContext, test as base, expect } from '@playwright/test';
import { launchWithExtension } from '../../src/tools/chromium';
import { projectRoot } from '../../src/tools/project-root';
import { type StaticServer, startStaticServer } from '../../src/tools/static-server';

interface WorkerFixtures {
  server: StaticServer;
  extension: { context: BrowserContext; extensionId: string };
}

interface TestFixtures {
  context: BrowserContext;
  extensionId: string;
  /** Requests that left 127.0.0.1 or the extension: every one fails the test. */
  offsiteRequests: string[];
}

const ALLOWED = /^(?:chrome-extension:|data:|blob:|about:)/;

/**
 * One Chromium with the built extension per worker; fixture pages and the editors' packages
 * are served from this repository on 127.0.0.1. Any other request is aborted and fails the test.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const root = projectRoot();
      const server = await startStaticServer({
        '/': resolve(root, 'tests/fixtures/pages'),
        '/demo/': resolve(root, 'src/demo'),
        '/node_modules/': resolve(root, 'node_modules'),
        '/editors/': resolve(root, 'node_modules/.cache/krachtcoach/editors'),
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({}, use) => {
      const launched = await launchWithExtension({ headless: true });
      await use({ context: launched.context, extensionId: launched.extensionId });
      await launched.context.close();
    },
    { scope: 'worker' },
  ],
  offsiteRequests: async ({ extension, server }, use) => {
    const offsite: string[] = [];
    await extension.context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin) || url.startsWith(server.origin.replace('127.0.0.1', 'ecd.test')) || ALLOWED.test(url)) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    await use(offsite);
    await extension.context.unrouteAll({ behavior: 'ignoreErrors' });
    expect(offsite, 'requests outside 127.0.0.1').toEqual([]);
  },
  context: async ({ extension, offsiteRequests: _ }, use) => {
    await use(extension.context);
    for (const page of extension.context.pages().slice(1)) await page.close();
  },
  extensionId: async ({ extension }, use) => {
    await use(extension.extensionId);
  },
});

export { expect };
