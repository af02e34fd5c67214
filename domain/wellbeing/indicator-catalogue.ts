import catalogue from './indicator-catalogue.json';
import { catalogueSchema, type Geography, type Indicator, type PanelId } from './indicator-schema';

/**
 * The indicator catalogue, parsed once: a broken entry fails on import, naming the entry and field.
 * Labels live in i18n/wellbeing (by id); everything else an indicator means is here.
 */
export const INDICATORS: readonly Indicator[] = catalogueSchema.parse(catalogue);

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

export const isIndicatorId = (id: string): boolean => BY_ID.has(id);

/** The indicators of one panel (its outcomes, factors and context). */
export const indicatorsOf = (panel: PanelId): Indicator[] => INDICATORS.filter((i) => i.panel === panel);

/** Corrective-service outcomes the demand models forecast, in catalogue order. */
export const OUTCOMES: readonly Indicator[] = INDICATORS.filter((i) => i.role === 'outcome');

/** The factors of a geography's risk-and-resilience index. */
export const indexFactorsOf = (geography: Geography): Indicator[] =>
  INDICATORS.filter((i) => i.geography === geography && i.inIndex);

/**
 * The factors a panel's demand model uses: the same as its index, so the drivers a page shows are the
 * factors of the profile beside them. The historical panel (1990-2012) has no index: all its factors.
 */
export function modelFactorsOf(panel: PanelId): Indicator[] {
  const factors = INDICATORS.filter((i) => i.panel === panel && (i.role === 'risk' || i.role === 'resilience'));
  return factors.some((i) => i.inIndex) ? factors.filter((i) => i.inIndex) : factors;
}

/** Every warehouse variable the catalogue reads (for loaders: one query for all of them). */
export const variablesOf = (indicators: readonly Indicator[]): string[] => [
  ...new Set(
    indicators.flatMap((i) =>
      'variable' in i.value ? [i.value.variable] : [...i.value.numerator, ...i.value.denominator],
    ),
  ),
];
