import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from './config.js';
import { resolveCheckpointKey, type CheckpointKey } from './checkpoint-key.js';
import { buildApp, type BuildAppOptions } from './http/app.js';
import { auditOrigin } from './http/routes/audit.js';
import { startBackgroundWork, type BackgroundWork } from './jobs/background.js';
import type { AppContext } from './http/context.js';
import { resolveSecret } from './secret.js';
import { calendarCoverageWarning } from './calendar-coverage.js';
import { withSigningMandates } from './signing-mandates.js';
import { openStore } from './store/index.js';
import type { Store } from './store/types.js';

/** A server built from a configuration: the Fastify app on its store; `listen` starts it, `close` stops both. */
export interface SatupintuServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly config: ServerConfig;
  /** The scheduler and notification dispatcher of this instance; undefined when switched off. */
  readonly background?: BackgroundWork;
  /** Starts listening on the configured host and port; resolves to the URL (with the real port when 0 was asked). */
  listen(): Promise<string>;
  /** Stops accepting requests, waits for those in flight, then closes the store. */
  close(): Promise<void>;
}

/** Options of {@link createServer}. */
export interface CreateServerOptions extends BuildAppOptions {
  /** An open store to use instead of opening one from the configuration (the server then does not close it). */
  readonly store?: Store;
  /** The clock; default the system clock. Tests pass their own to drive the scheduler through the days. */
  readonly now?: () => string;
  /** Run the scheduler and notification dispatcher (default: when `scheduler.intervalSeconds` is not 0). */
  readonly background?: boolean;
}

/**
 * Opens the store (embedded PGlite in `dataDir`, or PostgreSQL at `databaseUrl`), resolves the secret (generating and
 * keeping one in the data directory when none is configured) and builds the app.
 * @example const server = await createServer(loadConfig()); console.log(await server.listen());
 */
export async function createServer(configured: ServerConfig, options: CreateServerOptions = {}): Promise<SatupintuServer> {
  const store = options.store ?? await openStore({
    ...(configured.databaseUrl === undefined ? { dataDir: configured.dataDir } : { databaseUrl: configured.databaseUrl }),
  });
  let config = configured;
  const offsetMs = configured.clockOffsetDays * 24 * 3600 * 1000;
  const now = options.now ?? (() => new Date(Date.now() + offsetMs).toISOString());
  let app: FastifyInstance;
  let secret: ReturnType<typeof resolveSecret>;
  let checkpointKey: CheckpointKey;
  try {
    config = await withSigningMandates(configured, store);
    // After the store: the embedded database initialises the (then empty) data directory first.
    secret = resolveSecret(config.secret, config.dataDir);
    checkpointKey = await resolveCheckpointKey(config.checkpointKeyFile, config.dataDir, auditOrigin(config));
    const context: AppContext = { config, store, secret: secret.secret, now, checkpointKey };
    app = await buildApp(context, options);
  } catch (error) {
    if (options.store === undefined) await store.close();
    throw error;
  }
  if (secret.generated) app.log.warn({ file: secret.file }, 'SATUPINTU_SECRET is not set: generated a secret and kept it in the data directory');
  if (checkpointKey.generated) app.log.warn({ file: checkpointKey.file }, 'SATUPINTU_CHECKPOINT_KEY_FILE is not set: generated a checkpoint signing key in the data directory');
  if (config.clockOffsetDays > 0) app.log.warn({ clockOffsetDays: config.clockOffsetDays }, 'SATUPINTU_CLOCK_OFFSET_DAYS is set: this service runs ahead of the real clock (rehearsals and drills only)');
  const calendarWarning = calendarCoverageWarning(config.municipality.context.calendar, config.municipality.context.calendar.dateOf(now()));
  if (calendarWarning !== undefined) app.log.warn(calendarWarning);
  app.log.info({ verifierKey: checkpointKey.verifierKey }, 'audit checkpoints are signed; verifier key published at GET /audit/key');
  const runBackground = options.background ?? config.scheduler.intervalSeconds > 0;
  const background = runBackground ? startBackgroundWork(config, store, now, app.log) : undefined;
  let closed: Promise<void> | undefined;
  return {
    app, store, config,
    ...(background === undefined ? {} : { background }),
    async listen() {
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address !== null ? address.port : config.port;
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      return `http://${host}:${port}`;
    },
    close() {
      closed ??= (async () => {
        await background?.stop();
        await app.close();
        if (options.store === undefined) await store.close();
      })();
      return closed;
    },
  };
}

/** Creates the server and starts listening; resolves to the server and its URL. */
export async function startServer(config: ServerConfig, options: CreateServerOptions = {}): Promise<{ server: SatupintuServer; url: string }> {
  const server = await createServer(config, options);
  try {
    return { server, url: await server.listen() };
  } catch (error) {
    await server.close();
    throw error;
  }
}
