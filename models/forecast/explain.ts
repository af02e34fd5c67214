import type { DriverId } from '../../domain/forecasting/drivers';
import { FEATURE_GROUPS, FEATURE_NAMES } from '../network/features';
import { meanFrom, predictCorrections, type FittedNetwork } from '../network/network-model';
import type { Example } from '../network/training-set';

/**
 * Which inputs moved a forecast, in words a manager can read. The forecast is the cohort model's
 * (children ageing, births trend) times the network's correction; the cohort part is reported as
 * one driver, and each group of network inputs by how much the forecast changes when that group is
 * set to its average (occlusion). Effects are percentages of the forecast, largest first.
 */
export interface Driver {
  driver: DriverId;
  effectPct: number;
}

export async function explainExamples(
  fitted: FittedNetwork,
  examples: readonly Example[],
  corrections: Float32Array,
  top = 3,
): Promise<Driver[][]> {
  // The cohort inputs are the anchor itself: reported as one driver, not occluded.
  const groups = (Object.entries(FEATURE_GROUPS) as [DriverId, (typeof FEATURE_GROUPS)[DriverId]][]).filter(
    ([id]) => id !== 'cohort',
  );
  const occluded: Float32Array[] = [];
  for (const [, features] of groups) {
    const off = new Set(features.map((f) => FEATURE_NAMES.indexOf(f)));
    occluded.push(await predictCorrections(fitted, examples, off));
  }
  return examples.map((e, i) => {
    const current = e.features[0];
    const cohort = Math.log((e.anchor + 1) / Math.exp(current));
    const drivers: Driver[] = [{ driver: 'cohort', effectPct: 100 * (Math.exp(cohort) - 1) }];
    groups.forEach(([name], g) => {
      const effect = meanFrom(e, corrections[i]) / Math.max(meanFrom(e, occluded[g][i]), 1e-9) - 1;
      drivers.push({ driver: name, effectPct: 100 * effect });
    });
    return drivers
      .filter((d) => Number.isFinite(d.effectPct) && Math.abs(d.effectPct) >= 0.5)
      .sort((a, b) => Math.abs(b.effectPct) - Math.abs(a.effectPct))
      .slice(0, top);
  });
}
