/** vitest global setup: the PGlite template data folder that store tests copy, made once. */
import { prepareTestTemplate } from '../src/store/testing.ts';

export default async function setup(): Promise<void> {
  if (!process.env.OUTTURN_TEST_DATABASE_URL) await prepareTestTemplate();
}
