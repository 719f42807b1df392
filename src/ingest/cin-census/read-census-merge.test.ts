import { describe, expect, it } from 'vitest';
import { dayOf } from '../../domain/index.ts';
import { textFile } from '../annex-a/test-files.ts';
import type { SourceFile } from '../read-result.ts';
import { readCinCensus } from './read-census.ts';
import { block, CLOSING, censusXml, child, opening } from './test-xml.ts';

const details = (date: string, nfa: string, assessment: string) =>
  block(
    'CINdetails',
    { CINreferralDate: date, ReferralSource: '3A', ReferralNFA: nfa },
    block('Assessments', { AssessmentActualStartDate: assessment }),
  );
const census = (name: string, year: string, ...cin: string[]) =>
  textFile(
    name,
    censusXml({ year, children: [child({ ids: { LAchildID: 'R1' }, details: cin })] }),
  );

describe('readCinCensus(files) merges records repeated across years', () => {
  it('counts an unchanged repeat from an earlier year once, without a warning', () => {
    const open = details('2024-02-01', '0', '2024-02-02');
    const result = readCinCensus([
      census('cin2024.xml', '2024', open),
      census('cin2025.xml', '2025', open, details('2024-11-05', '1', '2024-11-06')),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.referrals.map((r) => r.referralDate)).toEqual([
      dayOf(2024, 2, 1),
      dayOf(2024, 11, 5),
    ]);
    expect(result.records.assessments).toHaveLength(2);
    expect(result.census?.map((c) => c.repeated)).toEqual([0, 2]);
  });

  it('lets the later file win where a repeat differs, with a warning naming both files', () => {
    const result = readCinCensus([
      census('cin2024.xml', '2024', details('2024-02-01', '0', '2024-02-02')),
      census('cin2025.xml', '2025', details('2024-02-01', '1', '2024-02-02')),
    ]);
    expect(result.records.referrals).toEqual([
      {
        childId: 'R1',
        referralDate: dayOf(2024, 2, 1),
        source: '3A',
        nfa: true,
        referralsLast12m: null,
      },
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'cin2025.xml',
        sheet: 'Message/Children/Child[1]/CINdetails[1]',
      }),
    ]);
    expect(result.issues[0]?.message).toContain('CINreferralDate');
    expect(result.issues[0]?.message).toContain('"cin2024.xml"');
    expect(result.census?.map((c) => c.repeated)).toEqual([0, 1]);
  });

  it('warns within one file of the same referral twice for a child', () => {
    const twice = details('2024-02-01', '0', '2024-02-02');
    const result = readCinCensus([census('cin2024.xml', '2024', twice, twice)]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Message/Children/Child[1]/CINdetails[2]',
      }),
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Message/Children/Child[1]/CINdetails[2]/Assessments[1]',
      }),
    ]);
    expect(result.records.referrals).toHaveLength(1);
  });

  it('warns when a file is older than one given before it', () => {
    const result = readCinCensus([
      census('cin2025.xml', '2025', details('2024-02-01', '0', '2024-02-02')),
      census('cin2024.xml', '2024', details('2023-06-01', '0', '2023-06-02')),
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'cin2024.xml', value: '2024-03-31' }),
    ]);
  });
});

/** A whole-council-sized file built as chunks of encoded XML, never as one string. */
function largeCensus(children: number): SourceFile {
  const encoder = new TextEncoder();
  const chunks = [encoder.encode(`${opening({ year: '2025', children: [] })}\n`)];
  for (let first = 0; first < children; first += 1000) {
    const batch: string[] = [];
    for (let i = first; i < Math.min(first + 1000, children); i++) {
      const cin = block(
        'CINdetails',
        { CINreferralDate: `2024-${String((i % 12) + 1).padStart(2, '0')}-15` },
        block('Assessments', { AssessmentActualStartDate: '2024-12-20' }),
      );
      // "Ç" is two bytes in UTF-8: some fall across the reader's chunk boundaries.
      batch.push(
        child({ ids: { LAchildID: `Ç${i}`, Sex: 'F' }, ethnicity: 'WBRI', details: [cin] }),
      );
    }
    chunks.push(encoder.encode(`${batch.join('\n')}\n`));
  }
  chunks.push(encoder.encode(CLOSING));
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  chunks.reduce((at, chunk) => {
    bytes.set(chunk, at);
    return at + chunk.length;
  }, 0);
  return { name: 'large.xml', bytes };
}

describe('readCinCensus(files) streams a large file', () => {
  it('reads all 50,000 children of a generated file, with multi-byte characters across chunks', () => {
    const result = readCinCensus([largeCensus(50_000)]);
    expect(result.issues).toEqual([]);
    expect(result.files[0]?.rows).toBe(50_000);
    expect(result.records.children).toHaveLength(50_000);
    expect(result.records.referrals).toHaveLength(50_000);
    expect(result.records.assessments).toHaveLength(50_000);
    expect(result.records.children[49_999]?.childId).toBe('Ç49999');
    expect(result.records.referrals[13]?.referralDate).toBe(dayOf(2024, 2, 15));
  });
});
