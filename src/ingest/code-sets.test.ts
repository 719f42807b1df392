import { describe, expect, it } from 'vitest';
import type { CodeReader } from './code-set.ts';
import {
  ABUSE_CATEGORY,
  ACCOMMODATION,
  ACTIVITY,
  CLOSURE_REASON,
  IN_TOUCH,
  PRIMARY_NEED,
  REFERRAL_SOURCE,
} from './code-sets.ts';
import { PLACEMENT_TYPE, REASON_CEASED, REASON_LEFT, REASON_REVERSED } from './code-sets-care.ts';
import { UNREADABLE } from './code-table.ts';

/** Every spelling in `cases` reads as its code; every one in `unknown` does not. */
function check(reader: CodeReader, cases: Record<string, string>, unknown: readonly string[]) {
  for (const [text, code] of Object.entries(cases))
    expect([text, reader.read(text)]).toEqual([text, code]);
  for (const text of unknown) expect([text, reader.read(text)]).toEqual([text, UNREADABLE]);
}

describe('the shared code sets read every common spelling as the census or SSDA903 code', () => {
  it('categories of abuse: Annex A words with and without letters, and census codes', () => {
    check(
      ABUSE_CATEGORY,
      {
        'a) Neglect': 'NEG',
        Neglect: 'NEG',
        NEG: 'NEG',
        neg: 'NEG',
        'b) Physical abuse': 'PHY',
        'c) Sexual abuse': 'SAB',
        'd) Emotional abuse': 'EMO',
        'e) Multiple': 'MUL',
        'e) Multiple/not recommended': 'MUL',
        'MUL - Multiple': 'MUL',
        '(a) Neglect': 'NEG',
        'A) Neglect': 'NEG',
      },
      ['Neglected', 'f) Financial', '1', ''],
    );
  });

  it('primary need: plain codes, codes before or after a letter, and the words', () => {
    check(
      PRIMARY_NEED,
      {
        N1: 'N1',
        n9: 'N9',
        'N1) Abuse or neglect': 'N1',
        'a) N4 Family in acute stress': 'N4',
        'N2 - Child’s disability': 'N2',
        'Abuse or neglect': 'N1',
        "Child's disability or illness": 'N2',
        'Low income.': 'N7',
        'Not stated': 'N0',
      },
      ['Abuse', 'N10', 'N'],
    );
  });

  it('reasons for closure, referral sources, in touch, activity and accommodation', () => {
    check(
      CLOSURE_REASON,
      {
        RC8: 'RC8',
        rc1: 'RC1',
        'RC8) Case closed after assessment': 'RC8',
        'h) RC8 NFA': 'RC8',
        Adopted: 'RC1',
      },
      ['RC0', 'Closed'],
    );
    check(
      REFERRAL_SOURCE,
      {
        '1A': '1A',
        'a) 1A: Individual': '1A',
        '4) Housing': '4',
        '10) Unknown': '10',
        Police: '6',
        '5d': '5D',
      },
      ['11', 'Neighbour'],
    );
    check(
      IN_TOUCH,
      {
        YES: 'YES',
        'a) Yes': 'YES',
        'A) Yes': 'YES',
        Y: 'YES',
        'b) No': 'NO',
        'c) Young person refuses contact': 'REFU',
        'No longer required': 'NREQ',
        rhom: 'RHOM',
        Died: 'DIED',
      },
      ['Maybe'],
    );
    check(
      ACTIVITY,
      {
        F2: 'F2',
        'F2) Full time in education other than higher education': 'F2',
        g5: 'G5',
        '0) Information not known': '0',
        'F1: Full time in higher education': 'F1',
      },
      ['Apprenticeship', 'F6'],
    );
    check(
      ACCOMMODATION,
      {
        B: 'B',
        d: 'D',
        'B: Parents/relatives': 'B',
        'K) Independent living': 'K',
        'Independent living': 'U',
        'Bed and breakfast': 'W',
        'R) Residence not known': 'R',
      },
      ['A', 'Flat'],
    );
  });

  it('placement types, reasons ceased, reasons reversed and reasons adopters left', () => {
    check(
      PLACEMENT_TYPE,
      {
        U1: 'U1',
        'a) U1: Foster placement - relatives - long term': 'U1',
        'U4) Foster placement with other foster carer - long term fostering': 'U4',
        z11: 'Z11',
        'zz) T4: Temporary placement': 'T4',
      },
      ['Foster placement', 'U7'],
    );
    check(
      REASON_CEASED,
      {
        E11: 'E11',
        'a) E11: Adopted - application unopposed': 'E11',
        'E4A) Returned home': 'E4A',
        e8: 'E8',
        Died: 'E2',
      },
      ['X1', 'E99', 'Adopted'],
    );
    check(
      REASON_REVERSED,
      {
        RD1: 'RD1',
        'RD2 - The Court did not make a placement order': 'RD2',
        'Any other reason': 'RD4',
      },
      ['RD5'],
    );
    check(
      REASON_LEFT,
      {
        '1': '1',
        '2 - Process put on hold': '2',
        'Application refused': '3',
        'a) Adopter withdrew from process': '1',
      },
      ['4'],
    );
  });

  it('says what it expected when it cannot read a value', () => {
    expect(ABUSE_CATEGORY.unknown).toBe(
      'This is not a category of abuse Outturn knows (NEG, PHY, SAB, EMO or MUL, or Neglect, Physical abuse, Sexual abuse, Emotional abuse, Multiple): it is kept as written.',
    );
  });
});
