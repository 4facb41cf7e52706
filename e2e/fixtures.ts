import { test as base, expect } from '@playwright/test';

/** Every page test fails when the browser logs anything to the console. */
export const test = base.extend<{ consoleMessages: string[] }>({
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
