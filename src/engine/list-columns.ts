/** Single columns over any record list, in the list's order: a child index or a yes/no flag. */
import type { ChildIndex } from './children.ts';

/** Each record's child index, interned into the context's shared index. */
export function childColumn(
  list: readonly { childId: string }[],
  children: ChildIndex,
): Int32Array {
  const child = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) child[i] = children.indexOf(list[i]!.childId);
  return child;
}

/** 1 for each record that passes `test`, else 0. */
export function flagColumn<T>(list: readonly T[], test: (record: T) => boolean): Uint8Array {
  const flags = new Uint8Array(list.length);
  for (let i = 0; i < list.length; i++) flags[i] = test(list[i]!) ? 1 : 0;
  return flags;
}
