/**
 * The frame of a form that changes a council's settings for one indicator (a target, a RAG
 * rule): GOV.UK layout with the errors listed first, the indicator to choose, the form's own
 * fields, then who is making the change and why, kept in its history.
 */
import type { Child } from 'hono/jsx';
import type { LaRow } from '../../store/index.ts';
import { SelectField, type SelectOption, TextareaField } from '../components/choice-fields.tsx';
import { ErrorSummary, TextField } from '../components/form-fields.tsx';
import { Layout } from './layout.tsx';

export interface ChangeFormProps {
  la: LaRow;
  /** The page's heading, and its title (after "Error: " when there are errors). */
  heading: string;
  intro: string;
  action: string;
  /** Every field's id in the order the form shows them, each error linking to its input. */
  fields: readonly string[];
  values: { indicator: string; setBy: string; reason: string };
  errors: Partial<Record<string, string>>;
  /** The indicators to choose from, by catalogue section, the council's own last. */
  groups: readonly { label: string; options: readonly SelectOption[] }[];
  /** What is changed, for the history's hint: "target", "rule". */
  subject: string;
  reason: { label: string; hint?: string };
  button: string;
  /** The form's own fields, between the indicator and who is making the change. */
  children: Child;
}

export function ChangeForm(props: ChangeFormProps) {
  const { la, values, errors } = props;
  const summary = props.fields.flatMap((field) => {
    const message = errors[field];
    return message ? [{ href: `#${field}`, message }] : [];
  });
  const title = summary.length > 0 ? `Error: ${props.heading}` : props.heading;
  return (
    <Layout title={title} section="targets">
      <a class="govuk-back-link" href={`/targets?la=${encodeURIComponent(la.code)}`}>
        Back to targets
      </a>
      <ErrorSummary errors={summary} />
      <span class="govuk-caption-l">{la.name}</span>
      <h1 class="govuk-heading-l">{props.heading}</h1>
      <p class="govuk-body">{props.intro}</p>
      <form method="post" action={props.action} novalidate>
        <input type="hidden" name="la" value={la.code} />
        <SelectField
          id="indicator"
          label="Indicator"
          placeholder="Choose an indicator"
          value={values.indicator}
          groups={props.groups}
          error={errors.indicator}
        />
        {props.children}
        <TextField
          id="setBy"
          label="Your name"
          hint={`Kept in the history of the ${props.subject}.`}
          value={values.setBy}
          width={30}
          error={errors.setBy}
        />
        <TextareaField
          id="reason"
          label={props.reason.label}
          {...(props.reason.hint ? { hint: props.reason.hint } : {})}
          value={values.reason}
          error={errors.reason}
        />
        <button type="submit" class="govuk-button">
          {props.button}
        </button>
      </form>
    </Layout>
  );
}
