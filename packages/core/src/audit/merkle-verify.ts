import { bytesEqual, isBytes } from './bytes.js';
import type { HashProgram } from './hash-program.js';
import { HASH_SIZE, hashNode, isPowerOfTwo } from './merkle-hashing.js';

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isHashList = (value: unknown): value is readonly Uint8Array[] =>
  Array.isArray(value) && value.every((hash) => isBytes(hash, HASH_SIZE));
const half = (n: number): number => Math.floor(n / 2);
const isOdd = (n: number): boolean => n % 2 === 1;

/**
 * RFC 9162 §2.1.3.2: whether `proof` shows that `leafHash` is leaf `index` of the tree of `treeSize` leaves with
 * `root`. Any malformed argument gives `false`.
 */
export function* verifyInclusionProgram(
  leafHash: unknown, index: unknown, treeSize: unknown, proof: unknown, root: unknown,
): HashProgram<boolean> {
  if (!isBytes(leafHash, HASH_SIZE) || !isBytes(root, HASH_SIZE) || !isCount(index) || !isCount(treeSize)) return false;
  if (!isHashList(proof) || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r: Uint8Array = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = yield* hashNode(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = yield* hashNode(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && bytesEqual(r, root);
}

/**
 * RFC 9162 §2.1.4.2: whether `proof` shows that the tree of `size2` leaves with `root2` extends the tree of `size1`
 * leaves with `root1`. Equal sizes need an empty proof and equal roots. A proof from size 0 is refused (`false`), as
 * is every malformed argument.
 */
export function* verifyConsistencyProgram(
  size1: unknown, size2: unknown, root1: unknown, root2: unknown, proof: unknown,
): HashProgram<boolean> {
  if (!isCount(size1) || !isCount(size2) || !isBytes(root1, HASH_SIZE) || !isBytes(root2, HASH_SIZE)) return false;
  if (!isHashList(proof) || size1 === 0 || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && bytesEqual(root1, root2);
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : proof;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = yield* hashNode(c, fr);
      sr = yield* hashNode(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = yield* hashNode(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && bytesEqual(fr, root1) && bytesEqual(sr, root2);
}
