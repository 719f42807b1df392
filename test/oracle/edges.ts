/**
 * Edges added to a generated council's Annex A CSVs, so that the engine and the SQL oracle are
 * compared on more than the generator's clean output: exact duplicate rows, rows repeating a
 * record's key with other values (the later row wins whole, blanks included), periods of care
 * that are short breaks only (V4 from their start) or become so (V4 from 120 days after it),
 * referrals exactly 12 months (and 12 months and a day) after another, two enquiries of a child
 * leading to one conference, conferences dated before their enquiry began and assessments
 * authorised before they started (some a Saturday before a Sunday start: 0 working days, yet
 * before), and care leavers who have died or returned home.
 */
import Papa from 'papaparse';
import { addMonths, dayOf, ukDay, weekday } from '../../src/domain/index.ts';

interface TextFile {
  name: string;
  text: string;
}

type Row = Record<string, string>;
type Edit = (row: Row, n: number) => Row[];

/**
 * Another child's row whose end date (`endColumn`, on or near `near`) comes before its start:
 * 3 days before, or on the Saturday before a Sunday start (no working day between, still before).
 */
function backwards(row: Row, n: number, near: number, startColumn: string, endColumn: string): Row {
  const saturday = near + ((6 - weekday(near) + 7) % 7);
  const [end, start] = n % 2 === 0 ? [near, near + 3] : [saturday, saturday + 1];
  return {
    ...row,
    'Child Unique ID': `${row['Child Unique ID']}B`,
    [startColumn]: ukDay(start),
    [endColumn]: ukDay(end),
  };
}

function parseUk(text: string): number | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return m ? dayOf(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** Rows appended after every `every`th row: the edit's copies of it. */
function appendEdits(text: string, every: number, edit: Edit): string {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  const rows = parsed.data;
  const extra: Row[] = [];
  rows.forEach((row, n) => {
    if (n % every === every - 1) extra.push(...edit(row, n));
  });
  return Papa.unparse({ fields: parsed.meta.fields ?? [], data: [...rows, ...extra] });
}

const flipYes = (v: string | undefined) => (v === 'a) Yes' ? 'b) No' : 'a) Yes');

const EDITS: Record<string, [number, Edit]> = {
  'List 1': [40, (row) => [{ ...row }]],
  'List 3': [
    25,
    (row, n) => {
      const day = parseUk(row['Date of referral'] ?? '');
      if (day === null) return [];
      const changed = {
        ...row,
        'Referral NFA?': flipYes(row['Referral NFA?']),
        'Number of Referrals in Last 12 Months': n % 2 === 0 ? '' : '1',
      };
      const year = { ...row, 'Date of referral': ukDay(addMonths(day, 12)) };
      const yearAndDay = { ...row, 'Date of referral': ukDay(addMonths(day, 12) + 1) };
      return n % 3 === 0 ? [changed, year] : [changed, yearAndDay];
    },
  ],
  'List 4': [
    30,
    (row, n) => {
      const [startColumn, authorisedColumn] = [
        'Continuous Assessment Start Date',
        'Continuous Assessment Date of Authorisation',
      ];
      const unauthorised = { ...row, [authorisedColumn]: '' };
      const authorised = parseUk(row[authorisedColumn] ?? '');
      if (authorised === null) return [unauthorised];
      // Another child's assessment authorised before it started.
      return [unauthorised, backwards(row, n, authorised, startColumn, authorisedColumn)];
    },
  ],
  'List 5': [
    20,
    (row, n) => {
      const plan = 'Did the Initial Child Protection Conference Result in a Child Protection Plan';
      const startColumn = 'Strategy discussion initiating Section 47 Enquiry Start Date';
      const icpcColumn = 'Date of Initial Child Protection Conference';
      const start = parseUk(row[startColumn] ?? '');
      const icpc = parseUk(row[icpcColumn] ?? '');
      const overriding = { ...row, [plan]: flipYes(row[plan]) };
      if (start === null || icpc === null) return [overriding];
      // An earlier enquiry of the child leading to the same conference.
      const earlier = { ...row, [startColumn]: ukDay(start - 10), [plan]: 'b) No' };
      // Another child's conference dated before their enquiry began.
      return [overriding, earlier, backwards(row, n, icpc, startColumn, icpcColumn)];
    },
  ],
  'List 7': [15, (row) => [{ ...row, 'Child Protection Plan End Date': '' }]],
  'List 8': [
    9,
    (row, n) => {
      // Short breaks only from the start, or from 120 days after it (before: looked after).
      const start = parseUk(row['Date Started to be Looked After'] ?? '');
      const since = start === null || n % 2 === 0 ? start : start + 120;
      return [
        {
          ...row,
          "Child's Legal Status":
            'g) Accommodated under an agreed series of short-term breaks (V4)',
          'Start date of current legal status': since === null ? '' : ukDay(since),
        },
      ];
    },
  ],
  'List 9': [
    12,
    (row, n) => [
      {
        ...row,
        'LA in Touch':
          n % 2 === 0 ? 'f) Young person has died' : 'e) Young person has returned home',
      },
    ],
  ],
};

/** The files with the edges added to the lists they concern; other files as they were. */
export function withEdges<F extends TextFile>(files: readonly F[]): F[] {
  return files.map((file) => {
    const entry = Object.entries(EDITS).find(([list]) => file.name.includes(`${list} `));
    if (!entry) return file;
    const [every, edit] = entry[1];
    return { ...file, text: appendEdits(file.text, every, edit) };
  });
}
