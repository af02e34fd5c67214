import { comparisonToCsv, type ComparisonRow } from '@/domain/report/scenario-compare';

/**
 * Downloads the comparison as CSV, its header naming the scenario, the municipality and the data's
 * attributions (the licences ask for them wherever the figures go).
 */
export function downloadComparison(rows: ComparisonRow[], name: string, municipality: string, attributions: string[]) {
  const text = comparisonToCsv(rows, [`scenario: ${name}`, `municipality: ${municipality}`, ...attributions]);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `scenario-${municipality}-${name.replace(/[^\w-]+/g, '_')}.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
