import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The browser tests have their own config (vitest.e2e.config.ts): they need the built extension.
    exclude: ['tests/e2e/**', '**/node_modules/**'],
    environment: 'node',
    // Fixture pages link their stylesheet; DOM tests do not need it (and happy-dom would log its refusal).
    environmentOptions: { happyDOM: { settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } } },
  },
});
