import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textFile } from '../annex-a/test-files.ts';
import { readCinCensus } from './read-census.ts';
import { block, CLOSING, censusXml, child, lineOf, opening } from './test-xml.ts';

const referral = (id: string, date: string) =>
  child({ ids: { LAchildID: id }, details: [block('CINdetails', { CINreferralDate: date })] });
const CHILD_PATH = 'Message/Children/Child';

describe('readCinCensus(files) reports values it cannot read', () => {
  it('reports a bad date with its element path, line and value, and drops that record', () => {
    const bad = child({
      ids: { LAchildID: 'D2', PersonBirthDate: '2015-02-30' },
      details: [
        block(
          'CINdetails',
          { CINreferralDate: '2023-05-01' },
          block('Assessments', { AssessmentActualStartDate: '01-May-2023' }),
        ),
      ],
    });
    const xml = censusXml({ year: '2024', children: [referral('D1', '2023-05-01'), bad] });
    const result = readCinCensus([textFile('d.xml', xml)]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'd.xml',
        sheet: `${CHILD_PATH}[2]/ChildIdentifiers/PersonBirthDate`,
        row: lineOf(xml, '<PersonBirthDate>'),
        column: 'PersonBirthDate',
        value: '2015-02-30',
        message: 'This date does not exist: check the day and the month.',
      },
      {
        severity: 'error',
        file: 'd.xml',
        sheet: `${CHILD_PATH}[2]/CINdetails[1]/Assessments[1]/AssessmentActualStartDate`,
        row: lineOf(xml, '<AssessmentActualStartDate>'),
        column: 'AssessmentActualStartDate',
        value: '01-May-2023',
        message: 'Cannot read this as a date: use dd/mm/yyyy, yyyy-mm-dd or an Excel date number.',
      },
    ]);
    expect(result.records.referrals.map((r) => r.childId)).toEqual(['D1', 'D2']);
    expect(result.records.assessments).toEqual([]);
  });

  it('reports a child without LAchildID and reads none of its records', () => {
    const nameless = child({
      ids: { PersonBirthDate: '2015-02-01' },
      details: [block('CINdetails', { CINreferralDate: '2023-05-01', ReferralNFA: 'maybe' })],
    });
    const xml = censusXml({ year: '2024', children: [nameless, referral('M2', '2023-05-02')] });
    const result = readCinCensus([textFile('m.xml', xml)]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: `${CHILD_PATH}[1]/ChildIdentifiers`,
        row: lineOf(xml, '<ChildIdentifiers>'),
        column: 'LAchildID',
      }),
      expect.objectContaining({
        severity: 'error',
        sheet: `${CHILD_PATH}[1]/CINdetails[1]/ReferralNFA`,
        value: 'maybe',
      }),
    ]);
    expect(result.records.children.map((c) => c.childId)).toEqual(['M2']);
    expect(result.records.referrals.map((r) => r.childId)).toEqual(['M2']);
    expect(result.files[0]?.rows).toBe(2);
  });

  it('reports a record without its key date', () => {
    const xml = censusXml({
      year: '2024',
      children: [
        child({
          ids: { LAchildID: 'K1' },
          details: [block('CINdetails', { ReferralSource: '1A' })],
        }),
      ],
    });
    const result = readCinCensus([textFile('k.xml', xml)]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'k.xml',
        sheet: `${CHILD_PATH}[1]/CINdetails[1]`,
        row: lineOf(xml, '<CINdetails>'),
        column: 'CINreferralDate',
        message:
          'There is no CINreferralDate in <CINdetails>, which must have one: the record is not read.',
      },
    ]);
    expect(result.records.referrals).toEqual([]);
  });
});

