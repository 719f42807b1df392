/** Text reduced to its lowercase letters and digits, for matching regardless of case and spacing. */

const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

/** `"Child's Legal Status"` → `"childslegalstatus"`. */
export function lowerAlphanumerics(text: string): string {
  return text.toLowerCase().replace(NOT_ALPHANUMERIC, '');
}
