import type { Sink } from '../../core/sink';
import { COUNTRY_CODE } from './municipal-file';

/**
 * Municipality labels that published exports use but no municipality key lists, mapped to the code.
 * They are labels, not names of a municipal division, so they carry ALIAS_VINTAGE: older than every key
 * (2013, 2017), so the `municipality` table (newest vintage wins) never shows one as the name.
 * 2012 is also the first statistical year of the Paavo exports that use the truncated labels.
 */
export const ALIAS_VINTAGE = 2012;

export interface MunicipalityAlias {
  label: string;
  code: string;
  /** The municipality's name in the keys; a truncated label is a prefix of it. */
  name: string;
  nameSv?: string;
  why: string;
}

export const MUNICIPALITY_ALIASES: readonly MunicipalityAlias[] = [
  {
    label: 'Maarianhamina - Mariehamn',
    code: '478',
    name: 'Maarianhamina',
    nameSv: 'Mariehamn',
    why: 'PxWeb bilingual label (StatFin births tables; Paavo 2016-2017 exports)',
  },
  {
    label: 'Lappee',
    code: '405',
    name: 'Lappeenranta',
    why: "Paavo 2012-2017 per-topic exports cut the label '53500 Parkkarila-Harapainen-Reijola (Lappee'",
  },
  {
    label: 'Lappeenr',
    code: '405',
    name: 'Lappeenranta',
    why: "Paavo 2012-2017 per-topic exports cut the label '53130 Keskussairaala-alue-Kimpinen (Lappeenr'",
  },
  {
    label: 'Suomus',
    code: '777',
    name: 'Suomussalmi',
    why: "Paavo 2012-2017 per-topic exports cut the label '89760 Piispajärvi-Peranka-Kaikkoinen (Suomus'",
  },
];

/**
 * The rows every municipality key adds besides its municipalities: the whole country (code SSS, used by
 * rows such as 'KOKO MAA') and the label aliases. They have no line of their own: they cite the key's header.
 */
export function addKeyExtras(sink: Sink, headerLine: number, vintage: number): void {
  sink.add('municipality_key', {
    line: headerLine,
    municipality_code: COUNTRY_CODE,
    name_fi: 'Koko maa',
    name_sv: 'Hela landet',
    region_code: null,
    region_name: null,
    vintage,
  });
  for (const alias of MUNICIPALITY_ALIASES) {
    sink.add('municipality_key', {
      line: headerLine,
      municipality_code: alias.code,
      name_fi: alias.label,
      name_sv: alias.nameSv ?? null,
      region_code: null,
      region_name: null,
      vintage: ALIAS_VINTAGE,
    });
  }
}
