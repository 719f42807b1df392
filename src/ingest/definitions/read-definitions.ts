/**
 * Reads a council's local indicator definitions (a JSON file) into catalogue definitions the
 * engine computes by their rules. Every problem is an error issue naming the file, the place
 * in it (a path such as `indicators[2].rule.where[0].field`) and the value found.
 */
import type { z } from 'zod';
import {
  CATALOGUE,
  type IndicatorDefinition,
  type Issue,
  type WindowKind,
} from '../../domain/index.ts';
import type { SourceFile } from '../read-result.ts';
import { checkRule, type Problem } from './rules.ts';
import type { DefinitionInput } from './shape.ts';

export interface DefinitionsReadResult {
  definitions: IndicatorDefinition[];
  issues: Issue[];
}

const CATALOGUE_IDS = new Set(CATALOGUE.map((d) => d.id));

function pathOf(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number'
        ? `${out}[${key}]`
        : out === ''
          ? String(key)
          : `${out}.${String(key)}`,
    base,
  );
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function zodProblems(error: z.ZodError, root: unknown, base: string): Problem[] {
  return error.issues.map((i) => ({
    path: pathOf(base, i.path),
    message: i.message,
    value: valueAt(root, i.path),
  }));
}

function toIssue(file: string, p: Problem): Issue {
  const issue: Issue = { severity: 'error', file, column: p.path, message: p.message };
  if (p.value === undefined) return issue;
  return { ...issue, value: typeof p.value === 'string' ? p.value : JSON.stringify(p.value) };
}

function definitionOf(input: DefinitionInput, path: string) {
  const unit = input.unit as 'count' | 'percent';
  const rule = checkRule(input.rule, unit, `${path}.rule`);
  const def: IndicatorDefinition = {
    id: input.id,
    title: input.title,
    description: input.description,
    unit,
    polarity: input.polarity,
    kind: rule.value.open ? 'snapshot' : 'flow',
    source: 'child-level',
    basis: 'local',
    rule: rule.value,
    ...(input.windows ? { windows: input.windows as WindowKind[] } : {}),
    ...(input.decimals === undefined ? {} : { decimals: input.decimals }),
    ...(input.replaces ? { replaces: input.replaces } : {}),
  };
  return { def, problems: rule.problems };
}

function idProblems(defs: readonly { input: DefinitionInput; path: string }[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const { input, path } of defs) {
    const where = { path: `${path}.id`, value: input.id };
    if (CATALOGUE_IDS.has(input.id)) {
      problems.push({ ...where, message: 'this id is in the standard catalogue: choose another' });
    } else if (seen.has(input.id)) {
      problems.push({ ...where, message: 'this id is defined twice in the file' });
    }
    seen.add(input.id);
  }
  return problems;
}

function parseJson(file: SourceFile): { json: unknown } | { problem: Problem } {
  try {
    return { json: JSON.parse(new TextDecoder('utf-8').decode(file.bytes)) };
  } catch (e) {
    return { problem: { path: '', message: `not valid JSON: ${(e as Error).message}` } };
  }
}

/**
 * The definitions in one file, with every problem; definitions are only given when none. Their
 * shape (zod) is loaded here, when a file is read: `outturn compute` without one starts faster.
 */
export async function readDefinitions(file: SourceFile): Promise<DefinitionsReadResult> {
  const { DefinitionShape, FileShape } = await import('./shape.ts');
  const parsed = parseJson(file);
  if ('problem' in parsed) return { definitions: [], issues: [toIssue(file.name, parsed.problem)] };
  const top = FileShape.safeParse(parsed.json);
  if (!top.success) {
    const problems = zodProblems(top.error, parsed.json, '');
    return { definitions: [], issues: problems.map((p) => toIssue(file.name, p)) };
  }
  const problems: Problem[] = [];
  const inputs: { input: DefinitionInput; path: string }[] = [];
  top.data.indicators.forEach((raw, i) => {
    const path = `indicators[${i}]`;
    const one = DefinitionShape.safeParse(raw);
    if (one.success) inputs.push({ input: one.data, path });
    else problems.push(...zodProblems(one.error, raw, path));
  });
  const defs = inputs.map(({ input, path }) => definitionOf(input, path));
  problems.push(...idProblems(inputs), ...defs.flatMap((d) => d.problems));
  const issues = problems.map((p) => toIssue(file.name, p));
  return { definitions: issues.length === 0 ? defs.map((d) => d.def) : [], issues };
}
