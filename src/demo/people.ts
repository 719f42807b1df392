/** Families and children: identifiers, genders, ethnicities and dates of birth. */
import { type Day, ymd } from '../domain/index.ts';
import { ETHNICITIES } from './codes.ts';
import { civilMonthsLater } from './dates.ts';
import { type Family, type Locality, NO_DAYS, type SimChild } from './model.ts';
import type { Rng, Weighted } from './random.ts';

/** Relative shares of the age (whole years) of a child at referral. */
const AGE_SHARES: Weighted<number> = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
].map((age) => [age, [9, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 5, 3][age]!] as const);
const FAMILY_SIZES: Weighted<number> = [
  [1, 40],
  [2, 30],
  [3, 18],
  [4, 8],
  [5, 4],
];
const LOCALITIES: Weighted<Locality> = [
  ['North', 35],
  ['Central', 35],
  ['South', 30],
];
const DAYS_PER_YEAR = 365.25;

/** Makes children with rising identifiers `NM0012345`. */
export class People {
  private serial = 10_000;

  constructor(private readonly rng: Rng) {}

  /** A child born `ageDays` before `day`, in `family`. */
  child(family: Family, day: Day, ageDays: number): SimChild {
    this.serial += this.rng.int(1, 3);
    const birth = day - Math.round(ageDays);
    const [y, m, d] = ymd(birth);
    const child: SimChild = {
      id: `NM${String(this.serial).padStart(7, '0')}`,
      serial: this.serial,
      gender: this.rng.chance(0.51) ? 'a) Male' : 'b) Female',
      birth,
      adult: civilMonthsLater(y, m, d, 18 * 12),
      referableUntil: civilMonthsLater(y, m, d, 210),
      disabled: this.rng.chance(0.07),
      family,
      referrals: NO_DAYS,
      s47s: NO_DAYS,
      icpcs: NO_DAYS,
      plans: 0,
      careEnds: NO_DAYS,
      contactDays: NO_DAYS,
    };
    family.children.push(child);
    return child;
  }

  /** A family new to the council on `day`, with no children yet. */
  emptyFamily(day: Day, ethnicity = this.rng.weighted(ETHNICITIES)): Family {
    return {
      children: [],
      ethnicity,
      locality: this.rng.weighted(LOCALITIES),
      openUntil: day - 1,
      lastReferral: day - 10_000,
      lastReferred: [],
      hadPlan: false,
      inRecent: false,
    };
  }

  /** A family new to the council on `day`, its first child of a typical referral age. */
  family(day: Day, size = this.familySize()): Family {
    const family = this.emptyFamily(day);
    const indexAge = this.referralAgeDays();
    this.child(family, day, indexAge);
    for (let i = 1; i < size; i++) this.child(family, day, this.siblingAgeDays(indexAge));
    return family;
  }

  familySize(): number {
    return this.rng.weighted(FAMILY_SIZES);
  }

  /** An age in days on the day of referral: whole years by share, under 17 and a half. */
  referralAgeDays(): number {
    const years = this.rng.weighted(AGE_SHARES);
    const fraction = years === 17 ? this.rng.next() * 0.5 : this.rng.next();
    return Math.max(20, (years + fraction) * DAYS_PER_YEAR);
  }

  private siblingAgeDays(indexAgeDays: number): number {
    const offset = (this.rng.next() * 14 - 7) * DAYS_PER_YEAR;
    return Math.max(30, indexAgeDays + offset);
  }
}

/** Born by `day` and under 17 and a half: old enough to be referred and assessed before 18. */
export function referable(child: SimChild, day: Day): boolean {
  return child.birth < day && child.referableUntil > day;
}

/** Born by `day` and under 18. */
export function isChild(child: SimChild, day: Day): boolean {
  return child.birth <= day && day < child.adult;
}
