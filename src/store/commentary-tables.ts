/** Table types of commentary: notes on an indicator's period or whole series. */
import type { ColumnType, Generated } from 'kysely';

export interface CommentaryTable {
  id: Generated<number>;
  la: string;
  indicator_id: string;
  /** Null: a note on the whole series. */
  period: string | null;
  text: string;
  author: string;
  created_at: ColumnType<Date, string | undefined, string>;
  status: ColumnType<
    'draft' | 'published',
    'draft' | 'published' | undefined,
    'draft' | 'published'
  >;
}
