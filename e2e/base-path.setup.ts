/** Builds the guide under `/crossguide/` once, for the tests that read it there. */
import { expect, test as setup } from '@playwright/test';
import { basePathSite } from './sites.ts';
import { buildTestSite, createTestSite } from './test-site.ts';

setup('build the guide with base path /crossguide/', async () => {
  setup.setTimeout(180_000);
  const site = createTestSite(basePathSite.name, { copyShipped: true });
  const { status, output } = await buildTestSite(site, { base: basePathSite.base, siteUrl: basePathSite.siteUrl });
  expect(status, output).toBe(0);
  expect(output).toMatch(/search index: 11 of 11 question pages indexed/);
});
