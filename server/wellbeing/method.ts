import 'server-only';
import { z } from 'zod';
import { INDICATORS } from '../../domain/wellbeing/indicator-catalogue';
import { warehouse } from '../warehouse/warehouse';
import { wellbeingLimits } from './disclose';
import { basisDetails, queryAttributions, queryBacktest, queryObservedYears, wellbeingComputed } from './wellbeing-sql';

/**
 * The method page's facts: the catalogue with the years actually observed, the backtest table, the
 * Helsinki district model's result, the limits of disclosure and the sources' attributions.
 */
const detailsSchema = z.object({
  districtModel: z
    .object({ districts: z.number(), maeRidge: z.number(), maeMean: z.number(), skill: z.number() })
    .nullable()
    .optional(),
  seconds: z.number().optional(),
});

const SOURCES = [
  'diak-index-series',
  'statfin-key-figures',
  'sotkanet-indicators',
  'sotkanet-population',
  'paavo-topic-tables',
  'helsinki-keyfigures',
];

export function fetchMethodFacts() {
  return warehouse.memo('wellbeing-method', async () => {
    const computedAt = await wellbeingComputed();
    if (!computedAt) return null;
    const [observed, backtest, details, attributions] = await Promise.all([
      queryObservedYears(),
      queryBacktest(),
      basisDetails(),
      queryAttributions(SOURCES),
    ]);
    const parsed = detailsSchema.safeParse(details ? JSON.parse(details) : {});
    return {
      computedAt,
      indicators: INDICATORS.map((i) => ({ ...i, observed: observed.find((o) => o.id === i.id) ?? null })),
      backtest,
      district: parsed.success ? (parsed.data.districtModel ?? null) : null,
      limits: wellbeingLimits(),
      attributions: attributions.map((a) => a.attribution),
    };
  });
}
export type MethodFacts = NonNullable<Awaited<ReturnType<typeof fetchMethodFacts>>>;
