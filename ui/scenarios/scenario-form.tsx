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
          void form.run();
        }}
      >
        <ScenarioFields state={state} setField={form.setField} issues={form.issues} t={t} />
        <FormActions
          t={t}
          busy={form.busy}
          onSave={() => void form.save()}
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
