/**
 * How busy each day is: yearly volumes with a mild trend, and a daily shape with weekends,
 * bank holidays, August and late December quieter, and the autumn term busier.
 */
import { type Day, dayOf, weekday, ymd } from '../domain/index.ts';
import { isBankHoliday } from './calendar.ts';

import type { Rng } from './random.ts';

/** What one financial year is like. */
export interface YearShape {
  referrals: number;
  contacts: number;
  /** The share of referral events that are families returning within 12 months. */
  returning: number;
  /** The share of assessments authorised within 45 working days. */
  within45: number;
}

// January .. December.
const MONTH_FACTOR = [1.02, 1.0, 1.03, 0.97, 1.02, 1.03, 0.98, 0.8, 1.1, 1.12, 1.1, 0.93];
const REFERRAL_WEEK = [0.12, 1.1, 1.06, 1.02, 1.0, 0.95, 0.12];
const CONTACT_WEEK = [0.3, 1.1, 1.05, 1.0, 1.0, 0.95, 0.3];

/** The relative busyness of a day; `week` gives the weekday factors from Sunday. */
function dayWeight(day: Day, week: readonly number[]): number {
  const [, month, dom] = ymd(day);
  let w = MONTH_FACTOR[month - 1]! * (isBankHoliday(day) ? week[0]! : week[weekday(day)]!);
  if (month === 12 && dom >= 22) w *= 0.5;
  if (month === 9 && dom >= 3 && dom <= 21) w *= 1.12;
  if (month === 1 && dom >= 4 && dom <= 20) w *= 1.08;
  return w;
}

function yearWeight(fy: number, week: readonly number[]): number {
  let total = 0;
  for (let d = dayOf(fy, 4, 1); d < dayOf(fy + 1, 4, 1); d++) total += dayWeight(d, week);
  return total;
}

/** Yearly shapes and daily expected counts, for the years from `firstYear` (trend starts there). */
export class Rates {
  private readonly years = new Map<number, YearShape & { refWeight: number; conWeight: number }>();
  private memo = { day: Number.NaN, fy: 0 };

  /** `volumes` are the first year's referrals and contacts. */
  constructor(
    private readonly rng: Rng,
    private readonly firstYear: number,
    private readonly volumes: { referrals: number; contacts: number },
  ) {}

  /** The shape of the financial year containing `day`. */
  shape(day: Day): YearShape {
    return this.year(this.fyOf(day));
  }

  /** Expected referrals on `day` (children, not families). */
  referrals(day: Day): number {
    const y = this.year(this.fyOf(day));
    return (y.referrals * dayWeight(day, REFERRAL_WEEK)) / y.refWeight;
  }

  /** Expected contacts on `day`, those leading to a referral included. */
  contacts(day: Day): number {
    const y = this.year(this.fyOf(day));
    return (y.contacts * dayWeight(day, CONTACT_WEEK)) / y.conWeight;
  }

  private fyOf(day: Day): number {
    if (this.memo.day !== day) {
      const [year, month] = ymd(day);
      this.memo = { day, fy: month >= 4 ? year : year - 1 };
    }
    return this.memo.fy;
  }

  private year(fy: number) {
    let y = this.years.get(fy);
    if (!y) {
      y = { ...this.drawShape(Math.max(0, fy - this.firstYear)), ...this.weights(fy) };
      this.years.set(fy, y);
    }
    return y;
  }

  private weights(fy: number) {
    return { refWeight: yearWeight(fy, REFERRAL_WEEK), conWeight: yearWeight(fy, CONTACT_WEEK) };
  }

  private drawShape(index: number): YearShape {
    const wiggle = () => 1 + (this.rng.next() - 0.5) * 0.02;
    return {
      referrals: this.volumes.referrals * (1 + 0.009 * index) * wiggle(),
      contacts: this.volumes.contacts * (1 + 0.011 * index) * wiggle(),
      returning: 0.19 + this.rng.next() * 0.05,
      within45: 0.82 + this.rng.next() * 0.06,
    };
  }
}
