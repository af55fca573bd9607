// A PostgreSQL server of its own for one drill (initdb + pg_ctl in a temp dir on a free port), so a drill may restart
// or kill it without touching the machine's PostgreSQL that other work uses.
import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running throwaway cluster: its URL, and how to restart and remove it. */
export interface ThrowawayPostgres {
  readonly url: string;
  /** `pg_ctl restart -m <mode>`: `fast` (clean shutdown) or `immediate` (like a crash; recovery replays the WAL). */
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  /** Stops the server and removes its directory (safe to call twice). */
  remove(): Promise<void>;
}

function binDir(): string {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql');
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** initdb refuses root: as root the binaries run as the `postgres` user (owning the directory), else as ourselves. */
async function asOwner(command: string, args: readonly string[]): Promise<string> {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
  const { stdout } = await run(file, argv, { timeout: 60_000 });
  return stdout;
}

/** Creates, starts and returns a cluster with trust authentication on 127.0.0.1 and a free port. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-drill-pg-'));
  const data = join(dir, 'data');
  let removed = false;
  const remove = async (): Promise<void> => {
    if (removed) return;
    removed = true;
    await asOwner(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: group } = await run('id', ['-g', 'postgres']);
      chownSync(dir, Number(stdout.trim()), Number(group.trim()));
    }
    await asOwner(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    // fsync off: the drills kill processes, never the machine, and the OS keeps what PostgreSQL wrote.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40`;
    await asOwner(join(bin, 'pg_ctl'), ['start', '-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '60']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      restart: async (mode) => {
        // `-l` again: without it the new postmaster would hold our stdout pipe open.
        await asOwner(join(bin, 'pg_ctl'), ['restart', '-D', data, '-l', join(dir, 'log'), '-m', mode, '-w', '-t', '60']);
      },
      remove,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}
