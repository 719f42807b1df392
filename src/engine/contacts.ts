/** Contact indicators: `contacts`. */
import type { Context } from './context.ts';
import { dayCountPrefix } from './daily.ts';
import { type Evaluate, flowCount } from './figure.ts';

/** Contacts (List 1) with a contact date in the window. */
export function contactsCount(ctx: Context): Evaluate {
  return flowCount(ctx.span, dayCountPrefix(ctx.span, ctx.contactDays().all));
}
