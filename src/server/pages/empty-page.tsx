/** The first page of a new installation: no council has any data yet. */
import { Layout } from './layout.tsx';

export function EmptyPage() {
  return (
    <Layout title="No data yet">
      <h1 class="govuk-heading-l">There is no data yet</h1>
      <p class="govuk-body">
        Outturn has no councils in its database, so there is no dashboard to show.
      </p>
      <h2 class="govuk-heading-m">Try it with made-up data</h2>
      <p class="govuk-body">Load a demonstration council built from synthetic records:</p>
      <pre class="outturn-command">
        <code>npx outturn demo</code>
      </pre>
      <h2 class="govuk-heading-m">Load your council's records</h2>
      <p class="govuk-body">
        Import your Ofsted Annex A, CIN census or SSDA903 files on the{' '}
        <a class="govuk-link" href="/import">
          Import files
        </a>{' '}
        page, or from the command line:
      </p>
      <pre class="outturn-command">
        <code>npx outturn import &lt;files&gt;</code>
      </pre>
    </Layout>
  );
}
