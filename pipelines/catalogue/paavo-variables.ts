/**
 * Paavo variable catalogue: Statistics Finland's variable codes with the labels each export uses.
 * Exports label columns in English ("0-2 years, 2017 (HE)", 12f7: "0-2 years (HE)") or Finnish
 * ("0-2-vuotiaat, 2018 (HE)"); `matchPaavoLabel` maps any of them to the code (he_0_2).
 * Units: persons | households | dwellings | buildings | workplaces | eur | m2 | years | ratio | m (coordinates).
 */
export interface PaavoVariable {
  code: string;
  topic: string;
  en: string;
  fi: string;
  unit: string;
  /** Other spellings seen in exports (typos included, as published). */
  aliases?: string[];
}

const v = (code: string, en: string, fi: string, unit: string, aliases: string[] = []): PaavoVariable => ({
  code,
  topic: code.split('_')[0].toUpperCase(),
  en,
  fi,
  unit,
  aliases,
});

const ages = [
  '0-2',
  '3-6',
  '7-12',
  '13-15',
  '16-17',
  '18-19',
  '20-24',
  '25-29',
  '30-34',
  '35-39',
  '40-44',
  '45-49',
  '50-54',
  '55-59',
  '60-64',
  '65-69',
  '70-74',
  '75-79',
  '80-84',
];

