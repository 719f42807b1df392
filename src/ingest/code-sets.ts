/**
 * The DfE code sets shared by Annex A, the CIN census and SSDA903: whichever format a value came
 * from, it is stored as the census or SSDA903 code. Words are the Annex A and DfE wordings a
 * council's file may give instead of the code.
 */
import { type CodeReader, codeSetReader } from './code-set.ts';

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** CIN census category of abuse (Annex A List 7: `a) Neglect` .. `e) Multiple`). */
export const ABUSE_CATEGORY: CodeReader = codeSetReader({
  name: 'a category of abuse',
  codes: ['NEG', 'PHY', 'SAB', 'EMO', 'MUL'],
  hint: 'NEG, PHY, SAB, EMO or MUL, or Neglect, Physical abuse, Sexual abuse, Emotional abuse, Multiple',
  words: {
    NEG: ['neglect'],
    PHY: ['physical abuse', 'physical'],
    SAB: ['sexual abuse', 'sexual'],
    EMO: ['emotional abuse', 'emotional'],
    MUL: ['multiple', 'multiple/not recommended', 'multiple categories', 'mixed'],
  },
});

/** CIN census primary need, N0 to N9 (also SSDA903 CIN and Annex A's category of need). */
export const PRIMARY_NEED: CodeReader = codeSetReader({
  name: 'a primary need code',
  codes: range('N', 0, 9),
  hint: 'N0 to N9, such as "N1" or "N1) Abuse or neglect"',
  words: {
    N0: ['not stated'],
    N1: ['abuse or neglect'],
    N2: ["child's disability", "child's disability or illness", 'childs disability'],
    N3: ['parental disability or illness', 'parental illness or disability'],
    N4: ['family in acute stress'],
    N5: ['family dysfunction'],
    N6: ['socially unacceptable behaviour', 'socially unacceptable behavior'],
    N7: ['low income'],
    N8: ['absent parenting'],
    N9: ['cases other than children in need'],
  },
});

/** CIN census reason for closure, RC1 to RC9. */
export const CLOSURE_REASON: CodeReader = codeSetReader({
  name: 'a reason for closure',
  codes: range('RC', 1, 9),
  hint: 'RC1 to RC9, such as "RC8" or "RC8) Case closed after assessment, no further action"',
  words: {
    RC1: ['adopted'],
    RC2: ['died'],
    RC3: ['child arrangements order'],
    RC4: ['special guardianship order'],
    RC5: ['transferred to services of another local authority'],
    RC6: ['transferred to adult social care services'],
    RC7: [
      'services ceased for any other reason, including child no longer in need',
      'services ceased for any other reason',
    ],
    RC8: ['case closed after assessment, no further action'],
    RC9: ['case closed after assessment, referred to early help'],
  },
});

/** CIN census referral source (Annex A's contact and referral source). */
export const REFERRAL_SOURCE: CodeReader = codeSetReader({
  name: 'a referral source',
  codes: [
    ...['1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4'],
    ...['5A', '5B', '5C', '5D', '6', '7', '8', '9', '10'],
  ],
  hint: '1A to 1D, 2A, 2B, 3A to 3F, 4, 5A to 5D, 6 to 10, such as "6) Police"',
  words: {
    '2A': ['schools'],
    '2B': ['education services'],
    '4': ['housing'],
    '6': ['police'],
    '7': ['other legal agency'],
    '8': ['other'],
    '9': ['anonymous'],
    '10': ['unknown'],
  },
});

/** SSDA903 OC3 IN_TOUCH (Annex A List 9: LA in touch). */
export const IN_TOUCH: CodeReader = codeSetReader({
  name: 'an "in touch" code',
  codes: ['YES', 'NO', 'REFU', 'NREQ', 'RHOM', 'DIED'],
  hint: 'YES, NO, REFU, NREQ, RHOM or DIED, or Yes, No, Refuses contact, No longer required, Returned home, Died',
  words: {
    YES: ['y', '1', 'true'],
    NO: ['n', '0', 'false'],
    REFU: ['refuses contact', 'young person refuses contact', 'refused', 'refu'],
    NREQ: ['no longer required', 'not required', 'la no longer required to be in touch'],
    RHOM: ['returned home', 'young person has returned home'],
    DIED: ['young person has died', 'death'],
  },
});

/** SSDA903 OC3 ACTIV (Annex A List 9: activity status). */
export const ACTIVITY: CodeReader = codeSetReader({
  name: 'an activity code',
  codes: [...['F1', 'P1', 'F2', 'P2', 'F3', 'P3', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6'], '0'],
  hint: 'F1, P1, F2, P2, F4, P4, F5, P5, G4, G5, G6 or 0, such as "F2) Full time in education other than higher education"',
  words: {
    F1: ['full time in higher education'],
    P1: ['part time in higher education'],
    F2: ['full time in education other than higher education'],
    P2: ['part time in education other than higher education'],
    G4: ['not in education, employment or training - illness or disability'],
    G5: ['not in education, employment or training - other'],
    G6: ['not in education, employment or training - pregnancy or parenting'],
    '0': ['information not known', 'not known'],
  },
});

/** The accommodation letter of SSDA903 OC3 ACCOM (whose second character is suitability). */
export const ACCOMMODATION: CodeReader = codeSetReader({
  name: 'an accommodation code',
  codes: [...'BCDEGHKRSTUVWXYZ', '0'],
  hint: 'B, C, D, E, G, H, K, R, S, T, U, V, W, X, Y or Z, such as "B: Parents/relatives"',
  words: {
    B: ['parents/relatives', 'parents or relatives', 'with parents or relatives'],
    C: ['community home/residential care', 'community home or other form of residential care'],
    D: [
      'semi-independent, transitional accommodation and self-contained accommodation',
      'semi-independent, transitional accommodation',
      'semi-independent',
    ],
    E: ['supported lodgings'],
    G: ['abroad', 'gone abroad'],
    H: ['deported'],
    K: ['ordinary lodgings, without formal support', 'ordinary lodgings'],
    R: ['residence not known'],
    S: ['no fixed abode/homeless', 'no fixed abode', 'homeless'],
    T: ['foyers and similar supported accommodation', 'foyers'],
    U: ['independent living'],
    V: ['emergency accommodation'],
    W: ['bed and breakfast'],
    X: ['in custody', 'custody'],
    Y: ['other accommodation'],
    Z: ['with former foster carers', 'former foster carers'],
  },
});
