/** A problem found in input: where it is, what was found, and how serious it is. */

/** `error` rejects the import; `warning` is kept and shown with the data. */
export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  file: string;
  /** Workbook sheet or list, when the format has them. */
  sheet?: string;
  /** 1-based row in the file as a spreadsheet shows it (the header is row 1). */
  row?: number;
  column?: string;
  value?: string;
  message: string;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** One line a person can read: `file, sheet, row, column: message (found "value")`. */
export function describeIssue(issue: Issue): string {
  const where = [
    issue.file,
    issue.sheet,
    issue.row === undefined ? undefined : `row ${issue.row}`,
    issue.column === undefined ? undefined : `column "${issue.column}"`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  const found = issue.value === undefined ? '' : ` (found "${issue.value}")`;
  return `${issue.severity}: ${where}: ${issue.message}${found}`;
}
