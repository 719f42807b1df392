/** Synthetic DfE files for tests: the real files' headers, made-up figures. */
import { gzipSync } from 'node:zlib';
import type { SourceFile } from '../read-result.ts';

const GEO =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name';
/** The CLA files put la_name before new_la_code. */
const GEO_CLA =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code';

export const HEADERS = {
  c1: `${GEO},category,referral_count,rereferral_count,rereferral_percent,no_further_action_count,no_further_action_percent,not_in_need_count,not_in_need_percent,referral_child_count,rereferral_child_count,rereferral_child_percent`,
  cla: `\uFEFF${GEO_CLA},population_type,population_estimate,children_count,rate_per_10000`,
  activity: `\uFEFF${GEO_CLA},care_leaver_age,breakdown,care_leaver_count,care_leaver_percent`,
  ons: `${GEO},age_group,population_estimate`,
  sn2021:
    '\uFEFFLA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,SN3,SNP,SN4,SNP,SN5,SNP,SN6,SNP,SN7,SNP,SN8,SNP,SN9,SNP,SN10,SNP,',
  sn2025:
    '\uFEFFold_la_code,la_name,region_ind,region_name,SN_1,SN_1P,SN_2,SN_2P,SN_3,SN_3P,SN_4,SN_4P,SN_5,SN_5P,SN_6,SN_6P,SN_7,SN_7P,SN_8,SN_8P,SN_9,SN_9P,SN_10,SN_10P',
} as const;

/** Place columns for England, a region, or council 999 (Testshire, new code E06000999). */
export const ENGLAND = '2025,Reporting year,National,E92000001,England,,,,,';
export const REGION = '2025,Reporting year,Regional,E92000001,England,E12000008,South East,,,';
export const COUNCIL = (year = 2025, name = 'Testshire') =>
  `${year},Reporting year,Local authority,E92000001,England,E12000008,South East,999,E06000999,${name}`;
/** Council 999 in the CLA files' column order. */
export const COUNCIL_CLA = (year = 2025) =>
  `${year},Reporting year,Local authority,E92000001,England,E12000008,South East,999,Testshire,E06000999`;

export function csvFile(name: string, header: string, lines: readonly string[]): SourceFile {
  return { name, bytes: new TextEncoder().encode([header, ...lines].join('\r\n')) };
}

export function gzipped(file: SourceFile): SourceFile {
  return { name: `${file.name}.gz`, bytes: new Uint8Array(gzipSync(file.bytes)) };
}

/** Ten neighbours 901..910, closeness as given. */
export const TEN = (closeness: string) =>
  Array.from({ length: 10 }, (_, i) => `${901 + i},${closeness}`).join(',');
