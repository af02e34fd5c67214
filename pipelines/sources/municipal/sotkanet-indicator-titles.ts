import type { MunicipalVariable } from '../../catalogue/variable-entry';

/**
 * The 45 Sotkanet indicators of the 2013 'sotkanet-shiny' selection, by their published title
 * ("[CATEGORY] Finnish title"). Codes carry the prefix `sotkanet_`: Sotkanet's definitions differ from the
 * similar StatFin key figures (e.g. unemployment % from the employment service, not the labour force survey),
 * so the two must not share a code. Industry shares exist in two classifications: TOL 2002 up to 2007
 * (titles ending "(-2007)", codes ending `_pct_tol2002`) and TOL 2008 from 2008.
 */
export const SOTKANET_CATEGORY_TOPICS: Record<string, string> = {
  TALOUS: 'economy',
  'TILASTOLLINEN HYVINVOINTI': 'welfare',
  TULOEROT: 'income_inequality',
  TYÖELÄMÄ: 'working_life',
  VÄESTÖNMUUTOS: 'population_change',
  YLEISET: 'general',
};

const t = (code: string, fi: string, en: string, unit: string, signed = false): MunicipalVariable => ({
  code: `sotkanet_${code}`,
  fi,
  en,
  unit,
  signed,
});
const employed = (code: string, fi: string, en: string, tol2002 = false): MunicipalVariable =>
  tol2002
    ? t(
        `employed_${code}_pct_tol2002`,
        `[TYÖELÄMÄ] ${fi}, % työllisistä (-2007)`,
        `Employed in ${en} (TOL 2002, up to 2007), % of employed`,
        'percent',
      )
    : t(`employed_${code}_pct`, `[TYÖELÄMÄ] ${fi}, % työllisistä`, `Employed in ${en}, % of employed`, 'percent');

