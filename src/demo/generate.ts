/** The demo council from a seed and an extract date: Annex A files, population, targets. */
import type { Target } from '../assess/index.ts';
import { type Day, dayOf, financialYearOf } from '../domain/index.ts';
import { ANNEX_A_HEADERS } from '../ingest/index.ts';
import { populationFor, targetsFor } from './council.ts';
import { csvText } from './csv.ts';
import type { Sim } from './model.ts';
import { type CouncilSize, PROFILES } from './profile.ts';
import { Rng } from './random.ts';
import { CARE } from './rows-care.ts';
import type { Extract, ListSpec } from './rows-common.ts';
import { ASSESSMENTS, CONTACTS, ENQUIRIES, REFERRALS } from './rows-front.ts';
import { LEAVERS } from './rows-leavers.ts';
import { NEED, PLANS } from './rows-plans.ts';
import { simulate } from './simulate.ts';

export interface DemoOptions {
  /** Any whole number; the same seed and `asAt` give byte-identical files. Default 1. */
  seed?: number;
  /** The extract date: nothing in the files is dated after it. */
  asAt: Day;
  /** Financial years covered, the one containing `asAt` included. Default 6 (10 when large). */
  years?: number;
  /** `demo` (Northmere, the default) or `large` (Eastmarch, about two million records). */
  size?: CouncilSize;
}

export interface DemoFile {
  name: string;
  text: string;
}

export interface DemoCouncil {
  la: { code: string; name: string };
  asAt: Day;
  /** 1 April of the first financial year. */
  from: Day;
  files: DemoFile[];
  /** Mid-year estimates of children aged 0-17, one per calendar year of the span. */
  population: { year: number; count: number }[];
  targets: Target[];
}

/** A council whose files are written one at a time when asked for (a large one's are big). */
export interface LazyCouncil extends Omit<DemoCouncil, 'files'> {
  /** The Annex A files in list order, each made when the iteration reaches it. */
  files(): Iterable<DemoFile>;
}

interface ListFile {
  name: string;
  text: (sim: Sim, x: Extract) => string;
}

function listFile<T>(name: string, header: readonly string[], spec: ListSpec<T>): ListFile {
  return { name, text: (sim, x) => csvText(header, spec.select(sim, x), (r) => spec.line(r, x)) };
}

const LISTS: readonly ListFile[] = [
  listFile('Annex A List 1 - Contacts.csv', ANNEX_A_HEADERS[1], CONTACTS),
  listFile('Annex A List 3 - Referrals.csv', ANNEX_A_HEADERS[3], REFERRALS),
  listFile('Annex A List 4 - Assessments.csv', ANNEX_A_HEADERS[4], ASSESSMENTS),
  listFile('Annex A List 5 - Section 47 enquiries and ICPCs.csv', ANNEX_A_HEADERS[5], ENQUIRIES),
  listFile('Annex A List 6 - Children in need.csv', ANNEX_A_HEADERS[6], NEED),
  listFile('Annex A List 7 - Child protection plans.csv', ANNEX_A_HEADERS[7], PLANS),
  listFile('Annex A List 8 - Children looked after.csv', ANNEX_A_HEADERS[8], CARE),
  listFile('Annex A List 9 - Care leavers.csv', ANNEX_A_HEADERS[9], LEAVERS),
];

/**
 * Simulates a council (Northmere unless `size` is `large`) to `asAt`; its Annex A CSV files are
 * written one list at a time as `files()` is iterated, so only one file's text is held at once.
 */
export function generateCouncil(options: DemoOptions): LazyCouncil {
  const seed = options.seed ?? 1;
  const profile = PROFILES[options.size ?? 'demo'];
  const lastYear = financialYearOf(options.asAt);
  const firstYear = lastYear - (options.years ?? profile.years) + 1;
  const from = dayOf(firstYear, 4, 1);
  const sim = simulate(seed, from, options.asAt, profile);
  function* files(): Iterable<DemoFile> {
    for (const [i, list] of LISTS.entries()) {
      const x: Extract = { from, asAt: options.asAt, rng: new Rng(seed * 131 + 17 * (i + 1)) };
      yield { name: list.name, text: list.text(sim, x) };
    }
  }
  return {
    la: profile.la,
    asAt: options.asAt,
    from,
    files,
    population: populationFor(new Rng(seed + 7919), firstYear, lastYear, profile.population),
    targets: targetsFor(firstYear, lastYear),
  };
}

/**
 * Generates Northmere (council code 999, fictional): six financial years of children's social
 * care records to `asAt`, as Annex A CSV files, with population estimates and targets; or, with
 * `size: 'large'`, Eastmarch (998) over ten years.
 *
 * @example generateDemo({ asAt: dayOf(2026, 10, 31), seed: 7 }).files[0].name
 */
export function generateDemo(options: DemoOptions): DemoCouncil {
  const council = generateCouncil(options);
  return { ...council, files: [...council.files()] };
}
