/** Placements during a period of care: the first, the moves, and a placement for adoption. */
import type { Day } from '../domain/index.ts';
import { ageAt } from './dates.ts';
import type { Placement, SimChild } from './model.ts';
import type { Rng, Weighted } from './random.ts';

export const PLACEMENT_TYPES = {
  U1: 'U1) Foster placement with relative or friend - long term fostering',
  U3: 'U3) Foster placement with relative or friend - not long term or FFA',
  U4: 'U4) Foster placement with other foster carer - long term fostering',
  U6: 'U6) Foster placement with other foster carer - not long term or FFA',
  K2: "K2) Children's home",
  K3: 'K3) Supported accommodation',
  P1: 'P1) Placed with own parents or other person with parental responsibility',
  A5: 'A5) Placed for adoption with placement order with current foster carer',
  A6: 'A6) Placed for adoption with placement order not with current foster carer',
} as const;

type PlacementCode = keyof typeof PLACEMENT_TYPES;

const PROVIDERS = {
  PR0: 'PR0) Parents or other person with parental responsibility',
  PR1: 'PR1) Own provision (by the LA)',
  PR2: 'PR2) Other LA provision',
  PR4: 'PR4) Private provision',
  PR5: 'PR5) Voluntary or third sector provision',
} as const;

type ProviderCode = keyof typeof PROVIDERS;

const PROVIDER_SHARES: Record<PlacementCode, Weighted<ProviderCode>> = {
  U1: [['PR1', 1]],
  U3: [['PR1', 1]],
  U4: [
    ['PR1', 62],
    ['PR4', 33],
    ['PR5', 5],
  ],
  U6: [
    ['PR1', 62],
    ['PR4', 33],
    ['PR5', 5],
  ],
  K2: [
    ['PR4', 70],
    ['PR1', 25],
    ['PR5', 5],
  ],
  K3: [
    ['PR4', 55],
    ['PR1', 45],
  ],
  P1: [['PR0', 1]],
  A5: [
    ['PR1', 55],
    ['PR2', 25],
    ['PR5', 20],
  ],
  A6: [
    ['PR1', 55],
    ['PR2', 25],
    ['PR5', 20],
  ],
};

const INSIDE_SHARE: Record<ProviderCode, number> = {
  PR0: 0.9,
  PR1: 0.85,
  PR2: 0,
  PR4: 0.45,
  PR5: 0.5,
};

function typeFor(rng: Rng, age: number, settled: boolean): PlacementCode {
  if (age >= 16)
    return rng.weighted([
      ['K3', 40],
      ['U4', 30],
      ['K2', 20],
      ['U6', 10],
    ]);
  const home = age >= 10 ? 20 : 3;
  if (settled)
    return rng.weighted([
      ['U4', 45],
      ['U1', 15],
      ['U6', 15],
      ['K2', home],
      ['P1', 2],
    ]);
  return rng.weighted([
    ['U6', 55],
    ['U3', 20],
    ['K2', home],
    ['U4', 5],
  ]);
}

function placement(rng: Rng, start: Day, code: PlacementCode): Placement {
  const provider = rng.weighted(PROVIDER_SHARES[code]);
  return {
    start,
    type: PLACEMENT_TYPES[code],
    provider: PROVIDERS[provider],
    inside: rng.chance(INSIDE_SHARE[provider]),
  };
}

/** Placements from `start` to `end`; the child moves now and then, more often early on. */
export function placementsFor(
  rng: Rng,
  child: SimChild,
  span: { start: Day; end: Day },
  adoptionPlaced: Day | null,
): Placement[] {
  const last = adoptionPlaced ?? span.end;
  const out = [placement(rng, span.start, typeFor(rng, ageAt(child.birth, span.start), false))];
  for (let d = span.start + gap(rng, 0); d < last; d += gap(rng, d - span.start)) {
    out.push(placement(rng, d, typeFor(rng, ageAt(child.birth, d), d - span.start > 180)));
  }
  if (adoptionPlaced !== null) {
    out.push(placement(rng, adoptionPlaced, rng.chance(0.7) ? 'A6' : 'A5'));
  }
  return out;
}

/** Days to the next move: about one a year at first, fewer once settled. */
function gap(rng: Rng, elapsed: number): number {
  return 14 + Math.round(rng.exponential(elapsed < 365 ? 330 : 800));
}

/** Placements for short breaks: one placement, foster carers or a short-break home. */
export function shortBreakPlacement(rng: Rng, start: Day): Placement[] {
  return [placement(rng, start, rng.chance(0.6) ? 'U6' : 'K2')];
}
