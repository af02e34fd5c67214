import type { Metadata } from 'next';
import { haversineKm } from '@/core/geo/geometry';
import { formatNumber } from '@/core/format/number';
import { isOpenForYear, teachingLanguage } from '@/domain/offers/offer-unit';
import { PROPOSAL_RULES } from '@/domain/offers/rules';
import { localeOf, parseLang } from '@/i18n';
import { offersDictionary } from '@/i18n/offers';
import { auditView } from '@/server/offers/access';
import { offerUnitsOf } from '@/server/offers/units';
import { roundChildren, unitName } from '@/server/offers/views';
import { placesOf } from '@/domain/offers/round-places';
import { DataTable } from '@/ui/data-table';
import { MoveForm } from '@/ui/offers/move-form';
import { ProposalsMapView } from '@/ui/offers/proposals-map-view';
import { RoundTabs, SyntheticNotes } from '@/ui/offers/round-tabs';
import { RuleLegend } from '@/ui/offers/rule-legend';
import { firstParam, type SearchParams } from '../../../_page-data';
import { loadRoundPage } from '../../_round';
import '../../offers.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: offersDictionary(parseLang((await searchParams).lang)).proposals.heading };
}

const PAGE = 100;

/**
 * The proposals: on the map (units sized by places, homes coloured by rule) and as a table with each
 * reason in the officer's language, filterable by rule and unit; a proposal not yet sent can be moved by
 * hand, with a reason, to one of the nearest units that can take the child.
 */
export default async function ProposalsPage({
  params,
  searchParams,
}: {
  params: Promise<{ round: string }>;
  searchParams: SearchParams;
}) {
  const { round, lang, actor, sp, permitted } = await loadRoundPage('offers.read', params, searchParams);
  const t = offersDictionary(lang);
  const p = t.proposals;
  const rule = firstParam(sp.rule);
  const unit = firstParam(sp.unit);
  const page = Math.max(0, Number(firstParam(sp.page) ?? 0) || 0);
  await auditView(actor, round.id, 'proposals', { page });
  const [{ rows, units }, offerUnits] = await Promise.all([
    roundChildren(round, lang),
    offerUnitsOf(round.settings.municipalityCode),
  ]);
  const withOffer = rows.filter((r) => r.offer !== null);
  const filtered = withOffer.filter((r) => (!rule || r.offer!.rule === rule) && (!unit || r.offer!.unitId === unit));
  const shown = filtered.slice(page * PAGE, (page + 1) * PAGE);
  const canMove = permitted.includes('offers.manage') && round.status === 'open';
  const locale = localeOf(lang);
  const options = (r: (typeof rows)[number]) =>
    offerUnits
      .filter(
        (u) =>
          placesOf(round.settings.kind, u) > 0 &&
          teachingLanguage(u) === r.child.language &&
          isOpenForYear(u, round.settings.startYear) &&
          (!r.child.shiftCare || u.shiftCare),
      )
      .map((u) => ({ u, km: haversineKm(r.child, u) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, 15)
      .map(({ u, km }) => ({ unitId: u.unitId, label: `${unitName(u, lang)} (${formatNumber(km, locale, 1)} km)` }));
  const unplaced = withOffer.filter((r) => r.offer!.unitId === null).length;
  return (
    <article data-testid="offers-proposals">
      <h1>
        {round.settings.name}: {p.heading}
      </h1>
      <RoundTabs lang={lang} roundId={round.id} current="proposals" />
      <SyntheticNotes lang={lang} synthetic={round.synthetic} derived={units.some((u) => u.placesSynthetic)} />
      <p role="status" data-testid="proposals-summary">
        {p.summary(withOffer.length - unplaced, unplaced)}
      </p>
      <div className="offers-map-layout">
        <ProposalsMapView municipality={round.settings.municipalityCode} label={p.map} roundId={round.id} lang={lang} />
        <RuleLegend lang={lang} />
      </div>
      <form className="offers-filters" method="get">
        <input type="hidden" name="lang" value={lang} />
        <label>
          {p.filterRule}
          <select name="rule" defaultValue={rule ?? ''}>
            <option value="">{p.all}</option>
            {PROPOSAL_RULES.map((r) => (
              <option key={r} value={r}>
                {t.rules[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {p.unit}
          <select name="unit" defaultValue={unit ?? ''}>
            <option value="">{p.all}</option>
            {units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.name} ({u.proposed}/{u.places})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t.cohort.search}
        </button>
      </form>
      <h2 id="proposals-table">{p.table}</h2>
      <p>{t.cohort.shown(shown.length, filtered.length)}</p>
      <DataTable
        labelledBy="proposals-table"
        bounded
        rows={shown}
        rowKey={(r) => r.child.childId}
        rowData={(r) => ({ 'data-child': r.child.childId, 'data-rule': r.offer!.rule, 'data-state': r.offer!.state })}
        columns={[
          { key: 'child', header: t.cohort.child, rowHeader: true, cell: (r) => r.child.childId },
          { key: 'unit', header: p.unit, cell: (r) => r.unitName ?? '–' },
          {
            key: 'km',
            header: p.km,
            numeric: true,
            cell: (r) => (r.offer!.distanceKm === null ? '–' : formatNumber(r.offer!.distanceKm, locale, 2)),
          },
          { key: 'rule', header: p.rule, cell: (r) => t.rules[r.offer!.rule] },
          { key: 'reason', header: p.reason, cell: (r) => r.reason },
          { key: 'state', header: t.cohort.state, cell: (r) => t.states[r.offer!.state] },
          ...(canMove
            ? [
                {
                  key: 'move',
                  header: p.move,
                  cell: (r: (typeof rows)[number]) =>
                    r.offer!.state === 'proposed' ? (
                      <MoveForm lang={lang} offerId={r.offer!.publicId} childId={r.child.childId} units={options(r)} />
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <nav className="paging" aria-label={p.table}>
        <ul>
          {page > 0 ? (
            <li>
              <a
                href={`?${new URLSearchParams({ lang, ...(rule ? { rule } : {}), ...(unit ? { unit } : {}), page: String(page - 1) })}`}
              >
                ← {page * PAGE - PAGE + 1}–{page * PAGE}
              </a>
            </li>
          ) : null}
          {(page + 1) * PAGE < filtered.length ? (
            <li>
              <a
                href={`?${new URLSearchParams({ lang, ...(rule ? { rule } : {}), ...(unit ? { unit } : {}), page: String(page + 1) })}`}
              >
                {(page + 1) * PAGE + 1}–{Math.min(filtered.length, (page + 2) * PAGE)} →
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
      <section aria-labelledby="units-heading">
        <h2 id="units-heading">{p.unit}</h2>
        <DataTable
          labelledBy="units-heading"
          bounded
          rows={units}
          rowKey={(u) => u.unitId}
          columns={[
            { key: 'name', header: p.unit, rowHeader: true, cell: (u) => `${u.name}${u.synthetic ? ' *' : ''}` },
            { key: 'places', header: p.places, numeric: true, cell: (u) => u.places },
            { key: 'proposed', header: p.proposed, numeric: true, cell: (u) => u.proposed },
          ]}
          footer={<p className="note">* {t.synthetic}</p>}
        />
      </section>
    </article>
  );
}
