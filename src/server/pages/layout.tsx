/** The page frame: head, skip link, header with the service name, main landmark, footer. */
import type { Child } from 'hono/jsx';

export function Layout(props: { title: string; children: Child }) {
  return (
    <html lang="en" class="govuk-template">
      <head>
        <meta charset="utf-8" />
        <title>{`${props.title} – Outturn`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="stylesheet" href="/assets/govuk-frontend.min.css" />
        <link rel="stylesheet" href="/assets/outturn.css" />
      </head>
      <body class="govuk-template__body">
        <a href="#main-content" class="govuk-skip-link">
          Skip to main content
        </a>
        <Header />
        <div class="govuk-width-container">
          <main class="govuk-main-wrapper" id="main-content">
            {props.children}
          </main>
        </div>
        <Footer />
      </body>
    </html>
  );
}

function Header() {
  return (
    <header class="govuk-generic-header outturn-header">
      <div class="govuk-generic-header__container govuk-width-container">
        <div class="govuk-generic-header__logo">
          <a href="/" class="govuk-generic-header__homepage-link outturn-service-name">
            Outturn
          </a>
          <span class="outturn-tagline">Children's social care performance</span>
        </div>
      </div>
    </header>
  );
}

function Footer() {
  return (
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p class="govuk-body-s govuk-!-margin-0">
              Outturn — open-source performance reporting for social care
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
