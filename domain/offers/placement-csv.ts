/**
 * eVaka's placement-tool file: `lapsen_id;esiopetusyksikon_id`, one accepted placement per line - the
 * format eVaka's PlacementToolService reads (semicolon-separated, header row, surrounding spaces
 * ignored). Ids are checked on the way in, so nothing here needs quoting; a stray character is refused
 * rather than written into a file another system will trust.
 */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

export const PLACEMENT_CSV_HEADER = 'lapsen_id;esiopetusyksikon_id';

export function formatPlacementCsv(rows: readonly { childId: string; unitId: string }[]): string {
  const lines = [PLACEMENT_CSV_HEADER];
  for (const r of rows) {
    if (!ID.test(r.childId) || !ID.test(r.unitId)) throw new Error(`not an id: ${r.childId};${r.unitId}`);
    lines.push(`${r.childId};${r.unitId}`);
  }
  return `${lines.join('\n')}\n`;
}
