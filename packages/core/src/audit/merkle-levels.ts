import type { HashProgram } from './hash-program.js';
import { hashNode, hashPairs, isPowerOfTwo, splitPoint } from './merkle-hashing.js';

/**
 * The hashes of every complete subtree of an append-only Merkle tree, level by level: level 0 holds the leaf hashes,
 * level k the roots of the aligned subtrees of 2^k leaves. Appending touches one node per level (O(log n)); the root
 * of any earlier size and every RFC 9162 proof are read from here, hashing only the ragged right edge (O(log n)).
 */
export class MerkleLevels {
  private readonly levels: Uint8Array[][] = [[]];

  /** Number of leaves. */
  get size(): number {
    return this.levels[0]!.length;
  }

  /** The hash of leaf `index` (0-based), if there is one. */
  leafHash(index: number): Uint8Array | undefined {
    return this.levels[0]![index];
  }

  /** Appends leaf hashes and hashes every subtree they complete: one batch per level. */
  *append(leafHashes: readonly Uint8Array[]): HashProgram<void> {
    this.levels[0]!.push(...leafHashes);
    for (let k = 0; ; k++) {
      const below = this.levels[k]!;
      const above = (this.levels[k + 1] ??= []);
      const from = 2 * above.length;
      const to = below.length - (below.length % 2);
      if (to <= from) {
        if (above.length === 0) this.levels.pop();
        return;
      }
      above.push(...(yield* hashPairs(below, from, to)));
    }
  }

  /** MTH(D[lo:hi]) for 0 ≤ lo < hi ≤ size: a stored complete subtree, or the split of RFC 9162 §2.1.1. */
  *subtreeHash(lo: number, hi: number): HashProgram<Uint8Array> {
    const width = hi - lo;
    if (isPowerOfTwo(width) && lo % width === 0) {
      const level = Math.log2(width);
      return this.levels[level]![lo / width]!;
    }
    const k = splitPoint(width);
    const left = yield* this.subtreeHash(lo, lo + k);
    const right = yield* this.subtreeHash(lo + k, hi);
    return yield* hashNode(left, right);
  }

  /** The root of the first `size` leaves, 1 ≤ size ≤ this.size. */
  *root(size: number): HashProgram<Uint8Array> {
    return yield* this.subtreeHash(0, size);
  }

  /** PATH(m, D[0:n]) of RFC 9162 §2.1.3.1, for 0 ≤ index < size ≤ this.size. */
  *inclusionPath(index: number, size: number): HashProgram<Uint8Array[]> {
    const topDown: Uint8Array[] = [];
    let lo = 0;
    let hi = size;
    while (hi - lo > 1) {
      const k = splitPoint(hi - lo);
      if (index < lo + k) {
        topDown.push(yield* this.subtreeHash(lo + k, hi));
        hi = lo + k;
      } else {
        topDown.push(yield* this.subtreeHash(lo, lo + k));
        lo += k;
      }
    }
    return topDown.reverse();
  }

  /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true) of RFC 9162 §2.1.4.1, for 1 ≤ size1 ≤ size2 ≤ this.size. */
  *consistencyPath(size1: number, size2: number): HashProgram<Uint8Array[]> {
    const topDown: Uint8Array[] = [];
    let lo = 0;
    let hi = size2;
    let m = size1;
    let isOriginalTree = true;
    for (;;) {
      if (m === hi - lo) {
        if (!isOriginalTree) topDown.push(yield* this.subtreeHash(lo, hi));
        return topDown.reverse();
      }
      const k = splitPoint(hi - lo);
      if (m <= k) {
        topDown.push(yield* this.subtreeHash(lo + k, hi));
        hi = lo + k;
      } else {
        topDown.push(yield* this.subtreeHash(lo, lo + k));
        lo += k;
        m -= k;
        isOriginalTree = false;
      }
    }
  }
}
