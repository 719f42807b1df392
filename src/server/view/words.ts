/** The words the dashboard uses for polarities and window kinds. */
import type { Polarity, WindowKind } from '../../domain/index.ts';

/** The direction of good, in words. */
export function polarityWords(polarity: Polarity): string {
  switch (polarity) {
    case 'higher_is_better':
      return 'Higher is better';
    case 'lower_is_better':
      return 'Lower is better';
    case 'neutral':
      return 'Neither higher nor lower is better';
    default: {
      const unreachable: never = polarity;
      return unreachable;
    }
  }
}

/** A window kind as a choice in the period form ("Quarters"). */
export function windowKindLabel(kind: WindowKind): string {
  switch (kind) {
    case 'quarter':
      return 'Quarters';
    case 'month':
      return 'Months';
    case 'year':
      return 'Financial years';
    case 'r12':
      return 'Rolling 12 months';
    case 'ytd':
      return 'Year to date';
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** A window kind as a plural noun in sentences ("the last six quarters"). */
export function windowKindNoun(kind: WindowKind): string {
  switch (kind) {
    case 'quarter':
      return 'quarters';
    case 'month':
      return 'months';
    case 'year':
      return 'financial years';
    case 'r12':
      return 'rolling 12-month periods';
    case 'ytd':
      return 'year-to-date periods';
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
