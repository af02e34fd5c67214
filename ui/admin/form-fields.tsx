import { ROLES, type Role } from '@/domain/auth/actions';
import type { Dictionary } from '@/i18n';

/** Inputs of the admin forms: each labelled, with its hint and its error tied to it by aria-describedby. */

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function TextField(props: {
  id: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'password';
  autoComplete?: string;
  required?: boolean;
  minLength?: number;
  defaultValue?: string;
}) {
  const { id, error, hint } = props;
  return (
    <div className="form-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        required={props.required}
        minLength={props.minLength}
        defaultValue={props.defaultValue}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
      {hint && (
        <span id={`${id}-hint`} className="form-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="form-field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** The roles as checkboxes (name "roles"), in a fieldset its legend names. */
export function RoleFieldset(props: {
  idPrefix: string;
  legend: string;
  defaults: readonly Role[];
  error?: string;
  t: Dictionary;
}) {
  const errorId = `${props.idPrefix}-roles-error`;
  return (
    <fieldset className="role-fieldset" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      <div className="role-options">
        {ROLES.map((r) => (
          <label key={r} className="role-option">
            <input type="checkbox" name="roles" value={r} defaultChecked={props.defaults.includes(r)} />{' '}
            {props.t.roles[r]}
          </label>
        ))}
      </div>
      {props.error && (
        <span id={errorId} className="form-field-error">
          {props.error}
        </span>
      )}
    </fieldset>
  );
}

/** The roles ticked in a form. */
export const rolesOf = (form: FormData): Role[] => ROLES.filter((r) => form.getAll('roles').includes(r));
