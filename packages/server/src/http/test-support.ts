// Helpers of the HTTP tests (not exported from the package): a real server on 127.0.0.1:0 over the embedded
// store in a fresh temp directory, and small fetch helpers.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../auth/password.js';
import { resolveConfig, type ServerConfig, type ServerConfigInput } from '../config.js';
import { startServer, type CreateServerOptions, type SatupintuServer } from '../server.js';
import type { AccountRecord } from '../store/types.js';

/** A running test server. */
export interface TestServer {
  readonly url: string;
  readonly server: SatupintuServer;
  /** Sends a request to the server; a `json` body is serialised with its content type. */
  request(path: string, init?: RequestInit & { readonly json?: unknown }): Promise<Response>;
  /** Creates an account straight in the store (e.g. staff), active unless said otherwise. */
  createAccount(options?: { readonly id?: string; readonly roles?: readonly string[]; readonly status?: AccountRecord['status']; readonly password?: string }): Promise<{ account: AccountRecord; password: string }>;
  close(): Promise<void>;
}

/** The settings the tests run with; a test may override any of them. */
export const TEST_CONFIG: ServerConfigInput = {
  port: 0,
  logLevel: 'silent',
  secret: 'test-secret-test-secret-test-secret-0123456789',
  allowedOrigins: ['https://portal.example.go.id'],
  rateLimits: { login: 1000, tracking: 1000, quotes: 1000, registration: 1000 },
  municipality: {
    officeCode: 'MJK',
    fees: { imb: { basePricePerM2: 10_000 }, reklame: { taxRatePercent: 25 } },
    receivingAccount: { bank: 'Bank Jatim', accountNumber: '0011223344', accountName: 'RKUD Kota Mojokerto' },
  },
};

/**
 * Starts a server with {@link TEST_CONFIG} and `overrides` on a fresh embedded store; `configure` may adjust the
 * resolved configuration (e.g. signing mandates in the municipality's lifecycle context).
 */
export async function startTestServer(
  overrides: ServerConfigInput = {}, options: CreateServerOptions = {}, configure: (config: ServerConfig) => ServerConfig = (config) => config,
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-http-'));
  const { server, url } = await startServer(configure(resolveConfig({ ...TEST_CONFIG, dataDir, ...overrides })), { logger: false, ...options });
  return {
    url,
    server,
    request(path, init = {}) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(`${url}${path}`, { ...rest, headers, ...(json === undefined ? {} : { body: JSON.stringify(json) }) });
    },
    async createAccount(options = {}) {
      const password = options.password ?? `pw-${randomUUID()}`;
      const id = options.id ?? randomUUID();
      const account = await server.store.accounts.create({
        id, kind: 'person', name: `Pegawai ${id.slice(0, 6)}`, email: `${id}@example.go.id`, phone: '+6281234567890',
        roles: options.roles ?? ['applicant'], passwordHash: await hashPassword(password), status: options.status ?? 'active',
        identity: {}, createdAt: new Date().toISOString(),
      });
      return { account, password };
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in cookie session: the cookie header to send and the CSRF token. */
export interface TestSession {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly setCookie: string;
}

/** Signs in through `POST /auth/login` and returns the session cookie and CSRF token. */
export async function signIn(server: TestServer, email: string, password: string): Promise<TestSession> {
  const response = await server.request('/auth/login', { method: 'POST', json: { email, password } });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { csrfToken: string };
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('sp_session=')) ?? '';
  return { cookie: setCookie.split(';')[0] ?? '', csrfToken: body.csrfToken, setCookie };
}