export const SOTKANET_INDICATORS: MunicipalVariable[] = [
  t(
    'upper_secondary_educated_pct',
    '[TALOUS] Keskiasteen koulutuksen saaneet, % 15 vuotta täyttäneistä',
    'With upper secondary education, % of population aged 15+',
    'percent',
  ),
  t(
    'tertiary_educated_pct',
    '[TALOUS] Korkea-asteen koulutuksen saaneet, % 15 vuotta täyttäneistä',
    'With tertiary education, % of population aged 15+',
    'percent',
  ),
  t(
    'not_in_education_17_24_pct',
    '[TALOUS] Koulutuksen ulkopuolelle jääneet 17 - 24-vuotiaat, % vastaavanikaisesta väestöstä',
    '17-24-year-olds outside education, % of that age group',
    'percent',
  ),
  t(
    'education_level_index',
    '[TALOUS] Koulutustasomittain',
    'Education level index (mean length of post-basic education, years x 100)',
    'index',
  ),
  // Published as-is: Siikainen 2000-2001 is -1 EUR per inhabitant.
  t(
    'loan_stock_eur_per_capita',
    '[TALOUS] Lainakanta, euroa / asukas',
    'Municipal loan stock, EUR per inhabitant',
    'eur',
    true,
  ),
  t(
    'relative_indebtedness_pct',
    '[TALOUS] Suhteellinen velkaantuneisuus, %',
    'Relative indebtedness of the municipality, %',
    'percent',
  ),
  t('tax_revenue_eur_per_capita', '[TALOUS] Verotulot, euroa / asukas', 'Tax revenue, EUR per inhabitant', 'eur'),
  t(
    'antidepressant_reimbursed_18_64_per_1000',
    '[TILASTOLLINEN HYVINVOINTI] Depressiolääkkeistä korvausta saaneet 18-64-vuotiaat / 1000 vastaavanikäistä',
    'Reimbursed for antidepressants, aged 18-64, per 1000 of that age',
    'per_1000',
  ),
  t(
    'primary_care_bed_days_75_over_per_1000',
    '[TILASTOLLINEN HYVINVOINTI] Hoitopäivät perusterveydenhuollossa 75 vuotta täyttäneillä / 1000 vastaavanikäistä',
    'Primary health care bed days, aged 75+, per 1000 of that age',
    'per_1000',
  ),
  t(
    'psychiatric_inpatients_0_17_per_1000',
    '[TILASTOLLINEN HYVINVOINTI] Mielenterveyden häirioihin sairaalahoitoa saaneet 0 - 17-vuotiaat / 1000 vastaavanikaista',
    'Hospital care for mental disorders, aged 0-17, per 1000 of that age',
    'per_1000',
  ),
  t(
    'sickness_allowance_16_64_per_1000',
    '[TILASTOLLINEN HYVINVOINTI] Sairauspäivärahaa saaneet 16 - 64-vuotiaat / 1000 vastaavanikäistä',
    'Sickness allowance recipients, aged 16-64, per 1000 of that age',
    'per_1000',
  ),
  t(
    'social_assistance_recipients_pct',
    '[TILASTOLLINEN HYVINVOINTI] Toimeentulotukea saaneet henkilöt vuoden aikana, % asukkaista',
    'Social assistance recipients during the year, % of inhabitants',
    'percent',
  ),
  t(
    'social_assistance_eur_per_capita',
    '[TILASTOLLINEN HYVINVOINTI] Toimeentulotuki, euroa / asukas',
    'Social assistance, EUR per inhabitant',
    'eur',
  ),
  t(
    'gini_disposable_income',
    '[TULOEROT] Gini-kerroin, käytettävissä olevat tulot',
    'Gini coefficient of disposable income (x 100)',
    'index',
  ),
  t(
    'low_income_rate_pct',
    '[TULOEROT] Kunnan yleinen pienituloisuusaste',
    'At-risk-of-poverty rate of the municipality, %',
    'percent',
  ),
  t(
    'municipal_election_turnout_pct',
    '[TULOEROT] Äänestysaktiivisuus kuntavaaleissa, %',
    'Turnout in municipal elections, %',
    'percent',
  ),
  employed(
    'professional_admin_services',
    'Ammatillinen, tieteellinen ja tekninen toiminta; Hallinto ja tukipalvelutoiminta',
    'professional, scientific, technical, administrative and support services',
  ),
  employed('information_communication', 'Informaatio ja viestintä', 'information and communication'),
  employed(
    'public_admin_education_health',
    'Julkinen hallinto ja maanpuolustus sekä Pakollinen sosiaalivakuutus; Koulutus; Sosiaali- ja terveyspalvelut',
    'public administration, education, health and social work',
  ),
  employed('public_other_services', 'Julkiset ja muut palvelut', 'public and other services', true),
  employed(
    'mining_energy_water',
    'Kaivostoiminta; Sähkö-, kaasu ja lämpöhuolto; Vesi-, viemäri- ja jätehuolto',
    'mining, energy, water and waste',
  ),
  employed(
    'trade_accommodation',
    'Kauppa, majoitus- ja ravitsemistoiminta',
    'trade, accommodation and food service',
    true,
  ),
  employed('real_estate', 'Kiinteistöalan toiminta', 'real estate'),
  employed('transport', 'Liikenne', 'transport', true),
  employed('agriculture_forestry', 'Maa- ja metsätalous', 'agriculture and forestry', true),
  employed('agriculture_forestry_fishing', 'Maa-, metsä- ja kalatalous', 'agriculture, forestry and fishing'),
  employed('other_services', 'Muut palvelut', 'other services'),
  employed('finance_insurance', 'Rahoitus ja vakuutustoiminta', 'finance and insurance'),
  employed(
    'finance_business_services',
    'Rahoitus-, vakuutus- ja liike-elämää palveleva toiminta',
    'finance, insurance and business services',
    true,
  ),
  employed('construction', 'Rakentaminen', 'construction'),
  employed('construction', 'Rakentaminen', 'construction', true),
  employed('manufacturing', 'Teollisuus', 'manufacturing'),
  employed('manufacturing', 'Teollisuus', 'manufacturing', true),
  // The published title has a space before the comma.
  employed(
    'trade_transport_accommodation',
    'Tukku- ja vähittäiskauppa; Kuljetus ja varastointi; Majoitus- ja ravitsemistoiminta ',
    'trade, transport, accommodation and food service',
  ),
  t('employed_pct_of_population', '[TYÖELÄMÄ] Työlliset, % väestöstä', 'Employed, % of population', 'percent'),
  t(
    'unemployed_pct_of_labour_force',
    '[TYÖELÄMÄ] Työttömät, % työvoimasta',
    'Unemployed, % of labour force',
    'percent',
  ),
  t(
    'hard_to_employ_15_64_pct',
    '[TYÖELÄMÄ] Vaikeasti työllistyvät, % 15 - 64-vuotiaista',
    'Structurally unemployed, % of population aged 15-64',
    'percent',
  ),
  t('share_16_64_pct', '[VÄESTÖNMUUTOS] 16-64 -vuotiaat, % väestöstä', 'Aged 16-64, % of population', 'percent'),
  t('share_65_74_pct', '[VÄESTÖNMUUTOS] 65-74 -vuotiaat, % väestöstä', 'Aged 65-74, % of population', 'percent'),
  t(
    'demographic_dependency_ratio',
    '[VÄESTÖNMUUTOS] Huoltosuhde, demografinen',
    'Demographic dependency ratio (aged under 15 and 65+ per 100 aged 15-64)',
    'ratio',
  ),
  t(
    'net_migration_intermunicipal_per_1000',
    '[VÄESTÖNMUUTOS] Kuntien välinen nettomuutto / 1 000 asukasta',
    'Net inter-municipal migration per 1000 inhabitants',
    'per_1000',
    true,
  ),
  t('out_migrants', '[VÄESTÖNMUUTOS] Lähtömuuttajat, lkm', 'Inter-municipal out-migrants', 'persons'),
  t(
    'foreign_language_per_1000',
    '[VÄESTÖNMUUTOS] Muu kuin suomi, ruotsi tai saame äidinkielenä / 1000 asukasta',
    'Mother tongue other than Finnish, Swedish or Sami, per 1000 inhabitants',
    'per_1000',
  ),
  t('in_migrants', '[VÄESTÖNMUUTOS] Tulomuuttajat, lkm', 'Inter-municipal in-migrants', 'persons'),
  t('population', '[YLEISET] Väestö 31.12.', 'Population 31 Dec (Sotkanet)', 'persons'),
];
