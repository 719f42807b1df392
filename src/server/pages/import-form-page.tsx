/** The upload page: a council's files, its code and name, and the extract's "as at" date. */
import type { LaRow } from '../../store/index.ts';
import { DateField, ErrorSummary, FilesField, TextField } from '../components/form-fields.tsx';
import type { ImportFormErrors, ImportFormValues } from '../routes/import-form.ts';
import { Layout } from './layout.tsx';

export interface ImportFormView {
  values: ImportFormValues;
  errors: ImportFormErrors;
  known: readonly LaRow[];
  /** The largest upload accepted, in bytes. */
  limit: number;
}

/** Where each field's error summary entry links: the field's first input. */
const ANCHORS = { files: '#files', la: '#la', laName: '#laName', asAt: '#asAt-day' } as const;

export function ImportFormPage(props: { view: ImportFormView }) {
  const { values, errors, known, limit } = props.view;
  const summary = (Object.keys(ANCHORS) as (keyof typeof ANCHORS)[]).flatMap((field) => {
    const message = errors[field];
    return message ? [{ href: ANCHORS[field], message }] : [];
  });
  const title = summary.length > 0 ? 'Error: Import files' : 'Import files';
  return (
    <Layout title={title} section="import">
      <ErrorSummary errors={summary} />
      <h1 class="govuk-heading-l">Import files</h1>
      <p class="govuk-body">
        Import a council's Ofsted Annex A lists (CSV files, or an Excel workbook), CIN census XML or
        SSDA903 tables (CSV). All the files are checked first: if any has an error, nothing is
        imported and every problem is listed.
      </p>
      <form method="post" action="/import" enctype="multipart/form-data" novalidate>
        <FilesField
          id="files"
          label="Files"
          hint={`Choose one or more .csv, .xlsx or .xml files, up to ${megabytes(limit)} in all.`}
          accept=".csv,.xlsx,.xml"
          error={errors.files}
        />
        <TextField
          id="la"
          label="Council code"
          hint={councilHint(known)}
          value={values.la}
          width={10}
          error={errors.la}
        />
        <TextField
          id="laName"
          label="Council name"
          hint="Needed only for a council new to Outturn."
          value={values.laName}
          width={30}
          error={errors.laName}
        />
        <DateField
          id="asAt"
          label="Figures as at"
          hint="The date the records were extracted, for example 31 10 2026."
          value={values}
          error={errors.asAt}
        />
        <button type="submit" class="govuk-button">
          Import files
        </button>
      </form>
    </Layout>
  );
}

function councilHint(known: readonly LaRow[]): string {
  if (known.length === 0) return 'Outturn has no councils yet: give the new council’s code.';
  const list = known.map((la) => `${la.code} (${la.name})`).join(', ');
  return `Councils in Outturn: ${list}.`;
}

function megabytes(bytes: number): string {
  return `${Math.floor(bytes / 1e6).toLocaleString('en-GB')} MB`;
}
