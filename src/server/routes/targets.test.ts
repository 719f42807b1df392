import { describe, expect, it } from 'vitest';
import { loadTargetHistory, loadTargets, setRagRule } from '../../store/index.ts';
import { FIXTURE_LA, OTHER_LA } from '../testing.ts';
import { seededApp } from './route-testing.ts';

const NOW = new Date('2026-11-03T09:30:00Z');
const LA = FIXTURE_LA.code;

const fixture = seededApp(NOW);

const FIELDS = {
  la: LA,
  indicator: 'rereferrals_12m_pct',
  financialYear: '2026-27',
  value: '18',
  tolerance: '5',
  toleranceKind: 'relative',
  profile: '',
  setBy: 'Ann Example',
  reason: 'Raised at cabinet, 2 November',
};

function form(fields: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({ ...FIELDS, ...fields });
}

const post = (body: URLSearchParams | FormData | string, headers: Record<string, string> = {}) =>
  fixture.app.request('/targets/set', {
    method: 'POST',
    body,
    headers:
      typeof body === 'string' || body instanceof URLSearchParams
        ? { 'content-type': 'application/x-www-form-urlencoded', ...headers }
        : headers,
  });

describe('GET /targets', () => {
  it("lists each indicator's targets by year with tolerance, profile and who set them, when and why", async () => {
    const res = await fixture.app.request(`/targets?la=${LA}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1 class="govuk-heading-l">Targets</h1>');
    expect(html).toContain('Re-referrals within 12 months');
    expect(html).toMatch(
      /2026-27<\/th>.*In force.*20\.0%.*Within 2\.0 percentage points.*Equal months.*>test<.*>fixture</s,
    );
    expect(html).toContain('Within 5.0 percentage points');
    expect(html).toContain(
      'href="/targets/set?la=901&amp;indicator=rereferrals_12m_pct&amp;year=2026-27"',
    );
  });

  it('marks the target in force and the one it replaced, and shows a rule where none was given', async () => {
    await post(form({ tolerance: '', toleranceKind: '' }));
    await setRagRule(
      fixture.store.db,
      LA,
      'rereferrals_12m_pct',
      { tolerance: 0.1, toleranceKind: 'relative' },
      { setBy: 'x', reason: 'y' },
    );
    const html = await (await fixture.app.request(`/targets?la=${LA}`)).text();
    const rows = html.match(/<tr class="govuk-table__row"><th scope="row".*?<\/tr>/gs) ?? [];
    expect(rows[0]).toMatch(
      /In force.*18\.0%.*Council rule: within 10% of the target.*Ann Example.*3 November 2026, 09:30.*Raised at cabinet/s,
    );
    expect(rows[1]).toMatch(/Replaced.*20\.0%.*fixture/s);
    expect(html).toContain('Council rule: amber within 10% of the target');
  });

  it('is in the navigation, marked as the current section', async () => {
    const html = await (await fixture.app.request('/targets')).text();
    expect(html).toMatch(/href="\/targets" aria-current="page"><strong[^>]*>Targets</);
    expect(await (await fixture.app.request('/')).text()).toContain('href="/targets">Targets</a>');
  });

  it('says so for a council with no targets, and answers a bad or unknown council with 400', async () => {
    const html = await (await fixture.app.request(`/targets?la=${OTHER_LA.code}`)).text();
    expect(html).toContain('No targets have been set for Southshire yet.');
    expect((await fixture.app.request('/targets?la=no%20such')).status).toBe(400);
    expect((await fixture.app.request('/targets?la=777')).status).toBe(400);
    expect((await fixture.app.request('/targets?la=901&la=902')).status).toBe(400);
  });
});

describe('GET /targets/set', () => {
  it('shows the form, filled in with the target in force for the indicator and year asked for', async () => {
    const res = await fixture.app.request(
      `/targets/set?la=${LA}&indicator=assessments_within_45wd_pct&year=2026-27`,
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/targets/set" novalidate="">');
    expect(html).toContain('<input type="hidden" name="la" value="901"/>');
    expect(html).toContain('<option value="assessments_within_45wd_pct" selected="">');
    expect(html).toContain('name="financialYear" type="text" value="2026-27"');
    expect(html).toContain('name="value" type="text" value="88"');
    expect(html).toContain('name="tolerance" type="text" value="5"');
    expect(html).toMatch(/type="radio" value="absolute" checked=""/);
  });

  it('starts empty without an indicator, and refuses an unknown council', async () => {
    const html = await (await fixture.app.request(`/targets/set?la=${LA}`)).text();
    expect(html).toContain('<option value="" selected="">Choose an indicator</option>');
    expect(html).toContain('<optgroup label="Contacts and referrals">');
    expect((await fixture.app.request('/targets/set?la=777')).status).toBe(400);
  });
});

describe('POST /targets/set', () => {
  it('sets the target with who, when and why, and goes back to the list with a banner (303)', async () => {
    const res = await post(form({ profile: '8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8' }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      '/targets?la=901&saved=rereferrals_12m_pct&year=2026-27',
    );
    const history = await loadTargetHistory(fixture.store.db, LA);
    expect(history.at(-1)).toEqual({
      indicatorId: 'rereferrals_12m_pct',
      financialYear: 2026,
      value: 18,
      tolerance: 0.05,
      toleranceKind: 'relative',
      profile: [8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8],
      setBy: 'Ann Example',
      setAt: '2026-11-03T09:30:00.000Z',
      reason: 'Raised at cabinet, 2 November',
    });
    const [inForce] = (await loadTargets(fixture.store.db, LA)).filter(
      (t) => t.indicatorId === 'rereferrals_12m_pct',
    );
    expect(inForce?.value).toBe(18);
    const page = await (await fixture.app.request(res.headers.get('location')!)).text();
    expect(page).toContain('Target saved for Re-referrals within 12 months, 2026-27');
  });

  it('takes no tolerance (a kind chosen then ignored) and a count written with a thousands comma', async () => {
    const res = await post(
      form({ tolerance: '', toleranceKind: 'absolute', indicator: 'referrals', value: '4,800' }),
    );
    expect(res.status).toBe(303);
    expect((await loadTargetHistory(fixture.store.db, LA)).at(-1)).toMatchObject({
      indicatorId: 'referrals',
      value: 4800,
      tolerance: null,
      toleranceKind: null,
    });
  });

  it('shows the form again with a GOV.UK error summary and a message per field, with status 400', async () => {
    const before = (await loadTargetHistory(fixture.store.db, LA)).length;
    const res = await post(
      form({
        indicator: '',
        financialYear: '2026',
        value: 'eighty',
        tolerance: 'lots',
        toleranceKind: '',
        profile: '1, 2, 3',
        setBy: ' ',
        reason: '',
      }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<title>Error: Set a target – Outturn</title>');
    expect(html).toContain('<h2 class="govuk-error-summary__title">There is a problem</h2>');
    for (const [anchor, message] of [
      ['#indicator', 'Select the indicator the target is for'],
      ['#financialYear', 'Enter the financial year in full: 2025-26 or 2026-27'],
      ['#value', 'The target must be a number, like 85 or 4,800'],
      ['#tolerance', 'The tolerance must be a number, 0 or more, like 2 or 5'],
      [
        '#toleranceKind',
        'Select whether the tolerance is in the indicator’s unit or a percentage of the target',
      ],
      ['#profile', 'A profile has 12 numbers, April to March; this has 3'],
      ['#setBy', 'Enter your name'],
      ['#reason', 'Enter why the target is being set or changed'],
    ]) {
      expect(html).toContain(`<a href="${anchor}">${message}</a>`);
    }
    expect(html).toContain('name="profile" type="text" value="1, 2, 3"');
    expect(html).toContain(
      'class="govuk-input govuk-input--width-10 govuk-input--error" id="value"',
    );
    expect((await loadTargetHistory(fixture.store.db, LA)).length).toBe(before);
  });

  it('says what is wrong with a percentage over 100 and a relative tolerance over 100%', async () => {
    const html = await (await post(form({ value: '120', tolerance: '150' }))).text();
    expect(html).toContain('<a href="#value">A percentage target must be 100 or less</a>');
    expect(html).toContain(
      '<a href="#tolerance">A relative tolerance must be a percentage of the target, 100 or less</a>',
    );
  });

  it('answers a form it cannot read, a field twice or an unknown council with a 400 page', async () => {
    const twice = form();
    twice.append('value', '19');
    expect((await post(twice)).status).toBe(400);
    expect((await post(form({ la: '777' }))).status).toBe(400);
    const broken = await post('--x\r\nContent-Disposition: form-data; name="la"\r\n\r\n901', {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(broken.status).toBe(400);
    const file = new FormData();
    for (const [k, v] of form()) file.append(k, v);
    file.set('reason', new File(['x'], 'x.txt'));
    expect((await post(file)).status).toBe(400);
    expect(await loadTargetHistory(fixture.store.db, LA)).toHaveLength(2);
  });

  it('refuses a form sent from another site with 403, and takes one from its own', async () => {
    const res = await post(form(), { origin: 'https://elsewhere.example' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('This form was sent from another site');
    expect((await post(form(), { origin: 'null' })).status).toBe(403);
    expect(await loadTargetHistory(fixture.store.db, LA)).toHaveLength(2);
    expect((await post(form(), { origin: 'http://localhost' })).status).toBe(303);
  });
});
