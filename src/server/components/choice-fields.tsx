/** GOV.UK select, radios and textarea fields with their hint and error, as form-fields.tsx's. */
import {
  describedBy,
  ErrorMessage,
  FieldFrame,
  type FieldProps,
  groupClass,
  Hint,
} from './form-fields.tsx';

export interface SelectOption {
  value: string;
  text: string;
}

/** A select of options in groups (an `optgroup` each), with a first empty choice. */
export function SelectField(
  props: FieldProps & {
    value: string;
    placeholder: string;
    groups: readonly { label: string; options: readonly SelectOption[] }[];
  },
) {
  return (
    <FieldFrame {...props}>
      <select
        class={`govuk-select${props.error ? ' govuk-select--error' : ''}`}
        id={props.id}
        name={props.id}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        <option value="" selected={props.value === ''}>
          {props.placeholder}
        </option>
        {props.groups.map((group) => (
          <optgroup label={group.label}>
            {group.options.map((o) => (
              <option value={o.value} selected={o.value === props.value}>
                {o.text}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Radios in a fieldset; the first radio has the field's id, so an error can link to it. */
export function RadiosField(
  props: FieldProps & {
    value: string;
    options: readonly (SelectOption & { hint?: string })[];
  },
) {
  return (
    <div class={groupClass(props.error)}>
      <fieldset
        class="govuk-fieldset"
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.label}</legend>
        <Hint id={props.id} hint={props.hint} />
        {props.error ? <ErrorMessage id={`${props.id}-error`} message={props.error} /> : null}
        <div class="govuk-radios govuk-radios--small">
          {props.options.map((o, i) => {
            const id = i === 0 ? props.id : `${props.id}-${i + 1}`;
            return (
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  id={id}
                  name={props.id}
                  type="radio"
                  value={o.value}
                  checked={o.value === props.value}
                  aria-describedby={o.hint ? `${id}-item-hint` : undefined}
                />
                <label class="govuk-label govuk-radios__label" for={id}>
                  {o.text}
                </label>
                {o.hint ? (
                  <div id={`${id}-item-hint`} class="govuk-hint govuk-radios__hint">
                    {o.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function TextareaField(props: FieldProps & { value: string; rows?: number }) {
  return (
    <FieldFrame {...props}>
      <textarea
        class={`govuk-textarea${props.error ? ' govuk-textarea--error' : ''}`}
        id={props.id}
        name={props.id}
        rows={props.rows ?? 3}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        {props.value}
      </textarea>
    </FieldFrame>
  );
}
