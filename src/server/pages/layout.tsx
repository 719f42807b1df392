/**
 * The page frame: head, skip link, header with the service name, the service's navigation,
 * main landmark, footer; and any scripts of the page's own (files under /assets, never inline).
 */
import type { Child } from 'hono/jsx';

/** The sections in the service navigation. */
export type Section = 'dashboard' | 'targets' | 'notes' | 'import';

export function Layout(props: {
  title: string;
  children: Child;
  /** The section the page belongs to, marked as the current one in the navigation. */
  section?: Section;
  scripts?: readonly string[];
}) {
  return (
    <html lang="en" class="govuk-template">
      <head>
        <meta charset="utf-8" />
        <title>{`${props.title} – Outturn`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="stylesheet" href="/assets/govuk-frontend.min.css" />
        <link rel="stylesheet" href="/assets/outturn.css" />
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class="govuk-template__body">
        <a href="#main-content" class="govuk-skip-link">
          Skip to main content
        </a>
        <Header />
        <Navigation section={props.section} />
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

const SECTIONS: readonly [Section, string, string][] = [
  ['dashboard', '/', 'Dashboard'],
  ['targets', '/targets', 'Targets'],
  ['notes', '/notes', 'Notes'],
  ['import', '/import', 'Import files'],
];

function Navigation(props: { section: Section | undefined }) {
  return (
    <div class="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
            <ul class="govuk-service-navigation__list">
              {SECTIONS.map(([section, href, label]) => (
                <NavigationItem href={href} label={label} current={section === props.section} />
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}

function NavigationItem(props: { href: string; label: string; current: boolean }) {
  if (!props.current) {
    return (
      <li class="govuk-service-navigation__item">
        <a class="govuk-service-navigation__link" href={props.href}>
          {props.label}
        </a>
      </li>
    );
  }
  return (
    <li class="govuk-service-navigation__item govuk-service-navigation__item--active">
      <a class="govuk-service-navigation__link" href={props.href} aria-current="page">
        <strong class="govuk-service-navigation__active-fallback">{props.label}</strong>
      </a>
    </li>
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
