/** Red/Amber/Green: a judgement shown everywhere by colour, icon and word together. */

export type Rag = 'green' | 'amber' | 'red' | 'none';

export const RAG_WORDS: Record<Rag, string> = {
  green: 'On target',
  amber: 'Near target',
  red: 'Off target',
  none: 'No target',
};
