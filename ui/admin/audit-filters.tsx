import { dictionary, type Lang } from '@/i18n';

export interface AuditFilterValues {
  since: string;
  actor: string;
  action: string;
}

/**
 * The audit trail's filters as a plain GET form: they stay in the URL (a filtered view can be shared
 * and reloaded) and work without JavaScript. A value the page could not use is marked at its input.
 */
export function AuditFilters(props: {
  lang: Lang;
  values: AuditFilterValues;
  invalid: readonly (keyof AuditFilterValues)[];
  actions: readonly string[];
  clearHref: string;
}) {
  const a = dictionary(props.lang).audit;
  const field = (name: keyof AuditFilterValues, label: string, input: { type: 'date' | 'text'; list?: string }) => {
    const id = `audit-${name}`;
    const bad = props.invalid.includes(name);
    return (
      <div className="form-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={name}
          type={input.type}
          list={input.list}
          defaultValue={props.values[name]}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={bad ? true : undefined}
          aria-describedby={bad ? `${id}-error` : undefined}
        />
        {bad && (
          <span id={`${id}-error`} className="form-field-error">
            {a.invalidFilter}
          </span>
        )}
      </div>
    );
  };
  return (
    <form method="get" action="/admin/audit" className="admin-form audit-filters" aria-labelledby="audit-filters">
      <h2 id="audit-filters">{a.filters}</h2>
      <input type="hidden" name="lang" value={props.lang} />
      <div className="form-row">
        {field('since', a.since, { type: 'date' })}
        {field('actor', a.actor, { type: 'text' })}
        {field('action', a.action, { type: 'text', list: 'audit-action-names' })}
        <datalist id="audit-action-names">
          {props.actions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <div className="form-actions">
          <button type="submit" className="button primary">
            {a.apply}
          </button>
          <a href={props.clearHref}>{a.clear}</a>
        </div>
      </div>
    </form>
  );
}
