/** The files of each upload: name, sha256, format and what they held, for the import history. */
import { createHash } from 'node:crypto';
import type { FileSummary, SourceFile } from '../ingest/index.ts';
import type { Database } from './tables.ts';

export interface UploadFile {
  name: string;
  hash: string;
  format: string;
  /** The Annex A list (`List 3`) or SSDA903 table (`Episodes`) the file held, if one. */
  part: string | null;
  rows: number;
}

/** sha256 of a file's bytes, hex. */
export function fileHash(file: SourceFile): string {
  return createHash('sha256').update(file.bytes).digest('hex');
}

function partOf(summary: FileSummary): string | null {
  if (summary.list !== null) return `List ${summary.list}`;
  const table = (summary as FileSummary & { table?: string | null }).table;
  return table ?? null;
}

/** Each file with its hash and what its reader found in it. */
export function describeFiles(
  files: readonly SourceFile[],
  summaries: readonly FileSummary[],
): UploadFile[] {
  return files.map((file) => {
    const summary = summaries.find((s) => s.name === file.name);
    return {
      name: file.name,
      hash: fileHash(file),
      format: summary?.format ?? 'unknown',
      part: summary ? partOf(summary) : null,
      rows: summary?.rows ?? 0,
    };
  });
}

export async function saveUploadFiles(
  db: Database,
  uploadId: number,
  files: readonly UploadFile[],
): Promise<void> {
  if (files.length === 0) return;
  await db
    .insertInto('upload_file')
    .values(files.map((f, position) => ({ upload_id: uploadId, position, ...f })))
    .execute();
}

/** The upload that already brought in every one of these files, if one did (the latest). */
export async function uploadWithAll(
  db: Database,
  la: string,
  hashes: readonly string[],
): Promise<number | null> {
  if (hashes.length === 0) return null;
  const rows = await db
    .selectFrom('upload_file')
    .innerJoin('upload', 'upload.id', 'upload_file.upload_id')
    .select(['upload_file.upload_id as id', 'upload_file.hash as hash'])
    .where('upload.la', '=', la)
    .where('upload.status', '=', 'applied')
    .where('upload_file.hash', 'in', [...hashes])
    .execute();
  const byUpload = new Map<number, Set<string>>();
  for (const r of rows) byUpload.set(r.id, (byUpload.get(r.id) ?? new Set()).add(r.hash));
  const complete = [...byUpload].filter(([, found]) => hashes.every((h) => found.has(h)));
  return complete.length === 0 ? null : Math.max(...complete.map(([id]) => id));
}

/** The files of a council's uploads, by upload id. */
export async function loadUploadFiles(
  db: Database,
  la: string,
): Promise<Map<number, UploadFile[]>> {
  const rows = await db
    .selectFrom('upload_file')
    .innerJoin('upload', 'upload.id', 'upload_file.upload_id')
    .select(['upload_id', 'name', 'hash', 'upload_file.format as format', 'part', 'rows'])
    .where('upload.la', '=', la)
    .orderBy('upload_id')
    .orderBy('position')
    .execute();
  const out = new Map<number, UploadFile[]>();
  for (const { upload_id, ...file } of rows)
    out.set(upload_id, [...(out.get(upload_id) ?? []), file]);
  return out;
}
