import { test as base, expect } from '@playwright/test';

/**
 * Every journey fails on an uncaught page error: a crash the user would see as a blank or frozen
 * page must never pass unnoticed, in the app's page or in any window it opens.
 */
export const test = base.extend<{ failOnPageError: void }>({
  failOnPageError: [
    async ({ page, context }, use) => {
      const errors: string[] = [];
      const listen = (target: typeof page) =>
        target.on('pageerror', (error) => errors.push(`${target.url()}: ${error.message}`));
      listen(page);
      // Windows the app opens (the presenter view) count too.
      context.on('page', listen);
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
