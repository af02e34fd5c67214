import type { Metadata } from 'next';
import { z } from 'zod';
import { localName, parseLang } from '@/i18n';
import { wellbeingDictionary } from '@/i18n/wellbeing';
import { fetchComparison, MAX_COMPARED } from '@/server/wellbeing/comparison';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { CompareChart } from '@/ui/wellbeing/compare-chart';
import { CompareView } from '@/ui/wellbeing/compare-view';
import { WellbeingHeader } from '@/ui/wellbeing/wellbeing-header';
import { requirePage } from '../../_auth';
import { loadPageData, type SearchParams } from '../../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: wellbeingDictionary(parseLang((await searchParams).lang)).compare.title };
}

const codesParam = z.array(z.string().regex(/^\d{3}$/)).catch([]);

/** Municipalities side by side; the choice is in the URL (`?m=091&m=049`), so a comparison can be shared. */
export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  await requirePage('wellbeing.read');
  const sp = await searchParams;
  const lang = parseLang(sp.lang);
  const t = wellbeingDictionary(lang);
  const raw = sp.m === undefined ? ['091', '049', '092'] : Array.isArray(sp.m) ? sp.m : [sp.m];
  const codes = codesParam.parse(raw).slice(0, MAX_COMPARED);
  const loaded = await loadPageData(() => fetchComparison(codes, 3));
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={t.compare.title} />;
  const c = loaded.data;
  const columns = c.municipalities.map((m) => {
    const last = [...m.index].reverse().find((p) => p.area !== null);
    return {
      ...m,
      indexLatest: {
        value: last?.area ?? null,
        status: last ? ('ok' as const) : ('missing' as const),
        year: last?.year ?? null,
      },
    };
  });
  return (
    <article className="wellbeing-compare">
      <WellbeingHeader lang={lang} current="compare" title={t.compare.title} lead={t.compare.lead} />
      <form method="get" action="/wellbeing/compare" className="wellbeing-controls">
        <input type="hidden" name="lang" value={lang} />
        <label>
          {t.compare.choose}
          <select
            name="m"
            multiple
            size={8}
            defaultValue={c.municipalities.map((m) => m.code)}
            data-testid="compare-picker"
          >
            {c.options.map((o) => (
              <option key={o.code} value={o.code}>
                {localName(lang, o.nameFi, o.nameSv)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t.compare.submit}</button>
      </form>
      {columns.length === 0 ? (
        <p>{t.compare.none}</p>
      ) : (
        <>
          <CompareChart
            lang={lang}
            title={t.compare.chart}
            series={c.municipalities.map((m) => ({
              name: localName(lang, m.nameFi, m.nameSv),
              points: m.index.map((p) => ({ year: p.year, value: p.area })),
            }))}
          />
          <section aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t.compare.title}</h2>
            <CompareView
              lang={lang}
              municipalities={columns}
              indicators={c.indicators}
              outcomes={c.outcomes}
              limits={c.limits}
              headingId="compare-heading"
            />
          </section>
        </>
      )}
    </article>
  );
}
