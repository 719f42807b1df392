/** What the SSDA903 reader gives back: the common read result, plus episodes and the other tables' rows. */
import type { CareEpisode, Day, Gender } from '../../domain/index.ts';
import type { FileSummary, ReadResult } from '../read-result.ts';
import type { Ssda903TableName } from './fields.ts';

export type { CareEpisode };

/** Where a row came from, for issues raised later. */
export interface RowSource {
  file: string;
  row: number;
}

export interface UascRow extends RowSource {
  childId: string;
  sex: Gender | null;
  birthDate: Day | null;
  /** DUC: the date the child ceased to be an unaccompanied asylum-seeking child. */
  ceasedUasc: Day | null;
}

export interface Oc3Row extends RowSource {
  childId: string;
  birthDate: Day | null;
  inTouch: string | null;
  activity: string | null;
  /** ACCOM: ending in 1 suitable, 2 unsuitable. */
  accommodation: string | null;
}

export interface MissingRow extends RowSource {
  childId: string;
  birthDate: Day | null;
  /** M missing, A absent. */
  kind: 'M' | 'A' | null;
  start: Day | null;
  end: Day | null;
}

export interface ReviewRow extends RowSource {
  childId: string;
  birthDate: Day | null;
  review: Day | null;
  reviewCode: string | null;
}

/** The tables read and validated but not (yet) turned into records. */
export interface Ssda903Extra {
  uasc: UascRow[];
  oc3: Oc3Row[];
  missing: MissingRow[];
  reviews: ReviewRow[];
}

export interface Ssda903FileSummary extends FileSummary {
  /** The SSDA903 table the file holds; null when it could not be told. */
  table: Ssda903TableName | null;
}

export interface Ssda903Result extends ReadResult {
  files: Ssda903FileSummary[];
  extra?: Ssda903Extra;
}
