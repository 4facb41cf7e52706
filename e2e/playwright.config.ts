import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './browser.ts';
import { basePathSite, type SiteOptions } from './sites.ts';

/** Port of the preview server the browser tests run against. */
const port = Number(process.env.E2E_PORT ?? 4329);
const chromium = { ...devices['Desktop Chrome'], channel: undefined };

export default defineConfig<SiteOptions>({
  testDir: '.',
  outputDir: '../test-results/playwright',
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // Tests that build guides of their own from test content, then read them. Astro builds share
    // the project's `.astro/` and cache folders, so these run one after another, never at once.
    { name: 'build', testMatch: /build\.spec\.ts/ },
    { name: 'formats', testMatch: /formats\.spec\.ts/, dependencies: ['build'] },
    { name: 'hostile', testMatch: /hostile\.spec\.ts/, dependencies: ['formats'] },
    // Browser tests start once every build is done, so pages are not loaded beside a build.
    { name: 'chromium', testIgnore: [/(build|hostile|formats)\.spec\.ts/, /\.setup\.ts/, /\.test\.ts/], use: chromium, dependencies: ['base-path build'] },
    // The same content built with BASE_PATH=/crossguide/ and served under that path.
    { name: 'base-path build', testMatch: /base-path\.setup\.ts/, dependencies: ['hostile'] },
    {
      name: 'base-path',
      dependencies: ['base-path build'],
      testMatch: /(search|crawl|sharing)\.spec\.ts/,
      use: { ...chromium, siteDir: basePathSite.dir, siteBase: basePathSite.base },
    },
  ],
  webServer: {
    command: `node e2e/serve.ts --dir dist --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
