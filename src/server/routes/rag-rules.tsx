/**
 * The RAG rule form: `GET /targets/rule?la=&indicator=` (filled in with the rule in force for the
 * indicator, if any) and `POST /targets/rule` (sets or removes the rule, then back to /targets).
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { RagRule } from '../../assess/index.ts';
import { type Database, loadRagRules, setRagRule } from '../../store/index.ts';
import { renderPage } from '../pages/render.ts';
import { RuleFormPage, type RuleFormView } from '../pages/rule-form-page.tsx';
import { badRequest } from './errors.tsx';
import { checkRuleForm, emptyRuleForm, type RuleFormValues } from './rule-form.ts';
import {
  councilOf,
  fail,
  formLimit,
  groupsOf,
  indicatorId,
  indicatorsOf,
  laCode,
  NO_COUNCIL,
  postedForm,
  query,
  sameOrigin,
} from './target-common.tsx';

const formQuery = z.object({ la: laCode, indicator: indicatorId });

export function ragRuleRoutes(deps: { db: Database; now: () => Date }): Hono {
  const app = new Hono();
  const { db } = deps;

  app.get('/targets/rule', query(formQuery), async (c) => {
    const q = c.req.valid('query');
    const la = await councilOf(db, q.la);
    if (la === undefined) return badRequest(c, NO_COUNCIL(q.la));
    const indicators = await indicatorsOf(db, la.code);
    const id = indicators.find((d) => d.id === q.indicator)?.id ?? '';
    const rule = (await loadRagRules(db, la.code)).find((r) => r.indicatorId === id);
    const values = { ...emptyRuleForm(la.code, id), ...(rule ? ruleValues(rule) : {}) };
    return showForm(c, { la, values, errors: {}, groups: groupsOf(indicators) });
  });

  app.post('/targets/rule', sameOrigin, formLimit, async (c) => {
    const posted = await postedForm(c, db);
    if (posted instanceof Response) return posted;
    const { body, la } = posted;
    const indicators = await indicatorsOf(db, la.code);
    const check = checkRuleForm(body, indicators);
    if (check.kind === 'malformed') return fail(c, 400, check.message);
    if (check.kind === 'invalid') {
      return showForm(c, { la, ...check, groups: groupsOf(indicators) }, 400);
    }
    const meta = { setBy: check.setBy, reason: check.reason, at: deps.now().toISOString() };
    await setRagRule(db, la.code, check.indicatorId, check.rule, meta);
    const q = new URLSearchParams({ la: la.code, rule: check.indicatorId });
    return c.redirect(`/targets?${q.toString()}`, 303);
  });

  return app;
}

function ruleValues(rule: RagRule): Partial<RuleFormValues> {
  const relative = rule.toleranceKind === 'relative';
  const amount = relative ? Math.round(rule.tolerance * 1e8) / 1e6 : rule.tolerance;
  return { tolerance: String(amount), toleranceKind: rule.toleranceKind };
}

function showForm(c: Context, view: RuleFormView, status: 200 | 400 = 200) {
  return renderPage(c, <RuleFormPage view={view} />, status);
}
