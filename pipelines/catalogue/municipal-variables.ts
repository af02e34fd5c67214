import { SOTKANET_CATEGORY_TOPICS, SOTKANET_INDICATORS } from '../sources/municipal/sotkanet-indicator-titles';
import type { MunicipalVariable, VariableEntry } from './variable-entry';

/**
 * Municipal variables (domain 'municipal') and the published projections (domain 'projection').
 * Each list keeps the label the source publishes (`fi`), so the pipelines map labels to codes from here and a
 * label this catalogue does not know is refused at load time. `signed` marks balances and changes, which may
 * be negative; their unit is never a count unit (the non-negative-counts check covers those).
 * Units beyond variable-entry.ts: 'persons_net' = a signed balance of persons (natural increase, net migration);
 * 'index' = a published index without a physical unit (Gini x 100, education level measure).
 */

/** Mother's age groups of the StatFin births table, as labelled in the export ("- 19" ... "45 -"). */
export const MOTHER_AGE_GROUPS = [
  { label: 'Ikäluokat yhteensä', suffix: 'all', en: 'all ages' },
  { label: '- 19', suffix: 'under_20', en: 'under 20' },
  ...['20 - 24', '25 - 29', '30 - 34', '35 - 39', '40 - 44'].map((label) => ({
    label,
    suffix: label.replace(' - ', '_'),
    en: label.replace(' - ', '-'),
  })),
  { label: '45 -', suffix: '45_over', en: '45 or over' },
] as const;

/** Sex columns of the StatFin births exports ("2000 Pojat Elävänä syntyneet, lkm"). */
export const BIRTH_SEXES = [
  { label: 'Sukupuolet yhteensä', infix: '', en: 'Live births', fi: 'Elävänä syntyneet' },
  { label: 'Pojat', infix: '_boys', en: 'Live births, boys', fi: 'Elävänä syntyneet pojat' },
  { label: 'Tytöt', infix: '_girls', en: 'Live births, girls', fi: 'Elävänä syntyneet tytöt' },
] as const;

/** 'births', 'births_boys'; with a mother's age group 'births_mother_age_20_24', 'births_girls_mother_age_all'. */
export const birthCode = (sexInfix: string, motherAgeSuffix?: string): string =>
  `births${sexInfix}${motherAgeSuffix === undefined ? '' : `_mother_age_${motherAgeSuffix}`}`;

const BIRTH_VARIABLES: MunicipalVariable[] = BIRTH_SEXES.flatMap((sex) => [
  { code: birthCode(sex.infix), fi: sex.fi, en: sex.en, unit: 'persons' },
  ...MOTHER_AGE_GROUPS.map((age) => ({
    code: birthCode(sex.infix, age.suffix),
    fi: `${sex.fi}, äidin ikä ${age.label}`,
    en: `${sex.en}, mother aged ${age.en}`,
    unit: 'persons',
    description:
      age.suffix === 'all'
        ? 'Total of the births-by-mother-age table; equals births where both tables publish a year'
        : undefined,
  })),
]);

/** StatFin 'Kuntien avainluvut' (key figures) by their 'Tiedot' label. */
export const KEY_FIGURE_VARIABLES: MunicipalVariable[] = [
  { code: 'urbanisation_pct', fi: 'Taajama-aste, %', en: 'Degree of urbanisation, %', unit: 'percent' },
  { code: 'population', fi: 'Väkiluku', en: 'Population 31 Dec', unit: 'persons' },
  {
    code: 'population_change_pct',
    fi: 'Väkiluvun muutos edellisestä vuodesta, %',
    en: 'Population change from previous year, %',
    unit: 'percent',
    signed: true,
  },
  {
    code: 'natural_increase',
    fi: 'Syntyneiden enemmyys, henkilöä',
    en: 'Excess of births over deaths, persons',
    unit: 'persons_net',
    signed: true,
  },
  {
    code: 'net_migration_intermunicipal',
    fi: 'Kuntien välinen muuttovoitto/-tappio, henkilöä',
    en: 'Net inter-municipal migration, persons',
    unit: 'persons_net',
    signed: true,
  },
  { code: 'families', fi: 'Perheiden lukumäärä', en: 'Number of families', unit: 'count' },
  {
    code: 'secondary_or_higher_educated_pct',
    fi: 'Vähintään toisen asteen tutkinnon suorittaneiden osuus 15 vuotta täyttäneistä, %',
    en: 'With at least an upper secondary qualification, % of population aged 15+',
    unit: 'percent',
  },
  {
    code: 'tertiary_educated_pct',
    fi: 'Korkea-asteen tutkinnon suorittaneiden osuus 15 vuotta täyttäneistä, %',
    en: 'With a tertiary qualification, % of population aged 15+',
    unit: 'percent',
  },
  { code: 'employment_rate_pct', fi: 'Työllisyysaste, %', en: 'Employment rate, %', unit: 'percent' },
  {
    code: 'unemployment_rate_pct',
    fi: 'Työttömien osuus työvoimasta, %',
    en: 'Unemployed, % of labour force',
    unit: 'percent',
  },
  {
    code: 'pensioner_share_pct',
    fi: 'Eläkeläisten osuus väestöstä, %',
    en: 'Pensioners, % of population',
    unit: 'percent',
  },
  {
    code: 'economic_dependency_ratio',
    fi: 'Taloudellinen huoltosuhde',
    en: 'Economic dependency ratio (non-employed per 100 employed)',
    unit: 'ratio',
  },
];

