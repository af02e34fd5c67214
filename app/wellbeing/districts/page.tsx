import type { Metadata } from 'next';
import { parseLang } from '@/i18n';
import { wellbeingDictionary } from '@/i18n/wellbeing';
import { fetchDistricts } from '@/server/wellbeing/districts';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { DistrictsTable } from '@/ui/wellbeing/districts-table';
import { PendingNotice } from '@/ui/wellbeing/pending-notice';
import { WellbeingHeader } from '@/ui/wellbeing/wellbeing-header';
import { plainNumber } from '@/ui/wellbeing/wellbeing-format';
import { requirePage } from '../../_auth';
import { loadPageData, type SearchParams } from '../../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: wellbeingDictionary(parseLang((await searchParams).lang)).districts.title };
}

/** Helsinki's districts in 2011: the one cross-section of child-welfare clients the open data have. */
export default async function DistrictsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePage('wellbeing.read');
  const lang = parseLang((await searchParams).lang);
  const t = wellbeingDictionary(lang);
  const loaded = await loadPageData(fetchDistricts);
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={t.districts.title} />;
  if (!loaded.data) return <PendingNotice lang={lang} />;
  const { rows, model, limits } = loaded.data;
  return (
    <article className="wellbeing-districts">
      <WellbeingHeader lang={lang} current="districts" title={t.districts.title} lead={t.districts.lead} />
      {model && (
        <p data-testid="district-skill">
          {t.districts.skill(
            plainNumber(lang, model.maeRidge, 1),
            plainNumber(lang, model.maeMean, 1),
            `${plainNumber(lang, 100 * model.skill)} %`,
          )}
        </p>
      )}
      <section aria-labelledby="districts-heading">
        <h2 id="districts-heading">{t.districts.title}</h2>
        <DistrictsTable lang={lang} rows={rows} limits={limits} headingId="districts-heading" />
        <p className="note">{t.districts.workersNote}</p>
      </section>
    </article>
  );
}
