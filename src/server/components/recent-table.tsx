/** The last whole periods of one indicator as a small table: period → value. */
import type { PeriodFigure } from '../view/model.ts';

export function RecentTable(props: {
  title: string;
  noun: string;
  figures: readonly PeriodFigure[];
}) {
  return (
    <table class="govuk-table govuk-table--small-text-until-tablet outturn-recent">
      <caption class="govuk-table__caption govuk-table__caption--s">
        Last {props.figures.length} {props.noun}
        <span class="govuk-visually-hidden">: {props.title}</span>
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            Period
          </th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">
            Value
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {props.figures.map((f) => (
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header outturn-period">
              {f.period}
            </th>
            <td class="govuk-table__cell govuk-table__cell--numeric">{f.valueText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
