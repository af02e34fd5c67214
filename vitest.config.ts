import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'tests/setup/server-only.ts'),
    },
  },
  test: {
    include: ['{core,domain,i18n,store,pipelines,models,workflows,server,ui,tests/integration}/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // DuckDB and the full-ingest tests are CPU-heavy; two cores only.
    maxWorkers: 2,
    // One real PostgreSQL for the run (embedded, or TEST_DATABASE_URL); each test file makes its own database.
    globalSetup: ['tests/setup/app-db-global.ts'],
  },
});
