import { describe, expect, it } from 'vitest';
import { storedZip } from '../xlsx/test-zip.ts';
import { readAnnexAXlsx } from './read-xlsx.ts';
import { listSheet, workbookFile } from './test-workbooks.ts';

const FILE = 'Annex A.xlsx';
const referral = { 'Child Unique ID': 'C1', 'Date of referral': '2024-04-01' };

async function onlyIssue(bytes: Uint8Array, name = FILE) {
  const result = await readAnnexAXlsx([{ name, bytes }]);
  expect(result.records.referrals).toEqual([]);
  expect(result.files).toEqual([{ name, format: 'annex-a-xlsx', list: null, rows: 0, sheets: [] }]);
  return result.issues;
}

const error = (message: string) => [{ severity: 'error', file: FILE, message }];

/** An OLE compound file's signature, then the given text as UTF-16 (as its directory holds names). */
function oleFile(streamName: string): Uint8Array {
  const signature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return new Uint8Array(
    Buffer.concat([signature, Buffer.alloc(504), Buffer.from(streamName, 'utf16le')]),
  );
}

describe('readAnnexAXlsx(files) gives one error for a file it cannot open', () => {
  it('a workbook cut short', async () => {
    const { bytes } = await workbookFile(FILE, [listSheet(3, [referral])]);
    expect(await onlyIssue(bytes.subarray(0, Math.floor(bytes.length / 2)))).toEqual(
      error(
        'This workbook is incomplete: the file was cut short, perhaps by an interrupted download or copy. Save or copy it again.',
      ),
    );
  });

  it('a workbook with part of its packed data overwritten', async () => {
    const { bytes } = await workbookFile(FILE, [listSheet(3, [referral])]);
    const damaged = bytes.slice();
    const sheetData = Buffer.from(damaged).indexOf('xl/worksheets/sheet1.xml') + 40;
    damaged.fill(0x55, sheetData, sheetData + 200);
    expect(await onlyIssue(damaged)).toEqual(
      error(
        'This workbook is damaged: part of it cannot be unpacked. Save it again from Excel and import it again.',
      ),
    );
  });

  it('a CSV file renamed .xlsx, and an empty file', async () => {
    const message =
      'This file is not an Excel workbook (.xlsx): if it is a CSV file, name it .csv; otherwise save it from Excel as an .xlsx workbook.';
    const csv = new TextEncoder().encode('Child Unique ID,Date of referral\r\nC1,01/04/2024\r\n');
    expect(await onlyIssue(csv)).toEqual(error(message));
    expect(await onlyIssue(new Uint8Array())).toEqual(error(message));
  });

  it('a ZIP archive with no workbook inside', async () => {
    expect(await onlyIssue(storedZip({ 'word/document.xml': '<w:document/>' }))).toEqual(
      error(
        'This file is a ZIP archive but not an Excel workbook: it has no workbook inside. Import the .xlsx workbook itself.',
      ),
    );
  });

  it('a password-protected workbook, and a ZIP with encrypted entries', async () => {
    const message =
      'This workbook is protected with a password, so it cannot be read: save a copy without the password and import that.';
    expect(await onlyIssue(oleFile('EncryptedPackage'))).toEqual(error(message));
    expect(await onlyIssue(storedZip({ 'xl/workbook.xml': '<workbook/>' }, 1))).toEqual(
      error(message),
    );
  });

  it('an old-style .xls workbook', async () => {
    expect(await onlyIssue(oleFile('Workbook'))).toEqual(
      error(
        'This is an old-style Excel file (.xls), which Outturn does not read: save it from Excel as an .xlsx workbook.',
      ),
    );
  });

  it('a workbook whose sheet XML is broken, keeping the files after it', async () => {
    const broken = storedZip({
      'xl/workbook.xml':
        '<workbook xmlns:r="r"><sheets><sheet name="List 3" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r=1></sheetData>',
    });
    const good = await workbookFile('Later.xlsx', [listSheet(3, [referral])]);
    const result = await readAnnexAXlsx([{ name: FILE, bytes: broken }, good]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ severity: 'error', file: FILE });
    expect(result.issues[0]?.message).toMatch(
      /^The workbook could not be read to the end \(.+\): save it again from Excel as an \.xlsx workbook and import it again\.$/,
    );
    expect(result.records.referrals.map((r) => r.childId)).toEqual(['C1']);
  });
});
