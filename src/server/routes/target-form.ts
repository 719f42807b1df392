/**
 * The form setting a target, checked once at the edge: the indicator, financial year, target,
 * tolerance and its kind, monthly profile, who is setting it and why; or what to tell the person
 * about each field that is wrong.
 */
import { z } from 'zod';
import type { TargetSetting } from '../../assess/index.ts';
import { financialYearLabel, type IndicatorDefinition } from '../../domain/index.ts';
import {
  parseFinancialYear,
  parseProfile,
  parseSuppliedNumber,
  parseToleranceKind,
} from '../../ingest/index.ts';

/** What the person typed, to show the form again as they left it. */
export interface TargetFormValues {
  la: string;
  indicator: string;
  financialYear: string;
  value: string;
  tolerance: string;
  toleranceKind: string;
  profile: string;
  setBy: string;
  reason: string;
}

export type TargetFormField = Exclude<keyof TargetFormValues, 'la'>;

/** A message per field in error. */
export type TargetFormErrors = Partial<Record<TargetFormField, string>>;

export type TargetFormCheck =
  | { kind: 'ok'; setting: TargetSetting; setBy: string; reason: string }
  | { kind: 'invalid'; values: TargetFormValues; errors: TargetFormErrors }
  /** Not something the form sends: a field twice, a file where text goes. */
  | { kind: 'malformed'; message: string };

const text = (max: number) => z.string().max(max).optional().default('');
const fields = z.object({
  la: text(20),
  indicator: text(200),
  financialYear: text(200),
  value: text(200),
  tolerance: text(200),
  toleranceKind: text(20),
  profile: text(1000),
  setBy: text(200),
  reason: text(2000),
});

const MALFORMED =
  'The form was not sent as Outturn’s targets page sends it. Go back and try again.';

/** The values of an empty form for a council, with the indicator and year given, if any. */
export function emptyTargetForm(la: string, indicator = '', financialYear = ''): TargetFormValues {
  return {
    la,
    indicator,
    financialYear,
    value: '',
    tolerance: '',
    toleranceKind: '',
    profile: '',
    setBy: '',
    reason: '',
  };
}

/** The fields, as text; null when the body is not what the form sends. */
export function targetFormValues(body: Record<string, unknown>): TargetFormValues | null {
  const parsed = fields.safeParse(body);
  if (!parsed.success) return null;
  const trimmed = Object.entries(parsed.data).map(([k, v]) => [k, v.trim()]);
  return Object.fromEntries(trimmed) as unknown as TargetFormValues;
}

/** The form checked against the indicators a target may be set for. */
export function checkTargetForm(
  body: Record<string, unknown>,
  indicators: readonly IndicatorDefinition[],
): TargetFormCheck {
  const values = targetFormValues(body);
  if (values === null) return { kind: 'malformed', message: MALFORMED };
  const errors: TargetFormErrors = {};
  const def = indicators.find((d) => d.id === values.indicator);
  if (!def) errors.indicator = 'Select the indicator the target is for';
  const year = yearOf(values.financialYear, errors);
  const value = targetValueOf(values.value, def, errors);
  const tolerance = toleranceFromForm(values.tolerance, values.toleranceKind, errors);
  const profile = profileOf(values.profile, errors);
  if (values.setBy === '') errors.setBy = 'Enter your name';
  if (values.reason === '') errors.reason = 'Enter why the target is being set or changed';
  if (!def || year === null || value === null || !tolerance || profile === undefined) {
    return { kind: 'invalid', values, errors };
  }
  if (Object.keys(errors).length > 0) return { kind: 'invalid', values, errors };
  const setting: TargetSetting = {
    indicatorId: def.id,
    financialYear: year,
    value,
    ...tolerance,
    ...(profile === null ? {} : { profile }),
  };
  return { kind: 'ok', setting, setBy: values.setBy, reason: values.reason };
}

function yearOf(text: string, errors: TargetFormErrors): number | null {
  const year = text === '' ? null : parseFinancialYear(text);
  if (year && !year.bare) return year.year;
  errors.financialYear =
    text === ''
      ? 'Enter the financial year, like 2025-26'
      : year?.bare
        ? `Enter the financial year in full: ${financialYearLabel(year.year - 1)} or ${financialYearLabel(year.year)}`
        : 'The financial year must be like 2025-26';
  return null;
}

function targetValueOf(
  text: string,
  def: IndicatorDefinition | undefined,
  errors: TargetFormErrors,
): number | null {
  const n = text === '' ? null : parseSuppliedNumber(text);
  let problem: string | null = null;
  if (text === '') problem = 'Enter the target';
  else if (n === null) problem = 'The target must be a number, like 85 or 4,800';
  else if (n < 0) problem = 'The target must be 0 or more';
  else if (def?.unit === 'percent' && n > 100) problem = 'A percentage target must be 100 or less';
  if (problem === null) return n;
  errors.value = problem;
  return null;
}

type Tolerance = Pick<TargetSetting, 'tolerance' | 'toleranceKind'>;

/**
 * A tolerance and its kind from the form's text, or neither when the tolerance is blank (a kind
 * chosen then is ignored: a radio button cannot be cleared without a script); null when in error,
 * with the message put in `errors`. A relative tolerance is typed as a percentage (5 for 5%).
 */
export function toleranceFromForm(
  toleranceText: string,
  kindText: string,
  errors: { tolerance?: string; toleranceKind?: string },
): Tolerance | null {
  if (toleranceText === '') return { tolerance: null, toleranceKind: null };
  const amount = parseSuppliedNumber(toleranceText);
  const kind = kindText === '' ? null : parseToleranceKind(kindText);
  if (amount === null || amount < 0) {
    errors.tolerance = 'The tolerance must be a number, 0 or more, like 2 or 5';
  } else if (kind === 'relative' && amount > 100) {
    errors.tolerance = 'A relative tolerance must be a percentage of the target, 100 or less';
  }
  if (kind === null) {
    errors.toleranceKind =
      'Select whether the tolerance is in the indicator’s unit or a percentage of the target';
  }
  if (amount === null || kind === null || errors.tolerance) return null;
  return { tolerance: kind === 'relative' ? amount / 100 : amount, toleranceKind: kind };
}

function profileOf(text: string, errors: TargetFormErrors): number[] | null | undefined {
  if (text === '') return null;
  const profile = parseProfile(text);
  if (typeof profile !== 'string') return profile;
  errors.profile = profile.replace(/\.$/, '');
  return undefined;
}
