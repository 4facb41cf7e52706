import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from '../src/lib/testing/chromium.ts';
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
  // Tests wait for states, not clocks: these limits only stop a hang, and sit far above what
  // a 2-core machine busy with a build beside needs (speed is `npm run bench`'s to measure).
  timeout: 300_000,
  expect: { timeout: 60_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: launchOptions(),
  },
  projects: [
    // Guides built from test content, then read. Each is a site folder of its own with its own
    // caches, so they build at once, beside the browser tests of `dist/`.
    {
      name: 'builds',
      testMatch: [/(build|hostile|formats|exercise-ids|prompts-and-math|question-pages|book)\.spec\.ts/, /\.setup\.ts/],
      use: chromium,
    },
    {
      name: 'chromium',
      testIgnore: [
        /(build|hostile|formats|exercise-ids|prompts-and-math|question-pages|book|search)\.spec\.ts/,
        /\.setup\.ts/,
        /\.test\.ts/,
      ],
      use: chromium,
    },
    // Search starts once every build is done, so its pages are not loaded beside a build.
    { name: 'search', testMatch: /search\.spec\.ts/, use: chromium, dependencies: ['builds'] },
    // The same content built under /crossguide/ (base-path.setup.ts) and served under that path:
    // the tests tagged @base-path, whose links, redirects and fetched files depend on where the site is.
    {
      name: 'base-path',
      dependencies: ['builds'],
      testMatch: /(search|crawl|sharing)\.spec\.ts/,
      grep: /@base-path/,
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
