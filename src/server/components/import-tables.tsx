/**
 * An import's outcome as tables: records per list (new, updated, unchanged) and every issue with
 * where it was found. On a narrow screen each scrolls sideways, so its box takes keyboard focus.
 */
import type { Issue } from '../../domain/index.ts';
import type { MergeCounts } from '../../store/index.ts';
import { TableHead } from './table-head.tsx';

const cell = 'govuk-table__cell';
const numeric = 'govuk-table__cell govuk-table__cell--numeric';

/** Records per list; lists with none are left out. */
export function CountsTable(props: { counts: Readonly<Record<string, MergeCounts>> }) {
  const rows = Object.entries(props.counts).filter(
    ([, c]) => c.inserted + c.updated + c.unchanged > 0,
  );
  const n = (value: number) => value.toLocaleString('en-GB');
  return (
    <section class="outturn-table-scroll" aria-label="Records imported" tabindex={0}>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">Records</caption>
        <TableHead columns={['List', 'New', 'Updated', 'Unchanged']} numeric={[1, 2, 3]} />
        <tbody class="govuk-table__body">
          {rows.map(([list, c]) => (
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {list}
              </th>
              <td class={numeric}>{n(c.inserted)}</td>
              <td class={numeric}>{n(c.updated)}</td>
              <td class={numeric}>{n(c.unchanged)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Every issue, errors first, each with its file, sheet, row, column and the value found. */
export function IssuesTable(props: { issues: readonly Issue[]; caption: string }) {
  const sorted = [
    ...props.issues.filter((i) => i.severity === 'error'),
    ...props.issues.filter((i) => i.severity !== 'error'),
  ];
  return (
    <section class="outturn-table-scroll" aria-label={props.caption} tabindex={0}>
      <table class="govuk-table govuk-table--small-text-until-tablet">
        <caption class="govuk-table__caption govuk-table__caption--m">{props.caption}</caption>
        <TableHead
          columns={['Severity', 'File', 'Sheet', 'Row', 'Column', 'Value', 'Message']}
          numeric={[3]}
        />
        <tbody class="govuk-table__body">
          {sorted.map((issue) => (
            <tr class="govuk-table__row">
              <td class={cell}>
                <strong
                  class={`govuk-tag govuk-tag--${issue.severity === 'error' ? 'red' : 'yellow'}`}
                >
                  {issue.severity === 'error' ? 'Error' : 'Warning'}
                </strong>
              </td>
              <td class={cell}>{issue.file}</td>
              <td class={cell}>{issue.sheet ?? ''}</td>
              <td class={numeric}>{issue.row ?? ''}</td>
              <td class={cell}>{issue.column ?? ''}</td>
              <td class={cell}>{issue.value ?? ''}</td>
              <td class={cell}>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
