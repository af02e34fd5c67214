import { formatDate } from '@/core/format/number';
import { localeOf } from '@/i18n';
import { decisionWords } from '@/i18n/offers/decision-text';
import type { AppealInstructions, RoundKind } from '@/domain/offers/round';
import type { DecisionOutcome } from '@/domain/offers/decision';

/**
 * One language's version of a decision: the original (Finnish or Swedish, the unit's language) or the
 * English courtesy translation beside it. Plain HTML that prints and renders to PDF as it is.
 */
export interface DecisionDocumentProps {
  lang: 'fi' | 'sv' | 'en';
  kind: RoundKind;
  outcome: DecisionOutcome;
  number: string;
  decidedOn: string;
  child: string;
  born: string;
  unit: string | null;
  startYear: number;
  reason: string | null;
  legalBasis: readonly string[];
  appeal: AppealInstructions;
  decisionMaker: string;
  synthetic: boolean;
  courtesy?: string;
}

export function DecisionDocument(p: DecisionDocumentProps) {
  const w = decisionWords(p.lang, {
    kind: p.kind,
    outcome: p.outcome,
    child: p.child,
    unit: p.unit,
    startYear: p.startYear,
  });
  return (
    <article className="offers-decision" lang={p.lang} data-testid={`decision-${p.lang}`}>
      {p.courtesy ? <p className="offers-courtesy">{p.courtesy}</p> : null}
      {p.synthetic ? <p className="synthetic-badge">{w.synthetic}</p> : null}
      <h2>{w.title}</h2>
      <dl className="offers-decision-facts">
        <dt>{w.number}</dt>
        <dd>{p.number}</dd>
        <dt>{w.date}</dt>
        <dd>{formatDate(`${p.decidedOn}T12:00:00Z`, localeOf(p.lang))}</dd>
        <dt>{w.child}</dt>
        <dd>{p.child}</dd>
        <dt>{w.born}</dt>
        <dd>{p.born}</dd>
        {p.unit ? (
          <>
            <dt>{w.unit}</dt>
            <dd>{p.unit}</dd>
          </>
        ) : null}
      </dl>
      <h3>{w.decisionHeading}</h3>
      <p>{w.body}</p>
      {p.reason ? (
        <>
          <h3>{w.reasonHeading}</h3>
          <p>{p.reason}</p>
        </>
      ) : null}
      <h3>{w.legalHeading}</h3>
      <ul>
        {p.legalBasis.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <h3>{w.appealHeading}</h3>
      <p>{p.appeal[p.lang]}</p>
      <p className="offers-decision-maker">
        {w.decisionMaker}: {p.decisionMaker}
      </p>
    </article>
  );
}
