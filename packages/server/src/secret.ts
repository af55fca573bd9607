import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in the data directory that keeps a generated secret. */
export const SECRET_FILE = 'server-secret';

/** A server secret and whether it was generated just now. */
export interface ResolvedSecret {
  readonly secret: string;
  readonly generated: boolean;
  /** The file it was read from or written to, when it came from the data directory. */
  readonly file?: string;
}

/**
 * The HMAC secret of tokens and CSRF: the configured one, else the one kept in `<dataDir>/server-secret`, else a new
 * random 256-bit secret written there (mode 0600). Several instances must share `SATUPINTU_SECRET`.
 */
export function resolveSecret(configured: string | undefined, dataDir: string): ResolvedSecret {
  if (configured !== undefined) return { secret: configured, generated: false };
  const file = join(dataDir, SECRET_FILE);
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return { secret: kept, generated: false, file };
  } catch {
    // No secret kept yet: make one below.
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, generated: true, file };
}
