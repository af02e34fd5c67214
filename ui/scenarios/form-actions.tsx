import type { ScenarioText } from './row-groups';

/**
 * Run (the form's submit), save and export, and what the last action said: the error message or the
 * link to the saved scenario, in one polite live region.
 */
export function FormActions(props: {
  t: ScenarioText;
  busy: 'run' | 'save' | null;
  /** Whether Run (the form's submit) is offered. */
  canRun: boolean;
  /** Save, when the user may save here. */
  onSave: (() => void) | null;
  onExport: (() => void) | null;
  message: string | null;
  savedUrl: string | null;
}) {
  const { t, busy } = props;
  return (
    <>
      <div className="actions">
        {props.canRun && (
          <button type="submit" className="primary" disabled={busy !== null}>
            {busy === 'run' ? t.running : t.run}
          </button>
        )}
        {props.onSave && (
          <button type="button" disabled={busy !== null} onClick={props.onSave}>
            {busy === 'save' ? t.saving : t.save}
          </button>
        )}
        {props.onExport && (
          <button type="button" onClick={props.onExport}>
            {t.exportCsv}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {props.message && (
          <p className="form-message" role="alert">
            {props.message}
          </p>
        )}
        {props.savedUrl && (
          <p className="form-saved" data-testid="saved-link">
            {t.saved} <a href={props.savedUrl}>{props.savedUrl}</a>
          </p>
        )}
      </div>
    </>
  );
}
