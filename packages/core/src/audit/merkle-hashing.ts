import type { HashProgram } from './hash-program.js';

/** RFC 6962 §2.1 / RFC 9162 §2.1.1 domain separation: a leaf is hashed as 0x00 ‖ data. */
export const LEAF_PREFIX = 0x00;
/** …and an interior node as 0x01 ‖ left ‖ right. */
export const NODE_PREFIX = 0x01;
/** SHA-256 digests are 32 bytes. */
export const HASH_SIZE = 32;

/** The data of one leaf: bytes, or a string hashed as its UTF-8 bytes (a line of canonical JSON). */
export type LeafData = Uint8Array | string;

const encoder = new TextEncoder();

/**
 * A growable buffer that leaf inputs are written into, so a batch of leaves costs one allocation, not one per leaf.
 * Each program run owns its own: an injected asynchronous digest may read its inputs after the batch is yielded.
 */
export class LeafInputBuffer {
  private bytes = new Uint8Array(1024);

  /** The leaf inputs (0x00 ‖ data) of `items[from, to)`, as views into this buffer, valid until the next call. */
  write(items: readonly LeafData[], from: number, to: number): Uint8Array[] {
    const ends = new Array<number>(to - from);
    let used = 0;
    for (let i = from; i < to; i++) {
      const item = items[i]!;
      const room = 1 + (typeof item === 'string' ? item.length * 3 : item.length);
      if (used + room > this.bytes.length) this.grow(used + room, used);
      this.bytes[used] = LEAF_PREFIX;
      if (typeof item === 'string') {
        used += 1 + encoder.encodeInto(item, this.bytes.subarray(used + 1)).written;
      } else {
        this.bytes.set(item, used + 1);
        used += 1 + item.length;
      }
      ends[i - from] = used;
    }
    const inputs = new Array<Uint8Array>(ends.length);
    let start = 0;
    for (let i = 0; i < ends.length; i++) {
      inputs[i] = this.bytes.subarray(start, ends[i]);
      start = ends[i]!;
    }
    return inputs;
  }

  private grow(needed: number, keep: number): void {
    const bigger = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    bigger.set(this.bytes.subarray(0, keep));
    this.bytes = bigger;
  }
}

/** The leaf hashes of `items[from, to)`, one batch. */
export function* hashLeafRange(items: readonly LeafData[], from: number, to: number, buffer: LeafInputBuffer): HashProgram<readonly Uint8Array[]> {
  return yield buffer.write(items, from, to);
}

/** The hash of the interior node over `left` and `right`. */
export function* hashNode(left: Uint8Array, right: Uint8Array): HashProgram<Uint8Array> {
  const input = new Uint8Array(1 + 2 * HASH_SIZE);
  input[0] = NODE_PREFIX;
  input.set(left, 1);
  input.set(right, 1 + HASH_SIZE);
  const [digest] = yield [input];
  return digest!;
}

/** The parents of consecutive pairs `level[from], level[from+1]` … up to `to` (exclusive, even count), one batch. */
export function* hashPairs(level: readonly Uint8Array[], from: number, to: number): HashProgram<readonly Uint8Array[]> {
  const count = (to - from) / 2;
  const width = 1 + 2 * HASH_SIZE;
  const bytes = new Uint8Array(count * width);
  const inputs = new Array<Uint8Array>(count);
  for (let i = 0; i < count; i++) {
    const at = i * width;
    bytes[at] = NODE_PREFIX;
    bytes.set(level[from + 2 * i]!, at + 1);
    bytes.set(level[from + 2 * i + 1]!, at + 1 + HASH_SIZE);
    inputs[i] = bytes.subarray(at, at + width);
  }
  return yield inputs;
}

/** The largest power of two strictly below `n` (n ≥ 2): where RFC 6962 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Whether `n` is a power of two (1, 2, 4, …). */
export function isPowerOfTwo(n: number): boolean {
  return n >= 1 && splitPoint(n + 1) === n;
}
