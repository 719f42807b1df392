/** RAG from a value, its target, the tolerance and the indicator's polarity. */
import type { Polarity, Rag } from '../domain/index.ts';
import type { Target } from './target.ts';

/**
 * The allowed distance from target for amber, in the indicator's unit. A relative tolerance is a
 * fraction of the target's size, so a negative target's band is as wide as its positive twin's,
 * and a target of 0 has no band (only meeting it is green, anything else red).
 */
function toleranceWidth(target: Target): number {
  return target.toleranceKind === 'relative'
    ? Math.abs(target.value) * target.tolerance
    : target.tolerance;
}

/**
 * Green when the target is met, amber when missed by no more than the tolerance, red beyond
 * it; `none` with no target, no value, or a neutral indicator (neither direction is good).
 */
export function ragFor(value: number | null, target: Target | undefined, polarity: Polarity): Rag {
  if (value === null || !Number.isFinite(value) || target === undefined) return 'none';
  const shortfall = shortfallFrom(value, target.value, polarity);
  if (shortfall === null) return 'none';
  if (shortfall <= 0) return 'green';
  return shortfall <= toleranceWidth(target) + 1e-9 ? 'amber' : 'red';
}

/** How far the value falls short of the target, in the good direction; null when neutral. */
function shortfallFrom(value: number, target: number, polarity: Polarity): number | null {
  switch (polarity) {
    case 'higher_is_better':
      return target - value;
    case 'lower_is_better':
      return value - target;
    case 'neutral':
      return null;
    default: {
      const unreachable: never = polarity;
      return unreachable;
    }
  }
}
