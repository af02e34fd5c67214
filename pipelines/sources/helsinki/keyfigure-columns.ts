/**
 * Columns of the "Helsinki alueittain" key-figure table (tblDataTiedot, reference year 2011) and the
 * warehouse variable each one becomes. Population counts and shares use the shared 'population' /
 * 'population_share_percent' codes with age or language dimensions; everything else gets a 'kf_' code
 * (the key-figure family; keeps them apart from the municipal sources' codes). Labels are as published.
 */
export interface KeyFigureColumn {
  column: string;
  code: string;
  unit: string;
  label_en: string;
  age?: string;
  language?: string;
  description_en?: string;
}

const pop = (column: string, age: string, language = 'total'): KeyFigureColumn => ({
  column,
  code: 'population',
  unit: 'persons',
  label_en: 'Population',
  age,
  language,
});
const share = (column: string, age: string, language = 'total'): KeyFigureColumn => ({
  column,
  code: 'population_share_percent',
  unit: 'percent',
  label_en: 'Share of population',
  age,
  language,
});
const kf = (
  column: string,
  code: string,
  unit: string,
  label_en: string,
  description_en?: string,
): KeyFigureColumn => ({ column, code: `kf_${code}`, unit, label_en, description_en });

const AGE_BANDS: [string, string][] = [
  ['0-6v', '0-6'],
  ['7-15v', '7-15'],
  ['16-18v', '16-18'],
  ['19-24v', '19-24'],
  ['25-39v', '25-39'],
  ['40-64v', '40-64'],
  ['65+ v', '65+'],
];
const LANGUAGES: [string, string][] = [
  ['Suomenkieliset', 'fi'],
  ['Ruotsinkieliset', 'sv'],
  ['Muun kieliset', 'other'],
];
const EDUCATION: [string, string, string][] = [
  ['Enint perusaste', 'basic', 'Highest education: basic level at most'],
  ['Alempikeskiaste', 'lower_secondary', 'Highest education: lower secondary (alempi keskiaste)'],
  ['Ylempikeskiaste', 'upper_secondary', 'Highest education: upper secondary (ylempi keskiaste)'],
  ['Korkea-aste', 'tertiary', 'Highest education: tertiary'],
];
const SCHOOLS: [string, string, string, string][] = [
  [
    'Suomenkielinen ala-aste koulut',
    'Suomenkielinen ala-asteoppilaat',
    'primary_finnish',
    'Finnish-language primary schools (grades 1-6)',
  ],
  [
    'Suomenkielinen yläaste koulut',
    'Suomenkielinen yläasteoppilaat',
    'lower_secondary_finnish',
    'Finnish-language lower secondary schools (grades 7-9)',
  ],
  [
    'Ruotsinkielinen ala-aste koulut',
    'Ruotsinkielinen ala-aste oppilaat',
    'primary_swedish',
    'Swedish-language primary schools (grades 1-6)',
  ],
  [
    'Ruotsinkielinen yläaste koulut',
    'Ruotsinkielinen yläaste oppilaat',
    'lower_secondary_swedish',
    'Swedish-language lower secondary schools (grades 7-9)',
  ],
  ['Lukio koulut', 'Lukio oppilaat', 'upper_secondary_general', 'General upper secondary schools (lukio)'],
  ['Erikoiskoulut', 'Erikoiskoulut oppilaat', 'special', 'Special schools'],
];
const SERVICES: [string, string, string][] = [
  ['Kirjasto', 'libraries', 'Libraries'],
  ['Terveysasema', 'health_centres', 'Health centres'],
  ['Leikkipuisto', 'playparks', 'Staffed playparks (leikkipuisto)'],
  ['Uimahalli', 'swimming_halls', 'Swimming halls'],
  ['Kirkko', 'churches', 'Churches'],
  ['Posti', 'post_offices', 'Post offices'],
  ['KELA:n toimisto', 'kela_offices', 'Kela (social insurance) offices'],
  ['Apteekki', 'pharmacies', 'Pharmacies'],
  ['Alko', 'alko_stores', 'Alko (state alcohol) stores'],
  ['Päivittäistavarakaupat', 'grocery_stores', 'Grocery stores'],
  ['Muut vähittäiskaupat', 'other_retail_stores', 'Other retail stores'],
  ['Ravintolat ja kahvilat', 'restaurants_cafes', 'Restaurants and cafés'],
  ['Uimaranta, kpl', 'beaches', 'Public beaches'],
];
const PER_100_NOT_1000 = 'The header says per 1000, but the values are per 100 (a percentage): as published.';

