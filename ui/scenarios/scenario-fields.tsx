import { Field, type Issues } from './field';
import type { FormState } from './form-state';
import { ROW_GROUPS, type RowKind, type ScenarioText } from './row-groups';
import { RowList } from './row-list';

type SetField = <K extends keyof FormState>(key: K, value: FormState[K]) => void;

/**
 * The inputs of the scenario form, in the order of the document: name, demography, service level,
 * units. Each input's path is where the value sits in the scenario document.
 */
export function ScenarioFields({
  state,
  setField,
  issues,
  t,
}: {
  state: FormState;
  setField: SetField;
  issues: Issues;
  t: ScenarioText;
}) {
  // Most inputs are figures; the name, author and description are text.
  const input = (key: keyof FormState & string, label: string, path: string, kind: 'figure' | 'text' | 'wide') => (
    <Field
      label={label}
      path={path}
      value={state[key] as string}
      issues={issues}
      numeric={kind === 'figure'}
      wide={kind === 'wide'}
      onChange={(v) => setField(key, v)}
    />
  );
  const rows = <K extends RowKind>(kind: K) => (
    <RowList
      group={ROW_GROUPS[kind]}
      rows={state[kind]}
      onChange={(next) => setField(kind, next as FormState[K])}
      issues={issues}
      t={t}
    />
  );
  return (
    <>
      <fieldset>
        <legend>{t.title}</legend>
        <div className="fields">
          {input('name', t.name, 'name', 'text')}
          {input('author', t.author, 'author', 'text')}
          {input('description', t.description, 'description', 'wide')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.demography}</legend>
        <div className="fields">
          {input('births', t.births, 'births.pct', 'figure')}
          {/* The municipality-wide rate is the last migration row of the document (form-state.ts). */}
          {input('migrationAll', t.migrationAll, `migration.${state.migration.length}.pctPerYear`, 'figure')}
        </div>
        {rows('migration')}
        {rows('housing')}
      </fieldset>
      <fieldset>
        <legend>{t.service}</legend>
        {rows('participation')}
        <div className="fields">
          {input('ratioUnder3', `${t.ratios}: ${t.under3}`, 'ratios.under3', 'figure')}
          {input('ratioFullDay', `${t.ratios}: ${t.fullDay3plus}`, 'ratios.fullDay3plus', 'figure')}
          {input('ratioPartDay', `${t.ratios}: ${t.partDay3plus}`, 'ratios.partDay3plus', 'figure')}
          {input('m2PerChild', t.m2PerChild, 'm2PerChild', 'figure')}
          {input('fromYear', t.fromYear, 'fromYear', 'figure')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.units}</legend>
        {issues.units && (
          <p className="field-error" role="alert">
            {issues.units}
          </p>
        )}
        {rows('open')}
        {rows('close')}
        {rows('capacity')}
      </fieldset>
    </>
  );
}
