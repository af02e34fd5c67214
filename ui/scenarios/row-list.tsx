import { Field, type Issues } from './field';
import { createEmptyRow, type RowGroup, type RowKind, type RowOf, type ScenarioText } from './row-groups';

/**
 * One repeatable list of the form (housing projects, unit openings...): a fieldset of rows, each with
 * its inputs, its row-level error and a remove button, and an add button.
 */
export function RowList<K extends RowKind>(props: {
  group: RowGroup<K>;
  rows: RowOf<K>[];
  onChange: (rows: RowOf<K>[]) => void;
  issues: Issues;
  t: ScenarioText;
}) {
  const { group, rows, issues, t } = props;
  const set = (i: number, key: string, value: string) =>
    props.onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <fieldset className="rows" data-testid={`rows-${group.kind}`}>
      <legend>{t[group.legend]}</legend>
      {rows.map((row, i) => (
        <div className="row" key={i}>
          {group.columns.map((c) => (
            <Field
              key={c.key}
              label={t[c.label]}
              path={`${group.path}.${i}.${c.key}`}
              value={(row[c.key] as string) ?? ''}
              numeric={c.numeric}
              issues={issues}
              onChange={(v) => set(i, c.key, v)}
            />
          ))}
          {issues[`${group.path}.${i}`] && (
            <span className="field-error" role="alert">
              {issues[`${group.path}.${i}`]}
            </span>
          )}
          <button type="button" className="link" onClick={() => props.onChange(rows.filter((_, j) => j !== i))}>
            {t.remove}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => props.onChange([...rows, createEmptyRow(group)])}>
        {t.add}
      </button>
    </fieldset>
  );
}
