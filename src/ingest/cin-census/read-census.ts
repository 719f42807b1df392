/** DfE Children in Need census XML files, any schema year 2017 to 2026, into one record set. */
import type { ReadProgress, ReadTick } from '../read-progress.ts';
import type { CensusFileSummary, FileSummary, ReadResult, SourceFile } from '../read-result.ts';
import { orderWarning, readHeader } from './census-header.ts';
import { CensusMerge } from './census-merge.ts';
import { readChild } from './child-reader.ts';
import { NodeReader } from './node-reader.ts';
import { streamCensusXml } from './xml-stream.ts';

/**
 * Reads CIN census XML files into one record set, a `<Child>` at a time. Files are read in the
 * order given (oldest first), so where two hold the same record with different values the later
 * file's wins, with a warning; unchanged repeats are only counted, in `census[i].repeated`.
 */
export function readCinCensus(files: readonly SourceFile[], progress?: ReadProgress): ReadResult {
  const merge = new CensusMerge();
  const summaries: FileSummary[] = [];
  const census: CensusFileSummary[] = [];
  let latest: string | null = null;
  for (const file of files) {
    const read = readFile(file, merge, latest, progress?.file(file));
    summaries.push(read.summary);
    census.push(read.census);
    latest = laterDate(latest, read.census.referenceDate);
  }
  return { records: merge.records, issues: merge.issues, files: summaries, census };
}

function readFile(
  file: SourceFile,
  merge: CensusMerge,
  latestEarlier: string | null,
  tick?: ReadTick,
) {
  const census: CensusFileSummary = {
    file: file.name,
    year: null,
    referenceDate: null,
    la: null,
    repeated: 0,
  };
  const reader = new NodeReader(file.name, merge.issues);
  const records = merge.openFile(file.name);
  let rows = 0;
  streamCensusXml(
    file.bytes,
    file.name,
    merge.issues,
    {
      header: (node) => {
        Object.assign(census, readHeader(node));
        const warning = orderWarning(file.name, census.referenceDate, latestEarlier);
        if (warning) merge.issues.push(warning);
      },
      child: (node) => {
        rows += 1;
        records.add(readChild(node, reader));
      },
    },
    tick,
  );
  census.repeated = records.repeated;
  const summary: FileSummary = { name: file.name, format: 'cin-census-xml', list: null, rows };
  return { summary, census };
}

/** The later of two `yyyy-mm-dd` dates (either may be null). */
function laterDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}
