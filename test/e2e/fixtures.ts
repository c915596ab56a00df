import { test as base, expect } from '@playwright/test';

/**
 * Every journey fails on an uncaught page error: a crash the user would see as a blank or frozen
 * page must never pass unnoticed.
 */
export const test = base.extend<{ failOnPageError: void }>({
  failOnPageError: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
