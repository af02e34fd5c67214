/**
 * `npm run bench:wellbeing`: the wellbeing demand models' backtest table - per corrective-service
 * indicator and horizon, each model's mean absolute error, skill against naive and ridge (1 - MAE / MAE
 * of the baseline; above 0 is better) and, for what the product would have forecast (the nested model
 * choice with its intervals), the 80 % coverage - plus run times: the data load, each outcome's backtest
 * and fit, the area profiles, the Helsinki district cross-section and one CLI-style forecast from 2015.
 * Reads the configured warehouse (TILANNEHUONE_DB); writes nothing.
 */
import { smallCountThreshold } from '../core/config/reference';
import { analyticsFiles, withAnalytics } from '../core/warehouse/with-warehouse';
import { indicatorById } from '../domain/wellbeing/indicator-catalogue';
import type { BacktestCell } from '../models/wellbeing/backtest-summary';
import { computeOutcomeDemand, computePanelDemand } from '../workflows/wellbeing/compute-demand';
import { computeDistricts } from '../workflows/wellbeing/compute-districts';
import { computeProfiles } from '../workflows/wellbeing/compute-profiles';
import { loadDistrictValues, loadMunicipalPanel, loadPostalCounts } from '../workflows/wellbeing/load-wellbeing-data';
import { districtAreaValues, municipalAreaValues, postalAreaValues } from '../workflows/wellbeing/profile-inputs';

const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);
const pct = (v: number | null) => (v === null ? '     -' : `${(v * 100).toFixed(1).padStart(5)}%`);
const quiet = () => {};

function printTable(cells: readonly BacktestCell[]): void {
  console.log('  h  model     n      origins  MAE       skill vs naive  vs ridge  cover80  chosen at origins');
  for (const c of cells)
    console.log(
      `  ${c.horizon}  ${c.model.padEnd(8)}  ${String(c.n).padStart(5)}  ${String(c.origins).padStart(7)}  ${c.mae.toFixed(3).padStart(8)}  ${pct(c.skillVsNaive).padStart(14)}  ${pct(c.skillVsRidge).padStart(8)}  ${pct(c.coverage80).padStart(7)}  ${c.chosen ?? ''}`,
    );
}

async function main(): Promise<void> {
  let t0 = performance.now();
  const data = await withAnalytics(analyticsFiles(), async (c) => ({
    recent: await loadMunicipalPanel(c, 'municipal-recent'),
    history: await loadMunicipalPanel(c, 'municipal-history'),
    postal: await loadPostalCounts(c),
    districts: await loadDistrictValues(c),
  }));
  console.log(
    `load: ${seconds(t0)} s (${data.recent.rows.length + data.history.rows.length} municipal values, ${data.postal.length} postal values)`,
  );

  const total = performance.now();
  for (const [panel, id] of [
    [data.recent, 'municipal-recent'],
    [data.history, 'municipal-history'],
  ] as const) {
    for (const d of await computePanelDemand(panel, id, quiet)) {
      const title = indicatorById(d.outcome)?.title ?? d.outcome;
      console.log(
        `\n${d.outcome} (${title}), origin ${d.origin}: ${d.seconds.toFixed(1)} s for backtest + fit of ${d.forecasts.length} forecasts`,
      );
      console.log(
        `  chosen for ${d.origin + 1}-${d.origin + 5}: ${d.choices.map((c) => c.model).join(', ')}; association R2 (cross-validated) ${d.association ? d.association.r2.toFixed(2) : '-'}`,
      );
      printTable(d.backtest);
    }
  }
  console.log(`\nall demand models: ${seconds(total)} s`);

  t0 = performance.now();
  const threshold = smallCountThreshold();
  const municipal = computeProfiles(
    'municipality',
    municipalAreaValues([data.recent, data.history]),
    () => null,
    threshold,
  );
  const postal = computeProfiles('postal_area', postalAreaValues(data.postal), () => null, threshold);
  const district = computeProfiles('district', districtAreaValues(data.districts), () => null, threshold);
  console.log(
    `area profiles: ${seconds(t0)} s (index rows: ${municipal.index.length} municipality-years, ${postal.index.length} postal-area-years, ${district.index.length} districts)`,
  );

  t0 = performance.now();
  const districts = computeDistricts(data.districts);
  const s = districts.summary;
  console.log(
    `Helsinki districts 2011 (leave one district out, ${s?.districts ?? 0} districts): MAE ridge ${s?.maeRidge.toFixed(2)} vs city mean ${s?.maeMean.toFixed(2)} percentage points, skill ${pct(s?.skill ?? null)} (${seconds(t0)} s)`,
  );

  t0 = performance.now();
  const cli = await computeOutcomeDemand(
    data.recent,
    'municipal-recent',
    'diak_child_welfare_notifications_0_17_index',
    2015,
    quiet,
  );
  console.log(
    `CLI-style forecast of notifications from 2015 (nested backtest + fit): ${seconds(t0)} s, ${cli.forecasts.length} rows`,
  );
}

main().catch((err: unknown) => {
  console.error(`bench:wellbeing failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
