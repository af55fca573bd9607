// The browser drills' world: the permit service (CLI, embedded store) allowing a fixture portal's origin, the portal,
// a seeded applicant, and Debian's Chromium on a persistent profile whose process the drill may kill.
import { execFile, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { exited, startCli } from '../../packages/server/src/test-cli.js';
import { seedApplicant, type Applicant } from './applicant.js';
import { CHROMIUM_ARGS } from './browser.js';
import { startFixtureSite, type FixtureSite } from './fixture-site.js';

const run = promisify(execFile);

/** The fixture pages of the drills. */
export const FIXTURES = ['permit-form.html', 'sign-in.html'].map((name) => join(import.meta.dirname, '..', 'drills', 'fixtures', name));

/** A running portal drill: the service's URL and process, the portal, the applicant, and `close` for all of it. */
export interface Portal {
  readonly api: string;
  readonly server: ChildProcessWithoutNullStreams;
  readonly site: FixtureSite;
  readonly applicant: Applicant;
  readonly dataDir: string;
  close(): Promise<void>;
}

/** Starts the portal, then the service allowing its origin, and seeds an applicant. */
export async function startPortal(): Promise<Portal> {
  const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-drill-portal-'));
  const site = await startFixtureSite(FIXTURES);
  let server: ChildProcessWithoutNullStreams | undefined;
  try {
    const applicant = await seedApplicant({ dataDir });
    const started = await startCli({
      ...process.env, SATUPINTU_DATA_DIR: dataDir, SATUPINTU_LOG_LEVEL: 'fatal', SATUPINTU_SECRET: 'drill-secret-drill-secret-drill-secret-0123',
      SATUPINTU_OFFICE_CODE: 'MJK', SATUPINTU_ALLOWED_ORIGINS: site.origin,
    });
    server = started.child;
    site.values.api = started.url;
    const child = server;
    return {
      api: started.url, server: child, site, applicant, dataDir,
      close: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          await exited(child);
        }
        await site.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    server?.kill('SIGKILL');
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Signs the applicant in from the portal's origin (the browser keeps the cookie) and gives the page the CSRF token. */
export async function signInFromPortal(page: Page, portal: Portal): Promise<void> {
  await page.goto(`${portal.site.origin}/sign-in.html`);
  const csrfToken = await page.evaluate(async ({ api, email, password }) => {
    const response = await fetch(`${api}/auth/login`, {
      method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`sign-in refused: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }, { api: portal.api, email: portal.applicant.email, password: portal.applicant.password });
  portal.site.values.csrfToken = csrfToken;
}

/** Chromium on a persistent profile: the context, and the browser process's id (to kill it hard). */
export interface PersistentBrowser {
  readonly context: BrowserContext;
  readonly pid: number;
}

/** A temporary profile directory (remove it with `rmSync` when done). */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'satupintu-drill-profile-'));
}

/** Launches Chromium headless on the profile in `userDataDir` (the same profile after a relaunch). */
export async function launchPersistent(userDataDir: string): Promise<PersistentBrowser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
  });
  // Playwright starts the browser as our child; the one with this profile is the drill's.
  const { stdout } = await run('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)]);
  const line = stdout.split('\n').find((l) => l.includes(`--user-data-dir=${userDataDir}`));
  const pid = Number(line?.trim().split(/\s+/)[0]);
  if (!Number.isInteger(pid) || pid <= 0) {
    await context.close();
    throw new Error(`no browser process found for ${userDataDir}:\n${stdout}`);
  }
  return { context, pid };
}

/** Kills the browser process hard (SIGKILL), as a crash or a pulled plug would, and waits until it is gone. */
export async function killBrowser(browser: PersistentBrowser): Promise<void> {
  process.kill(browser.pid, 'SIGKILL');
  for (let i = 0; i < 250; i++) {
    try {
      process.kill(browser.pid, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await browser.context.close().catch(() => undefined);
}
