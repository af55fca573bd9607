// Starts the `satupintu-server` command as a child process, the way an operator does, for tests and the bench.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(dirname(fileURLToPath(import.meta.url)), 'cli.ts');

/** A running server process and the URL it printed. */
export interface RunningCli {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
}

/**
 * Runs `node [nodeArgs] --import tsx cli.ts` with `env` (PORT 0 unless given) and resolves once it prints
 * `listening on <url>`; rejects with everything it printed when it exits first or prints nothing in `timeoutMs`.
 */
export function startCli(env: NodeJS.ProcessEnv, { nodeArgs = [], timeoutMs = 120_000 }: { nodeArgs?: string[]; timeoutMs?: number } = {}): Promise<RunningCli> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', CLI], { env: { PORT: '0', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // a server still starting would keep the test process alive
      reject(new Error(`no URL printed in ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] as string });
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`exited before printing its URL: ${output}`));
    });
  });
}

/** Resolves once `child` has exited (at once if it already has), with its exit code. */
export function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
