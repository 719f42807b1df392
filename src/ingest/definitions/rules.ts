/**
 * What a local definition's rule means, checked against the fields each list holds
 * (`RECORD_FIELDS`): every field named exists, holds what the condition compares, and each
 * condition is one of the four forms. Problems are returned with the path they were found at.
 */
import {
  type Condition,
  type FieldType,
  RECORD_FIELDS,
  type RecordList,
  type Rule,
} from '../../domain/index.ts';
import type { ConditionInput, RuleInput } from './shape.ts';

export interface Problem {
  path: string;
  message: string;
  value?: unknown;
}

type Checked<T> = { value: T; problems: Problem[] };

function fieldProblem(list: RecordList, path: string, field: string, want?: FieldType) {
  const type = RECORD_FIELDS[list][field];
  const names = Object.keys(RECORD_FIELDS[list]).join(', ');
  if (type === undefined) {
    return { path, value: field, message: `${list} records have no field "${field}" (${names})` };
  }
  if (want !== undefined && type !== want) {
    return { path, value: field, message: `"${field}" holds a ${type}, not a ${want}` };
  }
  return null;
}

const TYPE_OF: Record<FieldType, string> = {
  boolean: 'boolean',
  number: 'number',
  text: 'string',
  day: 'day',
};

function isProblems(list: RecordList, path: string, field: string, values: readonly unknown[]) {
  const type = RECORD_FIELDS[list][field];
  if (type === 'day') {
    return [{ path, value: field, message: 'compare days with "between", not "is"' }];
  }
  const want = type === undefined ? undefined : TYPE_OF[type];
  return values
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => want !== undefined && typeof v !== want)
    .map(({ v, i }) => ({
      path: `${path}.is[${i}]`,
      value: v,
      message: `"${field}" holds a ${type}: give ${type === 'text' ? 'text' : `a ${type}`}`,
    }));
}

const FORMS =
  'a condition is one of: {"field", "is": [...]}, {"field", "blank": true|false}, {"field", "atLeast"/"atMost"} on a number, or {"between": {"from", "to", "days"}, "atLeast"/"atMost"}';

function checkCondition(list: RecordList, c: ConditionInput, path: string): Checked<Condition> {
  const bounds = {
    ...(c.atLeast === undefined ? {} : { atLeast: c.atLeast }),
    ...(c.atMost === undefined ? {} : { atMost: c.atMost }),
  };
  const hasBounds = c.atLeast !== undefined || c.atMost !== undefined;
  const forms = [c.is, c.blank, c.between].filter((x) => x !== undefined).length;
  const wrong = (message = FORMS) => ({
    value: { field: '' } as Condition,
    problems: [{ path, message }],
  });
  if (forms > 1 || (forms === 0 && !hasBounds)) return wrong();
  if (c.between) {
    if (c.field !== undefined || !hasBounds) return wrong();
    const problems = [
      fieldProblem(list, `${path}.between.from`, c.between.from, 'day'),
      fieldProblem(list, `${path}.between.to`, c.between.to, 'day'),
    ].filter((p) => p !== null);
    return { value: { between: c.between, ...bounds }, problems };
  }
  if (c.field === undefined) return wrong();
  const missing = fieldProblem(list, `${path}.field`, c.field);
  if (missing) return { value: { field: c.field, blank: true }, problems: [missing] };
  if (c.is) {
    if (hasBounds) return wrong();
    return { value: { field: c.field, is: c.is }, problems: isProblems(list, path, c.field, c.is) };
  }
  if (c.blank !== undefined) {
    return hasBounds ? wrong() : { value: { field: c.field, blank: c.blank }, problems: [] };
  }
  const notNumber = fieldProblem(list, `${path}.field`, c.field, 'number');
  return { value: { field: c.field, ...bounds }, problems: notNumber ? [notNumber] : [] };
}

function checkConditions(
  list: RecordList,
  cs: readonly ConditionInput[] | undefined,
  path: string,
) {
  const checked = (cs ?? []).map((c, i) => checkCondition(list, c, `${path}[${i}]`));
  return { value: checked.map((c) => c.value), problems: checked.flatMap((c) => c.problems) };
}

function spanProblems(rule: RuleInput, list: RecordList, path: string): Problem[] {
  if ((rule.date === undefined) === (rule.open === undefined)) {
    return [
      { path, message: 'a rule has either "date" (a flow) or "open" (a snapshot), not both' },
    ];
  }
  const fields = rule.open
    ? [
        fieldProblem(list, `${path}.open.start`, rule.open.start, 'day'),
        fieldProblem(list, `${path}.open.end`, rule.open.end, 'day'),
      ]
    : [fieldProblem(list, `${path}.date`, rule.date ?? '', 'day')];
  return fields.filter((p) => p !== null);
}

/** A rule checked against its list's fields, with `unit` deciding whether `hit` is needed. */
export function checkRule(rule: RuleInput, unit: 'count' | 'percent', path: string): Checked<Rule> {
  const list = rule.list as RecordList;
  const where = checkConditions(list, rule.where, `${path}.where`);
  const hit = checkConditions(list, rule.hit, `${path}.hit`);
  const problems = [...spanProblems(rule, list, path), ...where.problems, ...hit.problems];
  if (unit === 'percent' && hit.value.length === 0) {
    problems.push({
      path: `${path}.hit`,
      message: 'a percentage needs "hit": the conditions its numerator meets',
    });
  }
  if (unit === 'count' && rule.hit !== undefined) {
    problems.push({
      path: `${path}.hit`,
      message: 'a count has no "hit": put its conditions in "where"',
    });
  }
  const value: Rule = {
    list,
    ...(rule.date === undefined ? {} : { date: rule.date }),
    ...(rule.open === undefined ? {} : { open: rule.open }),
    ...(where.value.length === 0 ? {} : { where: where.value }),
    ...(hit.value.length === 0 ? {} : { hit: hit.value }),
  };
  return { value, problems };
}
