/**
 * The route tests' set-up: a test store, emptied and seeded with the fixture council before each
 * test, and the app over it (at a fixed time when given one). Call once at a test file's top.
 */
import type { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { emptyTestStore, openTestStore, type TestStore } from '../../store/testing.ts';
import { createApp } from '../app.ts';
import { seedFixture } from '../testing.ts';

export interface SeededApp {
  readonly app: Hono;
  readonly store: TestStore;
}

export function seededApp(now?: Date): SeededApp {
  let store: TestStore | undefined;
  let app: Hono | undefined;
  beforeAll(async () => {
    store = await openTestStore();
    app = createApp({ db: store.db, ...(now ? { now: () => now } : {}) });
  });
  afterAll(() => store?.dispose());
  beforeEach(async () => {
    if (!store) throw new Error('no test store');
    await emptyTestStore(store.db);
    await seedFixture(store.db);
  });
  return {
    get app() {
      if (!app) throw new Error('the app is made before the first test');
      return app;
    },
    get store() {
      if (!store) throw new Error('the store is opened before the first test');
      return store;
    },
  };
}
