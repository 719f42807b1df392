/**
 * Golden files: a computed set of series compared, byte for byte, with a committed expected file.
 * On a mismatch the new figures are written next to it as `<name>-changed.json` (git-ignored)
 * and the test fails with a summary of the ids and periods that changed. The expected file is
 * rewritten only when OUTTURN_UPDATE_GOLDEN=1 is set, and never when CI is set.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Issue, type Point, WINDOW_KINDS } from '../../src/domain/index.ts';

export interface GoldenSeries {
  id: string;
  points: Point[];
}

/** What a golden file holds: how the input was made, the readers' issues, the series. */
export interface GoldenDoc {
  input: Readonly<Record<string, string | number>>;
  issues: Issue[];
  indicators: GoldenSeries[];
}

/** A point with its keys in one order, so that where it came from does not change its text. */
function canonicalPoint(p: Point): Point {
  const point: Point = {
    window: p.window,
    period: p.period,
    start: p.start,
    end: p.end,
    value: p.value,
    numerator: p.numerator,
    denominator: p.denominator,
  };
  if (p.partial) point.partial = true;
  if (p.covers) point.covers = { start: p.covers.start, end: p.covers.end };
  return point;
}

const kindOrder = (p: Point) => WINDOW_KINDS.indexOf(p.window);

/** Series in the order of `ids` (others after, by id); points by window kind, then dates. */
export function canonicalSeries(
  series: readonly GoldenSeries[],
  ids: readonly string[],
): GoldenSeries[] {
  const rank = (id: string) => (ids.includes(id) ? ids.indexOf(id) : ids.length);
  return [...series]
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))
    .map((s) => ({
      id: s.id,
      points: s.points
        .map(canonicalPoint)
        .sort(
          (a, b) =>
            kindOrder(a) - kindOrder(b) ||
            a.start.localeCompare(b.start) ||
            a.end.localeCompare(b.end),
        ),
    }));
}

/** JSON with one point a line: small enough to review, and a diff shows which points moved. */
export function formatGolden(doc: GoldenDoc): string {
  const series = doc.indicators.map((s) => {
    const points = s.points.map((p) => `      ${JSON.stringify(p)}`).join(',\n');
    return `    {\n      "id": ${JSON.stringify(s.id)},\n      "points": [\n${points}\n      ]\n    }`;
  });
  return [
    '{',
    `  "input": ${JSON.stringify(doc.input)},`,
    `  "issues": ${JSON.stringify(doc.issues)},`,
    '  "indicators": [',
    series.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

const keyed = (doc: GoldenDoc) =>
  new Map(
    doc.indicators.flatMap((s) =>
      s.points.map((p) => [`${s.id} ${p.window} ${p.period}`, JSON.stringify(p)] as const),
    ),
  );

/** Lines naming what differs: per id, the points changed, added and removed (a few shown). */
export function describeChanges(expected: GoldenDoc, actual: GoldenDoc, shown = 4): string[] {
  const lines: string[] = [];
  if (JSON.stringify(expected.input) !== JSON.stringify(actual.input)) {
    lines.push(`input: ${JSON.stringify(expected.input)} -> ${JSON.stringify(actual.input)}`);
  }
  if (JSON.stringify(expected.issues) !== JSON.stringify(actual.issues)) {
    lines.push(`issues: ${expected.issues.length} expected, ${actual.issues.length} now`);
  }
  const [before, after] = [keyed(expected), keyed(actual)];
  const byId = new Map<string, string[]>();
  const note = (key: string, what: string) => {
    const id = key.slice(0, key.indexOf(' '));
    byId.set(id, [...(byId.get(id) ?? []), `${key.slice(id.length + 1)}: ${what}`]);
  };
  for (const [key, text] of before) {
    const now = after.get(key);
    if (now === undefined) note(key, 'removed');
    else if (now !== text) note(key, `${figure(text)} -> ${figure(now)}`);
  }
  for (const key of after.keys()) if (!before.has(key)) note(key, 'added');
  for (const [id, changes] of byId) {
    const more = changes.length > shown ? `; and ${changes.length - shown} more` : '';
    lines.push(
      `${id}: ${changes.length} points differ (${changes.slice(0, shown).join('; ')}${more})`,
    );
  }
  return lines;
}

function figure(pointText: string): string {
  const p = JSON.parse(pointText) as Point;
  return `${p.value} [${p.numerator}/${p.denominator}]${p.partial ? ' partial' : ''}`;
}

/** Whether this run may rewrite expected files: asked for, and not in CI. */
function updateRequested(): boolean {
  if (process.env.OUTTURN_UPDATE_GOLDEN !== '1') return false;
  if (process.env.CI) {
    throw new Error(
      'OUTTURN_UPDATE_GOLDEN=1 is refused when CI is set: update golden files locally',
    );
  }
  return true;
}

/**
 * Compares `actual` with the expected file. With `mayUpdate` and OUTTURN_UPDATE_GOLDEN=1 (not
 * in CI) it rewrites the file instead. Otherwise, on a difference, writes `changedName` next to
 * it and throws with the summary; on agreement, removes a stale `changedName`.
 */
export async function checkGolden(
  expectedFile: string,
  actual: GoldenDoc,
  options: { changedName: string; mayUpdate: boolean },
): Promise<void> {
  await checkGoldenText(expectedFile, formatGolden(actual), {
    ...options,
    describe: (expectedText) => describeChanges(JSON.parse(expectedText) as GoldenDoc, actual),
  });
}

/**
 * The same for any text: `describe` names what changed from the expected text. Used by golden
 * files that hold something other than series (the judgements over Northmere).
 */
export async function checkGoldenText(
  expectedFile: string,
  text: string,
  options: {
    changedName: string;
    mayUpdate: boolean;
    describe: (expectedText: string) => string[];
  },
): Promise<void> {
  const changedFile = path.join(path.dirname(expectedFile), options.changedName);
  if (options.mayUpdate && updateRequested()) {
    await writeFile(expectedFile, text);
    return;
  }
  const expectedText = await readFile(expectedFile, 'utf8').catch(() => null);
  if (expectedText === text) {
    await rm(changedFile, { force: true });
    return;
  }
  await writeFile(changedFile, text);
  const summary =
    expectedText === null ? [`${expectedFile} does not exist`] : options.describe(expectedText);
  throw new Error(
    [
      `golden file mismatch: the figures now are in ${changedFile}`,
      ...(summary.length > 0 ? summary : ['(same figures, different text: reformat)']),
      'If the change is intended, see CONTRIBUTING.md, "Golden files".',
    ].join('\n'),
  );
}
