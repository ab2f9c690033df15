import { defineConfig } from '@playwright/test';

// The built extension (npm run build) is loaded into real Chromium by tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  // Builds the Tiptap and Lexical fixture bundles (they have no browser build of their own).
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 30_000,
  // A cap, not a wait: a busy CI machine (2 cores, a browser, the build) sometimes needs more than
  // 5 s for a card or a panel to appear; a passing run is as fast as before.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
