/** The SSDA903 code sets of care and adoption, shared with Annex A Lists 8, 10 and 11. */
import { type CodeReader, codeSetReader } from './code-set.ts';

/** SSDA903 PLACE (Annex A List 8: placement type). */
export const PLACEMENT_TYPE: CodeReader = codeSetReader({
  name: 'a placement type',
  codes: [
    ...['A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3'],
    ...['R4', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
    ...['Z1', 'Z11', 'Z12', 'Z13', 'Z14'],
  ],
  hint: 'an SSDA903 PLACE code such as U1, K2, A5 or Z11, as in "U1: Foster placement ..."',
});

/** SSDA903 REC, the reasons a period of care ends (Annex A List 8: reason ceased). */
export const REASON_CEASED: CodeReader = codeSetReader({
  name: 'a reason for ceasing care',
  codes: [
    ...['E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E2', 'E3', 'E41', 'E43', 'E44'],
    ...['E45', 'E46', 'E47', 'E48', 'E4A', 'E4B', 'E5', 'E6', 'E7', 'E8', 'E9'],
  ],
  hint: 'an SSDA903 REC code such as E11, E4A or E8, as in "E11: Adopted - application unopposed"',
  words: {
    E11: ['adopted - application unopposed'],
    E12: ['adopted - consent dispensed'],
    E2: ['died'],
    E3: ['care taken by another la', 'care taken by another local authority'],
    E8: ['care ceased for any other reason'],
    E9: ['sentenced to custody'],
    E14: ['accommodation on remand ended'],
    E15: ['age assessment determined child was 18 or over'],
    E16: ['child moved abroad'],
  },
});

/** SSDA903 PlacedAdoption REASON_PLACED_CEASED (Annex A List 10: reason no longer placed). */
export const REASON_REVERSED: CodeReader = codeSetReader({
  name: 'a reason the child is no longer to be placed for adoption',
  codes: ['RD1', 'RD2', 'RD3', 'RD4'],
  hint: 'RD1 to RD4, such as "RD1 - The child\'s needs changed subsequent to the decision"',
  words: {
    RD1: ["the child's needs changed subsequent to the decision", "child's needs changed"],
    RD2: ['the court did not make a placement order', 'no placement order'],
    RD3: ['prospective adopters could not be found', 'adopters not found'],
    RD4: ['any other reason', 'other'],
  },
});

/** Annex A List 11: why a (prospective) adopter left the adoption process. */
export const REASON_LEFT: CodeReader = codeSetReader({
  name: 'a reason for leaving the adoption process',
  codes: ['1', '2', '3'],
  hint: '1 adopter withdrew, 2 process put on hold, 3 application refused',
  words: {
    '1': ['adopter withdrew from process', 'adopter withdrew', 'withdrew', 'withdrawn'],
    '2': ['process put on hold', 'on hold', 'put on hold'],
    '3': ['application refused', 'refused'],
  },
});
