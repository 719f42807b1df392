/**
 * A council's targets: each indicator's targets by financial year with the one in force marked,
 * tolerance, monthly profile and who set each, when and why; and the council's RAG rules.
 */
import { CouncilSelect } from '../components/dashboard-form.tsx';
import type { IndicatorTargetsView, TargetChangeView, TargetsPageView } from '../view/targets.ts';
import { Layout } from './layout.tsx';

export function TargetsPage(props: { view: TargetsPageView }) {
  const { la, laOptions, saved, indicators, rules, setHref, ruleHref } = props.view;
  return (
    <Layout title={`Targets: ${la.name}`} section="targets">
      {saved ? <SavedBanner text={saved} /> : null}
      <span class="govuk-caption-l">{la.name}</span>
      <h1 class="govuk-heading-l">Targets</h1>
      {laOptions.length > 1 ? <CouncilForm options={laOptions} /> : null}
      <p class="govuk-body">
        Each figure is judged against the target set last for the financial year it falls in: a
        target changed during the year replaces the earlier one for the whole year, and the earlier
        one stays below with who set it, when and why.
      </p>
      <div class="govuk-button-group">
        <a class="govuk-button" href={setHref}>
          Set a target
        </a>
        <a class="govuk-button govuk-button--secondary" href={ruleHref}>
          Set a RAG rule
        </a>
      </div>
      {indicators.length === 0 ? (
        <p class="govuk-body">No targets have been set for {la.name} yet.</p>
      ) : (
        indicators.map((ind) => <IndicatorTargets indicator={ind} />)
      )}
      <h2 class="govuk-heading-m">The council’s RAG rules</h2>
      <p class="govuk-body">
        A target set without a tolerance is amber within the council’s rule for its indicator; with
        no rule, it is green when met and red otherwise. Rules are set with{' '}
        <code>npx outturn targets rule</code>.
      </p>
      {rules.length === 0 ? (
        <p class="govuk-body">{la.name} has no RAG rules.</p>
      ) : (
        <dl class="govuk-summary-list">
          {rules.map((r) => (
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{r.title}</dt>
              <dd class="govuk-summary-list__value">{r.text}</dd>
              <dd class="govuk-summary-list__actions">
                <a class="govuk-link" href={r.changeHref}>
                  Change<span class="govuk-visually-hidden"> the rule for {r.title}</span>
                </a>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Layout>
  );
}

function SavedBanner(props: { text: string }) {
  return (
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="saved-title"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="saved-title">
          Success
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{props.text}</p>
      </div>
    </div>
  );
}

function CouncilForm(props: { options: TargetsPageView['laOptions'] }) {
  return (
    <form method="get" action="/targets" class="outturn-filters" novalidate>
      <CouncilSelect options={props.options} />
      <div class="govuk-form-group">
        <button type="submit" class="govuk-button govuk-!-margin-bottom-0">
          Show targets
        </button>
      </div>
    </form>
  );
}

function IndicatorTargets(props: { indicator: IndicatorTargetsView }) {
  const ind = props.indicator;
  const headingId = `targets-${ind.id}`;
  return (
    <div>
      <h2 class="govuk-heading-m" id={headingId}>
        {ind.title}
      </h2>
      <p class="govuk-body-s">
        <code>{ind.id}</code> · {ind.polarityText}
        {ind.ruleText ? ` · Council rule: ${ind.ruleText.toLowerCase()}` : ''}
      </p>
      <section class="outturn-table-scroll" aria-label={`Targets for ${ind.title}`} tabindex={0}>
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden">
            Targets for {ind.title}, newest financial year first
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {['Financial year', 'Status', 'Target', 'Tolerance', 'Monthly profile'].map((h) => (
                <th scope="col" class="govuk-table__header">
                  {h}
                </th>
              ))}
              {['Set by', 'When', 'Why'].map((h) => (
                <th scope="col" class="govuk-table__header">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {ind.changes.map((c) => (
              <ChangeRow change={c} />
            ))}
          </tbody>
        </table>
      </section>
      <p class="govuk-body">
        <a class="govuk-link" href={ind.changeHref}>
          Change the target<span class="govuk-visually-hidden"> for {ind.title}</span>
        </a>
      </p>
    </div>
  );
}

function ChangeRow(props: { change: TargetChangeView }) {
  const c = props.change;
  return (
    <tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header">
        {c.financialYear}
      </th>
      <td class="govuk-table__cell">
        {c.inForce ? (
          <strong class="govuk-tag govuk-tag--green">In force</strong>
        ) : (
          <strong class="govuk-tag govuk-tag--grey">Replaced</strong>
        )}
      </td>
      <td class="govuk-table__cell">{c.valueText}</td>
      <td class="govuk-table__cell">{c.toleranceText}</td>
      <td class="govuk-table__cell">
        <Profile profile={c.profile} />
      </td>
      <td class="govuk-table__cell">{c.setBy}</td>
      <td class="govuk-table__cell">{c.setAtText}</td>
      <td class="govuk-table__cell">{c.reason}</td>
    </tr>
  );
}

function Profile(props: { profile: TargetChangeView['profile'] }) {
  if (props.profile === null) return <>Equal months</>;
  return (
    <details class="govuk-details govuk-!-margin-bottom-0">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">By month</span>
      </summary>
      <div class="govuk-details__text">
        <ul class="govuk-list govuk-body-s">
          {props.profile.map((m) => (
            <li>
              {m.month}: {m.share}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
