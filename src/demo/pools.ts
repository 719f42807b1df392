/** The families known to the council, kept in pools so some of them return. */
import { addMonths, type Day } from '../domain/index.ts';

import type { Family, SimChild } from './model.ts';
import { referable } from './people.ts';
import type { Rng } from './random.ts';

const TRIES = 12;

/** Families referred within 12 months, families referred before, families with a past plan. */
export class Pools {
  readonly recent: Family[] = [];
  readonly older: Family[] = [];
  readonly pastPlan: Family[] = [];
  readonly contactOnly: SimChild[] = [];

  /** Notes a referral of `family` on `day`. */
  referred(family: Family, day: Day): void {
    family.lastReferral = day;
    if (!family.inRecent) {
      family.inRecent = true;
      this.recent.push(family);
    }
  }

  /** A family referred in the last 12 months and free again, with its children to refer. */
  pickRecent(rng: Rng, day: Day): SimChild[] | null {
    const yearAgo = addMonths(day, -12);
    for (let i = 0; i < TRIES && this.recent.length > 0; i++) {
      const at = rng.int(0, this.recent.length - 1);
      const family = this.recent[at]!;
      if (family.lastReferral < yearAgo) {
        family.inRecent = false;
        this.older.push(swapRemove(this.recent, at));
        continue;
      }
      const children = family.lastReferred.filter((c) => referable(c, day));
      if (family.openUntil < day && children.length > 0) return children;
    }
    return null;
  }

  /** A free family from `pool` (older or past plan) with someone still referable. */
  pickFrom(pool: Family[], rng: Rng, day: Day): Family | null {
    for (let i = 0; i < TRIES && pool.length > 0; i++) {
      const at = rng.int(0, pool.length - 1);
      const family = pool[at]!;
      if (!family.children.some((c) => referable(c, day))) {
        swapRemove(pool, at);
        continue;
      }
      if (family.openUntil < day) return family;
    }
    return null;
  }

  /** Any child of a family referred before, for a contact that goes no further. */
  pickKnown(rng: Rng): SimChild | null {
    const pool = rng.chance(0.5) ? this.recent : this.older;
    if (pool.length === 0) return null;
    return rng.pick(rng.pick(pool).children);
  }

  /** A child contacted before, for another contact. */
  pickContacted(rng: Rng): SimChild | null {
    return this.contactOnly.length === 0 ? null : rng.pick(this.contactOnly);
  }

  /** A child known only from contacts, never referred, still referable. */
  pickContactOnly(rng: Rng, day: Day): SimChild | null {
    for (let i = 0; i < TRIES && this.contactOnly.length > 0; i++) {
      const at = rng.int(0, this.contactOnly.length - 1);
      const child = this.contactOnly[at]!;
      if (child.referrals.length > 0 || !referable(child, day)) {
        swapRemove(this.contactOnly, at);
        continue;
      }
      if (child.family.openUntil < day) return swapRemove(this.contactOnly, at);
    }
    return null;
  }
}

function swapRemove<T>(items: T[], at: number): T {
  const item = items[at]!;
  items[at] = items[items.length - 1]!;
  items.pop();
  return item;
}
