/** Indicator values: one point per window, with numerator and denominator kept. */
import type { WindowKind } from './window.ts';

export interface Point {
  window: WindowKind;
  period: string;
  /** `yyyy-mm-dd`, the window's first day. */
  start: string;
  /** `yyyy-mm-dd`, the window's last day. */
  end: string;
  /** Null when the denominator is 0 ("no cases") or a rate has no population. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Present and true when the data covers only part of the window. */
  partial?: true;
  /** The days covered, when partial. */
  covers?: { start: string; end: string };
}

export interface Series {
  indicatorId: string;
  points: Point[];
}
