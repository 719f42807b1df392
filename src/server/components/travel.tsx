/** A direction of travel: an arrow for the eye (hidden from screen readers) and the words. */
import type { TravelWord } from '../view/model.ts';

export function Travel(props: { word: TravelWord }) {
  const w = props.word;
  return (
    <span class={`outturn-travel outturn-travel--${w.direction}`}>
      <span aria-hidden="true" class="outturn-travel__arrow">
        {w.arrow}
      </span>{' '}
      {w.text}
    </span>
  );
}
