import { describe, expect, it } from 'vitest';
import { dayOf } from '../../domain/index.ts';
import { textFile } from '../annex-a/test-files.ts';
import { readCinCensus } from './read-census.ts';
import { block, censusXml, child, lineOf, node } from './test-xml.ts';

const plan = (initial: string, latest: string) =>
  block('ChildProtectionPlans', {
    CPPstartDate: '2024-05-01',
    InitialCategoryOfAbuse: initial,
    LatestCategoryOfAbuse: latest,
  });

const details = (need: string, closure: string, source: string, ...more: string[]) =>
  block(
    'CINdetails',
    {
      CINreferralDate: '2024-04-10',
      ReferralSource: source,
      PrimaryNeedCode: need,
      CINclosureDate: '2024-12-20',
      ReasonForClosure: closure,
    },
    ...more,
  );

/** A child whose ChildCharacteristics hold these Disability codes. */
const withDisabilities = (id: string, codes: readonly string[]) =>
  node(
    'Child',
    block('ChildIdentifiers', { LAchildID: id }),
    node(
      'ChildCharacteristics',
      '<Ethnicity>WBRI</Ethnicity>',
      node('Disabilities', ...codes.map((code) => `<Disability>${code}</Disability>`)),
    ),
    details('N1', 'RC8', '1A'),
  );

describe('readCinCensus(files) reads coded values into the shared code sets', () => {
  it('fills cinEpisodes from each CINdetails: referral to closure, need, reason and disability', () => {
    const xml = censusXml({
      year: '2025',
      children: [
        withDisabilities('D1', ['NONE']),
        withDisabilities('D2', ['MOB', 'HAND']),
        child({ ids: { LAchildID: 'D3' }, details: [details('n4', 'rc9', '5d')] }),
      ],
    });
    const result = readCinCensus([textFile('cin.xml', xml)]);
    expect(result.issues).toEqual([]);
    expect(result.records.cinEpisodes).toEqual(
      [
        ['D1', 'N1', 'RC8', false],
        ['D2', 'N1', 'RC8', true],
        ['D3', 'N4', 'RC9', null],
      ].map(([childId, primaryNeed, reasonClosed, disability]) => ({
        childId,
        startDate: dayOf(2024, 4, 10),
        endDate: dayOf(2024, 12, 20),
        primaryNeed,
        reasonClosed,
        lastSeen: null,
        disability,
      })),
    );
    expect(result.records.referrals.map((r) => r.source)).toEqual(['1A', '1A', '5D']);
  });

  it('keeps unknown codes as written, each with a warning naming the element and value', () => {
    const xml = censusXml({
      year: '2025',
      children: [
        child({
          ids: { LAchildID: 'U1' },
          details: [details('N99', 'RC0', '11', plan('neg', 'Financial'))],
        }),
      ],
    });
    const result = readCinCensus([textFile('cin.xml', xml)]);
    expect(result.records.cinEpisodes).toMatchObject([{ primaryNeed: 'N99', reasonClosed: 'RC0' }]);
    expect(result.records.referrals).toMatchObject([{ source: '11' }]);
    expect(result.records.cpPlans).toMatchObject([
      { initialCategory: 'NEG', latestCategory: 'Financial' },
    ]);
    const at = (name: string, value: string) => ({
      severity: 'warning',
      file: 'cin.xml',
      row: lineOf(xml, `<${name}>${value}<`),
      column: name,
      value,
    });
    expect(result.issues).toMatchObject([
      at('ReferralSource', '11'),
      at('PrimaryNeedCode', 'N99'),
      at('ReasonForClosure', 'RC0'),
      at('LatestCategoryOfAbuse', 'Financial'),
    ]);
    expect(result.issues.map((i) => i.sheet)).toEqual([
      'Message/Children/Child[1]/CINdetails[1]/ReferralSource',
      'Message/Children/Child[1]/CINdetails[1]/PrimaryNeedCode',
      'Message/Children/Child[1]/CINdetails[1]/ReasonForClosure',
      'Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]/LatestCategoryOfAbuse',
    ]);
    expect(result.issues[1]?.message).toContain('N0 to N9');
  });

  it('warns, keeping the episode, when the closure comes before the referral', () => {
    const early = block('CINdetails', {
      CINreferralDate: '2024-04-10',
      CINclosureDate: '2024-04-01',
    });
    const xml = censusXml({
      year: '2025',
      children: [child({ ids: { LAchildID: 'E1' }, details: [early] })],
    });
    const result = readCinCensus([textFile('cin.xml', xml)]);
    expect(result.records.cinEpisodes).toHaveLength(1);
    expect(result.issues).toMatchObject([
      { severity: 'warning', column: 'CINclosureDate', value: '2024-04-01' },
    ]);
  });
});
