import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/index.ts';
import { dayOf } from '../../src/domain/index.ts';
import { createApp, type RunningServer, startServer } from '../../src/server/index.ts';
import { openTestStore, type TestStore } from '../../src/store/testing.ts';
import { axeViolations, inPage, launchChromium } from './browser.ts';

let store: TestStore;
let server: RunningServer;
let browser: Browser;
/** Pages as a reader gets them: our Content-Security-Policy enforced, our script running. */
let strict: BrowserContext;
/** For axe, injected as an inline script; the page's own script is kept out, as without JS. */
let audit: BrowserContext;

type Upload = { name: string; mimeType: string; buffer: Buffer };

/** The demo council's Annex A CSVs (about 19 MB): big enough to watch the import go. */
function demoUploads(seed = 3): Upload[] {
  const demo = generateDemo({ asAt: dayOf(2025, 10, 31), seed });
  return demo.files.map((f) => ({
    name: f.name,
    mimeType: 'text/csv',
    buffer: Buffer.from(f.text),
  }));
}

const BAD: Upload = {
  name: 'List 3 bad.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'Child Unique ID,Gender,Date of Birth,Date of referral,Referral NFA?\r\nC1,a) Male,01/01/2015,31/06/2025,b) No\r\n',
  ),
};

beforeAll(async () => {
  [store, browser] = await Promise.all([openTestStore(), launchChromium()]);
  server = await startServer(createApp({ db: store.db }), 0);
  const viewport = { width: 1280, height: 900 };
  strict = await browser.newContext({ viewport });
  audit = await browser.newContext({ viewport, bypassCSP: true });
  await audit.route('**/assets/import-progress.js', (route) => route.abort());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.dispose();
});

/** Console errors by page: a CSP violation, a missing file (4xx pages and the kept-out script aside). */
const consoleErrors = new WeakMap<Page, string[]>();

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (m) => {
    const kept =
      m.location().url.includes('import-progress.js') || m.text().includes('status of 4');
    if (m.type() === 'error' && !kept) errors.push(`${m.text()} ${m.location().url}`);
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

async function close(page: Page): Promise<void> {
  expect(consoleErrors.get(page)).toEqual([]);
  await page.close();
}

/** Fills the form for council 999 as at 31 October 2025 and sends it with Enter on the button. */
async function send(page: Page, files: Upload[]): Promise<void> {
  await page.setInputFiles('#files', files);
  await page.fill('#la', '999');
  await page.fill('#laName', 'Northmere');
  await page.fill('#asAt-day', '31');
  await page.fill('#asAt-month', '10');
  await page.fill('#asAt-year', '2025');
  await page.focus('button[type="submit"]');
  await Promise.all([page.waitForURL(/\/import\/[0-9a-f-]{36}$/), page.keyboard.press('Enter')]);
}

/** Without the page's script: follows "Check progress" until the import has ended. */
async function followUntilDone(page: Page): Promise<void> {
  for (let tries = 0; tries < 600 && (await page.locator('progress').count()) === 1; tries++) {
    await page.waitForTimeout(200);
    await Promise.all([page.waitForLoadState(), page.click('text=Check progress')]);
  }
}

const focusedId = (page: Page) => inPage<string>(page, "document.activeElement?.id ?? ''");

describe('the upload page in Chromium', () => {
  it('is reached from the navigation and filled in by keyboard, in order', async () => {
    const page = await open(strict, '/');
    await Promise.all([page.waitForURL(/\/import$/), page.click('text=Import files')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Import files');
    const order: string[] = [];
    for (let presses = 0; presses < 12 && !order.includes('asAt-year'); presses++) {
      await page.keyboard.press('Tab');
      const id = await focusedId(page);
      if (id !== '') order.push(id);
    }
    expect(order).toEqual(['files', 'la', 'laName', 'asAt-day', 'asAt-month', 'asAt-year']);
    await page.keyboard.press('Tab');
    expect(await inPage<string>(page, 'document.activeElement?.textContent?.trim()')).toBe(
      'Import files',
    );
    await close(page);
  });

  it('uploads the files, shows the progress as it goes, then the records imported', async () => {
    const page = await open(strict, '/import');
    await send(page, demoUploads());
    const bar = page.locator('progress#import-progress');
    expect(await bar.isVisible()).toBe(true);
    const text = page.locator('#import-progress-text');
    expect(await text.textContent()).toMatch(/Waiting to start|Step [123] of 3/);
    expect(await text.getAttribute('role')).toBe('status');
    // The script moves the bar, then reloads the page when the import is done.
    const seen = new Set<string>();
    const watching = setInterval(() => {
      bar.getAttribute('value', { timeout: 100 }).then(
        (v) => v && seen.add(v),
        () => {},
      );
    }, 100);
    await page.waitForSelector('.govuk-panel__title', { timeout: 110_000 });
    clearInterval(watching);
    // How many values the bar passes through depends on the machine's speed: a quiet machine
    // may finish between two looks. That it showed a value, then the outcome, does not.
    expect(seen.size).toBeGreaterThan(0);
    await expect(page.locator('.govuk-panel__title').textContent()).resolves.toBe('Files imported');
    await expect(page.locator('th[scope="row"]', { hasText: 'contacts' }).count()).resolves.toBe(1);
    await close(page);
  }, 120_000);
});

describe('accessibility of the upload pages (axe-core, WCAG 2.2 AA)', () => {
  it('finds no violations on the form, nor on it shown again with errors', async () => {
    const page = await open(audit, '/import');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#la', '');
    await Promise.all([page.waitForURL(/\/import$/), page.click('button[type="submit"]')]);
    await expect(page.locator('.govuk-error-summary').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });

  it('finds no violations on a running import, nor on its outcome', async () => {
    const page = await open(audit, '/import');
    await send(
      page,
      demoUploads(4).filter((f) => f.name.includes('List 1')),
    );
    expect(await page.locator('progress').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await followUntilDone(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Files imported');
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  }, 120_000);

  it('finds no violations on a rejection with every issue, on a 320px screen too', async () => {
    const page = await open(audit, '/import');
    await send(page, [BAD]);
    await followUntilDone(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Import rejected');
    await expect(
      page.getByText('The database is unchanged.', { exact: false }).count(),
    ).resolves.toBe(1);
    await expect(page.locator('td', { hasText: '31/06/2025' }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBe(320);
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });
});
