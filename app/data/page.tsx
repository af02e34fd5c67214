import type { Metadata } from 'next';
import { fetchCoverage, fetchLineage } from '@/server/queries/lineage';
import { dictionary, parseLang, type Lang } from '@/i18n';
import { unitRegisterColumns, uploadFolders } from '@/server/uploads';
import { formatNumber } from '@/ui/format';
import { UploadForm } from '@/ui/data/upload-form';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).data.title };
}

export default async function DataPage({ searchParams }: { searchParams: SearchParams }) {
  const lang = parseLang((await searchParams).lang);
  const t = dictionary(lang);
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
      <UploadSection lang={lang} />
    </>
  );
}

/** Which names each source reads (the file name and folder decide the source; pipelines/sources/*). */
const ACCEPTED = [
  { pattern: 'units/<name>.csv[.gz]', key: 'unitsWhat' },
  { pattern: 'paavo/<folder>/<name with 12f7>.csv[.gz]', key: 'paavo12f7What' },
  { pattern: 'paavo/<folder>/<Topic_name>_<year>.csv[.gz]', key: 'paavoTopicWhat' },
  { pattern: 'municipal/<folder>/syntyneet_lapset_<year>_<year>.csv[.gz]', key: 'birthsWhat' },
  { pattern: 'geo/<name with postal_areas_hri>.geojson[.gz]', key: 'geoWhat' },
] as const;

function UploadSection({ lang }: { lang: Lang }) {
  const t = dictionary(lang).upload;
  let folders: string[];
  try {
    folders = uploadFolders();
  } catch {
    folders = [];
  }
  return (
    <section aria-labelledby="upload">
      <h2 id="upload">{t.title}</h2>
      <p className="lead">{t.lead}</p>
      <UploadForm folders={folders} lang={lang} />
      <h3 id="accepted">{t.accepted}</h3>
      <p className="note">{t.acceptedLead}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="accepted">
        <table className="data" data-testid="accepted-files">
          <thead>
            <tr>
              <th scope="col">{t.pattern}</th>
              <th scope="col">{t.what}</th>
            </tr>
          </thead>
          <tbody>
            {ACCEPTED.map((a) => (
              <tr key={a.pattern}>
                <td>
                  <code>{a.pattern}</code>
                </td>
                <td>{t[a.key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">
        {t.unitsColumns} <code>{unitRegisterColumns.join(', ')}</code>
      </p>
    </section>
  );
}
