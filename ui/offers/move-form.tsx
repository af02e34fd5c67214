'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { MOVE_REASONS } from '@/domain/offers/rules';
import { offersDictionary } from '@/i18n/offers';
import type { Lang } from '@/i18n';
import { postJson } from './api';

/** A planner's move of one child before sending: the new unit, the reason (recorded), a note and a pin. */
export function MoveForm(p: {
  lang: Lang;
  offerId: string;
  childId: string;
  units: { unitId: string; label: string }[];
}) {
  const t = offersDictionary(p.lang);
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const r = await postJson(`/api/offers/${p.offerId}/move`, {
      unitId: String(f.get('unitId')),
      reason: String(f.get('reason')),
      note: f.get('note') ? String(f.get('note')) : undefined,
      pin: f.get('pin') === 'on',
    });
    if (r.ok) {
      setMessage({ text: t.proposals.moved, error: false });
      router.refresh();
    } else setMessage({ text: r.error ?? '', error: true });
  };
  return (
    <details className="offers-move">
      <summary>
        {t.proposals.move} <span className="visually-hidden">{p.childId}</span>
      </summary>
      <form onSubmit={submit} data-testid={`move-${p.childId}`}>
        <div className="form-field">
          <label htmlFor={`${id}-unit`}>{t.proposals.moveTo}</label>
          <select id={`${id}-unit`} name="unitId" required>
            {p.units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-reason`}>{t.proposals.moveReason}</label>
          <select id={`${id}-reason`} name="reason">
            {MOVE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t.moveReasons[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-note`}>{t.proposals.note}</label>
          <input id={`${id}-note`} name="note" maxLength={500} />
        </div>
        <div className="form-field checkbox">
          <input id={`${id}-pin`} name="pin" type="checkbox" defaultChecked />
          <label htmlFor={`${id}-pin`}>{t.proposals.pin}</label>
        </div>
        <button type="submit" className="button">
          {t.proposals.moveSubmit}
        </button>
        {message ? (
          <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'offers-status'}>
            {message.text}
          </p>
        ) : null}
      </form>
    </details>
  );
}
