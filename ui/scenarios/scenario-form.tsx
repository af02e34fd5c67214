'use client';

import type { Lang } from '@/i18n';
import { dictionary } from '@/i18n';
import { ComparisonSection } from './comparison-section';
import { downloadComparison } from './export-csv';
import { FormActions } from './form-actions';
import type { FormState } from './form-state';
import type { SavedRef } from './scenario-api';
import { ScenarioFields } from './scenario-fields';
import { useScenarioForm } from './use-scenario-form';

/**
 * The planners' scenario form: inputs, run against the baseline, save (and share by link), export,
 * and the comparison of the last run. State and submits live in useScenarioForm.
 */
export function ScenarioForm(props: {
  lang: Lang;
  municipality: string;
  /** What this user may do here (the page asks the same rules as the API): the buttons of the rest are not shown. */
  can: { run: boolean; save: boolean };
  initial: FormState | null;
  /** The saved scenario's name and revision when the form was opened from one (a save replaces it). */
  saved: SavedRef | null;
  attributions: string[];
  geometryAttribution: string | null;
}) {
  const t = dictionary(props.lang).scenarios;
  const form = useScenarioForm(props);
  const { result, state } = form;
  const exportCsv = result
    ? () => downloadComparison(result.rows, state.name, props.municipality, props.attributions)
    : null;

  return (
    <div className="scenario-page">
      <form
        className="scenario-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (props.can.run) void form.run();
        }}
      >
        <ScenarioFields state={state} setField={form.setField} issues={form.issues} t={t} />
        <FormActions
          t={t}
          busy={form.busy}
          canRun={props.can.run}
          onSave={props.can.save ? () => void form.save() : null}
          onExport={exportCsv}
          message={form.message}
          savedUrl={form.savedUrl}
        />
      </form>
      {result && (
        <ComparisonSection
          lang={props.lang}
          municipality={props.municipality}
          result={result}
          geometryAttribution={props.geometryAttribution}
        />
      )}
    </div>
  );
}
