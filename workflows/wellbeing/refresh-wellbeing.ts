import { smallCountThreshold } from '../../core/config/reference';
import { indicatorById } from '../../domain/wellbeing/indicator-catalogue';
import { readAnalytics, updateDerived } from '../derived/derived-store';
import { computePanelDemand } from './compute-demand';
import { computeProfiles, type Profiles } from './compute-profiles';
import { computeDistricts } from './compute-districts';
import {
  loadDataFingerprint,
  loadDistrictValues,
  loadMunicipalities,
  loadMunicipalPanel,
  loadPostalAreas,
  loadPostalCounts,
} from './load-wellbeing-data';
import { districtAreaValues, municipalAreaValues, postalAreaValues } from './profile-inputs';
import { storeWellbeing, type AreaName } from './store-wellbeing';
import { wellbeingCodeDigest, wellbeingStaleReason } from './wellbeing-basis';

/**
 * The wellbeing refresh: area profiles (index per municipality, postal area and Helsinki district),
 * demand models (backtest, model choice, forecasts with 80 % intervals), associations and drivers, all
 * recomputed from the warehouse and written to the derived store in one swap. It does nothing when the
 * stored tables match the data, the code and the small-count threshold (`force` recomputes anyway).
 * Run by `npm start` when missing or stale and by the background refresh job.
 */
export interface WellbeingRefreshOptions {
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
  force?: boolean;
}

export async function refreshWellbeing(
  options: WellbeingRefreshOptions,
): Promise<{ computed: boolean; reason: string }> {
  const { env = process.env, log } = options;
  const basis = { codeDigest: wellbeingCodeDigest(), smallCount: smallCountThreshold(env) };
  const t0 = performance.now();
  const loaded = await readAnalytics(async (c) => {
    const dataFingerprint = await loadDataFingerprint(c);
    const reason = await wellbeingStaleReason(c, { ...basis, dataFingerprint });
    if (!reason && !options.force) return { reason, dataFingerprint, data: null };
    return {
      reason,
      dataFingerprint,
      data: {
        recent: await loadMunicipalPanel(c, 'municipal-recent'),
        history: await loadMunicipalPanel(c, 'municipal-history'),
        municipalities: await loadMunicipalities(c),
        postal: await loadPostalCounts(c),
        postalAreas: await loadPostalAreas(c),
        districts: await loadDistrictValues(c),
      },
    };
  }, env);
  if (!loaded.data) return { computed: false, reason: 'the wellbeing tables are up to date' };
  const { data } = loaded;
  log(`wellbeing: recomputing (${loaded.reason || 'asked to'})`);
  const threshold = basis.smallCount;
  const region = new Map(data.municipalities.map((m) => [m.code, m]));
  const postalArea = new Map(data.postalAreas.map((p) => [p.area, p]));
  const profiles: Profiles[] = [
    computeProfiles(
      'municipality',
      municipalAreaValues([data.recent, data.history]),
      (a) => (region.get(a)?.region_code ? { kind: 'region', code: region.get(a)!.region_code! } : null),
      threshold,
    ),
    computeProfiles(
      'postal_area',
      postalAreaValues(data.postal),
      (a) =>
        postalArea.get(a)?.municipality_code
          ? { kind: 'municipality', code: postalArea.get(a)!.municipality_code! }
          : null,
      threshold,
    ),
    computeProfiles('district', districtAreaValues(data.districts), () => ({ kind: 'city', code: '091' }), threshold),
  ];
  log(
    `wellbeing: profiles of ${profiles.map((p) => `${new Set(p.index.map((i) => i.area)).size} ${p.geography}s`).join(', ')}`,
  );
  const demand = [
    ...(await computePanelDemand(data.recent, 'municipal-recent', log)),
    ...(await computePanelDemand(data.history, 'municipal-history', log)),
  ];
  const districts = computeDistricts(data.districts);
  const areas: AreaName[] = [
    ...data.municipalities.map((m) => ({
      geography: 'municipality',
      area: m.code,
      name_fi: m.name_fi,
      name_sv: m.name_sv,
      group_code: m.region_code,
      group_name: m.region_name,
      municipality_code: m.code,
    })),
    ...data.postalAreas.map((p) => ({
      geography: 'postal_area',
      area: p.area,
      name_fi: p.name_fi ?? p.area,
      name_sv: p.name_sv,
      group_code: p.municipality_code,
      group_name: region.get(p.municipality_code ?? '')?.name_fi ?? null,
      municipality_code: p.municipality_code,
    })),
    ...[...new Map(data.districts.map((d) => [d.area, d.name])).entries()].map(([area, name]) => ({
      geography: 'district',
      area,
      name_fi: name,
      name_sv: null,
      group_code: '091',
      group_name: 'Helsinki',
      municipality_code: '091',
    })),
  ];
  const details = {
    origins: Object.fromEntries(demand.map((d) => [d.outcome, d.origin])),
    models: Object.fromEntries(demand.map((d) => [d.outcome, d.choices.map((c) => c.model)])),
    districtModel: districts.summary,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  };
  await updateDerived(
    (c) =>
      storeWellbeing(c, {
        areas,
        profiles,
        demand,
        districts: districts.rows,
        basis: { ...basis, dataFingerprint: loaded.dataFingerprint, details },
      }),
    { waitMs: 10 * 60_000 },
    env,
  );
  log(
    `wellbeing: stored in ${((performance.now() - t0) / 1000).toFixed(1)} s (${demand.map((d) => `${indicatorById(d.outcome)?.id ?? d.outcome} ${d.seconds.toFixed(1)} s`).join(', ')})`,
  );
  return { computed: true, reason: loaded.reason || 'recomputed on request' };
}
