import { describe, expect, it } from 'vitest';
import { readDefinitions } from './read-definitions.ts';

const FILE = 'local-indicators.json';

async function read(json: unknown) {
  const text = typeof json === 'string' ? json : JSON.stringify(json);
  return readDefinitions({ name: FILE, bytes: new TextEncoder().encode(text) });
}

const POLICE_NFA = {
  id: 'police_referrals_nfa_pct',
  title: 'Police referrals with no further action',
  description: 'Of referrals from the police in the window, those marked NFA.',
  unit: 'percent',
  polarity: 'neutral',
  rule: {
    list: 'referrals',
    date: 'referralDate',
    where: [{ field: 'source', is: ['Police', '1B'] }],
    hit: [{ field: 'nfa', is: [true] }],
  },
};

const NEGLECT_OPEN = {
  id: 'cpp_open_neglect',
  title: 'Children on a plan for neglect',
  description: "Plans open at the window's end whose latest category is neglect.",
  unit: 'count',
  polarity: 'neutral',
  windows: ['month', 'quarter'],
  rule: {
    list: 'cpPlans',
    open: { start: 'startDate', end: 'endDate' },
    where: [{ field: 'latestCategory', is: ['NEG'] }],
  },
};

/** The issues' place and message, for compact expectations. */
async function problems(json: unknown) {
  return (await read(json)).issues.map((i) => `${i.column ?? ''}: ${i.message}`);
}

describe('readDefinitions', () => {
  it('reads flow and snapshot definitions into local catalogue definitions', async () => {
    const result = await read({ indicators: [POLICE_NFA, NEGLECT_OPEN] });
    expect(result.issues).toEqual([]);
    expect(result.definitions).toEqual([
      {
        ...POLICE_NFA,
        kind: 'flow',
        source: 'child-level',
        basis: 'local',
      },
      { ...NEGLECT_OPEN, kind: 'snapshot', source: 'child-level', basis: 'local' },
    ]);
  });

  it('reports text that is not JSON', async () => {
    const { issues } = await read('{ "indicators": [ }');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', file: FILE });
    expect(issues[0]?.message).toMatch(/^not valid JSON/);
  });

  it('reports a missing list of indicators and unknown keys', async () => {
    expect(await problems({ indicator: [] })).toEqual([
      'indicators: the file needs "indicators": a list of indicator definitions',
      ': Unrecognized key: "indicator"',
    ]);
  });

  it('names the place and value of a shape problem, and gives no definitions', async () => {
    const result = await read({ indicators: [{ ...POLICE_NFA, unit: 'rate', id: 'Bad Id' }] });
    expect(result.definitions).toEqual([]);
    expect(result.issues.map((i) => [i.column, i.value])).toEqual([
      ['indicators[0].id', 'Bad Id'],
      ['indicators[0].unit', 'rate'],
    ]);
  });

  it('refuses a standard catalogue id and an id given twice', async () => {
    const referrals = { ...NEGLECT_OPEN, id: 'referrals' };
    expect(await problems({ indicators: [referrals, NEGLECT_OPEN, NEGLECT_OPEN] })).toEqual([
      'indicators[0].id: this id is in the standard catalogue: choose another',
      'indicators[2].id: this id is defined twice in the file',
    ]);
  });

  it('names unknown fields with the fields the list has', async () => {
    const rule = { ...POLICE_NFA.rule, where: [{ field: 'sauce', is: ['Police'] }] };
    const [issue] = (await read({ indicators: [{ ...POLICE_NFA, rule }] })).issues;
    expect(issue).toMatchObject({ column: 'indicators[0].rule.where[0].field', value: 'sauce' });
    expect(issue?.message).toBe(
      'referrals records have no field "sauce" (referralDate, source, nfa, referralsLast12m)',
    );
  });

  it('checks that values and fields are of the right kind', async () => {
    const rule = {
      list: 'referrals',
      date: 'source',
      where: [
        { field: 'nfa', is: ['yes'] },
        { field: 'source', atLeast: 2 },
        { field: 'referralDate', is: ['2024-01-01'] },
        { between: { from: 'referralDate', to: 'source', days: 'working' }, atMost: 3 },
      ],
    };
    expect(await problems({ indicators: [{ ...NEGLECT_OPEN, rule }] })).toEqual([
      'indicators[0].rule.date: "source" holds a text, not a day',
      'indicators[0].rule.where[0].is[0]: "nfa" holds a boolean: give a boolean',
      'indicators[0].rule.where[1].field: "source" holds a text, not a number',
      'indicators[0].rule.where[2]: compare days with "between", not "is"',
      'indicators[0].rule.where[3].between.to: "source" holds a text, not a day',
    ]);
  });

  it('needs one form per condition, a date or an open span, and hit only for percentages', async () => {
    const rule = {
      list: 'cpPlans',
      date: 'startDate',
      open: { start: 'startDate', end: 'endDate' },
      where: [{ field: 'previousPlans' }, { field: 'latestCategory', is: ['NEG'], blank: true }],
      hit: [{ field: 'latestCategory', blank: true }],
    };
    expect(await problems({ indicators: [{ ...NEGLECT_OPEN, rule }] })).toEqual([
      'indicators[0].rule: a rule has either "date" (a flow) or "open" (a snapshot), not both',
      expect.stringMatching(/^indicators\[0\]\.rule\.where\[0\]: a condition is one of/),
      expect.stringMatching(/^indicators\[0\]\.rule\.where\[1\]: a condition is one of/),
      'indicators[0].rule.hit: a count has no "hit": put its conditions in "where"',
    ]);
    const percent = { ...POLICE_NFA, rule: { ...POLICE_NFA.rule, hit: undefined } };
    expect(await problems({ indicators: [percent] })).toEqual([
      'indicators[0].rule.hit: a percentage needs "hit": the conditions its numerator meets',
    ]);
  });
});
