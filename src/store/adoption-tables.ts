/** Table types of Annex A Lists 10 (adoption, per child) and 11 (adopters, per adopter). */

/** `yyyy-mm-dd`. */
type DateText = string;

/** A child's adoption journey: keyed by council, child and the date the child entered care. */
export interface AdoptionTable {
  la: string;
  child_id: string;
  entered_care_date: DateText;
  family_id: string | null;
  disability: boolean | null;
  decision_date: DateText | null;
  placement_order_date: DateText | null;
  matched_date: DateText | null;
  placed_date: DateText | null;
  adoption_order_date: DateText | null;
  reversed_date: DateText | null;
  reason_reversed: string | null;
  ffa_placed_date: DateText | null;
  upload_id: number;
}

/** An adopter's journey: keyed by council, adopter and the date their enquiry was received. */
export interface AdopterTable {
  la: string;
  adopter_id: string;
  enquiry_date: DateText;
  family_id: string | null;
  gender: string | null;
  ethnicity: string | null;
  birth_date: DateText | null;
  disability: boolean | null;
  fostering_for_adoption: boolean | null;
  stage1_start: DateText | null;
  stage1_end: DateText | null;
  stage2_start: DateText | null;
  stage2_end: DateText | null;
  application_date: DateText | null;
  approved_date: DateText | null;
  matched_date: DateText | null;
  placed_date: DateText | null;
  children_placed: number | null;
  adoption_order_date: DateText | null;
  left_date: DateText | null;
  reason_left: string | null;
  upload_id: number;
}
