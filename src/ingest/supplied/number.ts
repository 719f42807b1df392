/** Numbers as councils write them in a values file: `12.5`, `12.5%`, `1,234`, `-3`. */

const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?\s*(%)?$/;

/** The number written in `text`, or null when it is not one. A trailing `%` is dropped. */
export function parseSuppliedNumber(text: string): number | null {
  const m = NUMBER.exec(text.trim());
  if (!m) return null;
  const whole = (m[2] ?? '').replaceAll(',', '');
  const fraction = m[3] ?? '';
  if (whole === '' && fraction === '') return null;
  const value = Number(`${whole || '0'}.${fraction || '0'}`);
  return m[1] === '-' ? -value : value;
}
