import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type RunningServer, startServer } from '../../src/server/index.ts';
import { FIXTURE_LA, seedFixture } from '../../src/server/testing.ts';
import { loadTargetHistory, setRagRule, setTarget } from '../../src/store/index.ts';
import { openTestStore, type TestStore } from '../../src/store/testing.ts';
import { axeViolations, inPage, launchChromium } from './browser.ts';

let store: TestStore;
let server: RunningServer;
let browser: Browser;
/** Pages as a reader gets them: our Content-Security-Policy enforced. */
let strict: BrowserContext;
/** For axe, injected as an inline script; and the same on a 320px screen. */
let audit: BrowserContext;
let narrow: BrowserContext;

beforeAll(async () => {
  [store, browser] = await Promise.all([openTestStore(), launchChromium()]);
  await seedFixture(store.db);
  const rule = { tolerance: 0.05, toleranceKind: 'relative' as const };
  await setRagRule(store.db, FIXTURE_LA.code, 'referrals', rule, { setBy: 'x', reason: 'y' });
  const referrals = {
    indicatorId: 'referrals',
    financialYear: 2026,
    value: 4800,
    tolerance: null,
    toleranceKind: null,
    profile: [8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8],
  };
  await setTarget(store.db, FIXTURE_LA.code, referrals, { setBy: 'ann', reason: 'plan' });
  server = await startServer(createApp({ db: store.db }), 0);
  const viewport = { width: 1280, height: 900 };
  strict = await browser.newContext({ viewport });
  audit = await browser.newContext({ viewport, bypassCSP: true });
  narrow = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.dispose();
});

/** Opens a page, failing on any console error (a CSP violation, a missing stylesheet). */
async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('status of 4')) errors.push(m.text());
  });
  await page.goto(`${server.url}${path}`);
  expect(errors).toEqual([]);
  return page;
}

const focusedId = (page: Page) => inPage<string>(page, "document.activeElement?.id ?? ''");

/** Tabs from where the focus is until `last` has focus; the ids focused on the way. */
async function tabUntil(page: Page, last: string, most = 40): Promise<string[]> {
  const order: string[] = [];
  for (let presses = 0; presses < most && !order.includes(last); presses++) {
    await page.keyboard.press('Tab');
    const id = await focusedId(page);
    if (id !== '') order.push(id);
  }
  return order;
}

describe('the targets pages in Chromium', () => {
  it('are reached from the navigation; a target is set by keyboard alone', async () => {
    const page = await open(strict, '/');
    await Promise.all([page.waitForURL(/\/targets$/), page.click('nav >> text=Targets')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Targets');
    await Promise.all([page.waitForURL(/\/targets\/set/), page.click('text=Set a target')]);
    const order = await tabUntil(page, 'reason');
    expect(order.filter((id) => id !== '')).toEqual([
      'indicator',
      'financialYear',
      'value',
      'tolerance',
      'toleranceKind',
      'profile',
      'setBy',
      'reason',
    ]);
    // Back to the top of the form, and fill it in with the keyboard only.
    await page.focus('#indicator');
    await page.keyboard.type('Re-referrals');
    expect(await page.inputValue('#indicator')).toBe('rereferrals_12m_pct');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026-27');
    await page.keyboard.press('Tab');
    await page.keyboard.type('18');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // from "in the unit" to "a percentage of the target"
    expect(await focusedId(page)).toBe('toleranceKind-2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ann Example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Raised at cabinet');
    await page.keyboard.press('Tab');
    expect(await inPage<string>(page, 'document.activeElement?.textContent?.trim()')).toBe(
      'Save target',
    );
    await Promise.all([page.waitForURL(/\/targets\?la=901&saved=/), page.keyboard.press('Enter')]);
    await expect(page.locator('.govuk-notification-banner__heading').textContent()).resolves.toBe(
      'Target saved for Re-referrals within 12 months, 2026-27',
    );
    const table = page.locator('section[aria-label="Targets for Re-referrals within 12 months"]');
    const first = table.locator('tbody tr').first();
    await expect(first.textContent()).resolves.toMatch(
      /2026-27In force18\.0%Within 5% of the target/,
    );
    const last = (await loadTargetHistory(store.db, FIXTURE_LA.code)).at(-1);
    expect(last).toMatchObject({ value: 18, tolerance: 0.05, setBy: 'Ann Example' });
    await page.close();
  });

  it('opens a monthly profile with the keyboard', async () => {
    const page = await open(strict, '/targets');
    const summary = page.locator('summary', { hasText: 'By month' }).first();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Apr: 8', { exact: true }).first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('accessibility of the targets pages (axe-core, WCAG 2.2 AA)', () => {
  it('finds no violations on the list, the form, and the form shown again with errors', async () => {
    const list = await open(audit, '/targets');
    expect(await axeViolations(list)).toEqual([]);
    await list.close();
    const form = await open(audit, '/targets/set?la=901&indicator=referrals&year=2026-27');
    expect(await axeViolations(form)).toEqual([]);
    await form.fill('#value', 'lots');
    await Promise.all([form.waitForLoadState(), form.click('button[type="submit"]')]);
    await expect(form.locator('.govuk-error-summary').count()).resolves.toBe(1);
    await expect(form.locator('h1').textContent()).resolves.toBe('Set a target');
    expect(await axeViolations(form)).toEqual([]);
    await form.close();
    const rule = await open(audit, '/targets/rule?la=901&indicator=referrals');
    expect(await axeViolations(rule)).toEqual([]);
    await rule.fill('#tolerance', '-5');
    await Promise.all([rule.waitForLoadState(), rule.click('button[type="submit"]')]);
    await expect(rule.locator('.govuk-error-summary').count()).resolves.toBe(1);
    expect(await axeViolations(rule)).toEqual([]);
    await rule.close();
  });

  it('sets a RAG rule by keyboard from the list', async () => {
    const page = await open(strict, '/targets');
    await page.focus('text=Set a RAG rule');
    await Promise.all([page.waitForURL(/\/targets\/rule/), page.keyboard.press('Enter')]);
    await page.focus('#indicator');
    await page.keyboard.type('Re-referrals');
    await page.keyboard.press('Tab');
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // the first radio: a percentage of the target
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ann Example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Agreed at committee');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/\/targets\?la=901&rule=/), page.keyboard.press('Enter')]);
    await expect(page.locator('.govuk-notification-banner__heading').textContent()).resolves.toBe(
      'RAG rule saved for Re-referrals within 12 months: amber within 10% of the target',
    );
    await page.close();
  });

  it('finds no violations on a 320px screen, and nothing is wider than it', async () => {
    for (const path of ['/targets', '/targets/set?la=901', '/targets/rule?la=901']) {
      const page = await open(narrow, path);
      expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBe(320);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});
