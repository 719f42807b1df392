/**
 * The last whole periods of one indicator as a small table: a column per period, oldest first.
 * On a narrow screen the table scrolls sideways, so its box takes keyboard focus.
 */
import type { PeriodFigure } from '../view/model.ts';

export function RecentTable(props: {
  title: string;
  noun: string;
  figures: readonly PeriodFigure[];
}) {
  return (
    <section
      class="outturn-recent outturn-table-scroll"
      aria-label={`Last ${props.figures.length} ${props.noun}: ${props.title}`}
      tabindex={0}
    >
      <table class="govuk-table govuk-table--small-text-until-tablet govuk-!-margin-bottom-0">
        <caption class="govuk-table__caption govuk-table__caption--s">
          Last {props.figures.length} {props.noun}
          <span class="govuk-visually-hidden">: {props.title}</span>
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {props.figures.map((f) => (
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {f.period}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          <tr class="govuk-table__row">
            {props.figures.map((f) => (
              <td class="govuk-table__cell govuk-table__cell--numeric">{f.valueText}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
