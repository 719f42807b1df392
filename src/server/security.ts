/** Security headers for every response, and no caching of anything that carries data. */
import type { MiddlewareHandler } from 'hono';
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
