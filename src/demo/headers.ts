/** Annex A column headers, exactly as ../shared/domain/formats.md lists them. */

const COMMON = [
  'Child Unique ID',
  'Gender',
  'Ethnicity',
  'Date of Birth',
  'Age of Child (Years)',
] as const;
const TEAM = ['Allocated Team', 'Allocated Worker'] as const;

export const LIST_1 = [...COMMON, 'Date of Contact', 'Contact Source'];

export const LIST_3 = [
  ...COMMON,
  'Date of referral',
  'Referral Source',
  'Referral NFA?',
  'Number of Referrals in Last 12 Months',
  ...TEAM,
];

export const LIST_4 = [
  ...COMMON,
  'Does the Child have a Disability',
  'Continuous Assessment Start Date',
  'Child Seen During Continuous Assessment',
  'Continuous Assessment Date of Authorisation',
  "Was the child assessed as requiring LA children's social care support?",
  ...TEAM,
];

export const LIST_5 = [
  ...COMMON,
  'Does the Child have a Disability',
  'Strategy discussion initiating Section 47 Enquiry Start Date',
  'Was an Initial Child Protection Conference deemed unnecessary?',
  'Date of Initial Child Protection Conference',
  'Did the Initial Child Protection Conference Result in a Child Protection Plan',
  'Number of Section 47 Enquiries in the last 12 months',
  'Number of ICPCs in the last 12 months',
  ...TEAM,
];

export const LIST_6 = [
  ...COMMON,
  'Does the Child have a Disability',
  'CIN Start Date',
  'Primary Need Code',
  'Date Child Was Last Seen',
  'CIN Closure Date',
  'Reason for Closure',
  'Case Status',
  ...TEAM,
];

export const LIST_7 = [
  ...COMMON,
  'Does the Child have a Disability',
  'Child Protection Plan Start Date',
  'Initial Category of Abuse',
  'Latest Category of Abuse',
  'Date of the Last Statutory Visit',
  'Was the Child Seen Alone?',
  'Date of latest review conference',
  'Child Protection Plan End Date',
  'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)',
  'Number of Previous Child Protection Plans',
  ...TEAM,
];

export const LIST_8 = [
  ...COMMON,
  'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)',
  'Does the Child have a Disability',
  'Date Started to be Looked After',
  "Child's Category of Need",
  'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)',
  'Start date of current legal status',
  "Child's Legal Status",
  'Date of Latest Statutory Review',
  'Date of Last Social Work Visit',
  'What is the permanence plan for this child?',
  'Date of Last IRO Visit / Contact to the Child',
  'Date of Last Health Assessment',
  'Date of Last Dental Check',
  'Number of Placements in the Last 12 months',
  'Date Ceased to be Looked After',
  'Reason Ceased to be Looked After',
  'Start Date of Most Recent Placement',
  'Placement Type',
  'Placement Provider',
  'Placement postcode',
  'URN of Placement',
  'Placement Location',
  'LA of Placement',
  "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
  "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
  'Was the child offered a Return Interview after their last missing episode (Y/N)?',
  'Did the child accept a Return Interview after their last missing episode (Y/N)?',
  ...TEAM,
];

export const LIST_9 = [
  ...COMMON,
  'UASC, or formerly UASC if 18 or over (Y/N)',
  'Does the Child have a Disability',
  ...TEAM,
  'Allocated Personal Advisor',
  'Eligibility Category',
  'Latest Pathway Plan Review Date',
  'LA in Touch',
  'Latest Date of Contact',
  'Type of Accommodation',
  'Suitability of Accommodation',
  'Activity Status',
];