/** StatFin vaka table 14jt: children in early childhood education (ECE), single ages 0-5 and all ages. */
export const ECE_AGES = [0, 1, 2, 3, 4, 5] as const;
const ECE_VARIABLES: MunicipalVariable[] = [
  ...ECE_AGES.flatMap((age) => [
    {
      code: `ece_children_age_${age}`,
      fi: `Varhaiskasvatukseen osallistuneet ${age}-vuotiaat lapset`,
      en: `Children aged ${age} in ECE`,
      unit: 'persons',
    },
    {
      code: `ece_foreign_language_children_age_${age}`,
      fi: `Varhaiskasvatukseen osallistuneet vieraskieliset ${age}-vuotiaat lapset`,
      en: `Foreign-language children aged ${age} in ECE`,
      unit: 'persons',
    },
  ]),
  {
    code: 'ece_children_total',
    fi: 'Varhaiskasvatukseen osallistuneet lapset, kaikki ikäluokat',
    en: 'Children in ECE, all ages',
    unit: 'persons',
    description: 'All ages, including children aged 6 and over',
  },
  {
    code: 'ece_foreign_citizen_children_total',
    fi: 'Varhaiskasvatukseen osallistuneet ulkomaalaiset lapset, kaikki ikäluokat',
    en: 'Foreign-citizen children in ECE, all ages',
    unit: 'persons',
  },
  {
    code: 'ece_foreign_language_children_total',
    fi: 'Varhaiskasvatukseen osallistuneet vieraskieliset lapset, kaikki ikäluokat',
    en: 'Foreign-language children in ECE, all ages',
    unit: 'persons',
  },
];

/** Statistics Finland's 2012 population projection as stored in Sotkanet: measure label -> code (year from the title). */
export const PROJECTION_VARIABLES: MunicipalVariable[] = [
  { code: 'projected_population', fi: 'Väestöennuste', en: 'Projected population', unit: 'persons' },
  {
    code: 'projected_share_7_15_pct',
    fi: '7-15 -vuotiaat, % väestöstä',
    en: 'Projected share aged 7-15, % of population',
    unit: 'percent',
  },
  {
    code: 'projected_share_16_64_pct',
    fi: '16-64 -vuotiaat, % väestöstä',
    en: 'Projected share aged 16-64, % of population',
    unit: 'percent',
  },
  {
    code: 'projected_share_65_over_pct',
    fi: '65 vuotta täyttäneet, % väestöstä',
    en: 'Projected share aged 65 or over, % of population',
    unit: 'percent',
  },
];

const entry =
  (domain: 'municipal' | 'projection', topic: string) =>
  (v: MunicipalVariable): VariableEntry => ({
    code: v.code,
    domain,
    topic,
    label_fi: v.fi,
    label_en: v.en,
    unit: v.unit,
    description_en: v.description,
  });

/** Sotkanet titles read "[CATEGORY] title": the category becomes the topic, the title the Finnish label. */
function sotkanetEntry(v: MunicipalVariable): VariableEntry {
  const m = /^\[([^\]]+)\] (.*)$/.exec(v.fi);
  return {
    ...entry('municipal', SOTKANET_CATEGORY_TOPICS[m?.[1] ?? ''] ?? 'sotkanet')(v),
    label_fi: m?.[2] ?? v.fi,
    description_en: 'THL Sotkanet indicator',
  };
}

export const MUNICIPAL_VARIABLES: VariableEntry[] = [
  ...BIRTH_VARIABLES.map(entry('municipal', 'births')),
  ...KEY_FIGURE_VARIABLES.map(entry('municipal', 'key_figures')),
  ...SOTKANET_INDICATORS.map(sotkanetEntry),
  ...ECE_VARIABLES.map(entry('municipal', 'ece')),
  ...PROJECTION_VARIABLES.map(entry('projection', 'population_projection')),
];