export const PAAVO_VARIABLES: PaavoVariable[] = [
  { code: 'pinta_ala', topic: 'AREA', en: 'Surface area', fi: 'Postinumeroalueen pinta-ala', unit: 'm2' },
  { code: 'euref_x', topic: 'AREA', en: 'X coordinate', fi: 'X-koordinaatti metreinä', unit: 'm' },
  { code: 'euref_y', topic: 'AREA', en: 'Y coordinate', fi: 'Y-koordinaatti metreinä', unit: 'm' },
  v('he_vakiy', 'Inhabitants, total', 'Asukkaat yhteensä', 'persons'),
  v('he_naiset', 'Females', 'Naiset', 'persons'),
  v('he_miehet', 'Males', 'Miehet', 'persons'),
  v('he_kika', 'Average age of inhabitants', 'Asukkaiden keski-ikä', 'years'),
  ...ages.map((a) => v(`he_${a.replace('-', '_')}`, `${a} years`, `${a}-vuotiaat`, 'persons')),
  v('he_85_', '85 years or over', '85 vuotta täyttäneet', 'persons'),
  v('ko_ika18y', 'Aged 18 or over, total', '18 vuotta täyttäneet yhteensä', 'persons'),
  v('ko_perus', 'Basic level studies', 'Perusasteen suorittaneet', 'persons'),
  v('ko_koul', 'With education, total', 'Koulutetut yhteensä', 'persons'),
  v('ko_yliop', 'Matriculation examination', 'Ylioppilastutkinnon suorittaneet', 'persons'),
  v('ko_ammat', 'Vocational diploma', 'Ammatillisen tutkinnon suorittaneet', 'persons'),
  v(
    'ko_al_kork',
    'Academic degree - Lower level university degree',
    'Alemman korkeakoulututkinnon suorittaneet',
    'persons',
    ['Academic degree - Lowest level tertiary and lower university level degrees'],
  ),
  v(
    'ko_yl_kork',
    'Academic degree - Higher level university degree',
    'Ylemmän korkeakoulututkinnon suorittaneet',
    'persons',
    ['Academic degree - Higher university level degree'],
  ),
  v('hr_tuy', 'Aged 18 or over, total', '18 vuotta täyttäneet yhteensä', 'persons'),
  v('hr_ktu', 'Average income of inhabitants', 'Asukkaiden keskitulot', 'eur'),
  v('hr_mtu', 'Median income of inhabitants', 'Asukkaiden mediaanitulot', 'eur'),
  v(
    'hr_pi_tul',
    'Inhabitants belonging to the lowest income category',
    'Alimpaan tuloluokkaan kuuluvat asukkaat',
    'persons',
    ['Inhabintants belonging to the lowest income category'],
  ),
  v(
    'hr_ke_tul',
    'Inhabitants belonging to the middle income category',
    'Keskimmäiseen tuloluokkaan kuuluvat asukkaat',
    'persons',
  ),
  v(
    'hr_hy_tul',
    'Inhabitants belonging to the highest income category',
    'Ylimpään tuloluokkaan kuuluvat asukkaat',
    'persons',
    ['Inhabintants belonging to the highest income category'],
  ),
  v('hr_ovy', 'Accumulated purchasing power of inhabitants', 'Asukkaiden ostovoimakertymä', 'eur'),
  v('te_taly', 'Households, total', 'Taloudet yhteensä', 'households'),
  v('te_takk', 'Average size of households', 'Talouksien keskikoko', 'persons'),
  v('te_as_valj', 'Occupancy rate', 'Asumisväljyys', 'm2', ['Average floor area per person']),
  v('te_yks', 'One-person households', 'Yksinasuvien taloudet', 'households'),
  v('te_nuor', 'Young single persons', 'Nuorten yksinasuvien taloudet', 'households', ['Young one-person households']),
  v('te_eil_np', 'Young couples without children', 'Lapsettomat nuorten parien taloudet', 'households'),
  v('te_laps', 'Households with children', 'Lapsitaloudet', 'households'),
  v('te_plap', 'Households with small children', 'Pienten lasten taloudet', 'households'),
  v('te_aklap', 'Households with children under school age', 'Alle kouluikäisten lasten taloudet', 'households'),
  v('te_klap', 'Households with school-age children', 'Kouluikäisten lasten taloudet', 'households'),
  v('te_teini', 'Households with teenagers', 'Teini-ikäisten lasten taloudet', 'households'),
  v('te_yhlap', 'One-parent households with children', 'Yksinhuoltajataloudet', 'households'),
  v('te_aik', 'Adult households', 'Aikuisten taloudet', 'households'),
  v('te_elak', 'Pensioner households', 'Eläkeläisten taloudet', 'households'),
  v('te_omis_as', 'Households living in owner-occupied dwellings', 'Omistusasunnoissa asuvat taloudet', 'households'),
  v('te_vuok_as', 'Households living in rented dwellings', 'Vuokra-asunnoissa asuvat taloudet', 'households'),
  v('te_muu_as', 'Households living in other dwellings', 'Muissa asunnoissa asuvat taloudet', 'households'),
  v('tr_kuty', 'Households, total', 'Taloudet yhteensä', 'households'),
  v('tr_ktu', 'Average income of households', 'Talouksien keskitulot', 'eur'),
  v('tr_mtu', 'Median income of households', 'Talouksien mediaanitulot', 'eur'),
  v(
    'tr_pi_tul',
    'Households belonging to the lowest income category',
    'Alimpaan tuloluokkaan kuuluvat taloudet',
    'households',
  ),
  v(
    'tr_ke_tul',
    'Households belonging to the middle income category',
    'Keskimmäiseen tuloluokkaan kuuluvat taloudet',
    'households',
  ),
  v(
    'tr_hy_tul',
    'Households belonging to the highest income category',
    'Ylimpään tuloluokkaan kuuluvat taloudet',
    'households',
  ),
  v('tr_ovy', 'Accumulated purchasing power of households', 'Talouksien ostovoimakertymä', 'eur'),
  v('ra_ke', 'Free-time residences', 'Kesämökit yhteensä', 'buildings'),
  v('ra_raky', 'Buildings, total', 'Rakennukset yhteensä', 'buildings'),
  v('ra_muut', 'Other buildings', 'Muut rakennukset yhteensä', 'buildings'),
  v('ra_asrak', 'Residential buildings', 'Asuinrakennukset yhteensä', 'buildings'),
  v('ra_asunn', 'Dwellings', 'Asunnot', 'dwellings'),
  v('ra_as_kpa', 'Average floor area', 'Asuntojen keskipinta-ala', 'm2', ['Average floor area per dwelling']),
  v('ra_pt_as', 'Dwellings in small houses', 'Pientaloasunnot', 'dwellings'),
  v('ra_kt_as', 'Dwellings in blocks of flats', 'Kerrostaloasunnot', 'dwellings'),
  v('ra_muu_as', 'Other dwellings', 'Muut asunnot', 'dwellings'),
  v('tp_tyopy', 'Workplaces, total', 'Työpaikat yhteensä', 'workplaces', ['Workplaces']),
  v('tp_alku_a', 'Primary production', 'Alkutuotannon työpaikat', 'workplaces'),
  v('tp_jalo_bf', 'Processing', 'Jalostuksen työpaikat', 'workplaces'),
  v('tp_palv_gu', 'Services', 'Palveluiden työpaikat', 'workplaces'),
  v('tp_a_maat', 'A Agriculture, forestry and fishing', 'A Maatalous, metsätalous ja kalatalous', 'workplaces'),
  v('tp_b_kaiv', 'B Mining and quarrying', 'B Kaivostoiminta ja louhinta', 'workplaces'),
  v('tp_c_teol', 'C Manufacturing', 'C Teollisuus', 'workplaces'),
  v(
    'tp_d_ener',
    'D Electricity, gas, steam and air conditioning supply',
    'D Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta',
    'workplaces',
  ),
  v(
    'tp_e_vesi',
    'E Water supply; sewerage, waste management and remediation activities',
    'E Vesihuolto, viemäri- ja jätevesihuolto ja muu ympäristön puhtaanapito',
    'workplaces',
  ),
  v('tp_f_rake', 'F Construction', 'F Rakentaminen', 'workplaces'),
  v(
    'tp_g_kaup',
    'G Wholesale and retail trade; repair of motor vehicles and motorcycles',
    'G Tukku- ja vähittäiskauppa; moottoriajoneuvojen ja moottoripyörien korjaus',
    'workplaces',
  ),
  v('tp_h_kulj', 'H Transportation and storage', 'H Kuljetus ja varastointi', 'workplaces'),
  v('tp_i_majo', 'I Accommodation and food service activities', 'I Majoitus- ja ravitsemistoiminta', 'workplaces'),
  v('tp_j_info', 'J Information and communication', 'J Informaatio ja viestintä', 'workplaces'),
  v('tp_k_raho', 'K Financial and insurance activities', 'K Rahoitus- ja vakuutustoiminta', 'workplaces'),
  v('tp_l_kiin', 'L Real estate activities', 'L Kiinteistöalan toiminta', 'workplaces'),
  v(
    'tp_m_erik',
    'M Professional, scientific and technical activities',
    'M Ammatillinen, tieteellinen ja tekninen toiminta',
    'workplaces',
  ),
  v('tp_n_hall', 'N Administrative and support service activities', 'N Hallinto- ja tukipalvelutoiminta', 'workplaces'),
  v(
    'tp_o_julk',
    'O Public administration and defence; compulsory social security',
    'O Julkinen hallinto ja maanpuolustus; pakollinen sosiaalivakuutus',
    'workplaces',
  ),
  v('tp_p_koul', 'P Education', 'P Koulutus', 'workplaces'),
  v('tp_q_terv', 'Q Human health and social work activities', 'Q Terveys- ja sosiaalipalvelut', 'workplaces'),
  v('tp_r_taid', 'R Arts, entertainment and recreation', 'R Taiteet, viihde ja virkistys', 'workplaces'),
  v('tp_s_muup', 'S Other service activities', 'S Muu palvelutoiminta', 'workplaces'),
  v(
    'tp_t_koti',
    'T Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    'T Kotitalouksien toiminta työnantajina',
    'workplaces',
  ),
  v(
    'tp_u_kans',
    'U Activities of extraterritorial organisations and bodies',
    'U Kansainvälisten organisaatioiden ja toimielinten toiminta',
    'workplaces',
  ),
  v('tp_x_tunt', 'X Industry unknown', 'X Toimiala tuntematon', 'workplaces'),
  v('pt_vakiy', 'Inhabitants', 'Asukkaat yhteensä', 'persons', ['Inhabitants, total']),
  v('pt_tyovy', 'Labour force', 'Työvoima', 'persons'),
  v('pt_tyoll', 'Employed', 'Työlliset', 'persons'),
  v('pt_tyott', 'Unemployed', 'Työttömät', 'persons'),
  v('pt_tyovu', 'Persons outside the labour force', 'Työvoiman ulkopuolella olevat', 'persons'),
  v('pt_0_14', 'Children aged 0 to 14', 'Lapset 0-14 -vuotiaat', 'persons'),
  v('pt_opisk', 'Students', 'Opiskelijat', 'persons'),
  v('pt_elakel', 'Pensioners', 'Eläkeläiset', 'persons'),
  v('pt_muut', 'Others', 'Muut', 'persons'),
  // Labour-market table of release 2019: no topic mark in the export, so these carry topic 'LM'.
  { code: 'lm_vakiy', topic: 'LM', en: 'Inhabitants, total', fi: 'Asukkaat yhteensä', unit: 'persons' },
  { code: 'lm_18_64', topic: 'LM', en: 'Inhabitants aged 18-64', fi: '18-64-vuotiaat asukkaat', unit: 'persons' },
  { code: 'lm_tyollisyysaste', topic: 'LM', en: 'Employment rate %', fi: 'Työllisyysaste %', unit: 'percent' },
  { code: 'lm_tyottomyysaste', topic: 'LM', en: 'Unemployment rate %', fi: 'Työttömyysaste %', unit: 'percent' },
  {
    code: 'lm_huoltosuhde',
    topic: 'LM',
    en: 'Economic dependency ratio',
    fi: 'Taloudellinen huoltosuhde',
    unit: 'ratio',
  },
];

/** Strips the year and topic decorations: "0-2 years, 2017 (HE)" -> { label: '0-2 years', topic: 'HE', year: 2017 }. */
export function splitPaavoHeader(header: string): { label: string; topic: string | null; year: number | null } {
  const m = /^(.*?)(?:,\s*(\d{4}))?\s*(?:\(([A-Z]{2})\))?\s*$/.exec(header.trim());
  const label = (m?.[1] ?? header).trim();
  return { label, topic: m?.[3] ?? null, year: m?.[2] ? Number(m[2]) : null };
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const byKey = new Map<string, PaavoVariable>();
for (const variable of PAAVO_VARIABLES) {
  for (const label of [variable.en, variable.fi, ...(variable.aliases ?? [])])
    byKey.set(`${variable.topic}|${norm(label)}`, variable);
}

/** The variable a Paavo column label denotes, or undefined when the label is unknown. */
export function matchPaavoLabel(label: string, topic: string | null): PaavoVariable | undefined {
  return byKey.get(`${topic ?? 'AREA'}|${norm(label)}`);
}
