/** The performance dashboard for one council and one kind of period. */
import { DashboardForm } from '../components/dashboard-form.tsx';
import { IndicatorCard } from '../components/indicator-card.tsx';
import { SummaryTable } from '../components/summary-table.tsx';
import type { DashboardView } from '../view/model.ts';
import { Layout } from './layout.tsx';

export function DashboardPage(props: { view: DashboardView }) {
  const v = props.view;
  return (
    <Layout title={`Performance dashboard: ${v.la.name}`}>
      <span class="govuk-caption-l">{v.la.name}</span>
      <h1 class="govuk-heading-l">Performance dashboard</h1>
      {v.asAt === null ? null : <p class="govuk-body-l outturn-as-at">Figures as at {v.asAt}</p>}
      <DashboardForm laOptions={v.laOptions} windowOptions={v.windowOptions} />
      {v.indicators.length === 0 ? null : <Download view={v} />}
      {v.indicators.length === 0 ? <NoFigures /> : <Indicators view={v} />}
    </Layout>
  );
}

function Indicators(props: { view: DashboardView }) {
  const v = props.view;
  return (
    <>
      <SummaryTable indicators={v.indicators} />
      {v.indicators.map((ind) => (
        <IndicatorCard indicator={ind} noun={v.windowNoun} />
      ))}
    </>
  );
}

function Download(props: { view: DashboardView }) {
  const { la, window } = props.view;
  const href = `/dashboard.xlsx?la=${encodeURIComponent(la.code)}&window=${window}`;
  return (
    <p class="govuk-body">
      <a class="govuk-link" href={href} download>
        Download these figures as an Excel workbook
      </a>
    </p>
  );
}

function NoFigures() {
  return (
    <div class="govuk-inset-text">
      There are no figures for this council yet. Import its records with{' '}
      <code>npx outturn import &lt;files&gt;</code> and reload this page.
    </div>
  );
}
