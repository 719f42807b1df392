/** Sends a page component as an HTML document with its doctype. */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export function renderPage(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200) {
  return c.html(html`<!DOCTYPE html>${page}`, status);
}