describe('readCinCensus(files) never loads what a DOCTYPE points to', () => {
  const secretFile = () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cin-xxe-')), 'secret.txt');
    writeFileSync(path, 'TOP-SECRET-7f3a9c');
    return pathToFileURL(path).href;
  };
  const withDoctype = (doctype: string, id: string) =>
    opening({ year: '2024', children: [] }).replace('<Message>', `${doctype}\n<Message>`) +
    [`\n${referral(id, '2023-05-01')}`, CLOSING].join('\n');

  it('tolerates a DOCTYPE with an external SYSTEM id, with a warning', () => {
    const xml = withDoctype(`<!DOCTYPE Message SYSTEM "${secretFile()}">`, 'X1');
    const result = readCinCensus([textFile('x.xml', xml)]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'x.xml', row: 2 }),
    ]);
    expect(result.issues[0]?.message).toContain('DOCTYPE');
    expect(result.records.referrals.map((r) => r.childId)).toEqual(['X1']);
    expect(JSON.stringify(result)).not.toContain('TOP-SECRET');
  });

  it('reports a reference to an external entity as an error and never reads the file it names', () => {
    const doctype = `<!DOCTYPE Message [<!ENTITY xxe SYSTEM "${secretFile()}">]>`;
    const xml = withDoctype(doctype, 'XXE').replace('XXE', '&xxe;');
    const result = readCinCensus([textFile('xxe.xml', xml)]);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'xxe.xml',
        sheet: `${CHILD_PATH}[1]/ChildIdentifiers/LAchildID`,
        row: lineOf(xml, '&xxe;'),
        column: `col ${'<LAchildID>&xxe;'.length}`,
      }),
    ]);
    expect(errors[0]?.message).toContain('entity that is not defined');
    expect(result.records.children).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('TOP-SECRET');
  });
});

describe('readCinCensus(files) copes with malformed XML', () => {
  it('warns of stray text between elements and outside the root, and reads on', () => {
    const stray = referral('T1', '2023-05-01').replace(
      '<ChildIdentifiers>',
      'oops\n<ChildIdentifiers>',
    );
    const xml = `${censusXml({ year: '2024', children: ['  \n', stray, 'loose text'] })}trailing`;
    const result = readCinCensus([textFile('t.xml', xml)]);
    expect(result.issues.map((i) => [i.severity, i.sheet, i.value])).toEqual([
      ['warning', `${CHILD_PATH}[1]`, 'oops'],
      ['warning', 'Message/Children', 'loose text'],
      ['warning', undefined, 'trailing'],
    ]);
    expect(result.records.referrals.map((r) => r.childId)).toEqual(['T1']);
  });

  it('reports a truncated file once, with the line, column and open element path', () => {
    const whole = censusXml({
      year: '2024',
      children: [referral('U1', '2023-05-01'), referral('U2', '2023-05-02')],
    });
    const xml = whole.slice(0, whole.indexOf('<CINreferralDate>2023-05-02'));
    const result = readCinCensus([textFile('u.xml', xml)]);
    const lines = xml.split('\n');
    expect(result.issues).toEqual([
      {
        severity: 'error',
        file: 'u.xml',
        sheet: `${CHILD_PATH}[2]/CINdetails[1]`,
        row: lines.length,
        column: `col ${lines.at(-1)?.length}`,
        message:
          'The file ends before <CINdetails> is closed: it looks cut short. Nothing more is read from this file; export it again.',
      },
    ]);
    expect(result.records.referrals.map((r) => r.childId)).toEqual(['U1']);
  });

  it('reports a mismatched closing tag once', () => {
    const xml = censusXml({ year: '2024', children: [referral('V1', '2023-05-01')] }).replace(
      '</CINdetails>',
      '</CINdetail>',
    );
    const result = readCinCensus([textFile('v.xml', xml)]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'v.xml',
        row: lineOf(xml, '</CINdetail>'),
      }),
    ]);
  });

  it('reads nothing from a file whose root is not <Message>', () => {
    const result = readCinCensus([textFile('w.xml', '<Workbook><Child/></Workbook>')]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', file: 'w.xml', row: 1 }),
    ]);
    expect(result.issues[0]?.message).toContain('<Workbook>');
  });
});
