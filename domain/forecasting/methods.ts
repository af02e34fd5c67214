/**
 * The forecasting methods by name, as stored in every forecast and backtest row. The product forecast
 * is the combination; the cohort-component model is its anchor and, with the simple rules, one of the
 * baselines every cell's skill is measured against.
 */
export const PRODUCT_MODEL = 'combined';
export const ANCHOR_MODEL = 'cohort-component';
export const NETWORK_MODEL = 'network';
export const BASELINE_NAMES = ['naive', 'drift', 'damped-trend', 'cohort-change', ANCHOR_MODEL] as const;

/**
 * Not forecasts: the anchor's backtest forecasts corrected with figures published later (every
 * municipality's total; also every area's dwellings), the most any better model could gain
 * (models/evaluation/ceilings.ts). Listed after the methods so that no one reads them as one.
 */
export const CEILING_TOTALS = 'ceiling-totals';
export const CEILING_TOTALS_DWELLINGS = 'ceiling-totals-dwellings';
export const CEILING_NAMES = [CEILING_TOTALS, CEILING_TOTALS_DWELLINGS] as const;
export const isCeiling = (model: string) => (CEILING_NAMES as readonly string[]).includes(model);

/** Every method in the order pages list them: the product, its learned part, then the baselines. */
export const METHOD_ORDER = [PRODUCT_MODEL, NETWORK_MODEL, ...[...BASELINE_NAMES].reverse()] as const;
