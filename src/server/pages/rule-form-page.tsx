/** The form setting or removing a council's RAG rule for one indicator. */
import type { LaRow } from '../../store/index.ts';
import {
  RadiosField,
  SelectField,
  type SelectOption,
  TextareaField,
} from '../components/choice-fields.tsx';
import { ErrorSummary, TextField } from '../components/form-fields.tsx';
import type { RuleFormErrors, RuleFormField, RuleFormValues } from '../routes/rule-form.ts';
import { Layout } from './layout.tsx';

export interface RuleFormView {
  la: LaRow;
  values: RuleFormValues;
  errors: RuleFormErrors;
  groups: readonly { label: string; options: readonly SelectOption[] }[];
}

const FIELDS: readonly RuleFormField[] = [
  'indicator',
  'tolerance',
  'toleranceKind',
  'setBy',
  'reason',
];

export function RuleFormPage(props: { view: RuleFormView }) {
  const { la, values, errors, groups } = props.view;
  const summary = FIELDS.flatMap((field) => {
    const message = errors[field];
    return message ? [{ href: `#${field}`, message }] : [];
  });
  const title = summary.length > 0 ? 'Error: Set a RAG rule' : 'Set a RAG rule';
  return (
    <Layout title={title} section="targets">
      <a class="govuk-back-link" href={`/targets?la=${encodeURIComponent(la.code)}`}>
        Back to targets
      </a>
      <ErrorSummary errors={summary} />
      <span class="govuk-caption-l">{la.name}</span>
      <h1 class="govuk-heading-l">Set a RAG rule</h1>
      <p class="govuk-body">
        The council’s rule for an indicator says how far a figure can miss its target and still be
        amber, for every target of the indicator set without a tolerance of its own. A target’s own
        tolerance always comes first.
      </p>
      <form method="post" action="/targets/rule" novalidate>
        <input type="hidden" name="la" value={la.code} />
        <SelectField
          id="indicator"
          label="Indicator"
          placeholder="Choose an indicator"
          value={values.indicator}
          groups={groups}
          error={errors.indicator}
        />
        <TextField
          id="tolerance"
          label="Amber within"
          hint="Leave blank to remove the council’s rule for the indicator."
          value={values.tolerance}
          width={10}
          error={errors.tolerance}
        />
        <RadiosField
          id="toleranceKind"
          label="The tolerance is"
          value={values.toleranceKind}
          error={errors.toleranceKind}
          options={[
            {
              value: 'relative',
              text: 'A percentage of the target',
              hint: '5 means amber within 5% of the target.',
            },
            {
              value: 'absolute',
              text: 'In the indicator’s unit',
              hint: 'Percentage points for a percentage: 2 means 83% is amber against 85%.',
            },
          ]}
        />
        <TextField
          id="setBy"
          label="Your name"
          hint="Kept in the history of the rule."
          value={values.setBy}
          width={30}
          error={errors.setBy}
        />
        <TextareaField
          id="reason"
          label="Why is the rule being set or removed?"
          value={values.reason}
          error={errors.reason}
        />
        <button type="submit" class="govuk-button">
          Save rule
        </button>
      </form>
    </Layout>
  );
}
