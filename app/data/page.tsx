import type { Metadata } from 'next';
import { fetchCoverage, fetchLineage } from '@/server/queries/lineage';
import { unitRegisterColumns, uploadFolders } from '@/server/uploads';
import { dictionary, parseLang } from '@/i18n';
import { CoverageTable } from '@/ui/data/coverage-table';
import { LineageTable } from '@/ui/data/lineage-table';
import { UploadSection } from '@/ui/data/upload-section';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { requirePage } from '../_auth';
import { loadPageData, type SearchParams } from '../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).data.title };
}

/** The raw folder's sub-folders; none (no upload target) when the raw folder cannot be read. */
function readUploadFolders(): string[] {
  try {
    return uploadFolders();
  } catch {
    return [];
  }
}

/** What the warehouse holds: coverage by source, lineage by file, and the upload of a new file. */
export default async function DataPage({ searchParams }: { searchParams: SearchParams }) {
  const { permitted } = await requirePage('data.read');
  const lang = parseLang((await searchParams).lang);
  const t = dictionary(lang);
  const loaded = await loadPageData(() => Promise.all([fetchCoverage(), fetchLineage()]));
  // The upload (a new raw file and its ingest) only for those who may upload.
  const upload = permitted.includes('data.upload') ? (
    <UploadSection lang={lang} folders={readUploadFolders()} unitColumns={unitRegisterColumns} />
  ) : null;
  if (!loaded.available) {
    // The upload form does not read the warehouse: it stays usable while the tables cannot be shown.
    return (
      <>
        <UnavailableNotice lang={lang} heading={t.data.title} />
        {upload}
      </>
    );
  }
  const [coverage, lineage] = loaded.data;
  return (
    <>
      <h1>{t.data.title}</h1>
      <h2 id="coverage">{t.data.coverage}</h2>
      <CoverageTable rows={coverage} t={t} labelledBy="coverage" />
      <h2 id="lineage">{t.data.lineage}</h2>
      <LineageTable rows={lineage} t={t} labelledBy="lineage" />
      {upload}
    </>
  );
}
