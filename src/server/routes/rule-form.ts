/**
 * The form setting a council's RAG rule for an indicator (the tolerance of its targets set
 * without one) or removing it (tolerance left blank), with who and why; checked at the edge.
 */
import { z } from 'zod';
import type { RagRule } from '../../assess/index.ts';
import type { IndicatorDefinition } from '../../domain/index.ts';
import { toleranceFromForm } from './target-form.ts';

export interface RuleFormValues {
  la: string;
  indicator: string;
  tolerance: string;
  toleranceKind: string;
  setBy: string;
  reason: string;
}

export type RuleFormField = Exclude<keyof RuleFormValues, 'la'>;
export type RuleFormErrors = Partial<Record<RuleFormField, string>>;

export type RuleFormCheck =
  | {
      kind: 'ok';
      indicatorId: string;
      /** Null: remove the rule. */
      rule: Omit<RagRule, 'indicatorId'> | null;
      setBy: string;
      reason: string;
    }
  | { kind: 'invalid'; values: RuleFormValues; errors: RuleFormErrors }
  | { kind: 'malformed'; message: string };

const text = (max: number) => z.string().max(max).optional().default('');
const fields = z.object({
  la: text(20),
  indicator: text(200),
  tolerance: text(200),
  toleranceKind: text(20),
  setBy: text(200),
  reason: text(2000),
});

const MALFORMED =
  'The form was not sent as Outturn’s RAG rule page sends it. Go back and try again.';

export function emptyRuleForm(la: string, indicator = ''): RuleFormValues {
  return { la, indicator, tolerance: '', toleranceKind: '', setBy: '', reason: '' };
}

export function checkRuleForm(
  body: Record<string, unknown>,
  indicators: readonly IndicatorDefinition[],
): RuleFormCheck {
  const parsed = fields.safeParse(body);
  if (!parsed.success) return { kind: 'malformed', message: MALFORMED };
  const p = parsed.data;
  const values: RuleFormValues = {
    la: p.la.trim(),
    indicator: p.indicator.trim(),
    tolerance: p.tolerance.trim(),
    toleranceKind: p.toleranceKind.trim(),
    setBy: p.setBy.trim(),
    reason: p.reason.trim(),
  };
  const errors: RuleFormErrors = {};
  const def = indicators.find((d) => d.id === values.indicator);
  if (!def) errors.indicator = 'Select the indicator the rule is for';
  const tolerance = toleranceFromForm(values.tolerance, values.toleranceKind, errors);
  if (values.setBy === '') errors.setBy = 'Enter your name';
  if (values.reason === '') errors.reason = 'Enter why the rule is being set or removed';
  if (!def || !tolerance || Object.keys(errors).length > 0) {
    return { kind: 'invalid', values, errors };
  }
  const rule =
    tolerance.tolerance === null || tolerance.toleranceKind === null
      ? null
      : { tolerance: tolerance.tolerance, toleranceKind: tolerance.toleranceKind };
  return { kind: 'ok', indicatorId: def.id, rule, setBy: values.setBy, reason: values.reason };
}
