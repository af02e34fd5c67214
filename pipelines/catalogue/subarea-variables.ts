import { KEYFIGURE_COLUMNS } from '../sources/helsinki/keyfigure-columns';
import type { VariableEntry } from './variable-entry';

/**
 * Variables of the capital-region sub-municipal sources: Aluesarjat and the 2019 osa-alue population
 * (subarea_observation), the Helsinki alueittain key figures, the HSY grid (grid_observation), the housing
 * forecast (projection_value) and the TK 2019 projection rates (projection_rate.measure, documented here too).
 */
const POPULATION: VariableEntry[] = [
  {
    code: 'population',
    domain: 'subarea',
    topic: 'population',
    label_fi: 'Väestö',
    label_en: 'Population',
    unit: 'persons',
    description_en:
      "Residents at 31 December of the year (Aluesarjat's 1 January figures are stored one year back). " +
      "Dimensions: age 'total', single years '0'..'99+' or published bands ('0-6', '95+', '15+'); sex total/male/female; " +
      "language total, 'fi', 'sv' (Swedish-speaking) or 'other' (other mother tongue, key figures only).",
  },
  {
    code: 'population_share_percent',
    domain: 'subarea',
    topic: 'population',
    label_fi: 'Osuus väestöstä',
    label_en: 'Share of population',
    unit: 'percent',
    description_en:
      'Share (%) of the area population in the age band or language group given by the age/language dimensions.',
  },
];

const HOUSE_TYPES: [string, string, string][] = [
  ['1', 'OK-talo', 'Detached single-family houses (omakotitalo)'],
  ['2', 'muu pientalo', 'Other small houses (semi-detached, terraced)'],
  ['3', 'kerrostalo, väljä', 'Blocks of flats, "väljä" (roomier dwellings)'],
  ['4', 'kerrostalo, pienasunnot', 'Blocks of flats, small dwellings'],
  ['5', 'kaupungin ARA', 'City-owned state-subsidised (ARA) rental housing'],
  ['6', 'opiskelija-/nuorisoasunnot', 'Student and youth housing'],
];

const HOUSING: VariableEntry[] = HOUSE_TYPES.map(([n, fi, en]) => ({
  code: `housing_completion_floor_area_m2_type_${n}`,
  domain: 'projection',
  topic: 'housing',
  label_fi: `Valmistuva asuinkerrosala, tyyppi ${n} (${fi})`,
  label_en: `Forecast completed residential floor area: ${en}`,
  unit: 'm2',
  description_en: `Residential floor area (m2) forecast to be completed in the year, house type ${n} of the Helsinki housing programme (Asunto-ohjelma 2020) forecast.`,
}));

const grid = (code: string, fi: string, en: string, unit = 'persons', description_en?: string): VariableEntry => ({
  code,
  domain: 'grid',
  topic: 'population',
  label_fi: fi,
  label_en: en,
  unit,
  description_en:
    description_en ??
    'HSY population grid; age counts of cells with fewer than 100 residents are withheld (HSY writes 99).',
});
const GRID: VariableEntry[] = [
  grid('residents', 'Asukkaita', 'Residents', 'persons', 'HSY population grid: residents of the cell.'),
  grid(
    'floor_area_per_resident_m2',
    'Asumisväljyys',
    'Dwelling floor area per resident',
    'm2',
    'HSY population grid: m2 of dwelling floor area per resident; unknown (HSY 999999999, or 0 with residents) is stored as withheld.',
  ),
  ...['0_9', '10_19', '20_29', '30_39', '40_49', '50_59', '60_69', '70_79'].map((a) => {
    const [lo, hi] = a.split('_');
    return grid(`age_${a}`, `${lo}-${hi}-vuotiaat`, `Residents aged ${lo}-${hi}`);
  }),
  grid('age_80_over', 'Yli 80-vuotiaat', 'Residents aged 80 or over'),
];

const RATES: VariableEntry[] = [
  {
    code: 'fertility_per_1000_women',
    domain: 'projection',
    topic: 'projection rates',
    label_fi: 'Hedelmällisyysluku (0/00)',
    label_en: 'Age-specific fertility rate',
    unit: 'per_1000',
    description_en:
      'projection_rate measure: live births per 1000 women of the age (age at the start of the year), TK 2019 projection.',
  },
  {
    code: 'death_probability_per_1000',
    domain: 'projection',
    topic: 'projection rates',
    label_fi: 'Kuolemanvaaraluku (0/00)',
    label_en: 'Death probability',
    unit: 'per_1000',
    description_en:
      'projection_rate measure: probability (per mille) that a person of the age at the start of the year dies during the year; age 99 = 99+.',
  },
  {
    code: 'death_probability_birth_year_per_1000',
    domain: 'projection',
    topic: 'projection rates',
    label_fi: 'Syntyvien kuolemanvaara syntymävuonna (0/00)',
    label_en: 'Death probability in the year of birth',
    unit: 'per_1000',
    description_en:
      'projection_rate measure (source columns mkvs/nkvs, stored at age 0): probability (per mille) that a child born during the year dies before the year ends.',
  },
];

const KEYFIGURES: VariableEntry[] = KEYFIGURE_COLUMNS.filter((c) => c.code.startsWith('kf_')).map((c) => ({
  code: c.code,
  domain: 'subarea',
  topic: 'Helsinki alueittain',
  label_fi: c.column,
  label_en: c.label_en,
  unit: c.unit,
  description_en: c.description_en ?? 'Helsinki alueittain key figure, as published.',
}));

export const SUBAREA_VARIABLES: VariableEntry[] = [...POPULATION, ...KEYFIGURES, ...GRID, ...HOUSING, ...RATES];
