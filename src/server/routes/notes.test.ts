import { describe, expect, it } from 'vitest';
import { listNotes } from '../../store/index.ts';
import { FIXTURE_LA } from '../testing.ts';
import { seededApp } from './route-testing.ts';

const LA = FIXTURE_LA.code;
const fixture = seededApp();

const FIELDS = {
  la: LA,
  indicator: 'rereferrals_12m_pct',
  period: '2026-27 Q2',
  text: 'A new front door team started in July.',
  author: 'Ann Example',
  status: 'published',
};

const post = (fields: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  fixture.app.request('/notes', {
    method: 'POST',
    body: new URLSearchParams({ ...FIELDS, ...fields }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

describe('POST /notes', () => {
  it('adds a note and goes back to the list, which shows it; the dashboard shows it published', async () => {
    const res = await post();
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/notes?la=${LA}&added=rereferrals_12m_pct`);
    const [note] = await listNotes(fixture.store.db, LA);
    expect(note).toMatchObject({
      period: '2026-27 Q2',
      author: 'Ann Example',
      status: 'published',
    });
    const list = await (await fixture.app.request(res.headers.get('location') ?? '')).text();
    expect(list).toContain('Note added to Re-referrals within 12 months');
    expect(list).toContain('A new front door team started in July.');
    const dashboard = await (await fixture.app.request(`/?la=${LA}`)).text();
    expect(dashboard).toContain('A new front door team started in July.');
  });

  it('keeps a draft off the dashboard', async () => {
    await post({ status: 'draft', text: 'Draft: not for members yet.' });
    const dashboard = await (await fixture.app.request(`/?la=${LA}`)).text();
    expect(dashboard).not.toContain('Draft: not for members yet.');
  });

  it('shows the form again with a message per field, and adds nothing', async () => {
    const res = await post({ indicator: 'nope', period: 'last spring', text: ' ', author: '' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('There is a problem');
    for (const href of ['#indicator', '#period', '#text', '#author']) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(await listNotes(fixture.store.db, LA)).toEqual([]);
  });

  it('refuses a form from another site with 403, and an unknown council with 400', async () => {
    const other = await post({}, { origin: 'https://elsewhere.example' });
    expect(other.status).toBe(403);
    expect((await post({ la: 'ZZZ' })).status).toBe(400);
    expect(await listNotes(fixture.store.db, LA)).toEqual([]);
  });
});

describe('GET /notes', () => {
  it('offers the form with the indicator chosen, and refuses a malformed query with 400', async () => {
    const res = await fixture.app.request(`/notes?la=${LA}&indicator=cpp_open`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<option value="cpp_open" selected/);
    expect((await fixture.app.request('/notes?la=<script>')).status).toBe(400);
  });
});
