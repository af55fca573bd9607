import type { Sha256 } from './sha256.js';

/**
 * The Merkle algorithms are written once, as generators that yield batches of messages to digest and receive the
 * digests back. A synchronous SHA-256 answers each batch in place; an asynchronous one answers a whole batch with
 * one `Promise.all`, so WebCrypto's per-call latency is paid once per batch, not once per hash.
 */
export type HashProgram<T> = Generator<readonly Uint8Array[], T, readonly Uint8Array[]>;

/** Runs a program with a synchronous digest. */
export function runSync<T>(program: HashProgram<T>, digest: (data: Uint8Array) => Uint8Array): T {
  let step = program.next();
  while (!step.done) {
    const batch = step.value;
    const digests = new Array<Uint8Array>(batch.length);
    for (let i = 0; i < batch.length; i++) digests[i] = digest(batch[i]!);
    step = program.next(digests);
  }
  return step.value;
}

/** Runs a program on any {@link Sha256}: synchronously when it can, batch by batch otherwise. */
export async function runHashProgram<T>(program: HashProgram<T>, sha: Sha256): Promise<T> {
  if (sha.digestSync) return runSync(program, sha.digestSync);
  let step = program.next();
  while (!step.done) step = program.next(await Promise.all(step.value.map((data) => sha.digest(data))));
  return step.value;
}
