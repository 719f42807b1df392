/** One indicator as a GOV.UK summary card: latest figure, target, status, recent periods. */
import type { BenchmarkLineView, IndicatorView, NoteView, SparklineView } from '../view/model.ts';
import { LatestRows } from './latest-rows.tsx';
import { RagTag } from './rag-tag.tsx';
import { RecentTable } from './recent-table.tsx';
import { Sparkline } from './sparkline.tsx';

export function IndicatorCard(props: { indicator: IndicatorView; noun: string }) {
  const ind = props.indicator;
  return (
    <div class="govuk-summary-card outturn-indicator" id={`indicator-${ind.id}`}>
      <div class="govuk-summary-card__title-wrapper">
        <h3 class="govuk-summary-card__title">{ind.title}</h3>
        {ind.latest === null ? null : <RagTag rag={ind.latest.rag} />}
      </div>
      <div class="govuk-summary-card__content">
        <p class="govuk-body-s outturn-definition">{ind.description}</p>
        <div class="outturn-card-body">
          <LatestRows indicator={ind} noun={props.noun} />
          {ind.sparkline === null ? null : <Trend sparkline={ind.sparkline} />}
        </div>
        {ind.recent.length === 0 ? null : (
          <RecentTable title={ind.title} noun={props.noun} figures={ind.recent} />
        )}
        {ind.benchmark === null || ind.benchmark.years.length === 0 ? null : (
          <BenchmarkYears title={ind.title} benchmark={ind.benchmark} />
        )}
        {ind.notes.length === 0 ? null : <Notes notes={ind.notes} />}
      </div>
    </div>
  );
}

function BenchmarkYears(props: { title: string; benchmark: BenchmarkLineView }) {
  const b = props.benchmark;
  const cell = 'govuk-table__cell govuk-table__cell--numeric';
  const head = 'govuk-table__header govuk-table__header--numeric';
  return (
    <details class="govuk-details outturn-benchmark-years">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">Benchmarks by year</span>
      </summary>
      <div class="govuk-details__text outturn-table-scroll">
        <table class="govuk-table govuk-table--small-text-until-tablet">
          <caption class="govuk-table__caption govuk-table__caption--s">
            {props.title}: {b.source}, by the financial year the figures refer to
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Year
              </th>
              <th scope="col" class={head}>
                England
              </th>
              <th scope="col" class={head}>
                Region
              </th>
              <th scope="col" class={head}>
                Neighbours' median
              </th>
              <th scope="col" class={head}>
                Ours
              </th>
              <th scope="col" class="govuk-table__header">
                Our quartile
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {b.years.map((y) => (
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  {y.period}
                </th>
                <td class={cell}>{y.england}</td>
                <td class={cell}>{y.region}</td>
                <td class={cell}>{y.neighbours}</td>
                <td class={cell}>{y.ours}</td>
                <td class="govuk-table__cell">{y.quartile}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function Notes(props: { notes: readonly NoteView[] }) {
  return (
    <div class="outturn-notes">
      <h4 class="govuk-heading-s govuk-!-margin-bottom-1">Notes</h4>
      <ul class="govuk-list">
        {props.notes.map((n) => (
          <li>
            {n.period === null ? null : <strong>{n.period}: </strong>}
            {n.text} <span class="outturn-counts">{`${n.author}, ${n.date}`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Trend(props: { sparkline: SparklineView }) {
  return (
    <div class="outturn-trend">
      <p class="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">Trend</p>
      <Sparkline view={props.sparkline} />
      {props.sparkline.target === null ? null : (
        <p class="govuk-body-s outturn-key">Dashed line: target</p>
      )}
    </div>
  );
}
