/** Security headers for every response, and no caching of anything that carries data. */
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const SELF = ["'self'"];
const NONE = ["'none'"];

/** A strict Content-Security-Policy (no inline script or style), nosniff, no framing. */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: SELF,
      scriptSrc: SELF,
      styleSrc: SELF,
      imgSrc: SELF,
      fontSrc: SELF,
      connectSrc: SELF,
      objectSrc: NONE,
      baseUri: SELF,
      formAction: SELF,
      frameAncestors: NONE,
    },
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
  });
}

/** `Cache-Control: no-store` unless the route chose its own (only static assets do). */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
};

/**
 * Middleware refusing a request whose `Origin` names another host (a form posted from another
 * site) with `refuse`; a request with no Origin, or our own, goes on. Until sign-in lands, this is
 * the defence against another site making a reader's browser change things.
 */
export function sameOriginOnly(
  refuse: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined) return next();
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (hostOf(origin) === host) return next();
    return refuse(c);
  };
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
