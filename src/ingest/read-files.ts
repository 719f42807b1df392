/** Any mix of a council's files, each sent to its reader, into one result. */
import { emptyRecordSet } from '../domain/index.ts';
import { readAnnexA } from './annex-a/read-any.ts';
import { readCinCensus } from './cin-census/index.ts';
import { type CaseFileKind, detectFormat } from './detect-format.ts';
import { FormatMerge, readBefore } from './merge-formats.ts';
import { type ReadOptions, type ReadProgress, readProgress } from './read-progress.ts';
import type { FileSummary, ReadResult, SourceFile } from './read-result.ts';
import { readSsda903 } from './ssda903/index.ts';

const UNKNOWN =
  'Outturn cannot tell what this file is: it reads Ofsted Annex A lists (CSV, or an XLSX workbook), CIN census XML and SSDA903 tables (CSV).';

type Reader = (
  files: readonly SourceFile[],
  progress?: ReadProgress,
  options?: ReadOptions,
) => ReadResult | Promise<ReadResult>;
type Family = 'annex-a' | 'cin-census' | 'ssda903' | 'unknown';

/** Annex A workbooks and CSV lists are one extract, read in one session (later files win). */
const FAMILY: Record<CaseFileKind, Family> = {
  'annex-a-csv': 'annex-a',
  'annex-a-xlsx': 'annex-a',
  'cin-census-xml': 'cin-census',
  'ssda903-csv': 'ssda903',
  unknown: 'unknown',
};

const READERS: Record<Exclude<Family, 'unknown'>, Reader> = {
  'annex-a': readAnnexA,
  'cin-census': readCinCensus,
  ssda903: readSsda903,
};

/** Files grouped by reader, groups in the order their first file was given. */
function groupByFamily(files: readonly SourceFile[]): Map<Family, SourceFile[]> {
  const groups = new Map<Family, SourceFile[]>();
  for (const file of files) {
    const kind = FAMILY[detectFormat(file)];
    groups.set(kind, [...(groups.get(kind) ?? []), file]);
  }
  return groups;
}

/** Appends one by one: spreading a list of millions into `push` overflows the call stack. */
function pushAll<T>(into: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) into.push(from[i]!);
}

function unknownFiles(files: readonly SourceFile[]): ReadResult {
  return {
    records: emptyRecordSet(),
    issues: files.map((f) => ({ severity: 'error' as const, file: f.name, message: UNKNOWN })),
    files: files.map(
      (f): FileSummary => ({ name: f.name, format: 'unknown', list: null, rows: 0 }),
    ),
  };
}

/**
 * Reads every file with the reader its format needs and puts the results together: records
 * group by group, a format read later winning where two give the same key (as the store merges
 * them), issues and file summaries in the order the files were given. `onProgress` is told the
 * bytes read as it goes.
 */
export async function readCaseFiles(
  files: readonly SourceFile[],
  options: ReadOptions = {},
): Promise<ReadResult> {
  const out: ReadResult = { records: emptyRecordSet(), issues: [], files: [] };
  const progress = readProgress(files, options);
  const groups = groupByFamily(files);
  const merge = groups.size > 1 ? new FormatMerge(out.records) : null;
  // formats merged by identifier are merged as records
  const readOptions = merge === null ? options : { ...options, asColumns: false };
  for (const [kind, group] of groups) {
    const result =
      kind === 'unknown' ? unknownFiles(group) : await READERS[kind](group, progress, readOptions);
    // one reader's records are the result, its keys with them; several are merged
    if (merge === null) out.records = result.records;
    if (merge === null && result.childKeys) out.childKeys = result.childKeys;
    if (merge === null && result.children) out.children = result.children;
    if (merge === null && result.lists) out.lists = result.lists;
    if (merge === null && result.contactColumns) out.contactColumns = result.contactColumns;
    pushAll(out.issues, result.issues);
    const replaced = merge?.add(result.records) ?? new Map();
    for (const [list, count] of replaced) out.issues.push(readBefore(kind, group, list, count));
    pushAll(out.files, result.files);
    if (result.census) out.census = [...(out.census ?? []), ...result.census];
  }
  progress?.finish();
  const order = new Map(files.map((f, i) => [f.name, i]));
  out.files.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  return out;
}
