/**
 * Static files: GOV.UK Frontend's compiled CSS (without its web fonts), Outturn's own stylesheet
 * and the upload page's script.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Hono } from 'hono';

const GOVUK_CSS = 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
const OUTTURN_CSS = new URL('../assets/outturn.css', import.meta.url);
const IMPORT_JS = new URL('../assets/import-progress.js', import.meta.url);
const CSS = 'text/css; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';

/** GOV.UK Frontend's CSS minus its `@font-face` rules and source map line: we use system fonts. */
export function withoutFonts(css: string): string {
  return css.replace(/@font-face\{[^}]*\}/g, '').replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
}

async function loadGovukCss(): Promise<string> {
  const path = createRequire(import.meta.url).resolve(GOVUK_CSS);
  return withoutFonts(await readFile(path, 'utf8'));
}

/** Routes under `/assets`; each file is read once, on first request. */
export function assetRoutes(): Hono {
  const files: Record<string, [type: string, load: () => Promise<string>]> = {
    'govuk-frontend.min.css': [CSS, once(loadGovukCss)],
    'outturn.css': [CSS, once(() => readFile(OUTTURN_CSS, 'utf8'))],
    'import-progress.js': [JS, once(() => readFile(IMPORT_JS, 'utf8'))],
  };
  const app = new Hono();
  app.get('/:file', async (c) => {
    const file = Object.hasOwn(files, c.req.param('file')) ? files[c.req.param('file')] : undefined;
    if (file === undefined) return c.notFound();
    const [type, load] = file;
    c.header('Content-Type', type);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(await load());
  });
  return app;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    cached ??= load().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}
