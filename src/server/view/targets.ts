/**
 * The targets page as plain data: each indicator's targets by financial year, newest first, with
 * the one in force marked, its tolerance in words (its own, or the council's rule), the monthly
 * profile and who set each, when and why; and the council's RAG rules.
 */
import type { RagRule, TargetSetting, ToleranceKind } from '../../assess/index.ts';
import {
  displayDecimals,
  financialYearLabel,
  formatValue,
  type IndicatorDefinition,
} from '../../domain/index.ts';
import type { LaRow, TargetChange } from '../../store/index.ts';
import { polarityWords } from './words.ts';

export interface TargetChangeView {
  financialYear: string;
  valueText: string;
  toleranceText: string;
  /** Each month's share as given, April first; null for straight-line. */
  profile: { month: string; share: string }[] | null;
  setBy: string;
  setAtText: string;
  reason: string;
  /** The last set for its financial year: the one figures are judged against. */
  inForce: boolean;
}

export interface IndicatorTargetsView {
  id: string;
  title: string;
  polarityText: string;
  /** `Amber within 5% of the target`, or null when the council has no rule for it. */
  ruleText: string | null;
  /** The address of the form to change this indicator's target for its newest year. */
  changeHref: string;
  changes: TargetChangeView[];
}

export interface RuleView {
  id: string;
  title: string;
  text: string;
  /** The address of the form to change or remove the rule. */
  changeHref: string;
}

export interface TargetsPageView {
  la: LaRow;
  laOptions: { code: string; name: string; selected: boolean }[];
  /** What was just saved, for the success banner; null otherwise. */
  saved: string | null;
  /** The address of the form to set a new target, and a new RAG rule. */
  setHref: string;
  ruleHref: string;
  indicators: IndicatorTargetsView[];
  rules: RuleView[];
}

const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];

/** A tolerance in words, in the indicator's unit: `2.0 percentage points`, `5% of the target`. */
export function toleranceWords(
  def: IndicatorDefinition,
  tolerance: number,
  kind: ToleranceKind,
): string {
  if (kind === 'relative') return `${trimmed(tolerance * 100)}% of the target`;
  const amount = formatValue(tolerance, 'count', displayDecimals(def));
  return def.unit === 'percent' ? `${amount} percentage points` : amount;
}

function trimmed(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

function settingTolerance(def: IndicatorDefinition, t: TargetSetting, rule: RagRule | undefined) {
  if (t.tolerance !== null && t.toleranceKind !== null) {
    return t.tolerance === 0
      ? 'None: amber is not used'
      : `Within ${toleranceWords(def, t.tolerance, t.toleranceKind)}`;
  }
  return rule
    ? `Council rule: within ${toleranceWords(def, rule.tolerance, rule.toleranceKind)}`
    : 'None given, and no council rule: amber is not used';
}

/** `12 March 2025, 10:00` in UK time. */
export function setAtWords(iso: string): string {
  const at = new Date(iso);
  const date = at.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
  const time = at.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
  return `${date}, ${time}`;
}

function changeView(
  def: IndicatorDefinition,
  t: TargetChange,
  rule: RagRule | undefined,
  inForce: boolean,
): TargetChangeView {
  return {
    financialYear: financialYearLabel(t.financialYear),
    valueText: formatValue(t.value, def.unit, displayDecimals(def)),
    toleranceText: settingTolerance(def, t, rule),
    profile: t.profile
      ? t.profile.map((share, i) => ({ month: MONTHS[i] ?? '', share: String(share) }))
      : null,
    setBy: t.setBy,
    setAtText: setAtWords(t.setAt),
    reason: t.reason,
    inForce,
  };
}

/** One indicator's changes: newest financial year first, newest change first within it. */
function indicatorView(
  la: string,
  def: IndicatorDefinition,
  history: readonly TargetChange[],
  rule: RagRule | undefined,
): IndicatorTargetsView {
  const ordered = history
    .map((t, order) => ({ t, order }))
    .sort((a, b) => b.t.financialYear - a.t.financialYear || b.order - a.order);
  const seen = new Set<number>();
  const changes = ordered.map(({ t }) => {
    const inForce = !seen.has(t.financialYear);
    seen.add(t.financialYear);
    return changeView(def, t, rule, inForce);
  });
  const newest = ordered[0]?.t.financialYear;
  return {
    id: def.id,
    title: def.title,
    polarityText: polarityWords(def.polarity),
    ruleText: rule
      ? `Amber within ${toleranceWords(def, rule.tolerance, rule.toleranceKind)}`
      : null,
    changeHref: setHref(la, def.id, newest),
    changes,
  };
}

/** The form's address for a council, and an indicator and year when given. */
export function setHref(la: string, indicator?: string, financialYear?: number): string {
  const query = new URLSearchParams({ la });
  if (indicator) query.set('indicator', indicator);
  if (financialYear !== undefined) query.set('year', financialYearLabel(financialYear));
  return `/targets/set?${query.toString()}`;
}

/** The RAG rule form's address for a council, and an indicator when given. */
export function ruleHref(la: string, indicator?: string): string {
  const query = new URLSearchParams({ la });
  if (indicator) query.set('indicator', indicator);
  return `/targets/rule?${query.toString()}`;
}

/** `RAG rule saved for Referrals: amber within 5% of the target`, or that it was removed. */
export function ruleSavedText(def: IndicatorDefinition, rule: RagRule | undefined): string {
  return rule
    ? `RAG rule saved for ${def.title}: amber within ${toleranceWords(def, rule.tolerance, rule.toleranceKind)}`
    : `RAG rule removed for ${def.title}`;
}

export interface TargetsInput {
  la: LaRow;
  las: readonly LaRow[];
  /** The catalogue's definitions and the council's local ones, in the order to show them. */
  indicators: readonly IndicatorDefinition[];
  history: readonly TargetChange[];
  rules: readonly RagRule[];
  saved: string | null;
}

/** The page: indicators with targets in the order given, then the rules. */
export function buildTargetsPage(input: TargetsInput): TargetsPageView {
  const ruleOf = new Map(input.rules.map((r) => [r.indicatorId, r]));
  const indicators = input.indicators.flatMap((def) => {
    const history = input.history.filter((t) => t.indicatorId === def.id);
    return history.length === 0
      ? []
      : [indicatorView(input.la.code, def, history, ruleOf.get(def.id))];
  });
  const rules = input.indicators.flatMap((def) => {
    const rule = ruleOf.get(def.id);
    if (!rule) return [];
    const text = `Amber within ${toleranceWords(def, rule.tolerance, rule.toleranceKind)}`;
    return [{ id: def.id, title: def.title, text, changeHref: ruleHref(input.la.code, def.id) }];
  });
  return {
    la: input.la,
    laOptions: input.las.map((l) => ({ ...l, selected: l.code === input.la.code })),
    saved: input.saved,
    setHref: setHref(input.la.code),
    ruleHref: ruleHref(input.la.code),
    indicators,
    rules,
  };
}
