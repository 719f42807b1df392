/** Debian's Chromium through playwright-core (never a downloaded browser), and axe-core. */
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[] }[];
  }[];
  passes: unknown[];
}

/**
 * Runs axe-core on the page against WCAG 2.2 AA and returns its violations. The page's context
 * must bypass CSP: axe is injected as an inline script, which our policy rightly refuses.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const options = JSON.stringify({ runOnly: AXE_TAGS });
  const result = await inPage<AxeResult>(page, `axe.run(document, ${options})`);
  if (result.passes.length === 0) throw new Error('axe-core checked nothing on the page');
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/**
 * The value of a JavaScript expression evaluated in the page. Written as text because this
 * project's TypeScript has no DOM library (the code runs on Node).
 */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}
