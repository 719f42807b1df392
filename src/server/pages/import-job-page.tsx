/**
 * One upload's page: its progress while the import runs (a script refreshes it; without
 * JavaScript, a link does), then its outcome: records per list and every issue, or the rejection.
 */
import { isoDay } from '../../domain/index.ts';
import type { ImportResult } from '../../store/index.ts';
import { CountsTable, IssuesTable } from '../components/import-tables.tsx';
import type { ImportJob } from '../import-jobs.ts';
import { longDate } from '../view/dates.ts';
import type { ImportStatus } from '../view/import-status.ts';
import { Layout } from './layout.tsx';

export function ImportJobPage(props: { job: ImportJob; status: ImportStatus }) {
  const { job, status } = props;
  const state = job.state;
  if (state.status === 'running') return <Running job={job} status={status} />;
  if (state.status === 'failed') return <Failed job={job} />;
  return <Outcome job={job} result={state.result} />;
}

function Running(props: { job: ImportJob; status: ImportStatus }) {
  const { job, status } = props;
  return (
    <Layout title="Importing files" section="import" scripts={['/assets/import-progress.js']}>
      <Request job={job} />
      <h1 class="govuk-heading-l">Importing files</h1>
      <div class="govuk-form-group" data-status-url={`/import/${job.id}/status`} id="import">
        <label class="govuk-label govuk-label--s" for="import-progress">
          Progress
        </label>
        <progress id="import-progress" class="outturn-progress" max="100" value={status.percent}>
          {status.percent}%
        </progress>
        <p class="govuk-body" id="import-progress-text" role="status" aria-atomic="true">
          {status.text}
        </p>
      </div>
      <p class="govuk-body">
        This can take a few minutes for a large council's files.{' '}
        <a class="govuk-link" href={`/import/${job.id}`}>
          Check progress
        </a>
      </p>
    </Layout>
  );
}

function Outcome(props: { job: ImportJob; result: ImportResult }) {
  const { job, result } = props;
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    return (
      <Layout title="Error: Import rejected" section="import">
        <Request job={job} />
        <h1 class="govuk-heading-l">Import rejected</h1>
        <p class="govuk-body-l">
          Rejected: the files have {plural(errors, 'error')}, so nothing was imported. The database
          is unchanged.
        </p>
        <p class="govuk-body">Correct the files and import them again.</p>
        <IssuesTable issues={result.issues} caption={`Problems found (${result.issues.length})`} />
        <Next job={job} />
      </Layout>
    );
  }
  if ('repeatOf' in result) {
    return (
      <Layout title="Nothing to import" section="import">
        <Request job={job} />
        <h1 class="govuk-heading-l">Nothing to import</h1>
        <p class="govuk-body">
          Every file was imported before (upload {result.repeatOf}): nothing changed.
        </p>
        <Next job={job} />
      </Layout>
    );
  }
  return (
    <Layout title="Files imported" section="import">
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">Files imported</h1>
        <div class="govuk-panel__body">
          {job.request.la.name}: figures as at {longDate(isoDay(result.coverage.asAt))}
        </div>
      </div>
      <Request job={job} />
      <CountsTable counts={result.counts} />
      {result.issues.length === 0 ? (
        <p class="govuk-body">No problems were found in the files.</p>
      ) : (
        <IssuesTable issues={result.issues} caption={warningsCaption(result.issues.length)} />
      )}
      <Next job={job} />
    </Layout>
  );
}

function Failed(props: { job: ImportJob }) {
  return (
    <Layout title="The import failed" section="import">
      <Request job={props.job} />
      <h1 class="govuk-heading-l">The import failed</h1>
      <p class="govuk-body">
        Something went wrong while importing, so nothing was imported: the database is unchanged.
        Try again; if it keeps happening, tell whoever runs Outturn for your council.
      </p>
      <Next job={props.job} />
    </Layout>
  );
}

/** What was uploaded, into which council, as at when. */
function Request(props: { job: ImportJob }) {
  const { la, files, asAt } = props.job.request;
  return (
    <dl class="govuk-summary-list govuk-summary-list--no-border">
      <Row label="Council" value={`${la.name} (${la.code})`} />
      <Row label="Files" value={files.join(', ')} />
      <Row label="As at" value={longDate(isoDay(asAt))} />
    </dl>
  );
}

function Row(props: { label: string; value: string }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{props.label}</dt>
      <dd class="govuk-summary-list__value">{props.value}</dd>
    </div>
  );
}

function Next(props: { job: ImportJob }) {
  const code = encodeURIComponent(props.job.request.la.code);
  return (
    <ul class="govuk-list">
      <li>
        <a class="govuk-link" href={`/?la=${code}`}>
          Go to the dashboard
        </a>
      </li>
      <li>
        <a class="govuk-link" href="/import">
          Import more files
        </a>
      </li>
    </ul>
  );
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}

function warningsCaption(n: number): string {
  return `Warnings (${n.toLocaleString('en-GB')})`;
}
