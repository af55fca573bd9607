import { COMMANDS, processIo, runCommand } from './commands/run-command.js';
import { ConfigError, loadConfig } from './config.js';
import { startServer } from './server.js';

/**
 * `npx satupintu-server`: reads the configuration (environment and `SATUPINTU_CONFIG`), starts the service, prints
 * its URL, and on SIGTERM or SIGINT stops accepting requests, finishes those in flight and closes the store.
 * An invalid configuration prints which variable is wrong and exits with code 1. `satupintu-server add-staff …`,
 * `seed-demo` and `run-due --at <instant>` run the administrative commands of `commands/run-command.ts` instead.
 */
async function main(env: Readonly<Record<string, string | undefined>> = process.env): Promise<void> {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`satupintu-server: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const { server, url } = await startServer(config);
  process.stdout.write(`Satupintu permit service listening on ${url} (store: ${server.store.kind})\n`);
  const stop = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(() => process.exit(0), (error: unknown) => {
      server.app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

const [command, ...args] = process.argv.slice(2);
const admin = (COMMANDS as readonly string[]).includes(command ?? '') ? command as (typeof COMMANDS)[number] : undefined;
if (admin !== undefined) process.exitCode = await runCommand(admin, args, processIo);
else await main().catch((error: unknown) => {
  process.stderr.write(`satupintu-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
