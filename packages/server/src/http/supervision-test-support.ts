// Helpers of the supervision, sanction and complaint HTTP tests (not exported from the package): a test server with
// a clock the test moves, signed-in callers by role, and a business to supervise.
import { signIn, startTestServer, type TestServer } from './test-support.js';

/** A signed-in caller that sends JSON with its cookie and CSRF token. */
export interface Caller {
  readonly accountId: string;
  send(method: string, path: string, json?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** A test server whose clock the test sets (`clock.now = '…'`), with the background jobs off. */
export interface ClockedServer {
  readonly server: TestServer;
  readonly clock: { now: string };
  /** Creates an active account with `roles` and signs it in. */
  caller(roles: readonly string[]): Promise<Caller>;
  /** Sends without a session. */
  anonymous(method: string, path: string, json?: unknown): Promise<Response>;
}

/** Starts a test server at `start` (an ISO instant). */
export async function startClockedServer(start: string): Promise<ClockedServer> {
  const clock = { now: start };
  const server = await startTestServer({}, { now: () => clock.now, background: false });
  const send = (method: string, path: string, json: unknown, headers: Record<string, string>) =>
    server.request(path, { method, headers, ...(json === undefined ? {} : { json }) });
  return {
    server,
    clock,
    async caller(roles) {
      const { account, password } = await server.createAccount({ roles });
      // Sessions expire by the server's clock: after the test moves it, the caller signs in again.
      let session = { at: clock.now, ...(await signIn(server, account.email, password)) };
      return {
        accountId: account.id,
        async send(method, path, json, headers = {}) {
          if (session.at !== clock.now) session = { at: clock.now, ...(await signIn(server, account.email, password)) };
          return send(method, path, json, { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...headers });
        },
      };
    },
    anonymous: (method, path, json) => send(method, path, json, {}),
  };
}

/** A medium business with one high-risk activity at one location. */
export const BUSINESS = {
  nib: '9120001234567',
  name: 'CV Maju Jaya',
  scale: 'medium',
  plannedInvestment: 2_500_000_000,
  locations: [{ location: 'Jl. Merdeka 1, Mojokerto', activities: [{ risk: 'high', kbli: '10794' }] }],
} as const;
