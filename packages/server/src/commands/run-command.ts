import { loadConfig, type ServerConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/types.js';
import { addStaff, AddStaffError } from './add-staff.js';
import { parseOptions, readStdin } from './arguments.js';
import { dueInstant, runDue } from './run-due.js';
import { seedDemo } from './seed-demo.js';

/** Where a command writes. */
export interface CommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly stdin: () => Promise<string>;
}

/** The administrative commands of `satupintu-server`. */
export const COMMANDS = ['add-staff', 'seed-demo', 'run-due'] as const;

async function withStore<T>(env: CommandIo['env'], fn: (store: Store, config: ServerConfig) => Promise<T>): Promise<T> {
  const config = loadConfig(env);
  const store = await openStore(config.databaseUrl === undefined ? { dataDir: config.dataDir } : { databaseUrl: config.databaseUrl });
  try {
    return await fn(store, config);
  } finally {
    await store.close();
  }
}

/**
 * Runs `add-staff` or `seed-demo` against the configured store and returns the exit code.
 * - `add-staff --email E --name N --roles r1,r2 [--phone P]`: the password comes from `SATUPINTU_STAFF_PASSWORD` or
 *   the first line of standard input; a weak one is refused (exit 1), and it is never printed.
 * - `seed-demo`: creates the demo accounts for every role (fresh passwords on every run, printed) and the demo
 *   businesses.
 * - `run-due --at <ISO instant>`: one scheduler round as of that instant (see `run-due.ts`). With the embedded
 *   store, stop the server first: one process at a time opens the data directory.
 */
export async function runCommand(command: (typeof COMMANDS)[number], args: readonly string[], io: CommandIo): Promise<number> {
  const now = new Date().toISOString();
  try {
    if (command === 'add-staff') {
      const options = parseOptions(args, ['email', 'name', 'roles', 'phone']);
      if (!options.email || !options.name || !options.roles) throw new AddStaffError('give --email, --name and --roles');
      const password = io.env.SATUPINTU_STAFF_PASSWORD || (await io.stdin()).split(/\r?\n/)[0] || '';
      if (password === '') throw new AddStaffError('give the password in SATUPINTU_STAFF_PASSWORD or on standard input');
      const account = await withStore(io.env, (store) => addStaff(store, {
        email: options.email as string, name: options.name as string, roles: (options.roles as string).split(','), password,
        ...(options.phone === undefined ? {} : { phone: options.phone }),
      }, now));
      io.out(`Added ${account.email} (${account.roles.join(', ')}), id ${account.id}\n`);
      return 0;
    }
    if (command === 'run-due') {
      const options = parseOptions(args, ['at']);
      const at = dueInstant(options.at);
      const report = await withStore(io.env, (store, config) => runDue(store, config.municipality.context, at));
      io.out(`Due work as of ${at}: ${report.applied} applied, ${report.skipped} skipped, ${report.failed} failed (${report.enqueued} found)\n`);
      return report.failed > 0 ? 1 : 0;
    }
    parseOptions(args, []);
    const seeded = await withStore(io.env, (store) => seedDemo(store, now));
    io.out('Demo accounts (fresh passwords, set by this run):\n');
    for (const c of seeded.credentials) io.out(`  ${c.role.padEnd(18)} ${c.email.padEnd(44)} ${c.password}\n`);
    io.out(`Demo businesses added: ${seeded.businessesAdded}\n`);
    return 0;
  } catch (error) {
    io.err(`satupintu-server ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** The real process's input and output. */
export const processIo: CommandIo = {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdin: () => readStdin(),
};
