import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One fixture site is built once for every test that needs built pages.
    globalSetup: ['tests/helpers/build-fixture.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
