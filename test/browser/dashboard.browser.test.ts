import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type RunningServer, startServer } from '../../src/server/index.ts';
import { seedFixture } from '../../src/server/testing.ts';
import { openTestStore, type TestStore } from '../../src/store/testing.ts';
import { axeViolations, inPage, launchChromium } from './browser.ts';

let seededStore: TestStore;
let emptyStore: TestStore;
let seeded: RunningServer;
let empty: RunningServer;
let browser: Browser;
/** Pages as a reader gets them: our Content-Security-Policy enforced. */
let strict: BrowserContext;
/** For axe only, which is injected as an inline script; and the same on a 320px screen. */
let audit: BrowserContext;
let narrow: BrowserContext;

beforeAll(async () => {
  [seededStore, emptyStore, browser] = await Promise.all([
    openTestStore(),
    openTestStore(),
    launchChromium(),
  ]);
  await seedFixture(seededStore.db);
  seeded = await startServer(createApp({ db: seededStore.db }), 0);
  empty = await startServer(createApp({ db: emptyStore.db }), 0);
  const viewport = { width: 1280, height: 900 };
  strict = await browser.newContext({ viewport });
  audit = await browser.newContext({ viewport, bypassCSP: true });
  narrow = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([seeded?.close(), empty?.close()]);
  await Promise.all([seededStore?.dispose(), emptyStore?.dispose()]);
});

/** Opens a page, failing on any console error (a CSP violation, a missing stylesheet). */
async function open(context: BrowserContext, url: string, status = 200): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const res = await page.goto(url);
  expect(res?.status()).toBe(status);
  expect(errors.filter((e) => !e.includes('status of 4'))).toEqual([]);
  return page;
}

const card = (page: Page, id: string) => page.locator(`#indicator-${id}`);

describe('the dashboard in Chromium', () => {
  it('loads with the council, its as-at date and a card per indicator, styled', async () => {
    const page = await open(strict, seeded.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('Performance dashboard');
    await expect(page.locator('.govuk-caption-l').textContent()).resolves.toBe('Northshire');
    await expect(page.getByText('Figures as at 31 October 2026').count()).resolves.toBe(1);
    await expect(page.locator('.outturn-indicator').count()).resolves.toBe(4);
    const font = await inPage<string>(page, 'getComputedStyle(document.body).fontFamily');
    expect(font).toContain('system-ui');
    const header = await inPage<string>(
      page,
      "getComputedStyle(document.querySelector('header')).backgroundColor",
    );
    expect(header).toBe('rgb(11, 12, 12)');
    await page.screenshot({ path: '/tmp/dashboard.png', fullPage: true });
    await page.close();
  });

  it('shows every RAG with its word and a visible icon', async () => {
    const page = await open(strict, seeded.url);
    await expectRag(page, 'rereferrals_12m_pct', 'green', 'On target');
    await expectRag(page, 'assessments_within_45wd_pct', 'amber', 'Near target');
    await expectRag(page, 'referrals', 'none', 'No target');
    await page.goto(`${seeded.url}/?window=month`);
    await expectRag(page, 'assessments_within_45wd_pct', 'red', 'Off target');
    await page.close();
  });

  it('changes the period kind by keyboard alone', async () => {
    const page = await open(strict, seeded.url);
    const focused = () => inPage<string>(page, "document.activeElement?.id ?? ''");
    for (let presses = 0; presses < 10 && (await focused()) !== 'window'; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('window');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#window').inputValue()).toBe('month');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('figures');
    await page.keyboard.press('Tab');
    expect(await inPage<string>(page, 'document.activeElement?.textContent?.trim()')).toBe(
      'Show figures',
    );
    await Promise.all([page.waitForURL(/window=month/), page.keyboard.press('Enter')]);
    expect(await page.locator('#window').inputValue()).toBe('month');
    const latest = card(page, 'assessments_within_45wd_pct').locator('.govuk-summary-list__key');
    await expect(latest.first().textContent()).resolves.toBe('Latest: 2026-09');
    await page.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const pages: [string, () => string, number][] = [
    ['the dashboard', () => seeded.url, 200],
    ['the dashboard by month', () => `${seeded.url}/?window=month`, 200],
    ['the dashboard with all figures', () => `${seeded.url}/?figures=all`, 200],
    ['the notes page', () => `${seeded.url}/notes`, 200],
    ['the empty-database page', () => empty.url, 200],
    ['the 400 page', () => `${seeded.url}/?window=fortnight`, 400],
    ['the 404 page', () => `${seeded.url}/no-such-page`, 404],
  ];
  for (const [name, url, status] of pages) {
    it(`finds no violations on ${name}`, async () => {
      const page = await open(audit, url(), status);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('finds no violations on a 320px screen, where the page reflows without sideways scrolling', async () => {
    const page = await open(narrow, seeded.url);
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBe(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

async function expectRag(page: Page, id: string, rag: string, word: string): Promise<void> {
  const tag = card(page, id).locator('.govuk-summary-card__title-wrapper .outturn-rag');
  expect((await tag.textContent())?.trim()).toBe(word);
  const icon = tag.locator(`svg.outturn-rag-icon[data-rag="${rag}"]`);
  expect(await icon.isVisible()).toBe(true);
  expect(await icon.getAttribute('aria-hidden')).toBe('true');
  const box = await icon.boundingBox();
  expect(box?.width).toBeGreaterThan(10);
}
