/** The columns of Lists 10 (adoption, per child) and 11 (adopters, per adopter) Outturn reads. */
import { COMMON_FIELDS, optional, required } from './fields.ts';

const FAMILY = optional(
  'Family identifier',
  'Family ID',
  'Family Identifier (adoptive family)',
  'Adoptive Family Identifier',
  'Adoptive Family ID',
);

const ADOPTION_ORDER = optional('Date of Adoption Order', 'Adoption Order Date');

export const ADOPTION_FIELDS = {
  ...COMMON_FIELDS,
  familyId: FAMILY,
  disability: optional(
    'Does the Child have a Disability',
    'Does the Child have a Disability?',
    'Child has a Disability',
    'Disability',
  ),
  enteredCareDate: required(
    'Date the Child Entered Care',
    'Date Child Entered Care',
    'Date Entered Care',
    'Entered Care Date',
  ),
  decisionDate: optional(
    'Date of Decision that Child Should be Placed for Adoption',
    'Date of Decision to Place for Adoption',
    'Date of Decision Child Should be Placed for Adoption',
    'Should be Placed for Adoption Decision Date',
    'ADM Decision Date',
    'Date of ADM Decision',
  ),
  placementOrderDate: optional('Date of Placement Order', 'Placement Order Date'),
  matchedDate: optional(
    'Date of Matching Child and Prospective Adopters',
    'Date Matched with Prospective Adopters',
    'Date of Match',
    'Matching Date',
  ),
  placedDate: optional(
    'Date Placed for Adoption',
    'Placed for Adoption Date',
    'Date of Placement for Adoption',
  ),
  adoptionOrderDate: ADOPTION_ORDER,
  reversedDate: optional(
    'Date of Decision that Child Should No Longer be Placed for Adoption',
    'Date of Decision Child Should No Longer be Placed for Adoption',
    'Date Decision Reversed',
    'Decision Reversed Date',
  ),
  reasonReversed: optional(
    'Reason Why Child No Longer Placed for Adoption',
    'Reason Child No Longer Placed for Adoption',
    'Reason No Longer Placed for Adoption',
    'Reason Decision Reversed',
  ),
  ffaPlacedDate: optional(
    'Date the child was placed for fostering in FFA or concurrent planning placement',
    'Date Placed in FFA or Concurrent Planning Placement',
    'Date Placed for Fostering for Adoption',
    'FFA Placement Date',
    'Date of FFA Placement',
  ),
} as const;

export const ADOPTER_FIELDS = {
  adopterId: required(
    'Individual adopter identifier',
    'Adopter identifier',
    'Adopter ID',
    'Individual Adopter ID',
    'Adopter Unique ID',
    'Adopter Reference',
  ),
  familyId: FAMILY,
  gender: optional('Gender', 'Sex', 'Adopter Gender'),
  ethnicity: optional('Ethnicity', 'Ethnic Origin', 'Ethnic Group', 'Adopter Ethnicity'),
  birthDate: optional('Date of Birth', 'DOB', 'Birth Date', 'Adopter Date of Birth'),
  disability: optional(
    'Does the adopter have a Disability',
    'Does the Adopter have a Disability?',
    'Adopter has a Disability',
    'Disability',
  ),
  fosteringForAdoption: optional(
    'Is the (prospective) adopter fostering for adoption?',
    'Is the adopter fostering for adoption',
    'Fostering for Adoption',
    'FFA',
  ),
  enquiryDate: required(
    'Date enquiry received',
    'Enquiry Date',
    'Date of Enquiry',
    'Enquiry Received Date',
    'Date Enquiry Received by Agency',
  ),
  stage1Start: optional('Date Stage 1 started', 'Stage 1 Start Date', 'Date Stage One Started'),
  stage1End: optional('Date Stage 1 ended', 'Stage 1 End Date', 'Date Stage One Ended'),
  stage2Start: optional('Date Stage 2 started', 'Stage 2 Start Date', 'Date Stage Two Started'),
  stage2End: optional('Date Stage 2 ended', 'Stage 2 End Date', 'Date Stage Two Ended'),
  applicationDate: optional(
    'Date application submitted',
    'Application Submitted Date',
    'Date of Application',
    'Application Date',
  ),
  approvedDate: optional(
    'Date application approved',
    'Application Approved Date',
    'Date of Approval',
    'Approval Date',
    'Date Approved',
  ),
  matchedDate: optional(
    'Date adopter matched with child(ren)',
    'Date adopter matched with children',
    'Date Matched with Child',
    'Date Matched',
  ),
  placedDate: optional(
    'Date child/children placed with adopter(s)',
    'Date children placed with adopters',
    'Date Child Placed with Adopter',
    'Date Placed with Adopters',
  ),
  childrenPlaced: optional(
    'No. of children placed',
    'Number of children placed',
    'Number of Children Placed with Adopter',
    'Children Placed',
  ),
  adoptionOrderDate: ADOPTION_ORDER,
  leftDate: optional(
    'Date of leaving adoption process',
    'Date Left Adoption Process',
    'Date Left Process',
    'Leaving Date',
  ),
  reasonLeft: optional(
    'Reason for leaving adoption process',
    'Reason Left Adoption Process',
    'Reason for Leaving',
    'Leaving Reason',
  ),
} as const;
