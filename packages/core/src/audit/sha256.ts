import { SatupintuError } from '../result.js';

/**
 * One SHA-256 for the audit log, the fastest each platform has: Node's one-shot `crypto.hash` (synchronous) when the
 * host is Node, WebCrypto's `crypto.subtle.digest` (asynchronous) in browsers and workers. Another implementation can
 * be injected wherever a `Sha256` is accepted.
 */
export interface Sha256 {
  /** A short name for reports and benchmarks, e.g. `node:crypto` or `webcrypto`. */
  readonly name: string;
  /** The digest computed synchronously, when the implementation can; `undefined` when it is asynchronous only. */
  readonly digestSync: ((data: Uint8Array) => Uint8Array) | undefined;
  /** The 32-byte digest of `data`. */
  digest(data: Uint8Array): Promise<Uint8Array>;
}

/** The slice of `node:crypto` used here, typed structurally so core does not depend on Node's types. */
interface NodeCrypto {
  readonly hash?: (algorithm: string, data: Uint8Array, outputEncoding: 'buffer') => Uint8Array;
  readonly createHash: (algorithm: string) => { update(data: Uint8Array): { digest(): Uint8Array } };
}

/**
 * A {@link Sha256} from a synchronous digest function (for instance a hardware module's binding or a test double).
 * @example const sha = syncSha256('mine', (data) => myDigest(data));
 */
export function syncSha256(name: string, digestSync: (data: Uint8Array) => Uint8Array): Sha256 {
  return { name, digestSync, digest: async (data) => digestSync(data) };
}

/** A {@link Sha256} on WebCrypto (`SubtleCrypto.digest`), asynchronous only. */
export function webCryptoSha256(subtle: Pick<SubtleCrypto, 'digest'>): Sha256 {
  return {
    name: 'webcrypto',
    digestSync: undefined,
    // Our inputs are never on a SharedArrayBuffer; the cast only satisfies the DOM typings.
    digest: async (data) => new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>)),
  };
}

/**
 * The synchronous SHA-256 of `node:crypto` when the host is Node (≥ 20.16 has `process.getBuiltinModule`), else
 * `undefined`. Reached through `globalThis` so the browser bundle has no Node import.
 */
export function nodeCryptoSha256(): Sha256 | undefined {
  const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  const nodeCrypto = host.process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  if (nodeCrypto === undefined) return undefined;
  const oneShot = nodeCrypto.hash;
  const digestSync = oneShot
    ? (data: Uint8Array) => oneShot('sha256', data, 'buffer')
    : (data: Uint8Array) => nodeCrypto.createHash('sha256').update(data).digest();
  return syncSha256('node:crypto', digestSync);
}

let platformDefault: Sha256 | undefined;

/**
 * The platform's fastest SHA-256: {@link nodeCryptoSha256} in Node, else {@link webCryptoSha256} on
 * `globalThis.crypto.subtle`. Throws a `SatupintuError` (`audit.sha256-unavailable`) only on a platform with neither,
 * which no supported platform is.
 */
export function platformSha256(): Sha256 {
  if (platformDefault) return platformDefault;
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  const chosen = nodeCryptoSha256() ?? (subtle ? webCryptoSha256(subtle) : undefined);
  if (!chosen) {
    throw new SatupintuError({
      code: 'audit.sha256-unavailable',
      message: {
        id: 'Platform ini tidak menyediakan SHA-256 (node:crypto maupun WebCrypto); berikan implementasi Sha256 sendiri.',
        en: 'This platform offers no SHA-256 (neither node:crypto nor WebCrypto); pass a Sha256 implementation.',
      },
    });
  }
  platformDefault = chosen;
  return chosen;
}
