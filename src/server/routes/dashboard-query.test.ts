import { describe, expect, it } from 'vitest';
import { parseDashboardQuery } from './dashboard-query.ts';

describe('parseDashboardQuery(raw)', () => {
  it('defaults to quarters and no council', () => {
    expect(parseDashboardQuery({})).toEqual({
      ok: true,
      query: { window: 'quarter', figures: 'published' },
    });
  });
  it('shows figures as published unless all are asked for, and names a wrong choice', () => {
    expect(parseDashboardQuery({ figures: 'all' })).toMatchObject({ query: { figures: 'all' } });
    expect(parseDashboardQuery({ figures: 'raw' })).toEqual({
      ok: false,
      message:
        'Figures are “published” (small numbers hidden) or “all” (every figure, for officers).',
    });
  });
  it('reads an empty council code as none chosen', () => {
    expect(parseDashboardQuery({ la: '', window: 'ytd' })).toEqual({
      ok: true,
      query: { la: undefined, window: 'ytd', figures: 'published' },
    });
  });
  it('names an unknown kind of period and the choices', () => {
    expect(parseDashboardQuery({ window: 'fortnight' })).toEqual({
      ok: false,
      message:
        '“fortnight” is not a kind of period. Choose one of: quarters, months, financial years, rolling 12 months, year to date.',
    });
  });
  it('refuses a kind of period given twice', () => {
    expect(parseDashboardQuery({ window: ['month', 'year'] }).ok).toBe(false);
  });
  it('refuses a council code with characters no code has', () => {
    const check = parseDashboardQuery({ la: '<script>' });
    expect(check).toEqual({
      ok: false,
      message: 'A council code is up to 20 letters, digits, hyphens or underscores, given once.',
    });
  });
});
