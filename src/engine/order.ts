/** Record orderings in linear time: counting sorts over interned children and days. */

/** `order` re-sorted stably by `keys[index]`, all keys lying in `[min, max]`. */
function countingSort(order: Int32Array, keys: Int32Array, min: number, max: number): Int32Array {
  const starts = new Int32Array(max - min + 2);
  for (let k = 0; k < order.length; k++) starts[keys[order[k]!]! - min + 1]! += 1;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const sorted = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const index = order[k]!;
    sorted[starts[keys[index]! - min]!++] = index;
  }
  return sorted;
}

function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Record indexes sorted by child, then date, then original position. */
export function orderByChildThenDate(
  child: Int32Array,
  date: Int32Array,
  childCount: number,
): Int32Array {
  if (date.length === 0) return new Int32Array(0);
  let min = date[0]!;
  let max = date[0]!;
  for (const d of date) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const byDate = countingSort(identity(date.length), date, min, max);
  return countingSort(byDate, child, 0, Math.max(childCount - 1, 0));
}
