'use client';

import { useState } from 'react';
import { impliedClients, socialWorkersNeeded } from '../../domain/wellbeing/workload';
import { indicatorById } from '../../domain/wellbeing/indicator-catalogue';
import type { OutcomeView } from '../../domain/wellbeing/views';
import type { Lang } from '../../i18n';
import { indicatorLabel, wellbeingDictionary } from '../../i18n/wellbeing';
import { plainNumber } from './wellbeing-format';

/**
 * The workload a child-welfare forecast implies (lastensuojelulaki 13 b §): the municipality types its own
 * count of client children at the origin (it knows it; the open data do not), the count follows the
 * forecast index, and the statutory caseload gives the social workers needed. Nothing typed is stored.
 */
export function WorkloadCalculator(props: { lang: Lang; outcomes: OutcomeView[] }) {
  const { lang } = props;
  const t = wellbeingDictionary(lang);
  const usable = props.outcomes.filter(
    (o) =>
      indicatorById(o.indicator)?.service === 'child_welfare' &&
      o.origin !== null &&
      o.forecasts.some((f) => f.mean !== null),
  );
  const [outcomeId, setOutcomeId] = useState(usable[0]?.indicator ?? '');
  const [clients, setClients] = useState('');
  const outcome = usable.find((o) => o.indicator === outcomeId) ?? usable[0];
  if (!outcome) return null;
  const base = outcome.history.find((h) => h.year === outcome.origin)?.value ?? null;
  const count = Number(clients.replace(',', '.'));
  const valid = clients.trim() !== '' && Number.isFinite(count) && count >= 0 && base !== null;
  return (
    <div className="wellbeing-workload" data-testid="workload">
      <p>{t.workload.lead(outcome.origin!)}</p>
      <div className="workload-inputs">
        <label>
          {t.whatIf.service}
          <select value={outcome.indicator} onChange={(e) => setOutcomeId(e.target.value)}>
            {usable.map((o) => (
              <option key={o.indicator} value={o.indicator}>
                {indicatorLabel(lang, o.indicator)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.workload.clients(outcome.origin!)}
          <input
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            value={clients}
            onChange={(e) => setClients(e.target.value)}
            name="clients"
          />
        </label>
      </div>
      <p className="note">{t.workload.rule}</p>
      <p className="note">{t.workload.assumption}</p>
      {!valid ? (
        <p>{t.workload.empty}</p>
      ) : (
        <table className="workload-table" data-testid="workload-table">
          <thead>
            <tr>
              <th scope="col">{t.workload.year}</th>
              <th scope="col">{t.workload.expected}</th>
              <th scope="col">{t.workload.workers}</th>
            </tr>
          </thead>
          <tbody>
            {outcome.forecasts
              .filter((f) => f.mean !== null)
              .map((f) => {
                const mean = impliedClients(count, base!, f.mean!) ?? 0;
                const lo = f.lo80 === null ? null : impliedClients(count, base!, f.lo80);
                const hi = f.hi80 === null ? null : impliedClients(count, base!, f.hi80);
                const need = socialWorkersNeeded(mean, f.year);
                return (
                  <tr key={f.year} data-year={f.year}>
                    <th scope="row">{f.year}</th>
                    <td className="num" data-clients={mean}>
                      {plainNumber(lang, mean)}
                      {lo !== null && hi !== null ? ` (${plainNumber(lang, lo)}–${plainNumber(lang, hi)})` : ''}
                    </td>
                    <td className="num" data-workers={need.workers}>
                      {need.workers} <span className="note">({t.workload.limit(need.limit, need.statutory)})</span>
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      )}
    </div>
  );
}
