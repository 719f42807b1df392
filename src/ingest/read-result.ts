/** What every reader takes and gives back: files in, records, issues and a summary per file out. */
import type {
  ChildKeys,
  ChildList,
  ContactColumns,
  Issue,
  PackedLists,
  RecordSet,
} from '../domain/index.ts';
import type { AnnexAList } from './annex-a/headers.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** The file formats read so far; the workbook, CIN census XML and SSDA903 join this union. */
export type SourceFormat =
  | 'annex-a-csv'
  | 'annex-a-xlsx'
  | 'ssda903-csv'
  | 'cin-census-xml'
  | 'supplied-csv'
  | 'supplied-xlsx'
  | 'unknown';

export interface FileSummary {
  name: string;
  format: SourceFormat;
  /** The Annex A list the file holds; null when it could not be told. */
  list: AnnexAList | null;
  /** Data rows read (the header and wholly blank rows are not counted). */
  rows: number;
  /** Workbooks only: each sheet, in the order read, and the list it holds (null: not read). */
  sheets?: SheetSummary[];
}

/** One sheet of a workbook: its name, its Annex A list (null when not read) and its data rows. */
export interface SheetSummary {
  name: string;
  list: AnnexAList | null;
  rows: number;
}

export interface ReadResult {
  records: RecordSet;
  issues: Issue[];
  files: FileSummary[];
  /** Each record's child, as an index into `records.children`, where the reader knows it. */
  childKeys?: ChildKeys;
  /**
   * `records.children` without making them all: each child made when asked for (a computation
   * asks for few), where the reader keeps them so.
   */
  children?: ChildList;
  /**
   * Lists the reader kept as packed columns (ReadOptions.asColumns), where `records[list]` is
   * made from them only when first read: the engine reads the columns.
   */
  lists?: PackedLists;
  /** The contacts, as columns, when the read was asked to keep them so (ReadOptions). */
  contactColumns?: ContactColumns;
  /** CIN census readers only: what each file's Header says, in the order of `files`. */
  census?: CensusFileSummary[];
}

/** A CIN census file's Header (null where absent), and how many of its records repeat. */
export interface CensusFileSummary {
  file: string;
  /** Header/CollectionDetails/Year. */
  year: string | null;
  /** Header/CollectionDetails/ReferenceDate, as written. */
  referenceDate: string | null;
  /** Header/Source/LEA: the local authority's code. */
  la: string | null;
  /** Records identical to ones an earlier file gave (normal: the census repeats open work). */
  repeated: number;
}
