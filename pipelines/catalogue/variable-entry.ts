/** One row of the `variable` catalogue: what a variable code in the warehouse means. */
export interface VariableEntry {
  code: string;
  /** Which observation table uses it: postal | municipal | subarea | grid | projection. */
  domain: 'postal' | 'municipal' | 'subarea' | 'grid' | 'projection';
  topic: string | null;
  label_fi: string;
  label_en: string;
  /**
   * Counts (never negative; the non-negative-counts check enforces it): persons | households | dwellings |
   * buildings | workplaces | count.
   * Others: persons_net (a signed balance of persons, e.g. natural increase or net migration: may be negative) |
   * eur | m2 | thousand_m2 | ha | m | years | percent | ratio | per_1000 | index (a published index without a
   * physical unit, e.g. Gini x 100).
   */
  unit: string;
  description_en?: string;
}

/** A municipal variable as the source modules declare it (its catalogue entry is derived from it). */
export interface MunicipalVariable {
  code: string;
  fi: string;
  en: string;
  unit: string;
  signed?: boolean;
  description?: string;
}
