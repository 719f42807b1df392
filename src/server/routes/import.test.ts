import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../domain/index.ts';
import { listFile } from '../../ingest/annex-a/test-files.ts';
import type { SourceFile } from '../../ingest/index.ts';
import { countRecords, type ImportResult, listUploads, upsertLa } from '../../store/index.ts';
import { openTestStore, type TestStore } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { ImportJobs } from '../import-jobs.ts';

const NOW = new Date(2026, 10, 3, 9, 30); // 3 November 2026, 09:30 local time
const referral = (id: string, date: string) => ({
  'Child Unique ID': id,
  Gender: 'a) Male',
  Ethnicity: 'WBRI',
  'Date of Birth': '01/01/2015',
  'Date of referral': date,
  'Referral NFA?': 'b) No',
});
const good = listFile(3, [
  referral('C1', '02/05/2024'),
  referral('C1', '02/05/2025'),
  referral('C2', '10/06/2024'),
]);
const bad = listFile(3, [referral('C3', '31/06/2024')], 'List 3 bad.csv');

let store: TestStore;
let jobs: ImportJobs;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openTestStore();
  await upsertLa(store.db, { code: '999', name: 'Northmere' });
  jobs = new ImportJobs();
  app = createApp({ db: store.db, now: () => NOW, jobs, uploadLimit: 64 * 1024 });
});
afterAll(() => store.dispose());

function form(files: readonly SourceFile[], fields: Record<string, string> = {}): FormData {
  const body = new FormData();
  for (const f of files)
    body.append('files', new File([f.bytes as Uint8Array<ArrayBuffer>], f.name));
  const all = { la: '999', laName: '', 'asAt-day': '30', 'asAt-month': '6', 'asAt-year': '2025' };
  for (const [name, value] of Object.entries({ ...all, ...fields })) body.append(name, value);
  return body;
}

const post = (body: FormData | string, headers: Record<string, string> = {}) =>
  app.request('/import', { method: 'POST', body, headers });

/** Posts the form, follows it to the job and waits for the import to end; the job's page. */
async function importThrough(body: FormData): Promise<{ id: string; html: string }> {
  const res = await post(body);
  expect(res.status).toBe(303);
  const id = /^\/import\/([0-9a-f-]{36})$/.exec(res.headers.get('location') ?? '')?.[1];
  expect(id).toBeDefined();
  await jobs.get(id!)!.settled;
  const page = await app.request(`/import/${id}`);
  expect(page.status).toBe(200);
  return { id: id!, html: await page.text() };
}

describe('GET /import', () => {
  it('shows the upload form with the only council and today filled in', async () => {
    const res = await app.request('/import');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<form method="post" action="/import" enctype="multipart/form-data"');
    expect(html).toMatch(
      /<input class="govuk-file-upload" id="files" name="files" type="file" multiple/,
    );
    expect(html).toContain('name="la" type="text" value="999"');
    expect(html).toContain('name="laName" type="text" value="Northmere"');
    expect(html).toContain('name="asAt-day" type="text" inputmode="numeric" value="3"');
    expect(html).toContain('name="asAt-month" type="text" inputmode="numeric" value="11"');
    expect(html).toContain('name="asAt-year" type="text" inputmode="numeric" value="2026"');
    expect(html).toContain('aria-current="page"');
  });

  it('is linked from the navigation on every page', async () => {
    const html = await (await app.request('/')).text();
    expect(html).toContain('<a class="govuk-service-navigation__link" href="/import">');
  });
});

