/**
 * Adoption records, source-neutral like the other child-level records: a child's journey to
 * adoption (Annex A List 10) and an adopter's journey through the agency (List 11). Dates are
 * `Day`s; a blank is `null`.
 */
import type { Day } from './day.ts';
import type { Gender } from './record.ts';

/** Annex A List 10: a child's adoption journey, keyed by child and the date the child entered care. */
export interface Adoption {
  childId: string;
  /** Date the Child Entered Care: the key date. */
  enteredCareDate: Day;
  /** The local identifier of the adoptive family the child is matched or placed with (List 11). */
  familyId: string | null;
  disability: boolean | null;
  /** Decision that the child should be placed for adoption (the agency decision maker's). */
  decisionDate: Day | null;
  placementOrderDate: Day | null;
  /** Matching child and prospective adopters. */
  matchedDate: Day | null;
  placedDate: Day | null;
  adoptionOrderDate: Day | null;
  /** Decision that the child should no longer be placed for adoption. */
  reversedDate: Day | null;
  /** Why the child is no longer to be placed for adoption: RD1 to RD4 (as SSDA903 codes it). */
  reasonReversed: string | null;
  /** Placed for fostering for adoption (FFA) or in a concurrent planning placement. */
  ffaPlacedDate: Day | null;
}

/** Why a (prospective) adopter left the adoption process: 1 withdrew, 2 on hold, 3 refused. */
export type AdopterLeavingReason = '1' | '2' | '3';

/**
 * Annex A List 11: one (prospective) adopter's journey, keyed by the adopter's identifier and
 * the date their enquiry was received. Adopters are not children: they have no child id.
 */
export interface Adopter {
  adopterId: string;
  /** Date enquiry received: the key date. */
  enquiryDate: Day;
  /** The adoptive family, shared by adopters applying together and named in List 10. */
  familyId: string | null;
  gender: Gender | null;
  ethnicity: string | null;
  birthDate: Day | null;
  disability: boolean | null;
  /** Is the (prospective) adopter fostering for adoption? */
  fosteringForAdoption: boolean | null;
  stage1Start: Day | null;
  stage1End: Day | null;
  stage2Start: Day | null;
  stage2End: Day | null;
  applicationDate: Day | null;
  approvedDate: Day | null;
  matchedDate: Day | null;
  placedDate: Day | null;
  childrenPlaced: number | null;
  adoptionOrderDate: Day | null;
  leftDate: Day | null;
  /** `1`, `2` or `3` (see AdopterLeavingReason); other text as written, with a warning. */
  reasonLeft: string | null;
}
