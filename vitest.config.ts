import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // compromise takes a moment to load in each worker; CLI tests spawn the built binary.
    testTimeout: 30000,
    hookTimeout: 30000,
  },
});
