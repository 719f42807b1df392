/**
 * ssda903 — reads SSDA903 looked-after children CSV tables into children, episodes, periods of care
 * and care leavers (OC3).
 * Does not: compute indicators from episodes, or read OC2, AD1 and the other adoption tables.
 */

export type { Rne } from './codes.ts';
export type { Ssda903TableName } from './fields.ts';
export { readSsda903 } from './read.ts';
export type {
  CareEpisode,
  MissingRow,
  Oc3Row,
  ReviewRow,
  RowSource,
  Ssda903Extra,
  Ssda903FileSummary,
  Ssda903Result,
  UascRow,
} from './result.ts';
