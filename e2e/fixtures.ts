import { test as base, expect } from '@playwright/test';
import type { SiteOptions } from './sites.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

/**
 * Every page test fails when the browser logs anything to the console. Tests
 * use paths relative to `baseURL` (`questions/…`, not `/questions/…`), so the
 * same test runs against the root build and the build under a base path.
 */
export const test = base.extend<{ consoleMessages: string[] }, SiteOptions & { siteServer: StaticServer | undefined }>({
  siteDir: [undefined, { option: true, scope: 'worker' }],
  siteBase: ['/', { option: true, scope: 'worker' }],
  siteServer: [
    async ({ siteDir, siteBase }, use) => {
      if (!siteDir) return use(undefined);
      const server = await startStaticServer({ dir: siteDir, base: siteBase, port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ baseURL, siteServer }, use) => {
    await use(siteServer ? siteServer.url : `${baseURL?.replace(/\/$/, '')}/`);
  },
  consoleMessages: [
    async ({ page }, use) => {
      const messages: string[] = [];
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      await use(messages);
      expect(messages, 'the console stays empty').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Path of the shipped content's question 3, whose links tests follow. */
export const Q3 = '/questions/03-range-vs-constant/';
/** Question 4, the one answer set that talks about ragged tensors. */
export const Q4 = 'questions/04-data-structures/';
