/** Display formatting: rounding half away from zero, as the catalogue requires. */

/** Rounds half away from zero to `decimals` places (JavaScript's Math.round rounds half up). */
export function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Nudge by a relative epsilon so 1.005 (stored as 1.00499..) rounds as written.
  const rounded = Math.round(scaled * (1 + Number.EPSILON)) / factor;
  return Math.sign(value) * rounded;
}

/** A value for display: fixed decimals, thousands separators, `%` for percentages. */
export function formatValue(value: number | null, unit: string, decimals: number): string {
  if (value === null) return 'no cases';
  const text = roundHalfAway(value, decimals).toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return unit === 'percent' ? `${text}%` : text;
}

/** Month names, January first: dates as people read them on pages and in reports. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
