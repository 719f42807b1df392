/** A RAG status as a GOV.UK tag: colour, icon and word together. */
import { RAG_WORDS, type Rag } from '../../domain/index.ts';
import { RagIcon } from './rag-icon.tsx';

const TAG_CLASS: Record<Rag, string> = {
  green: 'govuk-tag--green',
  amber: 'govuk-tag--yellow',
  red: 'govuk-tag--red',
  none: 'govuk-tag--grey',
};

export function RagTag(props: { rag: Rag }) {
  return (
    <strong class={`govuk-tag ${TAG_CLASS[props.rag]} outturn-rag`} data-rag={props.rag}>
      <RagIcon rag={props.rag} />
      {RAG_WORDS[props.rag]}
    </strong>
  );
}
