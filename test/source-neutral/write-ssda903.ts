/**
 * The looked-after children and care leavers as SSDA903 tables: Header (every child, with sex
 * and date of birth) and OC3 (its DOB column as the Header has it) once, and Episodes one file
 * per year's return (2019-20 to 2024-25), each holding the episodes open at some time in the
 * year, an end after the year's 31 March not yet known. Later returns complete earlier ones.
 */
import type { Cells } from '../../src/ingest/annex-a/test-files.ts';
import type { SourceFile } from '../../src/ingest/index.ts';
import { episode, headerRow, tableFile } from '../../src/ingest/ssda903/test-files.ts';
import { CARE_LEAVERS, type Episode, LOOKED_AFTER } from './children.ts';
import { uk } from './write-annex-a.ts';

const sexCode = (sex: 'male' | 'female') => (sex === 'male' ? '1' : '2');
const RETURN_YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

/** The year's episodes: open at some time from `yearStart` to `asOf`, as known on `asOf`. */
function episodesFile(year: number): SourceFile {
  const [yearStart, asOf] = [`${year - 1}-04-01`, `${year}-03-31`];
  const open = (e: Episode) => e.start <= asOf && (e.end === undefined || e.end >= yearStart);
  const rows = LOOKED_AFTER.flatMap((c) =>
    c.episodes.filter(open).map((e) => {
      const ended = e.end !== undefined && e.end <= asOf;
      const [dec, rec] = ended ? [uk(e.end), e.rec ?? ''] : ['', ''];
      return episode(c.id, uk(e.start), e.rne, e.ls, dec, rec, e.place);
    }),
  );
  return tableFile('Episodes', rows, `episodes-${year}.csv`);
}

export function ssda903Files(): SourceFile[] {
  const everyone = [...LOOKED_AFTER, ...CARE_LEAVERS];
  const oc3: Cells[] = CARE_LEAVERS.map((l) => ({
    CHILD: l.id,
    DOB: uk(l.birth),
    IN_TOUCH: l.inTouch,
    ACTIV: l.activity,
    ACCOM: l.accommodation,
  }));
  return [
    tableFile(
      'Header',
      everyone.map((c) => headerRow(c.id, sexCode(c.sex), uk(c.birth))),
    ),
    ...RETURN_YEARS.map(episodesFile),
    tableFile('OC3', oc3),
  ];
}
