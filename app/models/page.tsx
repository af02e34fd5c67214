import type { Metadata } from 'next';
import { fetchBacktest, fetchModelVersions } from '@/server/queries/models';
import { dictionary, parseLang } from '@/i18n';
import { RetrainPanel } from '@/ui/models/model-actions';
import { Scorecard } from '@/ui/models/scorecard';
import { VersionsTable } from '@/ui/models/versions-table';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { requirePage } from '../_auth';
import { loadPageData, type SearchParams } from '../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).modelsPage.title };
}

async function loadModels() {
  const versions = (await fetchModelVersions()) ?? [];
  const active = versions.find((v) => v.status === 'active') ?? versions[0];
  const cells = active ? await fetchBacktest(active.version) : [];
  return { versions, active, cells };
}

/**
 * Analysts' page: the backtest scorecard of the active model against the baselines, interval coverage,
 * every registered version with its data vintage and metrics, retraining and activation (both run as
 * background jobs: this page only reads the warehouse).
 */
export default async function ModelsPage({ searchParams }: { searchParams: SearchParams }) {
  const { permitted } = await requirePage('models.read');
  const lang = parseLang((await searchParams).lang);
  const t = dictionary(lang).modelsPage;
  const loaded = await loadPageData(loadModels);
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={t.title} />;
  const { versions, active, cells } = loaded.data;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {active ? (
        <Scorecard cells={cells} lang={lang} version={active.version} />
      ) : (
        <p data-testid="no-models">{t.none}</p>
      )}
      {permitted.includes('models.train') && <RetrainPanel lang={lang} />}
      <section aria-labelledby="versions">
        <h2 id="versions">{t.versions}</h2>
        <p className="note">{t.planFollows}</p>
        <VersionsTable
          versions={versions}
          active={active}
          lang={lang}
          canActivate={permitted.includes('models.activate')}
        />
      </section>
    </>
  );
}