describe('POST /import', () => {
  it('imports in the background, then shows the records per list', async () => {
    const { html } = await importThrough(form([good]));
    expect(html).toContain('Files imported');
    expect(html).toContain('Northmere: figures as at 30 June 2025');
    expect(html).toMatch(
      /<th scope="row" class="govuk-table__header">referrals<\/th><td[^>]*>3<\/td><td[^>]*>0<\/td>/,
    );
    expect((await countRecords(store.db, '999')).referrals).toBe(3);
    const upload = (await listUploads(store.db, '999')).at(-1);
    expect(upload).toMatchObject({ createdBy: 'upload page', fileName: 'List 3.csv' });
  });

  it('rejects files with errors, lists every issue and leaves the database unchanged', async () => {
    const before = await countRecords(store.db, '999');
    const { html } = await importThrough(form([bad]));
    expect(html).toContain('Import rejected');
    expect(html).toContain(
      'Rejected: the files have 1 error, so nothing was imported. The database is unchanged.',
    );
    expect(html).toContain('<td class="govuk-table__cell">List 3 bad.csv</td>');
    expect(html).toContain('<td class="govuk-table__cell govuk-table__cell--numeric">2</td>');
    expect(html).toContain('<td class="govuk-table__cell">Date of referral</td>');
    expect(html).toContain('<td class="govuk-table__cell">31/06/2024</td>');
    expect(await countRecords(store.db, '999')).toEqual(before);
  });

  it('shows the form again with a message for each field in error, with status 400', async () => {
    const res = await post(form([], { la: '', 'asAt-day': '31', 'asAt-month': '2' }));
    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).toContain('<title>Error: Import files – Outturn</title>');
    expect(html).toContain('<a href="#files">Select the files to import</a>');
    expect(html).toContain('<a href="#la">Enter the council’s code</a>');
    expect(html).toContain('<a href="#asAt-day">The “as at” date must be a real date');
    expect(html).toContain('value="31"');
  });

  it('asks for the name of a council new to Outturn', async () => {
    const html = await (await post(form([good], { la: '123' }))).text();
    expect(html).toContain('Council 123 is new to Outturn: enter its name');
  });

  it('answers a form it cannot read, or a field sent twice, with a 400 page', async () => {
    const broken = await post('--x\r\nContent-Disposition: form-data; name="la"\r\n\r\n999', {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain('There is a problem with the form');
    const twice = form([good]);
    twice.append('la', '998');
    expect((await post(twice)).status).toBe(400);
  });

  it('refuses a form sent from another site with 403, and takes one from its own', async () => {
    const res = await post(form([good]), { origin: 'https://elsewhere.example' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('This form was sent from another site');
    expect((await post(form([bad]), { origin: 'null' })).status).toBe(403);
    const own = await post(form([bad]), { origin: 'http://localhost' });
    expect(own.status).toBe(303);
    await jobs.get(own.headers.get('location')!.split('/')[2]!)!.settled;
  });

  it('answers an upload larger than the limit with a 413 page', async () => {
    const large = listFile(
      3,
      Array.from({ length: 3000 }, (_, i) => referral(`C${i}`, '02/05/2024')),
    );
    expect(large.bytes.length).toBeGreaterThan(64 * 1024);
    const res = await post(form([large]));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('The files are too large');
  });
});

describe('GET /import/<id> and /import/<id>/status', () => {
  it('shows a running import with a progress bar, a live text and a link, and its JSON', async () => {
    let finish: (result: ImportResult) => void = () => {};
    const progress: ImportProgress = {
      phase: 'reading',
      item: 'List 1.csv',
      done: 42,
      total: 100,
      unit: 'bytes',
    };
    const job = jobs.start(
      { la: { code: '999', name: 'Northmere' }, files: ['List 1.csv'], asAt: 0 },
      (onProgress) => {
        onProgress(progress);
        return new Promise((resolve) => {
          finish = resolve;
        });
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    const html = await (await app.request(`/import/${job.id}`)).text();
    expect(html).toContain(
      '<progress id="import-progress" class="outturn-progress" max="100" value="42">',
    );
    expect(html).toContain('Step 1 of 3, reading the files: 42% (List 1.csv)');
    expect(html).toContain(`<a class="govuk-link" href="/import/${job.id}">Check progress</a>`);
    expect(html).toContain('<script src="/assets/import-progress.js" defer=""></script>');
    expect(html).not.toMatch(/<script>/);
    const status = await app.request(`/import/${job.id}/status`);
    expect(await status.json()).toEqual({
      status: 'running',
      percent: 42,
      text: 'Step 1 of 3, reading the files: 42% (List 1.csv)',
    });
    finish({ ok: true, repeatOf: 7 });
    await job.settled;
    expect(await (await app.request(`/import/${job.id}/status`)).json()).toMatchObject({
      status: 'finished',
    });
    expect(await (await app.request(`/import/${job.id}`)).text()).toContain(
      'Every file was imported before (upload 7): nothing changed.',
    );
  });

  it('answers an unknown import with a 404 page, and its status with JSON', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await app.request(`/import/${unknown}`)).status).toBe(404);
    expect((await app.request('/import/not-an-id')).status).toBe(404);
    const status = await app.request(`/import/${unknown}/status`);
    expect(status.status).toBe(404);
    expect(await status.json()).toEqual({ error: 'There is no import with this id.' });
  });

  it('serves the page script as JavaScript under the strict policy', async () => {
    const res = await app.request('/assets/import-progress.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toContain('statusUrl');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
