/**
 * The shape of a local-indicator definitions file (JSON), checked with zod before its meaning
 * is (rules.ts): an object `{ "indicators": [ ... ] }`, each a definition with a rule.
 */
import { z } from 'zod';
import { RECORD_LISTS, WINDOW_KINDS } from '../../domain/index.ts';

const bound = { atLeast: z.number().optional(), atMost: z.number().optional() };

/** Every key a condition may have; which combination is meant is checked in rules.ts. */
export const ConditionShape = z.strictObject({
  field: z.string().min(1).optional(),
  is: z
    .array(z.union([z.string(), z.number(), z.boolean()]))
    .min(1)
    .optional(),
  blank: z.boolean().optional(),
  between: z
    .strictObject({
      from: z.string().min(1),
      to: z.string().min(1),
      days: z.enum(['working', 'calendar']),
    })
    .optional(),
  ...bound,
});

export const RuleShape = z.strictObject({
  list: z.enum(RECORD_LISTS as [string, ...string[]]),
  date: z.string().min(1).optional(),
  open: z.strictObject({ start: z.string().min(1), end: z.string().min(1) }).optional(),
  where: z.array(ConditionShape).optional(),
  hit: z.array(ConditionShape).optional(),
});

export const DefinitionShape = z.strictObject({
  id: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{1,62}$/,
      'an id is lower-case letters, digits and underscores, starting with a letter',
    ),
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  unit: z.enum(['count', 'percent']),
  polarity: z.enum(['higher_is_better', 'lower_is_better', 'neutral']),
  windows: z
    .array(z.enum(WINDOW_KINDS as [string, ...string[]]))
    .min(1)
    .optional(),
  decimals: z.number().int().min(0).max(3).optional(),
  replaces: z.strictObject({ id: z.string().min(1), from: z.iso.date() }).optional(),
  rule: RuleShape,
});

export const FileShape = z.strictObject({
  indicators: z.array(z.unknown(), {
    error: 'the file needs "indicators": a list of indicator definitions',
  }),
});

export type ConditionInput = z.infer<typeof ConditionShape>;
export type RuleInput = z.infer<typeof RuleShape>;
export type DefinitionInput = z.infer<typeof DefinitionShape>;
