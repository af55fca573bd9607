// Helpers of the guide tests: the code blocks of a guide, the built `satupintu-server` command run as an operator
// runs it, and a project directory in which a guide's TypeScript runs against the built packages.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { assert } from 'chai';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built command, exactly what `npx satupintu-server` runs. */
export const SERVER_BIN = join(ROOT, 'packages/server/bin/satupintu-server.js');

const run = promisify(execFile);

/** A fenced code block: its language, the rest of its info string, and its text. */
export interface CodeBlock {
  readonly lang: string;
  readonly info: string;
  readonly code: string;
}

/** The fenced code blocks of a guide under docs/guides, in order. */
export function codeBlocks(guide: string): CodeBlock[] {
  const markdown = readFileSync(join(ROOT, 'docs/guides', guide), 'utf8');
  return [...markdown.matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm)].map(([, lang, info, code]) => ({
    lang: lang ?? '', info: (info ?? '').trim(), code: code ?? '',
  }));
}

/** The one block of `guide` whose info string is `info` (e.g. `file=bank-callback.ts`). */
export function blockNamed(guide: string, info: string): string {
  const found = codeBlocks(guide).filter((block) => block.info === info);
  if (found.length !== 1) throw new Error(`${guide}: expected one block "${info}", found ${found.length}`);
  return found[0]!.code;
}

/** A temporary directory, removed by `remove`. */
export function tempDir(prefix: string): { readonly path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Makes `dir` an ES-module project that sees the repository's installed packages (the workspaces link
 * `@satupintu/*` to the built packages), so a guide's program imports them as an integrator's project would.
 */
export function linkProject(dir: string): void {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'guide-example', private: true, type: 'module' }));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** Runs `script` with bash (`-euo pipefail`) in `cwd`; resolves with its standard output. */
export async function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], { cwd, env: { ...process.env, ...env }, maxBuffer: 16 << 20 });
  return stdout;
}

/** Runs a TypeScript file with tsx in `cwd`; resolves with its standard output. */
export async function tsx(file: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', file], { cwd, env: { ...process.env, ...env }, maxBuffer: 16 << 20 });
  return stdout;
}

/** Runs `satupintu-server <args>` (an administrative command) to completion; resolves with its standard output. */
export async function serverCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run(process.execPath, [SERVER_BIN, ...args], { env: { ...process.env, ...env } });
  return stdout;
}

/** The credentials `satupintu-server seed-demo` printed, by role. */
export function demoCredentials(output: string): Map<string, { email: string; password: string }> {
  const accounts = new Map<string, { email: string; password: string }>();
  for (const match of output.matchAll(/^ {2}(\S+)\s+(\S+@\S+)\s+(\S+)$/gm)) {
    accounts.set(match[1]!, { email: match[2]!, password: match[3]! });
  }
  return accounts;
}

/** A running `satupintu-server` process and the URL it printed. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcessWithoutNullStreams;
  /** SIGTERM, then resolves with the exit code once the process has exited. */
  stop(): Promise<number | null>;
}

/**
 * Starts the built `satupintu-server` (or `bin`, e.g. an installed copy) with `env` on port 0 and resolves once it
 * prints the URL it listens on; rejects with its output when it exits first or prints nothing in time.
 */
export function startServerProcess(env: NodeJS.ProcessEnv, { bin = SERVER_BIN, cwd = ROOT, timeoutMs = 60_000 } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin], {
    cwd, env: { ...process.env, PORT: '0', SATUPINTU_LOG_LEVEL: 'warn', SATUPINTU_SCHEDULER_INTERVAL_SECONDS: '0', ...env }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exit;
  };
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`satupintu-server printed no URL: ${output}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ url: match[1]!, child, stop });
      }
    });
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`satupintu-server exited: ${output}`));
    });
  });
}

/** A signed-in cookie session's headers (cookie and CSRF token) for state-changing requests. */
export async function signIn(url: string, email: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** Sends JSON with `headers`; resolves with the status and the parsed body. */
export async function sendJson<T = Record<string, unknown>>(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(url, {
    method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** What a service holds after one filed application: its receipt, the applicant's session, the signed checkpoint. */
export interface Holdings {
  readonly receiptNumber: string;
  readonly session: Record<string, string>;
  readonly checkpoint: string;
}

/** Seeds the demo accounts (with the server stopped, as the embedded store needs) and returns the applicant's. */
export async function seedApplicant(env: NodeJS.ProcessEnv): Promise<{ email: string; password: string }> {
  const applicant = demoCredentials(await serverCommand(['seed-demo'], env)).get('applicant');
  assert.isDefined(applicant);
  return applicant!;
}

/** An applicant files an application over HTTP; returns its receipt, the session and the signed checkpoint. */
export async function fileApplication(server: ServerProcess, applicant: { email: string; password: string }): Promise<Holdings> {
  const session = await signIn(server.url, applicant.email, applicant.password);
  const draft = await sendJson<{ id: string }>(`${server.url}/applications`, 'POST', session, {
    permitType: 'tdg', applicant: { kind: 'person', name: 'Siti Rahma', nik: '3578015208900003', phone: '0812-3456-7890', email: 'siti@example.id' },
    details: { nuisanceActApplies: false },
  });
  assert.equal(draft.status, 201, JSON.stringify(draft.body));
  const upload = await fetch(`${server.url}/applications/${draft.body.id}/documents/director-id`, {
    method: 'PUT', headers: { ...session, 'content-type': 'application/pdf', 'x-file-name': 'ktp.pdf' }, body: PDF,
  });
  assert.equal(upload.status, 200);
  const submitted = await sendJson<{ receiptNumber: string }>(`${server.url}/applications/${draft.body.id}/submit`, 'POST',
    { ...session, 'idempotency-key': randomUUID() }, { declaration: true });
  assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
  const checkpoint = await (await fetch(`${server.url}/audit/checkpoint`)).text();
  return { receiptNumber: submitted.body.receiptNumber, session, checkpoint };
}
