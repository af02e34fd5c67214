import type { LayerId, LayerInfo } from '@/domain/dashboard/types';
import { dictionary, type Lang } from '@/i18n';

/**
 * The layer radios. A layer that cannot be shown yet is disabled and points (aria-describedby) to
 * the one note saying what it waits for, shared by every layer waiting for the same thing.
 */
export function LayerPicker(props: {
  lang: Lang;
  layers: LayerInfo[];
  selected: LayerId;
  onChoose: (id: LayerId) => void;
}) {
  const t = dictionary(props.lang);
  const reasons = [...new Set(props.layers.filter((l) => !l.available).map((l) => l.reason))];
  return (
    <fieldset className="layer-picker">
      <legend>{t.layers.legend}</legend>
      {props.layers.map((l) => (
        <label key={l.id} className={l.available ? undefined : 'disabled'}>
          <input
            type="radio"
            name="layer"
            value={l.id}
            checked={l.id === props.selected}
            disabled={!l.available}
            onChange={() => props.onChoose(l.id)}
            aria-describedby={l.available ? undefined : `why-${l.reason}`}
          />
          <span>{t.layers[l.id]}</span>
        </label>
      ))}
      {reasons.map(
        (reason) =>
          reason && (
            <p key={reason} id={`why-${reason}`} className="note layer-note">
              {t.layers[reason]}
            </p>
          ),
      )}
    </fieldset>
  );
}

/** The plan scenario whose figures a plan layer shows (only when there is more than the baseline). */
export function ScenarioPicker(props: {
  lang: Lang;
  scenarios: string[];
  current: string;
  onChoose: (name: string) => void;
}) {
  const t = dictionary(props.lang);
  return (
    <div className="scenario-picker">
      <label htmlFor="scenario">{t.map.scenario}</label>
      <select id="scenario" value={props.current} onChange={(e) => props.onChoose(e.target.value)}>
        {props.scenarios.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
}
