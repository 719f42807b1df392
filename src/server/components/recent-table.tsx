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
              <td class="govuk-table__cell govuk-table__cell--numeric">
                {f.valueText}
                {f.symbols.length === 0 ? null : (
                  <span class="outturn-symbols"> {f.symbols.join(' ')}</span>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <SymbolKey figures={props.figures} />
    </section>
  );
}

const SYMBOL_WORDS: Record<string, string> = {
  '[p]': 'provisional: the statutory return may change it',
  '[r]': 'revised since first reported',
  '[b]': 'a break in the series: the indicator replaced another',
};

/** What each symbol used in the table means. */
function SymbolKey(props: { figures: readonly PeriodFigure[] }) {
  const used = [...new Set(props.figures.flatMap((f) => f.symbols))];
  if (used.length === 0) return null;
  return (
    <p class="govuk-body-s outturn-key">
      {used.map((s, i) => `${i === 0 ? '' : '; '}${s} ${SYMBOL_WORDS[s] ?? ''}`).join('')}
    </p>
  );
}
