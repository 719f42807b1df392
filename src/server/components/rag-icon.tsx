/** A small shape for each RAG state, so status never rests on colour alone. */
import type { Rag } from '../../domain/index.ts';

/** Tick, warning triangle, cross, or an empty circle for no target; hidden from screen readers. */
export function RagIcon(props: { rag: Rag }) {
  return (
    <svg
      class="outturn-rag-icon"
      data-rag={props.rag}
      aria-hidden="true"
      focusable="false"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      stroke-width="2.2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={iconPath(props.rag)} />
    </svg>
  );
}

function iconPath(rag: Rag): string {
  switch (rag) {
    case 'green':
      return 'M2.5 8.5l3.5 3.5 7.5-8';
    case 'amber':
      return 'M8 1.8L14.8 14H1.2Z M8 6.2v3.4 M8 11.9v0.1';
    case 'red':
      return 'M3 3l10 10 M13 3L3 13';
    case 'none':
      return 'M8 2.5a5.5 5.5 0 1 0 0.01 0Z';
    default: {
      const unreachable: never = rag;
      return unreachable;
    }
  }
}
