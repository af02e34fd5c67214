import { formatCount } from '@/domain/privacy/disclosure';
import type { KpiGroup, UnitFill } from '@/domain/offers/kpi';
import type { PublishedRound } from '@/domain/offers/published-figures';
import { formatNumber } from '@/core/format/number';
import { dictionary, localeOf, type Lang } from '@/i18n';
import { offersDictionary } from '@/i18n/offers';
import { DataTable } from '@/ui/data-table';

/**
 * The follow-up tables: disclosure-controlled counts (a withheld count reads "<5", never a number), rates
 * and mean distances only where their counts may be shown, and Helsinki's published figures beside them.
 */

export function KpiTable({
  lang,
  id,
  heading,
  rows,
  keyLabel,
}: {
  lang: Lang;
  id: string;
  heading: string;
  rows: (KpiGroup & { name?: string })[];
  keyLabel: string;
}) {
  const t = offersDictionary(lang).kpi;
  const c = dictionary(lang).common;
  const locale = localeOf(lang);
  const count = (v: KpiGroup['offered']) =>
    formatCount(v.value, { status: v.status, locale, labels: { suppressed: c.suppressed, missing: c.noData } });
  const pct = (v: number | null) => (v === null ? '–' : `${formatNumber(v * 100, locale, 0)} %`);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <DataTable
        labelledBy={id}
        bounded
        rows={rows}
        rowKey={(r) => r.key}
        testId={id}
        columns={[
          { key: 'key', header: keyLabel, rowHeader: true, cell: (r) => r.name ?? r.key },
          { key: 'offered', header: t.offered, numeric: true, cell: (r) => count(r.offered) },
          { key: 'replied', header: t.replied, numeric: true, cell: (r) => count(r.replied) },
          { key: 'accepted', header: t.accepted, numeric: true, cell: (r) => count(r.accepted) },
          { key: 'transfer', header: t.transfer, numeric: true, cell: (r) => count(r.transfer) },
          { key: 'declined', header: t.declined, numeric: true, cell: (r) => count(r.declined) },
          { key: 'unanswered', header: t.unanswered, numeric: true, cell: (r) => count(r.unanswered) },
          { key: 'replyRate', header: t.replyRate, numeric: true, cell: (r) => pct(r.replyRate) },
          { key: 'acceptRate', header: t.acceptRate, numeric: true, cell: (r) => pct(r.acceptRate) },
          { key: 'transferRate', header: t.transferRate, numeric: true, cell: (r) => pct(r.transferRate) },
          { key: 'declineRate', header: t.declineRate, numeric: true, cell: (r) => pct(r.declineRate) },
          {
            key: 'km',
            header: t.meanKm,
            numeric: true,
            cell: (r) => (r.meanKm === null ? '–' : formatNumber(r.meanKm, locale, 2)),
          },
        ]}
      />
    </section>
  );
}

export function FillTable({ lang, rows }: { lang: Lang; rows: (UnitFill & { name: string; synthetic: boolean })[] }) {
  const t = offersDictionary(lang);
  const c = dictionary(lang).common;
  const locale = localeOf(lang);
  return (
    <section aria-labelledby="kpi-fill">
      <h2 id="kpi-fill">{t.kpi.fill}</h2>
      <DataTable
        labelledBy="kpi-fill"
        bounded
        rows={rows}
        rowKey={(r) => r.unitId}
        columns={[
          {
            key: 'unit',
            header: t.proposals.unit,
            rowHeader: true,
            cell: (r) => `${r.name}${r.synthetic ? ' *' : ''}`,
          },
          { key: 'places', header: t.kpi.places, numeric: true, cell: (r) => formatNumber(r.places, locale) },
          {
            key: 'placed',
            header: t.kpi.placed,
            numeric: true,
            cell: (r) =>
              formatCount(r.placed.value, {
                status: r.placed.status,
                locale,
                labels: { suppressed: c.suppressed, missing: c.noData },
              }),
          },
          {
            key: 'fill',
            header: t.kpi.fillRate,
            numeric: true,
            cell: (r) => (r.fill === null ? '–' : `${formatNumber(r.fill * 100, locale, 0)} %`),
          },
        ]}
        footer={<p className="note">* {t.synthetic}</p>}
      />
    </section>
  );
}

export function PublishedTable({
  lang,
  published,
  total,
}: {
  lang: Lang;
  published: readonly PublishedRound[];
  total: KpiGroup | null;
}) {
  const t = offersDictionary(lang).kpi;
  const locale = localeOf(lang);
  const pct = (v: number | null, approx = false) =>
    v === null ? '–' : `${approx ? `${t.approx} ` : ''}${formatNumber(v * 100, locale, 0)} %`;
  const rows = [
    ...published.map((p) => ({
      id: p.id,
      label: `${t.publishedRounds[p.id as keyof typeof t.publishedRounds] ?? p.id}`,
      offers: formatNumber(p.offers, locale),
      reply: pct(p.replyShare),
      accept: pct(p.acceptShare, p.approximate),
      satisfied: pct(p.satisfiedShareOfAccepted),
    })),
    ...(total
      ? [
          {
            id: 'this',
            label: t.thisRound,
            offers: total.offered.value === null ? '<5' : formatNumber(total.offered.value, locale),
            reply: pct(total.replyRate),
            accept: pct(total.acceptRate),
            satisfied: '–',
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="kpi-published">
      <h2 id="kpi-published">{t.published}</h2>
      <p className="note">{t.publishedNote}</p>
      <DataTable
        labelledBy="kpi-published"
        rows={rows}
        rowKey={(r) => r.id}
        testId="kpi-published"
        columns={[
          { key: 'round', header: t.round, rowHeader: true, cell: (r) => r.label },
          { key: 'offers', header: t.offered, numeric: true, cell: (r) => r.offers },
          { key: 'reply', header: t.replyRate, numeric: true, cell: (r) => r.reply },
          { key: 'accept', header: t.acceptRate, numeric: true, cell: (r) => r.accept },
          { key: 'satisfied', header: t.satisfied, numeric: true, cell: (r) => r.satisfied },
        ]}
      />
    </section>
  );
}
