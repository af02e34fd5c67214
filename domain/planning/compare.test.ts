import { describe, expect, it } from 'vitest';
import { diffPlans, totalPlan } from './compare';
import { computePlan } from './engine';
import { fixtureInputs } from '../../tests/builders/plan-fixtures';
import { differencesToCsv, planToCsv } from './plan-csv';
import { parseScenario } from './scenario';

describe('plan totals, differences and export', () => {
  const baseline = computePlan(fixtureInputs());

  it('totals a municipality: counts add up, fill is recomputed, the worst flag wins', () => {
    const totals = totalPlan(baseline, (r) => r.municipalityCode);
    const helsinki = totals.find((t) => t.group === '091' && t.year === 2021)!;
    expect(helsinki.areas).toBe(3);
    expect(helsinki.demandTotal).toBeCloseTo(98 * 4, 6);
    expect(helsinki.capacityTotal).toBe(162);
    expect(helsinki.fillRate).toBeCloseTo(392 / 162, 6);
    expect(helsinki.rag).toBe('red');
    const espoo = totals.find((t) => t.group === '049' && t.year === 2021)!;
    expect(espoo.capacityTotal).toBeNull();
    expect(espoo.rag).toBeNull();
  });

  it('lists what a scenario changes against the baseline', () => {
    const scenario = computePlan(
      fixtureInputs(),
      parseScenario({ name: 'close', units: { close: [{ unitId: 'U2', year: 2024 }] } }),
    );
    const diff = diffPlans(baseline, scenario);
    expect(diff.every((d) => d.postalCode === '00300' && d.year >= 2024)).toBe(true);
    expect(diff.find((d) => d.year === 2024 && d.field === 'capacityTotal')).toEqual({
      postalCode: '00300',
      year: 2024,
      field: 'capacityTotal',
      baseline: 54,
      scenario: 0,
      change: -54,
    });
    expect(diffPlans(baseline, computePlan(fixtureInputs(), parseScenario({ name: 'same' })))).toEqual([]);
    expect(differencesToCsv(diff).split('\n')[0]).toBe('postal_code,year,field,baseline,scenario,change');
  });

  it('exports CSV with the public_plan columns and empty cells for unknown values', () => {
    const csv = planToCsv(baseline).split('\n');
    expect(csv[0].startsWith('scenario,postal_code,municipality_code,year,is_forecast,children_0_2')).toBe(true);
    const espoo = csv.find((l) => l.startsWith('baseline,02100,049,2021,'))!;
    expect(espoo).toContain(',98,,,'); // demand_total then unknown intervals
    expect(csv).toHaveLength(baseline.length + 2);
  });
});
