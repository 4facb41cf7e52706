/** Builds the guide under `/crossguide/` once, for the tests that read it there. */
import { rmSync } from 'node:fs';
import { expect, test as setup } from '@playwright/test';
import { astroBuild } from './astro-build.ts';
import { basePathSite } from './sites.ts';

setup('build the guide with BASE_PATH=/crossguide/', async () => {
  setup.setTimeout(120_000);
  rmSync(basePathSite.dir, { recursive: true, force: true });
  const { status, output } = astroBuild({
    generated: basePathSite.generated,
    outDir: basePathSite.dir,
    env: { BASE_PATH: basePathSite.base, SITE_URL: basePathSite.siteUrl },
  });
  expect(status, output).toBe(0);
  expect(output).toMatch(/search index: 11 of \d+ pages indexed/);
});
