import { readRows, withReadOnlyWarehouse } from '../core/warehouse/with-warehouse';

interface CoverageRow {
  source: string;
  files: number;
  first_year: number;
  last_year: number;
  years: number[];
  areas: number;
  values: number;
  suppressed_share: number;
}

/** Prints the stored coverage table: per source, years x areas and the share the source withheld. */
export async function printCoverage(dbPath: string, out: (line: string) => void = console.log): Promise<void> {
  const rows = (await withReadOnlyWarehouse(dbPath, (c) =>
    readRows(c, 'SELECT * FROM public_coverage ORDER BY source'),
  )) as CoverageRow[];
  out('coverage  source                  files  years                areas    values  suppressed');
  for (const r of rows) {
    const years = `${r.first_year}-${r.last_year} (${r.years.length})`;
    out(
      `coverage  ${r.source.padEnd(22)} ${String(r.files).padStart(5)}  ${years.padEnd(18)} ${String(r.areas).padStart(6)} ${String(r.values).padStart(9)}  ${(Number(r.suppressed_share) * 100).toFixed(1).padStart(8)} %`,
    );
  }
}
