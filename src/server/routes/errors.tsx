/** The 400, 404 and 500 pages: a plain message, never a stack trace. */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { ErrorPage } from '../pages/error-page.tsx';
import { renderPage } from '../pages/render.ts';

/** A 400 page saying what is wrong with the address. */
export function badRequest(c: Context, message: string) {
  return renderPage(
    c,
    <ErrorPage title="There is a problem with the address" message={message} />,
    400,
  );
}

export const notFound: NotFoundHandler = (c) =>
  renderPage(
    c,
    <ErrorPage
      title="Page not found"
      message="If you typed the web address, check it is correct. If you pasted it, check you copied all of it."
    />,
    404,
  );

/** Logs the error for the operator and shows the reader a plain apology. */
export const serverError: ErrorHandler = (error, c) => {
  console.error(`${c.req.method} ${c.req.path} failed:`, error);
  return renderPage(
    c,
    <ErrorPage
      title="Sorry, there is a problem with the service"
      message="Outturn could not show this page. Try again later; if it keeps happening, tell whoever runs Outturn for your council."
    />,
    500,
  );
};