export const KEYFIGURE_COLUMNS: KeyFigureColumn[] = [
  ...LANGUAGES.flatMap(([c, lang]) => [pop(c, 'total', lang), share(`${c} %`, 'total', lang)]),
  kf('Ulkomaalaiset', 'foreign_citizens', 'persons', 'Foreign citizens'),
  kf('Ulkomaalaiset %', 'foreign_citizens_percent', 'percent', 'Foreign citizens, % of population'),
  kf('Ulkomaalaistaustaiset', 'foreign_background', 'persons', 'Persons of foreign background'),
  kf(
    'Ulkomaalaistaustaiset %',
    'foreign_background_percent',
    'percent',
    'Persons of foreign background, % of population',
  ),
  kf('H:gissä syntyneitä', 'born_in_helsinki', 'persons', 'Born in Helsinki'),
  kf('H:gissä syntyneitä %', 'born_in_helsinki_percent', 'percent', 'Born in Helsinki, % of population'),
  kf('Syntyneet lkm', 'births', 'persons', 'Live births'),
  kf('Syntyneet /1000 as', 'births_per_1000', 'per_1000', 'Live births per 1000 residents'),
  kf('Kuolleet lkm', 'deaths', 'persons', 'Deaths'),
  kf('Kuolleet /1000 as', 'deaths_per_1000', 'per_1000', 'Deaths per 1000 residents'),
  kf('Muutto alueelle lkm', 'in_migration', 'persons', 'Moves into the area'),
  kf('Muutto alueelle /1000 as', 'in_migration_per_1000', 'per_1000', 'Moves into the area per 1000 residents'),
  kf('Muutto alueelta lkm', 'out_migration', 'persons', 'Moves out of the area'),
  kf('Muutto alueelta /1000 as', 'out_migration_per_1000', 'per_1000', 'Moves out of the area per 1000 residents'),
  kf('Asukkaita/km2', 'residents_per_km2', 'ratio', 'Residents per km2'),
  kf('Työpaikkoja/km2', 'workplaces_per_km2', 'ratio', 'Workplaces per km2'),
  kf('Kerrosala/ha', 'floor_area_m2_per_ha', 'ratio', 'Floor area (m2) per hectare'),
  pop('Asukkaat yht', 'total'),
  ...AGE_BANDS.flatMap(([c, age]) => [pop(c, age), share(`${c} %`, age)]),
  kf('Asuntokuntien lkm', 'households', 'households', 'Households (asuntokunnat)'),
  kf('Asuntokuntien keskikoko', 'household_mean_size', 'ratio', 'Mean household size (persons)'),
  kf('1-hengen asuntokuntia', 'one_person_households', 'households', 'One-person households'),
  kf('Perheiden lkm', 'families', 'count', 'Families'),
  kf('Lapsiperheiden lkm', 'families_with_children', 'count', 'Families with children'),
  kf('Perheiden keskikoko', 'family_mean_size', 'ratio', 'Mean family size (persons)'),
  pop('15v täytt lkm', '15+'),
  ...EDUCATION.flatMap(([c, code, label]) => [
    kf(c, `education_${code}`, 'persons', `${label}, persons aged 15+`),
    kf(`${c} %`, `education_${code}_percent`, 'percent', `${label}, % of persons aged 15+`),
  ]),
  kf(
    'Lukiota käyvät',
    'attending_upper_secondary_general',
    'persons',
    'Residents attending general upper secondary school (lukio)',
  ),
  kf(
    'Lukiota käyvät osuus 16-18v',
    'attending_upper_secondary_general_percent_16_18',
    'percent',
    'Residents attending lukio, % of 16-18-year-olds',
  ),
  kf('Ammattikoulua käyvät', 'attending_vocational', 'persons', 'Residents attending vocational school'),
  kf(
    'Ammattikoulua käyvät osuus 16-18v',
    'attending_vocational_percent_16_18',
    'percent',
    'Residents attending vocational school, % of 16-18-year-olds',
  ),
  kf(
    'Tulot/asukas 1000 mk',
    'income_per_resident_eur',
    'eur',
    'Taxable income per resident',
    "The header says '1000 mk' (a leftover from markka editions); the values (city 26,790) are euros per resident.",
  ),
  kf('Tulot/työvoima', 'income_per_labour_force_member_eur', 'eur', 'Taxable income per member of the labour force'),
  kf('Tulot/asuntokunta', 'income_per_household_eur', 'eur', 'Taxable income per household'),
  kf('Asuntojen keskikoko m2', 'dwelling_mean_floor_area_m2', 'm2', 'Mean dwelling floor area'),
  kf('Asumisväljyys m2/asukas', 'floor_area_per_resident_m2', 'm2', 'Dwelling floor area per resident'),
  kf('Asumistiheys huonetta/henki', 'rooms_per_resident', 'ratio', 'Rooms per resident'),
  kf('Asuntoja yhteensä', 'dwellings', 'dwellings', 'Dwellings'),
  kf(
    'Pientaloasuntoja',
    'dwellings_small_houses',
    'dwellings',
    'Dwellings in detached, semi-detached and terraced houses',
  ),
  kf('Vuokra-asuntoja', 'rental_dwellings', 'dwellings', 'Rental dwellings'),
  kf('Aravavuokra-asuntoja', 'arava_rental_dwellings', 'dwellings', 'State-subsidised (ARAVA) rental dwellings'),
  kf(
    'Toimitilarakennukset yhteensä kerrosala 1000 m2',
    'premises_floor_area_1000_m2',
    'thousand_m2',
    'Floor area of business and service premises, total (1000 m2)',
  ),
  kf(
    'Liikerakennukset',
    'commercial_floor_area_1000_m2',
    'thousand_m2',
    'Floor area of commercial buildings (1000 m2)',
  ),
  kf('Julkiset rakennukset', 'public_floor_area_1000_m2', 'thousand_m2', 'Floor area of public buildings (1000 m2)'),
  kf(
    'Teollisuusrakennukset',
    'industrial_floor_area_1000_m2',
    'thousand_m2',
    'Floor area of industrial buildings (1000 m2)',
  ),
  kf('Muut rakennukset', 'other_premises_floor_area_1000_m2', 'thousand_m2', 'Floor area of other premises (1000 m2)'),
  kf('Päiväkoteja', 'daycare_centres', 'count', 'Day-care centres (päiväkodit)'),
  kf('Lapsia päiväkotihoidossa yht', 'children_in_daycare_centres', 'persons', 'Children in day-care centres'),
  kf(
    '0-6v kokopäivähoidossa/100 lasta',
    'fulltime_daycare_per_100_aged_0_6',
    'percent',
    '0-6-year-olds in full-time day care per 100 children',
  ),
  kf(
    '0-6v (kokopäivä)perhepäivähoidossa',
    'family_daycare_fulltime_aged_0_6',
    'persons',
    '0-6-year-olds in full-time family day care',
  ),
  kf(
    '0-6v (kokopäivä)perhepäivähoidossa/100 lasta',
    'family_daycare_fulltime_per_100_aged_0_6',
    'percent',
    '0-6-year-olds in full-time family day care per 100 children',
  ),
  kf(
    'Kotihoidon tukea saavia perheitä',
    'home_care_allowance_families',
    'count',
    'Families receiving child home care allowance (kotihoidon tuki)',
  ),
  ...SCHOOLS.flatMap(([schools, pupils, code, label]) => [
    kf(schools, `schools_${code}`, 'count', label),
    kf(pupils, `pupils_${code}`, 'persons', `Pupils of ${label.charAt(0).toLowerCase()}${label.slice(1)}`),
  ]),
  kf('Käyntejä avosairaanhoidossa', 'outpatient_visits', 'count', 'Outpatient care visits'),
  kf(
    'Käyntejä avosairaanhoidossa/asukas',
    'outpatient_visits_per_resident',
    'ratio',
    'Outpatient care visits per resident',
  ),
  kf('Sairaanhoidon kotikäyntejä', 'home_nursing_visits', 'count', 'Home nursing visits'),
  kf(
    'Sairaanhoidon kotikäyntejä/asukas',
    'home_nursing_visits_per_resident',
    'ratio',
    'Home nursing visits per resident',
  ),
  kf('Lastenneuvolan käyntejä', 'child_health_clinic_visits', 'count', 'Child health clinic (neuvola) visits'),
  kf(
    'Lastenneuvolan käyntejä/0-6v',
    'child_health_clinic_visits_per_child_0_6',
    'ratio',
    'Child health clinic visits per 0-6-year-old',
    'As published; the ratio does not equal visits divided by the 0-6 population of this table.',
  ),
  kf(
    'Toimeentulon saajia',
    'social_assistance_recipients',
    'persons',
    'Social assistance (toimeentulotuki) recipients',
  ),
  kf(
    'Toimeentulon saajia/1000 asukasta',
    'social_assistance_recipients_percent',
    'percent',
    'Social assistance recipients, % of residents',
    PER_100_NOT_1000,
  ),
  kf('Lastensuojelun asiakkaita', 'child_welfare_clients', 'persons', 'Child welfare clients'),
  kf(
    'Lastensuojelun asiakkaita/1000 0-17v',
    'child_welfare_clients_percent_0_17',
    'percent',
    'Child welfare clients, % of 0-17-year-olds',
    PER_100_NOT_1000,
  ),
  ...SERVICES.map(([c, code, label]) => kf(c, code, 'count', label)),
  kf('Puistoa, ha', 'park_area_ha', 'ha', 'Park area (hectares)'),
  kf('Metsää, ha', 'forest_area_ha', 'ha', 'Forest area (hectares)'),
  kf(
    'Jalankulkuonnettomuuksia keskim/vuosi',
    'pedestrian_accidents_per_year',
    'ratio',
    'Pedestrian accidents, mean per year',
  ),
  kf('Työttömyysaste', 'unemployment_rate_percent', 'percent', 'Unemployment rate'),
  kf('Pitäaikaistyöttömyys', 'long_term_unemployed_percent', 'percent', 'Long-term unemployed, % of the unemployed'),
  kf('Nuorisotyöttömyys', 'youth_unemployment_percent', 'percent', 'Youth unemployment (%)'),
  kf('Työllisyysaste', 'employment_rate_percent', 'percent', 'Employment rate'),
  kf(
    'Henkilövahinko-onnettomuudet',
    'injury_accidents_per_year',
    'ratio',
    'Accidents with personal injury, mean per year',
  ),
];
