/**
 * Care leaver cohorts (DfE, SSDA903 OC3): the care leavers whose 17th or 18th (or 19th, 20th or
 * 21st) birthday falls in the window, each on the birthday's date — the same calendar day, 29
 * February giving 28 February in other years. Of them, those in education, employment or
 * training, or in suitable accommodation; "not known" stays in the denominator. A care leaver
 * with no known date of birth cannot be placed in a cohort and is left out.
 */
import { addMonths } from '../domain/index.ts';
import { NONE } from './columns.ts';
import type { Context } from './context.ts';
import { eventPrefix } from './daily.ts';
import { type Evaluate, flowPercent } from './figure.ts';
import type { LeaverColumns } from './leaver-columns.ts';

const AGES_17_18 = [17, 18];
const AGES_19_21 = [19, 20, 21];

/** Each care leaver's birthdays at `ages`, with 1 where `hit` holds for the leaver. */
function birthdays(
  ctx: Context,
  ages: readonly number[],
  hit: Uint8Array,
): [Int32Array, Uint8Array] {
  const leavers = ctx.careLeavers();
  const births = ctx.birthDates();
  const dates: number[] = [];
  const hits: number[] = [];
  for (let k = 0; k < leavers.child.length; k++) {
    const own = leavers.birth[k]!;
    const birth = own !== NONE ? own : (births[leavers.child[k]!] ?? NONE);
    if (birth === NONE) continue;
    for (const age of ages) {
      dates.push(addMonths(birth, 12 * age));
      hits.push(hit[k]!);
    }
  }
  return [Int32Array.from(dates), Uint8Array.from(hits)];
}

function cohortPercent(
  ages: readonly number[],
  hitOf: (leavers: LeaverColumns) => Uint8Array,
): (ctx: Context) => Evaluate {
  return (ctx) => {
    const [dates, hits] = birthdays(ctx, ages, hitOf(ctx.careLeavers()));
    return flowPercent(ctx.span, eventPrefix(ctx.span, dates, hits), eventPrefix(ctx.span, dates));
  };
}

export const careLeaversEet1718 = cohortPercent(AGES_17_18, (l) => l.eet);
export const careLeaversEet1921 = cohortPercent(AGES_19_21, (l) => l.eet);
export const careLeaversSuitable1718 = cohortPercent(AGES_17_18, (l) => l.suitable);
export const careLeaversSuitable1921 = cohortPercent(AGES_19_21, (l) => l.suitable);
