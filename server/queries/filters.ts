/**
 * WHERE clauses from optional equality filters. Column names come from code, never from users;
 * values always travel as named parameters. Undefined filters are left out.
 */
export type SqlParams = Record<string, string | number>;

export function addEqualityFilters(
  where: string[],
  params: SqlParams,
  filters: Record<string, string | number | undefined>,
): void {
  for (const [column, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    where.push(`${column} = $f_${column}`);
    params[`f_${column}`] = value;
  }
}
