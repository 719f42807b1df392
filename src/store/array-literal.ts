/**
 * PostgreSQL array literals (`{"a","b",NULL}`) written directly: one string parameter per column
 * instead of the drivers' per-element conversion, which dominates the cost of bulk writes.
 */
import type { SqlType } from './record-mappers.ts';

type Cell = string | number | boolean | null;

const NEEDS_ESCAPE = /["\\]/;
const ESCAPES = /["\\]/g;

function quoted(text: string): string {
  return `"${NEEDS_ESCAPE.test(text) ? text.replace(ESCAPES, '\\$&') : text}"`;
}

function element(value: Cell, type: SqlType): string {
  if (value === null) return 'NULL';
  switch (type) {
    case 'text':
      return quoted(String(value));
    case 'boolean':
      return value ? 't' : 'f';
    case 'date':
    case 'integer':
      return String(value);
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/** The array literal of `values` as elements of `type`. */
export function arrayLiteral(values: readonly Cell[], type: SqlType): string {
  let text = '{';
  for (let i = 0; i < values.length; i++) {
    text += (i === 0 ? '' : ',') + element(values[i] ?? null, type);
  }
  return `${text}}`;
}
