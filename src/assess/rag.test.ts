import { describe, expect, it } from 'vitest';
import { ragFor } from './rag.ts';
import type { Target } from './target.ts';

const target = (value: number, tolerance = 0, kind: Target['toleranceKind'] = 'absolute') => ({
  indicatorId: 'x',
  financialYear: 2024,
  value,
  tolerance,
  toleranceKind: kind,
});

describe('ragFor(value, target, polarity)', () => {
  it('is green exactly on target, whichever the polarity', () => {
    expect(ragFor(85, target(85, 5), 'higher_is_better')).toBe('green');
    expect(ragFor(16, target(16, 2), 'lower_is_better')).toBe('green');
  });
  it('is amber exactly on the tolerance and red just beyond it', () => {
    expect(ragFor(80, target(85, 5), 'higher_is_better')).toBe('amber');
    expect(ragFor(79.9, target(85, 5), 'higher_is_better')).toBe('red');
    expect(ragFor(18, target(16, 2), 'lower_is_better')).toBe('amber');
    expect(ragFor(18.1, target(16, 2), 'lower_is_better')).toBe('red');
  });
  it('reads a relative tolerance as a fraction of the target', () => {
    expect(ragFor(19, target(20, 0.05, 'relative'), 'higher_is_better')).toBe('amber');
    expect(ragFor(18.9, target(20, 0.05, 'relative'), 'higher_is_better')).toBe('red');
  });
  it('reverses with polarity: 12% re-referrals against 16% is good news', () => {
    expect(ragFor(12, target(16), 'lower_is_better')).toBe('green');
    expect(ragFor(12, target(16), 'higher_is_better')).toBe('red');
  });
  it('says none with no target, no value or a neutral indicator', () => {
    expect(ragFor(10, undefined, 'higher_is_better')).toBe('none');
    expect(ragFor(null, target(10), 'higher_is_better')).toBe('none');
    expect(ragFor(10, target(10), 'neutral')).toBe('none');
  });
});

describe('ragFor at the edges', () => {
  it('is green exactly on target and amber exactly on a relative tolerance, whichever the polarity', () => {
    expect(ragFor(20, target(20, 0.05, 'relative'), 'lower_is_better')).toBe('green');
    expect(ragFor(21, target(20, 0.05, 'relative'), 'lower_is_better')).toBe('amber');
    expect(ragFor(21.01, target(20, 0.05, 'relative'), 'lower_is_better')).toBe('red');
  });
  it('reads a relative tolerance of a negative target by its size', () => {
    // Target -10 (a fall of 10), 10% tolerance: a band of 1 either way round.
    expect(ragFor(-10, target(-10, 0.1, 'relative'), 'lower_is_better')).toBe('green');
    expect(ragFor(-9, target(-10, 0.1, 'relative'), 'lower_is_better')).toBe('amber');
    expect(ragFor(-8.9, target(-10, 0.1, 'relative'), 'lower_is_better')).toBe('red');
    expect(ragFor(-11, target(-10, 0.1, 'relative'), 'higher_is_better')).toBe('amber');
    expect(ragFor(-11.1, target(-10, 0.1, 'relative'), 'higher_is_better')).toBe('red');
    expect(ragFor(-12, target(-10, 0.1, 'relative'), 'lower_is_better')).toBe('green');
  });
  it('gives a target of 0 no relative band: met is green, anything worse red', () => {
    expect(ragFor(0, target(0, 0.5, 'relative'), 'lower_is_better')).toBe('green');
    expect(ragFor(0.001, target(0, 0.5, 'relative'), 'lower_is_better')).toBe('red');
    expect(ragFor(-0.001, target(0, 0.5, 'relative'), 'higher_is_better')).toBe('red');
  });
  it('with no tolerance, is green when met and red when missed by any amount', () => {
    expect(ragFor(85, target(85), 'higher_is_better')).toBe('green');
    expect(ragFor(84.9, target(85), 'higher_is_better')).toBe('red');
  });
  it('says none for a figure that is not a number', () => {
    expect(ragFor(Number.NaN, target(10, 1), 'higher_is_better')).toBe('none');
  });
});
