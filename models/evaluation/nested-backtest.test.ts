import { describe, expect, it } from 'vitest';
import { PRODUCT_MODEL } from '../../domain/forecasting/methods';
import { makeCohortPanel } from '../../tests/builders/cohort-panel';
import { naive } from '../baselines/simple-baselines';
import { cohortComponent } from '../cohort/cohort-component';
import { runNestedBacktest } from './nested-backtest';
import { summariseBacktest } from './summarise';

const panel = makeCohortPanel(30, [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016]);

describe('the nested backtest', () => {
  it('scores the product out of sample and, where cohorts age and births fall, it beats "same as last year"', async () => {
    const { scored, combiners } = await runNestedBacktest(panel, {
      origins: panel.years.slice(0, -1),
      horizons: [1, 2],
      methods: [naive, cohortComponent()],
    });
    const summary = summariseBacktest(scored).filter((r) => r.scope === 'finland' && r.sizeClass === 'all');
    for (const g of ['0-2', '3-6']) {
      const of = (m: string) => summary.find((r) => r.model === m && r.ageGroup === g && r.horizon === 1)!.mape;
      expect(of(PRODUCT_MODEL)).toBeLessThan(0.6 * of('naive'));
    }
    // The first origin knows no past errors: the anchor alone; later ones choose on evidence.
    expect(combiners.get(2008)!.basis['3-6|1']).toBe(0);
    expect(combiners.get(2015)!.basis['3-6|1']).toBeGreaterThan(0);
  });

  it('chooses at every origin only from forecasts whose targets were observed by then', async () => {
    const { scored, combiners } = await runNestedBacktest(panel, {
      origins: panel.years.slice(0, -1),
      horizons: [1, 2],
      methods: [naive, cohortComponent()],
    });
    for (const [origin, c] of combiners) {
      const usable = scored.filter(
        (r) => r.year <= origin && r.horizon === 2 && r.ageGroup === '3-6' && r.model !== PRODUCT_MODEL,
      );
      // The basis counts matched areas (one per area and origin): never more than what was knowable.
      expect(c.basis['3-6|2']).toBeLessThanOrEqual(usable.length / 2);
    }
  });
});
