import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestStore, type TestStore } from '../store/testing.ts';
import { createApp } from './app.ts';
import { FIXTURE_LA, seedFixture } from './testing.ts';

let seeded: TestStore;
let empty: TestStore;

beforeAll(async () => {
  [seeded, empty] = await Promise.all([openTestStore(), openTestStore()]);
  await seedFixture(seeded.db);
});

afterAll(async () => {
  await Promise.all([seeded.dispose(), empty.dispose()]);
});

const get = (store: TestStore, path: string) => createApp({ db: store.db }).request(path);

describe('GET /', () => {
  it('opens on the first council, by quarter, with every stored indicator', async () => {
    const res = await get(seeded, '/');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<span class="govuk-caption-l">Northshire</span>');
    expect(html).toContain('<option value="quarter" selected="">Quarters</option>');
    expect(html.match(/class="govuk-summary-card outturn-indicator"/g)).toHaveLength(4);
    expect(html).toContain('612 of 3,104');
    expect(html).toContain('Figures as at 31 October 2026');
  });

  it('shows the chosen council and period kind', async () => {
    const html = await (await get(seeded, `/?la=${FIXTURE_LA.code}&window=month`)).text();
    expect(html).toContain('Latest: 2026-09');
    expect(html).toContain('Off target');
  });

  it('tells a council without figures how to load them', async () => {
    const res = await get(seeded, '/?la=902');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('There are no figures for this council yet');
  });

  it('explains how to load data when the database has no council', async () => {
    const res = await get(empty, '/');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('There is no data yet');
    expect(html).toContain('npx outturn demo');
    expect(html).toContain('npx outturn import &lt;files&gt;');
  });

  it('answers an unknown period kind with a 400 page naming it', async () => {
    const res = await get(seeded, '/?window=fortnight');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('“fortnight” is not a kind of period');
  });

  it('answers an unknown council with a 400 page naming it', async () => {
    const res = await get(seeded, '/?la=123');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('There is no council with the code “123”.');
  });

  it('escapes what the address says rather than echoing markup', async () => {
    const html = await (await get(seeded, '/?window=%3Cb%3Ehi')).text();
    expect(html).toContain('“&lt;b&gt;hi” is not a kind of period');
    expect(html).not.toContain('<b>hi');
  });
});

describe('GET /dashboard.xlsx', () => {
  it('sends the chosen figures as an Excel workbook with a dashboard and a data sheet', async () => {
    const res = await get(seeded, `/dashboard.xlsx?la=${FIXTURE_LA.code}&window=quarter`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="outturn-${FIXTURE_LA.code}-quarter-published.xlsx"`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Dashboard', 'Data']);
    expect(book.getWorksheet('Dashboard')!.getCell('A1').value).toBe(
      'Performance dashboard: Northshire',
    );
  });

  it('is linked from the dashboard for the same council and period kind', async () => {
    const html = await (await get(seeded, '/?window=month')).text();
    expect(html).toContain(
      `href="/dashboard.xlsx?la=${FIXTURE_LA.code}&amp;window=month&amp;figures=published"`,
    );
  });

  it('answers a bad period kind with a 400 page', async () => {
    expect((await get(seeded, '/dashboard.xlsx?window=fortnight')).status).toBe(400);
  });
});

describe('createApp({ db })', () => {
  it('answers /health with a status in JSON', async () => {
    const res = await get(seeded, '/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown path with a 404 page', async () => {
    const res = await get(seeded, '/nowhere');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
    expect((await get(seeded, '/assets/nothing.css')).status).toBe(404);
  });

  it('answers a failing database with a 500 page that shows no stack', async () => {
    const broken = await openTestStore();
    const app = createApp({ db: broken.db });
    await broken.dispose();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/');
    const html = await res.text();
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
    expect(res.status).toBe(500);
    expect(html).toContain('Sorry, there is a problem with the service');
    expect(html).not.toMatch(/at .*\.ts:\d+|Error:/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('sends a strict Content-Security-Policy, nosniff and no caching on pages', async () => {
    const res = await get(seeded, '/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('serves GOV.UK Frontend without its web fonts, and our stylesheet with a system font', async () => {
    const govuk = await get(seeded, '/assets/govuk-frontend.min.css');
    const css = await govuk.text();
    expect(govuk.status).toBe(200);
    expect(govuk.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css).toContain('.govuk-tag--green');
    expect(css).not.toContain('@font-face');
    expect(css).not.toContain('.woff');
    const ours = await (await get(seeded, '/assets/outturn.css')).text();
    expect(ours).toContain('system-ui, -apple-system, "Segoe UI", Arial, sans-serif');
  });
});
