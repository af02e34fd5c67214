import type { Metadata } from 'next';
import { z } from 'zod';
import { ACTIONS } from '@/domain/auth/actions';
import { usernameSchema } from '@/domain/auth/username';
import { searchAuditTrail } from '@/server/audit';
import { href } from '@/server/http/request-lang';
import { dictionary, parseLang } from '@/i18n';
import { AuditFilters, type AuditFilterValues } from '@/ui/admin/audit-filters';
import { AuditTable } from '@/ui/admin/audit-table';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { requirePage } from '../../_auth';
import { firstParam, loadPageData, type SearchParams } from '../../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).audit.title };
}

/** Events per page; one more is read to know whether there are older ones. */
const PAGE = 100;

// The API's rules (app/api/audit/route.ts); on the page a value that breaks them is not applied, and marked.
const filterSchemas = {
  since: z.iso.date().or(z.iso.datetime({ offset: true })),
  actor: usernameSchema.or(z.enum(['anonymous', 'system'])),
  action: z.string().regex(/^[a-z_.]{1,64}$/),
};
const beforeSchema = z.coerce.number().int().min(1).optional().catch(undefined);

type Filters = Partial<Record<keyof AuditFilterValues, string>>;

function readFilters(sp: Record<string, string | string[] | undefined>) {
  const values: AuditFilterValues = { since: '', actor: '', action: '' };
  const applied: Filters = {};
  const invalid: (keyof AuditFilterValues)[] = [];
  for (const name of Object.keys(filterSchemas) as (keyof AuditFilterValues)[]) {
    const raw = (firstParam(sp[name]) ?? '').trim();
    values[name] = raw;
    if (!raw) continue;
    const parsed = filterSchemas[name].safeParse(raw);
    if (parsed.success) applied[name] = parsed.data;
    else invalid.push(name);
  }
  return { values, applied, invalid };
}

/**
 * Administrators: the audit trail, newest first, filtered by date, user and action (kept in the URL),
 * paged backwards by id, and exported as CSV through the API (which records the export). Reading it here
 * records nothing.
 */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePage('audit.read');
  const sp = await searchParams;
  const lang = parseLang(sp.lang);
  const t = dictionary(lang).audit;
  const { values, applied, invalid } = readFilters(sp);
  const before = beforeSchema.parse(firstParam(sp.before));
  const loaded = await loadPageData(() => searchAuditTrail({ ...applied, before, limit: PAGE + 1 }));
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={t.title} />;
  const entries = loaded.data.slice(0, PAGE);
  const older = loaded.data.length > PAGE ? entries[entries.length - 1] : undefined;
  const actions = [...new Set([...Object.keys(ACTIONS), ...entries.map((e) => e.action)])].sort();
  const exportHref = `/api/audit?${new URLSearchParams({ format: 'csv', ...applied, limit: '5000' }).toString()}`;

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <AuditFilters
        lang={lang}
        values={values}
        invalid={invalid}
        actions={actions}
        clearHref={href('/admin/audit', lang)}
      />
      <section aria-labelledby="audit-entries">
        <div className="section-head">
          <h2 id="audit-entries">{t.entries}</h2>
          <a className="button" href={exportHref} download data-testid="audit-export">
            {t.exportCsv}
          </a>
        </div>
        <p className="note">{t.shown(entries.length)}</p>
        <AuditTable lang={lang} entries={entries} labelledBy="audit-entries" />
        {(older || before) && (
          <nav aria-label={t.paging} className="paging">
            <ul>
              {before && (
                <li>
                  <a href={href('/admin/audit', lang, applied)} data-testid="audit-newest">
                    {t.newest}
                  </a>
                </li>
              )}
              {older && (
                <li>
                  <a href={href('/admin/audit', lang, { ...applied, before: older.id })} data-testid="audit-older">
                    {t.older}
                  </a>
                </li>
              )}
            </ul>
          </nav>
        )}
      </section>
    </>
  );
}
