/** How many things are open on the simulation's current day, from their start and end days. */
import type { Day } from '../domain/index.ts';

export class Gauge {
  private readonly starting = new Map<Day, number>();
  private readonly ending = new Map<Day, number>();
  private today = Number.NEGATIVE_INFINITY;
  /** Open on the current day: started on or before it, ending after it. */
  open = 0;

  /** Notes something open from `start` to `end` (not open on `end` itself). */
  schedule(start: Day, end: Day): void {
    if (end <= start) return;
    this.startOn(start);
    this.endOn(end);
  }

  /** Notes something opening on `day` (today or later), its end not yet known. */
  startOn(day: Day): void {
    if (day <= this.today) this.open++;
    else this.starting.set(day, (this.starting.get(day) ?? 0) + 1);
  }

  /** Notes something that opened closing on `day` (today or later). */
  endOn(day: Day): void {
    if (day <= this.today) this.open--;
    else this.ending.set(day, (this.ending.get(day) ?? 0) + 1);
  }

  /** Moves to `day`, the day after the current one. */
  advance(day: Day): void {
    this.today = day;
    this.open += (this.starting.get(day) ?? 0) - (this.ending.get(day) ?? 0);
    this.starting.delete(day);
    this.ending.delete(day);
  }

  /** A factor above 1 when fewer than `target` are open, below 1 when more, within bounds; a
   * negative `strength` turns it round. */
  pull(target: number, strength: number, low: number, high: number): number {
    return Math.min(high, Math.max(low, 1 + (strength * (target - this.open)) / target));
  }
}
