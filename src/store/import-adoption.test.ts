import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayOf } from '../domain/index.ts';
import { listFile } from '../ingest/annex-a/test-files.ts';
import { tableFile } from '../ingest/ssda903/test-files.ts';
import { type ImportRequest, importFiles } from './import.ts';
import { countRecords, loadRecords } from './index.ts';
import { openTestStore, type TestStore } from './testing.ts';

const adoption = (id: string, entered: string, placed: string) => ({
  'Child Unique ID': id,
  Gender: 'b) Female',
  'Date of Birth': '01/01/2021',
  'Date the Child Entered Care': entered,
  'Date Placed for Adoption': placed,
  'Reason Why Child No Longer Placed for Adoption': '',
});
const adopter = (id: string, enquiry: string, reason: string) => ({
  'Individual adopter identifier': id,
  'Family identifier': 'F1',
  'Date enquiry received': enquiry,
  'Reason for leaving adoption process': reason,
});

function request(files: ImportRequest['files'], at: string): ImportRequest {
  return {
    la: { code: '999', name: 'Northmere' },
    files,
    asAt: dayOf(2025, 3, 31),
    from: dayOf(2024, 4, 1),
    createdBy: 'tester',
    at,
  };
}

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(async () => {
  await store.dispose();
});

describe('importFiles(db, request) with Lists 10 and 11 and OC3', () => {
  it('stores adoptions, adopters and care leavers, and a later extract overwrites by key', async () => {
    const first = [
      listFile(10, [adoption('D1', '01/04/2023', '')]),
      listFile(11, [adopter('A1', '01/02/2024', ''), adopter('A2', '01/02/2024', '')]),
      tableFile('OC3', [
        { CHILD: 'L1', DOB: '01/01/2005', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ]),
    ];
    expect((await importFiles(store.db, request(first, '2025-04-01T09:00:00.000Z'))).ok).toBe(true);
    const later = [
      listFile(10, [adoption('D1', '01/04/2023', '01/03/2025')], 'List 10 (May).csv'),
      listFile(11, [adopter('A2', '01/02/2024', 'Application refused')], 'List 11 (May).csv'),
    ];
    expect((await importFiles(store.db, request(later, '2025-05-01T09:00:00.000Z'))).ok).toBe(true);
    const records = await loadRecords(store.db, '999');
    expect(records.adoptions).toMatchObject([
      { childId: 'D1', enteredCareDate: dayOf(2023, 4, 1), placedDate: dayOf(2025, 3, 1) },
    ]);
    expect(records.adopters.map((a) => [a.adopterId, a.familyId, a.reasonLeft])).toEqual([
      ['A1', 'F1', null],
      ['A2', 'F1', '3'],
    ]);
    expect(records.careLeavers).toMatchObject([
      {
        childId: 'L1',
        inTouch: 'YES',
        activity: 'F1',
        accommodation: 'B',
        accommodationSuitable: true,
      },
    ]);
    expect(await countRecords(store.db, '999')).toMatchObject({
      adoptions: 1,
      adopters: 2,
      careLeavers: 1,
    });
  });
});
