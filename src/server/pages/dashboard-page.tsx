/** The performance dashboard for one council and one kind of period. */
import { DashboardForm } from '../components/dashboard-form.tsx';
import { IndicatorCard } from '../components/indicator-card.tsx';
import { SummaryTable } from '../components/summary-table.tsx';
import type { DashboardView, SectionView } from '../view/model.ts';
import { Layout } from './layout.tsx';

export function DashboardPage(props: { view: DashboardView }) {
  const v = props.view;
  return (
    <Layout title={`Performance dashboard: ${v.la.name}`}>
      <span class="govuk-caption-l">{v.la.name}</span>
      <h1 class="govuk-heading-l">Performance dashboard</h1>
      {v.asAt === null ? null : <p class="govuk-body-l outturn-as-at">Figures as at {v.asAt}</p>}
      <DashboardForm laOptions={v.laOptions} windowOptions={v.windowOptions} figures={v.figures} />
      {v.figures === 'published' ? <Suppressed /> : <Unsuppressed />}
      {v.indicators.length === 0 ? null : <Download view={v} />}
      {v.indicators.length === 0 ? <NoFigures /> : <Indicators view={v} />}
    </Layout>
  );
}

function Indicators(props: { view: DashboardView }) {
  const v = props.view;
  return (
    <>
      <Contents sections={v.sections} />
      {v.sections.map((section) => (
        <Section section={section} noun={v.windowNoun} />
      ))}
    </>
  );
}

function Contents(props: { sections: readonly SectionView[] }) {
  return (
    <nav class="outturn-contents" aria-labelledby="contents-heading">
      <h2 class="govuk-heading-s" id="contents-heading">
        Contents
      </h2>
      <ul class="govuk-list">
        {props.sections.map((s) => (
          <li>
            <a class="govuk-link" href={`#section-${s.id}`}>
              {s.title}
            </a>{' '}
            <span class="outturn-count">({s.indicators.length})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Section(props: { section: SectionView; noun: string }) {
  const s = props.section;
  return (
    <section class="outturn-section" id={`section-${s.id}`} aria-labelledby={`heading-${s.id}`}>
      <h2 class="govuk-heading-l" id={`heading-${s.id}`}>
        {s.title}
      </h2>
      <SummaryTable caption={`${s.title}: at a glance`} indicators={s.indicators} />
      {s.indicators.map((ind) => (
        <IndicatorCard indicator={ind} noun={props.noun} />
      ))}
    </section>
  );
}

function Suppressed() {
  return (
    <p class="govuk-body-s outturn-disclosure">
      As published: counts from 1 to 5 are shown as [c], with any other figure they could be worked
      out from, and percentages and rates made from them.
    </p>
  );
}

function Unsuppressed() {
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        All figures are shown, small numbers included: not for publication.
      </strong>
    </div>
  );
}

function Download(props: { view: DashboardView }) {
  const { la, window, figures } = props.view;
  const href = `/dashboard.xlsx?la=${encodeURIComponent(la.code)}&window=${window}&figures=${figures}`;
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
