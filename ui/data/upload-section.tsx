import { dictionary, type Lang } from '@/i18n';
import { DataTable } from '../data-table';
import { UploadForm } from './upload-form';

/** Which names each source reads (the file name and folder decide the source; pipelines/sources/*). */
const ACCEPTED = [
  { pattern: 'units/<name>.csv[.gz]', key: 'unitsWhat' },
  { pattern: 'paavo/<folder>/<name with 12f7>.csv[.gz]', key: 'paavo12f7What' },
  { pattern: 'paavo/<folder>/<Topic_name>_<year>.csv[.gz]', key: 'paavoTopicWhat' },
  { pattern: 'municipal/<folder>/syntyneet_lapset_<year>_<year>.csv[.gz]', key: 'birthsWhat' },
  { pattern: 'geo/<name with postal_areas_hri>.geojson[.gz]', key: 'geoWhat' },
] as const;

type Accepted = (typeof ACCEPTED)[number];

/** Upload of a new raw file, and what names and columns are accepted. */
export function UploadSection(props: { lang: Lang; folders: string[]; unitColumns: readonly string[] }) {
  const t = dictionary(props.lang).upload;
  return (
    <section aria-labelledby="upload">
      <h2 id="upload">{t.title}</h2>
      <p className="lead">{t.lead}</p>
      <UploadForm folders={props.folders} lang={props.lang} />
      <h3 id="accepted">{t.accepted}</h3>
      <p className="note">{t.acceptedLead}</p>
      <DataTable
        columns={[
          { key: 'pattern', header: t.pattern, cell: (a: Accepted) => <code>{a.pattern}</code> },
          { key: 'what', header: t.what, cell: (a) => t[a.key] },
        ]}
        rows={ACCEPTED}
        rowKey={(a) => a.pattern}
        labelledBy="accepted"
        testId="accepted-files"
      />
      <p className="note">
        {t.unitsColumns} <code>{props.unitColumns.join(', ')}</code>
      </p>
    </section>
  );
}
