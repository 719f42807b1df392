/** A plain page for a request that cannot be answered: bad address, not found, or our fault. */
import { Layout } from './layout.tsx';

export function ErrorPage(props: { title: string; message: string }) {
  return (
    <Layout title={props.title}>
      <h1 class="govuk-heading-l">{props.title}</h1>
      <p class="govuk-body">{props.message}</p>
      <p class="govuk-body">
        <a class="govuk-link" href="/">
          Go to the performance dashboard
        </a>
      </p>
    </Layout>
  );
}
