/** What commands print about imports: counts, and every issue with where it was found. */
import { describeIssue, type Issue } from '../domain/index.ts';
import type { ImportResult, MergeCounts, SuppliedImportResult } from '../store/index.ts';

/** Prints an import's outcome to stderr; returns the process exit code (0 ok, 1 rejected). */
export function reportImport(
  result: ImportResult | SuppliedImportResult,
  log: (line: string) => void,
): number {
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    log(`import rejected: ${errors.length} error(s); the database is unchanged`);
    printIssues(result.issues, log);
    return 1;
  }
  if ('repeatOf' in result) {
    log(`every file was imported before (upload ${result.repeatOf}): nothing changed`);
    return 0;
  }
  const counts = byList(result.counts);
  for (const [list, c] of Object.entries(counts)) {
    if (c.inserted + c.updated + c.unchanged === 0) continue;
    log(`  ${list}: ${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged`);
  }
  printIssues(result.issues, log);
  return 0;
}

/** Counts by list; supplied values are one list. */
function byList(counts: MergeCounts | Record<string, MergeCounts>): Record<string, MergeCounts> {
  return isMergeCounts(counts) ? { 'supplied values': counts } : counts;
}

function isMergeCounts(c: MergeCounts | Record<string, MergeCounts>): c is MergeCounts {
  return typeof (c as MergeCounts).inserted === 'number';
}

const MAX_SHOWN = 50;

export function printIssues(issues: readonly Issue[], log: (line: string) => void): void {
  for (const issue of issues.slice(0, MAX_SHOWN)) log(`  ${describeIssue(issue)}`);
  if (issues.length > MAX_SHOWN) log(`  … and ${issues.length - MAX_SHOWN} more`);
}
