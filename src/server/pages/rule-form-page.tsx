/** The form setting or removing a council's RAG rule for one indicator. */
import type { LaRow } from '../../store/index.ts';
import { RadiosField, type SelectOption } from '../components/choice-fields.tsx';
import { TextField } from '../components/form-fields.tsx';
import type { RuleFormErrors, RuleFormField, RuleFormValues } from '../routes/rule-form.ts';
import { ChangeForm } from './change-form.tsx';

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

const INTRO =
  'The council’s rule for an indicator says how far a figure can miss its target and still be amber, for every target of the indicator set without a tolerance of its own. A target’s own tolerance always comes first.';

export function RuleFormPage(props: { view: RuleFormView }) {
  const { values, errors } = props.view;
  return (
    <ChangeForm
      {...props.view}
      heading="Set a RAG rule"
      intro={INTRO}
      action="/targets/rule"
      fields={FIELDS}
      subject="rule"
      reason={{ label: 'Why is the rule being set or removed?' }}
      button="Save rule"
    >
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
    </ChangeForm>
  );
}
