/** Every indicator's latest position in one table, for reading at a glance. */
import type { IndicatorView } from '../view/model.ts';
import { RagTag } from './rag-tag.tsx';
import { TableHead } from './table-head.tsx';
import { Travel } from './travel.tsx';

export function SummaryTable(props: { caption: string; indicators: readonly IndicatorView[] }) {
  return (
    <div class="outturn-table-scroll outturn-summary">
      <table class="govuk-table govuk-table--small-text-until-tablet">
        <caption class="govuk-table__caption govuk-table__caption--s">{props.caption}</caption>
        <TableHead
          columns={['Indicator', 'Period', 'Latest', 'Target', 'Status', 'Since last period']}
          numeric={[2, 3]}
        />
        <tbody class="govuk-table__body">
          {props.indicators.map((ind) => (
            <SummaryRow indicator={ind} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SummaryRow(props: { indicator: IndicatorView }) {
  const ind = props.indicator;
  const latest = ind.latest;
  return (
    <tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header">
        <a class="govuk-link" href={`#indicator-${ind.id}`}>
          {ind.title}
        </a>
      </th>
      <td class="govuk-table__cell">{latest?.period ?? ind.onlyText ?? 'No figures'}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">{latest?.valueText ?? ''}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">
        {latest === null ? '' : (latest.target?.valueText ?? 'None')}
      </td>
      <td class="govuk-table__cell">{latest === null ? '' : <RagTag rag={latest.rag} />}</td>
      <td class="govuk-table__cell">
        {ind.travel?.previous ? <Travel word={ind.travel.previous} /> : ''}
      </td>
    </tr>
  );
}
