import { INDICATORS } from '../../domain/wellbeing/indicator-catalogue';
import { computeFactor } from '../../domain/wellbeing/factor-values';
import { fitDistrictModel } from '../../models/wellbeing/district-model';
import type { DistrictRow } from './load-wellbeing-data';
import { districtAreaValues } from './profile-inputs';
import type { DistrictResult } from './store-wellbeing';

/**
 * Helsinki's 2011 districts: how each district's child-welfare client rate compares with what its risk
 * and resilience factors would suggest (leave-one-district-out), and the clients the rate stands for
 * (the published count), from which the workload follows on the page.
 */
export function computeDistricts(rows: readonly DistrictRow[]) {
  const outcome = INDICATORS.find((i) => i.panel === 'helsinki-districts' && i.role === 'outcome')!;
  const factors = INDICATORS.filter((i) => i.panel === 'helsinki-districts' && i.inIndex);
  const areas = districtAreaValues(rows);
  const usable = areas.flatMap((a) => {
    const y = computeFactor(outcome, a.values, 0).value;
    const x = factors.map((f) => computeFactor(f, a.values, 0).value ?? NaN);
    return y === null
      ? []
      : [{ area: a.area, outcome: y, factors: x, clients: a.values.get('kf_child_welfare_clients')?.value ?? null }];
  });
  const model = fitDistrictModel(usable);
  const clients = new Map(usable.map((u) => [u.area, u.clients]));
  const resultRows: DistrictResult[] = (model?.fits ?? []).map((f) => ({
    area: f.area,
    indicator: outcome.id,
    observed: f.observed,
    expected: f.expected,
    baseline: f.baseline,
    clients: clients.get(f.area) ?? null,
  }));
  return {
    rows: resultRows,
    summary: model
      ? {
          districts: usable.length,
          maeRidge: model.maeRidge,
          maeMean: model.maeMean,
          skill: model.skill,
          lambda: model.lambda,
          factors: factors.map((f) => f.id),
          perSd: model.perSd,
        }
      : null,
  };
}
