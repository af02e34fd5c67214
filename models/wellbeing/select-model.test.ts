import { describe, expect, it } from 'vitest';
import type { BacktestPrediction } from './backtest';
import type { ModelName } from './demand-model';
import { chooseModel } from './select-model';

/** Forecasts of two areas at each origin, with a fixed absolute error per model. */
function history(errors: Record<ModelName, number>, origins: number[], horizon = 1): BacktestPrediction[] {
  return origins.flatMap((origin) =>
    ['A', 'B'].flatMap((area) =>
      (Object.entries(errors) as [ModelName, number][]).map(([model, error]) => ({
        area,
        horizon,
        base: 100,
        mean: 100 + error,
        population: 1000,
        outcome: 'x',
        origin,
        model,
        actual: 100,
      })),
    ),
  );
}

describe('choosing the model of a horizon from earlier origins only', () => {
  it('uses the network where it beat both naive and ridge', () => {
    expect(chooseModel(history({ naive: 5, ridge: 4, tfjs: 3 }, [2012, 2013]), 1, 2015).model).toBe('tfjs');
  });

  it('keeps ridge where the network beat naive but not ridge, and naive where neither beat it', () => {
    expect(chooseModel(history({ naive: 5, ridge: 3, tfjs: 4 }, [2012, 2013]), 1, 2015).model).toBe('ridge');
    expect(chooseModel(history({ naive: 2, ridge: 3, tfjs: 4 }, [2012, 2013]), 1, 2015).model).toBe('naive');
  });

  it('starts with naive when nothing has been scored yet', () => {
    expect(chooseModel([], 1, 2012)).toEqual({ horizon: 1, model: 'naive', scores: {} });
  });

  it('never looks at forecasts whose target year is after the origin', () => {
    // Made at 2014 for 2016: not yet observed at 2015, so the network's good record there cannot count.
    const late = history({ naive: 5, ridge: 4, tfjs: 1 }, [2014], 2);
    const early = history({ naive: 5, ridge: 4, tfjs: 6 }, [2012], 2);
    const choice = chooseModel([...late, ...early], 2, 2015);
    expect(choice.model).toBe('ridge');
    expect(choice.scores.tfjs).toEqual({ mae: 6, n: 2 });
  });
});
