/** The GET form choosing the council and the kind of period; works without JavaScript. */
import type { LaOption, WindowOption } from '../view/model.ts';

export function DashboardForm(props: {
  laOptions: readonly LaOption[];
  windowOptions: readonly WindowOption[];
  figures: 'published' | 'all';
}) {
  return (
    <form method="get" action="/" class="outturn-filters" novalidate>
      <CouncilSelect options={props.laOptions} />
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="window">
          Periods
        </label>
        <select class="govuk-select" id="window" name="window">
          {props.windowOptions.map((o) => (
            <option value={o.kind} selected={o.selected}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="figures">
          Figures
        </label>
        <select class="govuk-select" id="figures" name="figures">
          <option value="published" selected={props.figures === 'published'}>
            As published: small numbers hidden
          </option>
          <option value="all" selected={props.figures === 'all'}>
            All figures, for officers
          </option>
        </select>
      </div>
      <div class="govuk-form-group">
        <button type="submit" class="govuk-button govuk-!-margin-bottom-0">
          Show figures
        </button>
      </div>
    </form>
  );
}

/** The council to show, chosen from those in the database (the dashboard's and targets' forms). */
export function CouncilSelect(props: { options: readonly LaOption[] }) {
  return (
    <div class="govuk-form-group">
      <label class="govuk-label govuk-label--s" for="la">
        Council
      </label>
      <select class="govuk-select" id="la" name="la">
        {props.options.map((o) => (
          <option value={o.code} selected={o.selected}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
