import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from './types.js';

/** The lock file of an embedded data directory: the process id of the one process that has it open. */
export const DATA_DIR_LOCK = 'satupintu.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the embedded data directory for this process, or refuses with `store.data-dir-in-use` while another live
 * process holds it: two PGlite instances on one directory do not see each other's writes, so a second one (an
 * administrative command while the server runs, a second server) would silently lose data. A lock left by a process
 * that died (SIGKILL, power loss) is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, DATA_DIR_LOCK);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        if (holder(file) === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = holder(file);
      if (pid !== undefined && alive(pid)) {
        throw new StoreError('store.data-dir-in-use', `the data directory ${dataDir} is in use by process ${pid}; stop it first (two processes on one embedded store would lose data)`, 'dataDir');
      }
      rmSync(file, { force: true });
    }
  }
  throw new StoreError('store.data-dir-in-use', `the data directory ${dataDir} could not be locked`, 'dataDir');
}
