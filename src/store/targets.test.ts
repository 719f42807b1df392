/** Targets with profiles, targets without a tolerance, and RAG rules, on PGlite or the server. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TargetSetting } from '../assess/index.ts';
import {
  type Database,
  deleteLaData,
  importTargets,
  loadRagRuleHistory,
  loadRagRules,
  loadTargetHistory,
  loadTargetSettings,
  loadTargets,
  setRagRule,
  setTarget,
  setTargets,
  upsertLa,
} from './index.ts';
import { emptyTestStore, openTestStore, type TestStore } from './testing.ts';

const LA = '999';
const ID = 'rereferrals_12m_pct';
const PROFILE = [10, 9, 8, 8, 8, 8, 9, 8, 8, 8, 8, 8];

let store: TestStore;
let db: Database;

beforeAll(async () => {
  store = await openTestStore();
  db = store.db;
});
afterAll(() => store.dispose());
beforeEach(async () => {
  await emptyTestStore(db);
  await upsertLa(db, { code: LA, name: 'Northmere' });
  await upsertLa(db, { code: '201', name: 'Elsewhere' });
});

const setting = (value: number, changes: Partial<TargetSetting> = {}): TargetSetting => ({
  indicatorId: ID,
  financialYear: 2025,
  value,
  tolerance: null,
  toleranceKind: null,
  ...changes,
});
const by = (setBy: string, reason: string, at?: string) => ({
  setBy,
  reason,
  ...(at ? { at } : {}),
});

describe('targets with a monthly profile and without a tolerance', () => {
  it('keeps the profile and a missing tolerance as set, and the history with who, when, why', async () => {
    await setTarget(
      db,
      LA,
      setting(16, { profile: PROFILE }),
      by('ann', 'first', '2025-04-02T09:00:00Z'),
    );
    await setTarget(
      db,
      LA,
      setting(15, { tolerance: 1, toleranceKind: 'absolute' }),
      by('bob', 'raised', '2025-09-30T12:00:00Z'),
    );
    expect(await loadTargetSettings(db, LA)).toEqual([
      setting(15, { tolerance: 1, toleranceKind: 'absolute' }),
    ]);
    const history = await loadTargetHistory(db, LA);
    expect(history).toEqual([
      {
        ...setting(16, { profile: PROFILE }),
        setBy: 'ann',
        setAt: '2025-04-02T09:00:00.000Z',
        reason: 'first',
      },
      {
        ...setting(15, { tolerance: 1, toleranceKind: 'absolute' }),
        setBy: 'bob',
        setAt: '2025-09-30T12:00:00.000Z',
        reason: 'raised',
      },
    ]);
  });

  it("judges a target set without a tolerance by the council's latest rule for the indicator", async () => {
    await setTarget(db, LA, setting(20, { profile: PROFILE }), by('ann', 'plan'));
    expect(await loadTargets(db, LA)).toEqual([
      {
        indicatorId: ID,
        financialYear: 2025,
        value: 20,
        tolerance: 0,
        toleranceKind: 'absolute',
        toleranceSource: 'none',
        profile: PROFILE,
      },
    ]);
    await setRagRule(
      db,
      LA,
      ID,
      { tolerance: 0.1, toleranceKind: 'relative' },
      by('ann', 'looser'),
    );
    await setRagRule(
      db,
      LA,
      ID,
      { tolerance: 0.05, toleranceKind: 'relative' },
      by('cat', 'agreed at committee'),
    );
    await setRagRule(
      db,
      '201',
      ID,
      { tolerance: 3, toleranceKind: 'absolute' },
      by('x', 'other council'),
    );
    expect(await loadRagRules(db, LA)).toEqual([
      { indicatorId: ID, tolerance: 0.05, toleranceKind: 'relative' },
    ]);
    expect((await loadTargets(db, LA))[0]).toMatchObject({
      tolerance: 0.05,
      toleranceKind: 'relative',
      toleranceSource: 'rule',
    });
  });

  it('removes a rule with a null change, keeping the history', async () => {
    await setRagRule(db, LA, ID, { tolerance: 2, toleranceKind: 'absolute' }, by('ann', 'rule'));
    await setRagRule(db, LA, ID, null, by('bob', 'no longer wanted'));
    expect(await loadRagRules(db, LA)).toEqual([]);
    const history = await loadRagRuleHistory(db, LA);
    expect(history.map((h) => [h.tolerance, h.toleranceKind, h.setBy, h.reason])).toEqual([
      [2, 'absolute', 'ann', 'rule'],
      [null, null, 'bob', 'no longer wanted'],
    ]);
  });

  it('stores a target in force whose tolerance came from a rule as set without one', async () => {
    await setRagRule(db, LA, ID, { tolerance: 2, toleranceKind: 'absolute' }, by('ann', 'rule'));
    await setTarget(db, LA, setting(20), by('ann', 'plan'));
    const [inForce] = await loadTargets(db, LA);
    await setTarget(db, LA, { ...inForce!, value: 19 }, by('bob', 'copied'));
    expect(await loadTargetSettings(db, LA)).toEqual([setting(19)]);
  });

  it('sets several targets in order; a later one for the same year wins', async () => {
    await setTargets(
      db,
      LA,
      [setting(16), setting(14, { financialYear: 2024 }), setting(15)],
      by('ann', 'import'),
    );
    expect((await loadTargetSettings(db, LA)).map((t) => [t.financialYear, t.value])).toEqual([
      [2024, 14],
      [2025, 15],
    ]);
  });

  it('refuses a profile of other than 12 numbers and half a tolerance', async () => {
    await expect(
      setTarget(db, LA, setting(1, { profile: [1, 2, 3] }), by('a', 'b')),
    ).rejects.toThrow();
    await expect(setTarget(db, LA, setting(1, { tolerance: 1 }), by('a', 'b'))).rejects.toThrow();
  });

  it('deleteLaData removes the council’s rules with its targets', async () => {
    await setRagRule(db, LA, ID, { tolerance: 2, toleranceKind: 'absolute' }, by('ann', 'rule'));
    await setTarget(db, LA, setting(20), by('ann', 'plan'));
    await deleteLaData(db, LA);
    expect(await loadRagRuleHistory(db, LA)).toEqual([]);
    expect(await loadTargetHistory(db, LA)).toEqual([]);
  });
});

describe('importTargets(db, request)', () => {
  const file = (name: string, ...lines: string[]) => ({
    name,
    bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`),
  });
  const HEADER = 'indicator,financial year,target,tolerance,tolerance kind,profile';
  const request = (...files: ReturnType<typeof file>[]) => ({
    la: LA,
    files,
    setBy: 'ann',
    reason: 'cabinet 12 March',
    at: '2025-03-12T10:00:00Z',
  });

  it('sets every target of the files with who, when and why', async () => {
    await setTarget(db, LA, setting(22), by('old', 'last plan'));
    const result = await importTargets(
      db,
      request(
        file(
          't.csv',
          HEADER,
          `${ID},2025-26,20,5,relative,`,
          'referrals,2025,4800,,,"8,8,8,8,8,8,9,9,9,9,8,8"',
        ),
      ),
    );
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.severity)).toEqual(['warning']); // the bare year
    expect(await loadTargetSettings(db, LA)).toEqual([
      setting(4800, { indicatorId: 'referrals', profile: [8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 8, 8] }),
      setting(20, { tolerance: 0.05, toleranceKind: 'relative' }),
    ]);
    const history = await loadTargetHistory(db, LA);
    expect(history.map((h) => [h.indicatorId, h.value, h.setBy, h.reason, h.setAt])).toEqual([
      [ID, 22, 'old', 'last plan', history[0]!.setAt],
      [ID, 20, 'ann', 'cabinet 12 March', '2025-03-12T10:00:00.000Z'],
      ['referrals', 4800, 'ann', 'cabinet 12 March', '2025-03-12T10:00:00.000Z'],
    ]);
  });

  it('sets nothing when any row is in error, and lists every problem', async () => {
    const result = await importTargets(
      db,
      request(
        file('t.csv', HEADER, `${ID},2025-26,20,,,`, 'nonsense,2025-26,1,,,', `${ID},2026-27,x,,,`),
      ),
    );
    expect(result).toMatchObject({ ok: false });
    expect(result.issues.map((i) => [i.file, i.row, i.column, i.value])).toEqual([
      ['t.csv', 3, 'indicator', 'nonsense'],
      ['t.csv', 4, 'target', 'x'],
    ]);
    expect(await loadTargetHistory(db, LA)).toEqual([]);
  });
});
