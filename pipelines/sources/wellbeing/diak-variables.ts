import type { VariableEntry } from '../../catalogue/variable-entry';

/**
 * The variables of the Diak "Huono-osaisuus Suomessa" time series (THL Sotkanet indicators as relative
 * indices: the 3-year mean of the area divided by the median area of the same level, x 100), by the
 * title the file publishes in its `variable` column. Codes carry the prefix `diak_` and the suffix `_index`:
 * a value of 120 means 20 % above the median municipality of that window, never a rate.
 * `varClass` is the file's own `var_class`, checked on every row so a shifted column cannot load.
 */
export interface DiakVariable {
  title: string;
  code: string;
  en: string;
  varClass: string;
}

const HUMAN = 'Inhimillinen huono-osaisuus';
const SOCIAL = 'Huono-osaisuuden sosiaaliset seuraukset';
const ECONOMIC = 'Huono-osaisuuden taloudelliset yhteydet';
const SUMMARY = 'Summamuuttujat';

const d = (title: string, slug: string, en: string, varClass: string): DiakVariable => ({
  title,
  code: `diak_${slug}_index`,
  en,
  varClass,
});

export const DIAK_VARIABLES: readonly DiakVariable[] = [
  d(
    '0 - 17-vuotiaat lapset, joista on tehty lastensuojeluilmoitus',
    'child_welfare_notifications_0_17',
    'Children aged 0-17 with a child-welfare notification',
    SOCIAL,
  ),
  d(
    'Kodin ulkopuolelle sijoitetut 0 – 17-vuotiaat',
    'placed_outside_home_0_17',
    'Children aged 0-17 placed outside the home',
    SOCIAL,
  ),
  d(
    'Lastensuojelun laitos- ja perhehoidon nettokäyttökustannukset',
    'child_welfare_care_costs',
    'Net costs of child-welfare institutional and family care',
    ECONOMIC,
  ),
  d(
    'Poliisin tietoon tulleet henkeen ja terveyteen kohdistuneet rikokset',
    'violent_crime',
    'Offences against life and health known to the police',
    SOCIAL,
  ),
  d(
    'Päihteiden vaikutuksen alaisena tehdyistä rikoksista syyllisiksi epäillyt',
    'substance_crime_suspects',
    'Suspects of offences committed under the influence of substances',
    SOCIAL,
  ),
  d(
    'Korkeat asiakasmaksut haitanneet hoidon saantia',
    'high_fees_hindered_care',
    'High client fees hindered access to care (survey)',
    SOCIAL,
  ),
  d(
    'Rahanpuutteen vuoksi ruoasta, lääkkeistä tai lääkärikäynneistä tinkimään joutuneiden osuus',
    'cut_back_for_lack_of_money',
    'Had to cut back on food, medicine or doctor visits for lack of money (survey)',
    SOCIAL,
  ),
  d(
    'Aikuisten mielenterveyden avohoitokäynnit',
    'adult_mental_health_visits',
    'Adult mental-health outpatient visits',
    ECONOMIC,
  ),
  d(
    'Kunnan osarahoittama työmarkkinatuki',
    'municipal_labour_market_subsidy',
    'Labour market subsidy co-financed by the municipality',
    ECONOMIC,
  ),
  d(
    'Päihteiden vuoksi sairaaloiden ja terveyskeskusten vuodeosastoilla hoidetut potilaat',
    'substance_inpatients',
    'Inpatients treated in hospitals and health centres because of substances',
    ECONOMIC,
  ),
  d('Täydentävä toimeentulotuki', 'supplementary_social_assistance', 'Supplementary social assistance', ECONOMIC),
  d('Alkoholikuolleisuus 35-64 vuotiailla', 'alcohol_mortality_35_64', 'Alcohol mortality, aged 35-64', HUMAN),
  d('Itsemurhakuolleisuus', 'suicide_mortality', 'Suicide mortality', HUMAN),
  d('Itsensä yksinäiseksi tuntevien osuus', 'feeling_lonely', 'Share feeling lonely (survey)', HUMAN),
  d(
    'Koulutuksen ulkopuolelle jääneet 17–24-vuotiaat',
    'outside_education_17_24',
    '17-24-year-olds outside education',
    HUMAN,
  ),
  d('Kunnan yleinen pienituloisuusaste', 'low_income_rate', 'At-risk-of-poverty rate of the municipality', HUMAN),
  d('Nuorisotyöttömyys', 'youth_unemployment', 'Youth unemployment', HUMAN),
  d('Pitkäaikaistyöttömyys', 'long_term_unemployment', 'Long-term unemployment', HUMAN),
  d(
    'Psyykkisesti merkittävästi kuormittuneiden osuus',
    'psychological_distress',
    'Share with significant psychological distress (survey)',
    HUMAN,
  ),
  d(
    'Terveytensä keskitasoiseksi tai sitä huonommaksi kokevien osuus',
    'fair_or_poor_health',
    'Share rating their health fair or poor (survey)',
    HUMAN,
  ),
  d(
    'Toimeentulotukea pitkäaikaisesti saaneet 18–24-vuotiaat',
    'long_term_social_assistance_18_24',
    'Long-term social assistance recipients aged 18-24',
    HUMAN,
  ),
  d(
    'Toimeentulotukea pitkäaikaisesti saaneet 25–64-vuotiaat',
    'long_term_social_assistance_25_64',
    'Long-term social assistance recipients aged 25-64',
    HUMAN,
  ),
  d('Huono-osaisuus yhteensä', 'summary_total', 'Disadvantage, summary index', SUMMARY),
  d('Inhimillinen huono-osaisuus', 'summary_human', 'Human disadvantage, summary index', SUMMARY),
  d(SOCIAL, 'summary_social', 'Social consequences of disadvantage, summary index', SUMMARY),
  d(ECONOMIC, 'summary_economic', 'Economic links of disadvantage, summary index', SUMMARY),
];

export const DIAK_BY_TITLE: ReadonlyMap<string, DiakVariable> = new Map(DIAK_VARIABLES.map((v) => [v.title, v]));

/** Population the Diak app weights by; its own code, apart from the Sotkanet and StatFin populations. */
export const DIAK_POPULATION_CODE = 'diak_population';

/** Catalogue entries (domain 'municipal'): the known-variables check refuses codes missing here. */
export const WELLBEING_VARIABLES: VariableEntry[] = [
  ...DIAK_VARIABLES.map((v): VariableEntry => ({
    code: v.code,
    domain: 'municipal',
    topic: 'wellbeing_index',
    label_fi: v.title,
    label_en: `${v.en} (relative index, median municipality = 100)`,
    unit: 'index',
    description_en: `Diak / THL Sotkanet relative index (3-year mean / median municipality x 100), class '${v.varClass}'; year = centre of the 3-year window`,
  })),
  {
    code: DIAK_POPULATION_CODE,
    domain: 'municipal',
    topic: 'wellbeing_index',
    label_fi: 'Väestö (Diak-karttasovelluksen painotus)',
    label_en: 'Population used by the Diak app for weighting',
    unit: 'persons',
    description_en: 'Population by municipality and year as shipped with the Diak time series (pop_data)',
  },
];
