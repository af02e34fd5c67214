/** Field-level messages of the server's schema, by path ("births.pct", "housing.0.postalCode"). */
export type Issues = Record<string, string>;

/** The input id of a document path: the server's issue for that path is shown at (and points to) it. */
export const idOf = (path: string) => `f-${path.replace(/[^\w-]/g, '-')}`;

/** One labelled text input with its error, tied together by id and aria-describedby. */
export function Field(props: {
  label: string;
  path: string;
  value: string;
  onChange: (v: string) => void;
  issues: Issues;
  numeric?: boolean;
  wide?: boolean;
}) {
  const id = idOf(props.path);
  const error = props.issues[props.path];
  return (
    <div className={`field${props.wide ? ' wide' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.path}
        value={props.value}
        inputMode={props.numeric ? 'decimal' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
