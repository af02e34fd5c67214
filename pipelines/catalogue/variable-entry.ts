/** One row of the `variable` catalogue: what a variable code in the warehouse means. */
export interface VariableEntry {
  code: string;
  /** Which observation table uses it: postal | municipal | subarea | grid | projection. */
  domain: 'postal' | 'municipal' | 'subarea' | 'grid' | 'projection';
  topic: string | null;
  label_fi: string;
  label_en: string;
  /** persons | households | dwellings | buildings | workplaces | eur | m2 | years | percent | ratio | per_1000 | m | count */
  unit: string;
  description_en?: string;
}
