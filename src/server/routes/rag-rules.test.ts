import { describe, expect, it } from 'vitest';
import { loadRagRuleHistory, loadRagRules, loadTargets, setTarget } from '../../store/index.ts';
import { FIXTURE_LA } from '../testing.ts';
import { seededApp } from './route-testing.ts';

const NOW = new Date('2026-11-03T09:30:00Z');
const LA = FIXTURE_LA.code;

const fixture = seededApp(NOW);

const FIELDS = {
  la: LA,
  indicator: 'referrals',
  tolerance: '5',
  toleranceKind: 'relative',
  setBy: 'Ann Example',
  reason: 'Agreed at committee',
};

const post = (fields: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  fixture.app.request('/targets/rule', {
    method: 'POST',
    body: new URLSearchParams({ ...FIELDS, ...fields }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

describe('the RAG rule form', () => {
  it('sets a rule that judges targets set without a tolerance, and says so on the list (303)', async () => {
    const bare = { indicatorId: 'referrals', financialYear: 2026, value: 4800 };
    await setTarget(
      fixture.store.db,
      LA,
      { ...bare, tolerance: null, toleranceKind: null },
      {
        setBy: 'a',
        reason: 'b',
      },
    );
    const res = await post();
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/targets?la=901&rule=referrals');
    expect(await loadRagRules(fixture.store.db, LA)).toEqual([
      { indicatorId: 'referrals', tolerance: 0.05, toleranceKind: 'relative' },
    ]);
    const inForce = (await loadTargets(fixture.store.db, LA)).find(
      (t) => t.indicatorId === 'referrals',
    );
    expect(inForce).toMatchObject({ tolerance: 0.05, toleranceSource: 'rule' });
    const page = await (await fixture.app.request(res.headers.get('location')!)).text();
    expect(page).toContain('RAG rule saved for Referrals: amber within 5% of the target');
    expect(page).toContain('Council rule: within 5% of the target');
    expect(page).toContain('href="/targets/rule?la=901&amp;indicator=referrals"');
  });

  it('fills the form in with the rule in force, and removes it when the tolerance is left blank', async () => {
    await post();
    const form = await (
      await fixture.app.request('/targets/rule?la=901&indicator=referrals')
    ).text();
    expect(form).toContain('<option value="referrals" selected="">');
    expect(form).toContain('name="tolerance" type="text" value="5"');
    expect(form).toMatch(/type="radio" value="relative" checked=""/);
    const removed = await post({ tolerance: '', reason: 'No longer wanted' });
    expect(removed.status).toBe(303);
    expect(await loadRagRules(fixture.store.db, LA)).toEqual([]);
    const history = await loadRagRuleHistory(fixture.store.db, LA);
    expect(history.map((h) => [h.tolerance, h.setBy, h.reason, h.setAt])).toEqual([
      [0.05, 'Ann Example', 'Agreed at committee', '2026-11-03T09:30:00.000Z'],
      [null, 'Ann Example', 'No longer wanted', '2026-11-03T09:30:00.000Z'],
    ]);
    const page = await (await fixture.app.request(removed.headers.get('location')!)).text();
    expect(page).toContain('RAG rule removed for Referrals');
  });

  it('shows the form again with an error summary (400), and refuses another site (403)', async () => {
    const res = await post({ indicator: 'nope', tolerance: '-1', toleranceKind: '', setBy: '' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<a href="#indicator">Select the indicator the rule is for</a>');
    expect(html).toContain('<a href="#tolerance">The tolerance must be a number, 0 or more');
    expect(html).toContain('<a href="#toleranceKind">Select whether the tolerance');
    expect(html).toContain('<a href="#setBy">Enter your name</a>');
    expect((await post({}, { origin: 'https://elsewhere.example' })).status).toBe(403);
    expect((await post({ la: '777' })).status).toBe(400);
    expect((await fixture.app.request('/targets/rule?la=777')).status).toBe(400);
    expect(await loadRagRuleHistory(fixture.store.db, LA)).toEqual([]);
  });
});
