import type { Metadata } from 'next';
import { fetchBacktest, fetchModelVersions, type ModelVersion } from '@/server/queries/models';
import { dictionary, parseLang, type Lang } from '@/i18n';
import { ActivateButton, RetrainPanel } from '@/ui/models/model-actions';
import { Scorecard } from '@/ui/models/scorecard';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).modelsPage.title };
}

/**
 * Analysts' page: the backtest scorecard of the active model against the baselines, interval coverage,
 * every registered version with its data vintage and metrics, retraining and activation (both run as
 * background jobs: this page only reads the warehouse).
 */
export default async function ModelsPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const lang = parseLang(sp.lang);
  const t = dictionary(lang).modelsPage;
  const versions = (await fetchModelVersions()) ?? [];
  const active = versions.find((v) => v.status === 'active') ?? versions[0];
  const cells = active ? await fetchBacktest(active.version) : [];
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {active ? (
        <Scorecard cells={cells} lang={lang} version={active.version} />
      ) : (
        <p data-testid="no-models">{t.none}</p>
      )}
      <RetrainPanel lang={lang} />
      <Versions versions={versions} active={active} lang={lang} />
    </>
  );
}

function Versions({
  versions,
  active,
  lang,
}: {
  versions: ModelVersion[];
  active: ModelVersion | undefined;
  lang: Lang;
}) {
  const d = dictionary(lang);
  const t = d.modelsPage;
  const num = (x: number | undefined, digits = 1) =>
    x === undefined ? '–' : x.toLocaleString(d.locale, { maximumFractionDigits: digits });
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">{t.versions}</h2>
      <p className="note">{t.planNote}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="versions">
        <table className="data" data-testid="versions-table">
          <thead>
            <tr>
              <th scope="col">{t.version}</th>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.status}</th>
              <th scope="col" className="num">
                {t.cutoff}
              </th>
              <th scope="col">{t.backend}</th>
              <th scope="col" className="num">
                {t.score}
              </th>
              <th scope="col" className="num">
                {t.backtestSeconds}
              </th>
              <th scope="col">{t.fingerprint}</th>
              <th scope="col">{t.note}</th>
              <th scope="col">{t.activate}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version} data-testid="model-version" data-status={v.status}>
                <th scope="row">
                  <code>{v.version}</code>
                  <details>
                    <summary>{t.dataFiles(v.data_files?.length ?? 0)}</summary>
                    <ul style={{ margin: 0, paddingLeft: '1rem', fontSize: '0.8rem' }} data-testid="version-files">
                      {(v.data_files ?? []).map((f) => (
                        <li key={f.file}>
                          {f.file}{' '}
                          <code className="hash" title={f.sha256}>
                            {f.sha256.slice(0, 12)}
                          </code>
                        </li>
                      ))}
                    </ul>
                    <p style={{ margin: '0.3rem 0 0', fontSize: '0.8rem' }}>{t.hyperparameters}:</p>
                    <pre style={{ fontSize: '0.75rem', margin: 0, whiteSpace: 'pre-wrap' }}>
                      {JSON.stringify(v.hyperparameters ?? {}, null, 1)}
                    </pre>
                  </details>
                </th>
                <td>{v.created_at.slice(0, 19).replace('T', ' ')}</td>
                <td>{t.statusName(v.status)}</td>
                <td className="num">{v.cutoff}</td>
                <td>{v.backend}</td>
                <td className="num">{num(v.summary?.score, 2)}</td>
                <td className="num">{num(v.summary?.backtestSeconds, 0)}</td>
                <td>
                  <code className="hash" title={v.data_fingerprint}>
                    {v.data_fingerprint.slice(0, 12)}
                  </code>
                </td>
                <td style={{ fontSize: '0.8rem', maxWidth: '18rem' }}>{v.note ?? ''}</td>
                <td>
                  {v.status === 'active' ? (
                    <strong>{t.activeNow}</strong>
                  ) : v.forecast_rows === 0 ? (
                    <span className="note">{t.noForecasts}</span>
                  ) : (
                    <ActivateButton
                      version={v.version}
                      lang={lang}
                      rollback={active !== undefined && v.created_at < active.created_at}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
