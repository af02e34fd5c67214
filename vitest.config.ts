import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{lib,pipelines,models,tests/unit,tests/integration}/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // DuckDB and the full-ingest tests are CPU-heavy; two cores only.
    maxWorkers: 2,
  },
});
