import type { SourceLicence } from '../core/source';

/** Attributions as the publishers ask for them (see SOURCE*.txt beside each raw file and DATA-LICENSES.md). */
const CC_BY = 'CC BY 4.0';

export const PAAVO_LICENCE: SourceLicence = {
  licence: CC_BY,
  attribution: 'Source: Statistics Finland, Paavo - Open data by postal code area',
};

export const STATFIN_LICENCE: SourceLicence = { licence: CC_BY, attribution: 'Source: Statistics Finland, StatFin' };

export const STATFIN_ECE_LICENCE: SourceLicence = {
  licence: CC_BY,
  attribution: 'Source: Statistics Finland, Early childhood education (StatFin vaka)',
};

export const SOTKANET_LICENCE: SourceLicence = {
  licence: CC_BY,
  attribution: 'Source: THL, Sotkanet.fi (original data providers e.g. Statistics Finland)',
};

export const ALUESARJAT_LICENCE: SourceLicence = {
  licence: CC_BY,
  attribution:
    'Source: Helsingin seudun aluesarjat -tilastokanta; Helsingin kaupungin tietokeskus / Espoon kaupunki ja Tilastokeskus',
};

export const HELSINKI_KEYFIGURES_LICENCE: SourceLicence = {
  licence: CC_BY,
  attribution: 'Source: Helsingin kaupungin tietokeskus, Helsinki alueittain',
};

export const HELSINKI_PROJECTION_LICENCE: SourceLicence = {
  licence: CC_BY,
  attribution:
    'Source: Statistics Finland and City of Helsinki (Asunto-ohjelma 2020), via the Helsinki-region population projection model',
};

export const HSY_LICENCE: SourceLicence = { licence: CC_BY, attribution: 'Source: HSY, Väestötietoruudukko' };

export const HRI_POSTAL_LICENCE: SourceLicence = {
  licence: CC_BY,
  attribution: 'Source: Pääkaupunkiseudun postinumeroalueet, Helsinki Region Infoshare (HRI), CC BY 4.0',
};
