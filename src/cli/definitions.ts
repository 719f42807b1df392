/** A council's local indicator definitions read from a JSON file, for `compute` and `indicators`. */
import type { IndicatorDefinition, Issue } from '../domain/index.ts';
import { readDefinitions } from '../ingest/index.ts';
import { readSourceFiles } from './files.ts';
import { printIssues } from './report.ts';
import { UsageError } from './usage-error.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** `--definitions <file>` for `outturn compute`: the definitions, or exit 1 with the problems. */
export async function definitionsFrom(path: string): Promise<IndicatorDefinition[] | number> {
  const [file] = await readSourceFiles([path], /\.json$/i);
  if (!file) throw new UsageError(`no definitions file: ${path}`);
  const read = await readDefinitions(file);
  return read.issues.length > 0 ? rejectDefinitions(read.issues) : read.definitions;
}

/** Says why definitions were refused; returns the exit code, 1. */
export function rejectDefinitions(issues: readonly Issue[]): number {
  log(`definitions rejected: ${issues.length} problem(s); nothing changed`);
  printIssues(issues, log);
  return 1;
}
