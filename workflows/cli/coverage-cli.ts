import { existsSync } from 'node:fs';
import { warehousePath } from '../../core/config/paths';
import { printCoverage } from '../../pipelines/coverage-report';

const dbPath = warehousePath();
if (!existsSync(dbPath)) {
  console.error(`coverage: no warehouse at ${dbPath}; run npm run ingest first`);
  process.exit(1);
}
printCoverage(dbPath).catch((err: unknown) => {
  console.error(`coverage failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
