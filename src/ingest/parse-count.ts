/** Counts such as "Number of Referrals in Last 12 Months": whole numbers of 0 or more. */
import { UNREADABLE, type Unreadable } from './code-table.ts';

const MAX_DIGITS = 9;

/** The count written in `text` (digits only), or UNREADABLE. */
export function parseCount(text: string): number | Unreadable {
  if (text.length === 0 || text.length > MAX_DIGITS) return UNREADABLE;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return UNREADABLE;
    value = value * 10 + digit;
  }
  return value;
}
