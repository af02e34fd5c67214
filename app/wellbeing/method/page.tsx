import type { Metadata } from 'next';
import { parseLang } from '@/i18n';
import { wellbeingDictionary } from '@/i18n/wellbeing';
import { fetchMethodFacts } from '@/server/wellbeing/method';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { BacktestTable, CatalogueTable } from '@/ui/wellbeing/method-tables';
import { PendingNotice } from '@/ui/wellbeing/pending-notice';
import { WellbeingHeader } from '@/ui/wellbeing/wellbeing-header';
import { requirePage } from '../../_auth';
import { loadPageData, type SearchParams } from '../../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: wellbeingDictionary(parseLang((await searchParams).lang)).method.title };
}

/** The method and its limits in plain language: areas only, the index, the models, the backtest, the safeguards. */
export default async function MethodPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePage('wellbeing.read');
  const lang = parseLang((await searchParams).lang);
  const t = wellbeingDictionary(lang);
  const m = t.method;
  const loaded = await loadPageData(fetchMethodFacts);
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={m.title} />;
  if (!loaded.data) return <PendingNotice lang={lang} />;
  const facts = loaded.data;
  return (
    <article className="wellbeing-method" data-testid="wellbeing-method">
      <WellbeingHeader lang={lang} current="method" title={m.title} />
      <section aria-labelledby="purpose-heading">
        <h2 id="purpose-heading">{m.purposeHeading}</h2>
        <p>{m.purpose}</p>
      </section>
      <section aria-labelledby="people-heading" data-testid="not-people">
        <h2 id="people-heading">{m.notPeopleHeading}</h2>
        <p>{m.notPeople}</p>
        <p>{m.counterExamples}</p>
      </section>
      <section aria-labelledby="limits-heading" data-testid="limits">
        <h2 id="limits-heading">{m.limitsHeading}</h2>
        <ul>
          {m.limits.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="index-heading">
        <h2 id="index-heading">{m.indexHeading}</h2>
        <p>{m.indexText}</p>
      </section>
      <section aria-labelledby="models-heading">
        <h2 id="models-heading">{m.modelsHeading}</h2>
        <p>{m.modelsText}</p>
      </section>
      <section aria-labelledby="backtest-heading">
        <h2 id="backtest-heading">{m.backtestHeading}</h2>
        <p className="note">{m.backtestLead}</p>
        <BacktestTable lang={lang} rows={facts.backtest} headingId="backtest-heading" />
      </section>
      <section aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading">{m.indicatorsHeading}</h2>
        <p className="note">{m.indicatorsLead}</p>
        <CatalogueTable lang={lang} rows={facts.indicators} headingId="catalogue-heading" />
      </section>
      <section aria-labelledby="safeguards-heading">
        <h2 id="safeguards-heading">{m.safeguardsHeading}</h2>
        <ul>
          {m
            .safeguards(facts.limits.minimum.municipality, facts.limits.minimum.postal_area, facts.limits.small)
            .map((s) => (
              <li key={s}>{s}</li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{m.sourcesHeading}</h2>
        <ul>
          {facts.attributions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
