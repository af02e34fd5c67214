import type { Metadata } from 'next';
import { fetchCoverage, fetchLineage } from '@/lib/db/queries';
import { dictionary, parseLang } from '@/lib/i18n';
import { formatNumber } from '../_components/format';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).data.title };
}

export default async function DataPage({ searchParams }: { searchParams: SearchParams }) {
  const t = dictionary(parseLang((await searchParams).lang));
  const pct = (share: number) => `${formatNumber(share * 100, t, 1)} %`;
  const [coverage, lineage] = await Promise.all([fetchCoverage(), fetchLineage()]);
  return (
    <>
      <h1>{t.data.title}</h1>
      <h2 id="coverage">{t.data.coverage}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="coverage">
        <table className="data" data-testid="coverage-table">
          <thead>
            <tr>
              <th scope="col">{t.data.source}</th>
              <th scope="col">{t.data.files}</th>
              <th scope="col">{t.data.years}</th>
              <th scope="col">{t.data.areas}</th>
              <th scope="col">{t.data.values}</th>
              <th scope="col">{t.data.withheld}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((c) => (
              <tr key={c.source}>
                <td>{c.source}</td>
                <td className="num">{c.files}</td>
                <td>
                  {c.first_year}-{c.last_year} ({t.data.yearsCount(c.years.length)})
                </td>
                <td className="num">{formatNumber(c.areas, t)}</td>
                <td className="num">{formatNumber(c.values, t)}</td>
                <td className="num">{pct(c.suppressed_share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="lineage">{t.data.lineage}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="lineage">
        <table className="data" data-testid="lineage-table">
          <thead>
            <tr>
              <th scope="col">{t.data.file}</th>
              <th scope="col">{t.data.source}</th>
              <th scope="col">{t.data.rows}</th>
              <th scope="col">{t.data.sha}</th>
              <th scope="col">{t.data.loaded}</th>
              <th scope="col">{t.data.licence}</th>
            </tr>
          </thead>
          <tbody>
            {lineage.map((l) => (
              <tr key={l.file}>
                <td>{l.file}</td>
                <td>{l.source}</td>
                <td className="num">{formatNumber(l.rows, t)}</td>
                <td>
                  <code className="hash" title={l.sha256}>
                    {l.sha256.slice(0, 12)}
                  </code>
                </td>
                <td>{l.loaded_at.slice(0, 19).replace('T', ' ')}</td>
                <td>{l.licence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
