import { describe, expect, it } from 'vitest';
import { FIXTURE_LA, FIXTURE_SERIES, FIXTURE_TARGETS, OTHER_LA } from '../testing.ts';
import { buildDashboard } from '../view/dashboard.ts';
import { DashboardPage } from './dashboard-page.tsx';

function render(window: 'quarter' | 'month' | 'year' = 'quarter'): string {
  const view = buildDashboard({
    la: FIXTURE_LA,
    las: [OTHER_LA, FIXTURE_LA],
    series: FIXTURE_SERIES,
    targets: FIXTURE_TARGETS,
    window,
  });
  return String(<DashboardPage view={view} />);
}

/** The HTML of the card for one indicator. */
function card(html: string, id: string): string {
  const start = html.indexOf(`id="indicator-${id}"`);
  expect(start).toBeGreaterThan(-1);
  const next = html.indexOf('class="govuk-summary-card outturn-indicator"', start);
  return html.slice(start, next === -1 ? undefined : next);
}

describe('<DashboardPage view>', () => {
  it('names the council, the as-at date and the latest whole quarter of each indicator', () => {
    const html = render();
    expect(html).toContain('<span class="govuk-caption-l">Northshire</span>');
    expect(html).toContain('Figures as at 31 October 2026');
    const rereferrals = card(html, 'rereferrals_12m_pct');
    expect(rereferrals).toContain('Latest: 2026-27 Q2');
    expect(rereferrals).toContain('19.7%');
    expect(rereferrals).toContain('612 of 3,104');
    expect(rereferrals).toContain('Lower is better');
  });

  it('shows each RAG as a coloured tag with an icon and a word', () => {
    const html = render();
    expect(card(html, 'rereferrals_12m_pct')).toMatch(
      /govuk-tag--green[^>]*><svg class="outturn-rag-icon" data-rag="green" aria-hidden="true"[\s\S]*?On target/,
    );
    expect(card(html, 'assessments_within_45wd_pct')).toMatch(
      /govuk-tag--yellow[\s\S]*?Near target/,
    );
    expect(card(html, 'referrals')).toMatch(/govuk-tag--grey[\s\S]*?No target/);
    expect(card(render('month'), 'assessments_within_45wd_pct')).toMatch(
      /govuk-tag--red[\s\S]*?data-rag="red"[\s\S]*?Off target/,
    );
  });

  it('shows the target for the financial year with its tolerance', () => {
    const html = card(render(), 'assessments_within_45wd_pct');
    expect(html).toContain('Target for 2026-27');
    expect(html).toContain('88.0%');
    expect(html).toContain('Near target means within 5.0 percentage points');
    expect(card(render(), 'referrals')).toContain('No target set for 2026-27');
  });

  it('labels a period in progress with the days it covers, apart from the latest', () => {
    const html = card(render(), 'rereferrals_12m_pct');
    expect(html).toContain('2026-27 Q3 so far (1 Oct to 31 Oct 2026)');
    expect(html).toContain('30 of 200');
  });

  it('lists the last six quarters in a table with a caption and scoped headers', () => {
    const html = card(render(), 'referrals');
    expect(html).toContain('Last 6 quarters<span class="govuk-visually-hidden">: Referrals</span>');
    const headers = [...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    const cells = [
      ...html.matchAll(
        /<td class="govuk-table__cell[^>]*>([^<]*)(?:<span class="outturn-symbols">[^<]*<\/span>)?<\/td>/g,
      ),
    ];
    expect(headers).toEqual([
      '2025-26 Q1',
      '2025-26 Q2',
      '2025-26 Q3',
      '2025-26 Q4',
      '2026-27 Q1',
      '2026-27 Q2',
    ]);
    expect(cells.map((m) => m[1])).toEqual(['2,100', '2,200', '2,150', '2,300', '2,250', '2,345']);
  });

  it('draws a sparkline whose text alternative gives the values', () => {
    const html = card(render(), 'cla_open');
    expect(html).toContain(
      'role="img" aria-label="Children looked after, last 6 quarters: 2025-26 Q1 1,180, 2025-26 Q2 1,190, 2025-26 Q3 1,200, 2025-26 Q4 1,210, 2026-27 Q1 1,220, 2026-27 Q2 1,234."',
    );
  });

  it('offers the councils and period kinds with the current ones selected', () => {
    const html = render('month');
    expect(html).toContain('<option value="901" selected="">Northshire</option>');
    expect(html).toContain('<option value="902">Southshire</option>');
    expect(html).toContain('<option value="month" selected="">Months</option>');
    expect(html).toMatch(/<form method="get" action="\/"/);
  });

  it('says so on a card whose indicator has no figures of the chosen kind', () => {
    expect(card(render('year'), 'referrals')).toContain('No figures by financial years');
  });

  it('carries no script and no inline style', () => {
    const html = render();
    expect(html).not.toMatch(/<script|style=|\son[a-z]+=/i);
  });
});
