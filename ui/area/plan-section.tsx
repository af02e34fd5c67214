import type { DisclosedPlanRow } from '@/domain/privacy/disclose-plan';
import { dictionary, type Lang } from '@/i18n';
import { PlanBasis, type PlanBasisInfo } from '../plan-basis';
import { PlanTable } from './plan-table';

/** Places, staff and space of the area by year, with the model and date the plan was computed from. */
export function PlanSection(props: {
  lang: Lang;
  rows: DisclosedPlanRow[];
  scenario: string;
  basis: PlanBasisInfo | null;
}) {
  const t = dictionary(props.lang);
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">
        {t.area.plan}
        {props.scenario !== 'baseline' && ` · ${t.map.scenario}: ${props.scenario}`}
      </h2>
      {props.rows.length === 0 ? (
        <p className="note">{t.area.planNone}</p>
      ) : (
        <>
          {props.basis && <PlanBasis basis={props.basis} lang={props.lang} />}
          <PlanTable rows={props.rows} t={t} labelledBy="plan-title" />
        </>
      )}
    </section>
  );
}
