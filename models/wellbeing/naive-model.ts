import type { DemandModel } from './demand-model';
import { forecastExamples } from './features';

/** Last value: the outcome stays where it was at the origin. The baseline every model must beat. */
export const naiveModel: DemandModel = {
  name: 'naive',
  async forecast(panel, spec, origin, horizons) {
    return horizons.flatMap((horizon) =>
      forecastExamples(panel, spec, origin, horizon).map((e) => ({
        area: e.area,
        horizon,
        base: e.base,
        mean: e.base,
        population: e.population,
      })),
    );
  },
};
