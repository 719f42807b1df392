/** A GOV.UK table's header row: one column header each, numeric ones aligned right. */
export function TableHead(props: { columns: readonly string[]; numeric?: readonly number[] }) {
  const numeric = props.numeric ?? [];
  return (
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        {props.columns.map((c, i) => (
          <th
            scope="col"
            class={`govuk-table__header${numeric.includes(i) ? ' govuk-table__header--numeric' : ''}`}
          >
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
