/**
 * Formula and error cells of one sheet reported as issues: an error for a cell with no value, and
 * one warning per column for formula cells whose saved values were used.
 */
import type { Issue } from '../../domain/index.ts';
import type { CellProblem } from './cell-text.ts';
import * as say from './messages.ts';

/** Where a cell is, for its issue. */
export interface CellPlace {
  file: string;
  sheet?: string;
  row: number;
  column: string;
}

export class CellProblems {
  /** The first formula warning in each column, and how many formula cells the column has. */
  private readonly formulas = new Map<string, { issue: Issue; count: number }>();

  constructor(private readonly issues: Issue[]) {}

  /** Reports the problem; returns the text to read for the cell (a formula's saved value, or ''). */
  report(problem: CellProblem, place: CellPlace): string {
    switch (problem.kind) {
      case 'formula':
        this.formulaUsed(place.column, {
          severity: 'warning',
          ...place,
          value: problem.formula,
          message: '',
        });
        return problem.text;
      case 'uncalculated':
        this.issues.push({
          severity: 'error',
          ...place,
          value: problem.formula,
          message: say.NO_RESULT,
        });
        return '';
      case 'error':
        this.issues.push({
          severity: 'error',
          ...place,
          value: problem.value,
          message: say.ERROR_CELL,
        });
        return '';
      default: {
        const unreachable: never = problem;
        return unreachable;
      }
    }
  }

  /** Called after the sheet: sets each column's formula warning to count its formula cells. */
  finish(): void {
    for (const { issue, count } of this.formulas.values()) issue.message = say.formulasUsed(count);
  }

  private formulaUsed(column: string, issue: Issue): void {
    const seen = this.formulas.get(column);
    if (seen) seen.count += 1;
    else {
      this.formulas.set(column, { issue, count: 1 });
      this.issues.push(issue);
    }
  }
}

/** The text to read for a problem cell without reporting it: a formula's saved value, or ''. */
export function problemText(problem: CellProblem): string {
  return problem.kind === 'formula' ? problem.text : '';
}
