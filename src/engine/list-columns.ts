/** A yes/no column over any record list, in the list's order. */

/** 1 for each record that passes `test`, else 0. */
export function flagColumn<T>(list: readonly T[], test: (record: T) => boolean): Uint8Array {
  const flags = new Uint8Array(list.length);
  for (let i = 0; i < list.length; i++) flags[i] = test(list[i]!) ? 1 : 0;
  return flags;
}
