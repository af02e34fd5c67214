import type { DuckDBConnection } from '@duckdb/node-api';
import { PAAVO_VARIABLES } from './paavo-variables';
import type { VariableEntry } from './variable-entry';
import { OTHER_VARIABLES } from './other-variables';

export function allVariables(): VariableEntry[] {
  const paavo: VariableEntry[] = PAAVO_VARIABLES.map((v) => ({
    code: v.code,
    domain: 'postal',
    topic: v.topic,
    label_fi: v.fi,
    label_en: v.en,
    unit: v.unit,
    description_en: `Paavo ${v.topic} variable ${v.code}`,
  }));
  return [...paavo, ...OTHER_VARIABLES];
}

export async function loadVariableCatalogue(connection: DuckDBConnection): Promise<void> {
  const appender = await connection.createAppender('variable');
  for (const v of allVariables()) {
    appender.appendVarchar(v.code);
    appender.appendVarchar(v.domain);
    if (v.topic === null) appender.appendNull();
    else appender.appendVarchar(v.topic);
    appender.appendVarchar(v.label_fi);
    appender.appendVarchar(v.label_en);
    appender.appendVarchar(v.unit);
    if (v.description_en === undefined) appender.appendNull();
    else appender.appendVarchar(v.description_en);
    appender.endRow();
  }
  appender.closeSync();
}
