/** The form setting or changing a target for one council: GOV.UK fields, errors listed first. */
import type { LaRow } from '../../store/index.ts';
import { RadiosField, type SelectOption } from '../components/choice-fields.tsx';
import { TextField } from '../components/form-fields.tsx';
import type { TargetFormErrors, TargetFormField, TargetFormValues } from '../routes/target-form.ts';
import { ChangeForm } from './change-form.tsx';

export interface TargetFormView {
  la: LaRow;
  values: TargetFormValues;
  errors: TargetFormErrors;
  /** The indicators to choose from, by catalogue section, the council's own last. */
  groups: readonly { label: string; options: readonly SelectOption[] }[];
}

/** The fields in the order the form shows them, each error linking to its field's input. */
const FIELDS: readonly TargetFormField[] = [
  'indicator',
  'financialYear',
  'value',
  'tolerance',
  'toleranceKind',
  'profile',
  'setBy',
  'reason',
];

const INTRO =
  'A new target for an indicator and financial year replaces the one in force for the whole year; the earlier target stays in the history with who set it, when and why.';

export function TargetFormPage(props: { view: TargetFormView }) {
  const { values, errors } = props.view;
  return (
    <ChangeForm
      {...props.view}
      heading="Set a target"
      intro={INTRO}
      action="/targets/set"
      fields={FIELDS}
      subject="target"
      reason={{
        label: 'Why is the target being set or changed?',
        hint: 'For example, agreed at cabinet on 12 March.',
      }}
      button="Save target"
    >
      <TextField
        id="financialYear"
        label="Financial year"
        hint="For example, 2025-26."
        value={values.financialYear}
        width={10}
        error={errors.financialYear}
      />
      <TextField
        id="value"
        label="Target"
        hint="In the indicator’s unit: 85 for 85%, 4,800 for a count."
        value={values.value}
        width={10}
        error={errors.value}
      />
      <TextField
        id="tolerance"
        label="Tolerance (optional)"
        hint="How far the figure can miss the target and still be amber. Leave blank to use the council’s rule for the indicator, if it has one."
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
            value: 'absolute',
            text: 'In the indicator’s unit',
            hint: 'Percentage points for a percentage: 2 means 83% is amber against 85%.',
          },
          {
            value: 'relative',
            text: 'A percentage of the target',
            hint: '5 means within 5% of the target: 4,560 is amber against 4,800.',
          },
        ]}
      />
      <TextField
        id="profile"
        label="Monthly profile (optional)"
        hint="12 numbers, April to March, separated by commas: each month’s expected share of the year, such as 8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8. Year-end forecasts follow it; leave blank for equal months."
        value={values.profile}
        error={errors.profile}
      />
    </ChangeForm>
  );
}
