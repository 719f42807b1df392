/** GOV.UK select, radios and textarea fields with their hint and error, as form-fields.tsx's. */

function ErrorMessage(props: { id: string; message: string }) {
  return (
    <p id={props.id} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {props.message}
    </p>
  );
}

function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids === '' ? undefined : ids;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

function Hint(props: { id: string; hint: string | undefined }) {
  return props.hint ? (
    <div id={`${props.id}-hint`} class="govuk-hint">
      {props.hint}
    </div>
  ) : null;
}

function groupClass(error: string | undefined): string {
  return `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;
}

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
    <div class={groupClass(props.error)}>
      <label class="govuk-label govuk-label--s" for={props.id}>
        {props.label}
      </label>
      <Hint id={props.id} hint={props.hint} />
      {props.error ? <ErrorMessage id={`${props.id}-error`} message={props.error} /> : null}
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
    </div>
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
    <div class={groupClass(props.error)}>
      <label class="govuk-label govuk-label--s" for={props.id}>
        {props.label}
      </label>
      <Hint id={props.id} hint={props.hint} />
      {props.error ? <ErrorMessage id={`${props.id}-error`} message={props.error} /> : null}
      <textarea
        class={`govuk-textarea${props.error ? ' govuk-textarea--error' : ''}`}
        id={props.id}
        name={props.id}
        rows={props.rows ?? 3}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        {props.value}
      </textarea>
    </div>
  );
}
