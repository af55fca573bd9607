// Test support (not exported from the package): the two stores every route test of a feature runs on.
import type { ServerConfigInput } from '../config.js';
import { createTestDatabase } from '../store/test-postgres.js';

/** One store to run a test suite on: the server settings that select it and how to remove it afterwards. */
export interface TestStoreSetup {
  readonly name: string;
  open(): Promise<{ readonly overrides: ServerConfigInput; readonly drop: () => Promise<void> }>;
}

/** The embedded store (a fresh temp directory, removed by the test server) and a fresh PostgreSQL database. */
export const TEST_STORES: readonly TestStoreSetup[] = [
  { name: 'embedded store', open: async () => ({ overrides: {}, drop: async () => undefined }) },
  {
    name: 'PostgreSQL',
    async open() {
      const database = await createTestDatabase();
      return { overrides: { databaseUrl: database.url }, drop: database.drop };
    },
  },
];
