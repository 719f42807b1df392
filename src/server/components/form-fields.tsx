/** GOV.UK form fields with their hint and error: text input, file upload, date input, summary. */

/** `Error: ` said to screen readers before the message. */
export function ErrorMessage(props: { id: string; message: string }) {
  return (
    <p id={props.id} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {props.message}
    </p>
  );
}

/** The ids of a field's hint and error, for its input's `aria-describedby`. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids === '' ? undefined : ids;
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A field's hint, when it has one. */
export function Hint(props: { id: string; hint: string | undefined }) {
  return props.hint ? (
    <div id={`${props.id}-hint`} class="govuk-hint">
      {props.hint}
    </div>
  ) : null;
}

/** The form group's class, marked when the field has an error. */
export function groupClass(error: string | undefined): string {
  return `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;
}

/** A field's group: its label, hint and error, then the control (`children`). */
export function FieldFrame(props: FieldProps & { children: unknown }) {
  return (
    <div class={groupClass(props.error)}>
      <label class="govuk-label govuk-label--s" for={props.id}>
        {props.label}
      </label>
      <Hint id={props.id} hint={props.hint} />
      {props.error ? <ErrorMessage id={`${props.id}-error`} message={props.error} /> : null}
      {props.children}
    </div>
  );
}

export function TextField(props: FieldProps & { value: string; width?: 10 | 20 | 30 }) {
  const width = props.width ? ` govuk-input--width-${props.width}` : '';
  return (
    <FieldFrame {...props}>
      <input
        class={`govuk-input${width}${props.error ? ' govuk-input--error' : ''}`}
        id={props.id}
        name={props.id}
        type="text"
        value={props.value}
        spellcheck={false}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      />
    </FieldFrame>
  );
}

export function FilesField(props: FieldProps & { accept: string }) {
  return (
    <FieldFrame {...props}>
      <input
        class={`govuk-file-upload${props.error ? ' govuk-file-upload--error' : ''}`}
        id={props.id}
        name={props.id}
        type="file"
        multiple
        accept={props.accept}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      />
    </FieldFrame>
  );
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** A day, month and year in a fieldset; the inputs are named `<id>-day` and so on. */
export function DateField(props: FieldProps & { value: DateParts }) {
  const part = (name: keyof DateParts, label: string, width: 2 | 4) => (
    <div class="govuk-date-input__item">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-date-input__label" for={`${props.id}-${name}`}>
          {label}
        </label>
        <input
          class={`govuk-input govuk-date-input__input govuk-input--width-${width}${props.error ? ' govuk-input--error' : ''}`}
          id={`${props.id}-${name}`}
          name={`${props.id}-${name}`}
          type="text"
          inputmode="numeric"
          value={props.value[name]}
        />
      </div>
    </div>
  );
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        class="govuk-fieldset"
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.label}</legend>
        {props.hint ? (
          <div id={`${props.id}-hint`} class="govuk-hint">
            {props.hint}
          </div>
        ) : null}
        {props.error ? <ErrorMessage id={`${props.id}-error`} message={props.error} /> : null}
        <div class="govuk-date-input" id={props.id}>
          {part('day', 'Day', 2)}
          {part('month', 'Month', 2)}
          {part('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}

/** The list of problems at the top of a form, each linking to its field. */
export function ErrorSummary(props: { errors: readonly { href: string; message: string }[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {props.errors.map((e) => (
              <li>
                <a href={e.href}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
