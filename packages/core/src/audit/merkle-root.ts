import type { HashProgram } from './hash-program.js';
import { hashLeafRange, hashNode, hashPairs, LeafInputBuffer, type LeafData } from './merkle-hashing.js';

/** Leaves are hashed in aligned chunks of this many (a power of two): one batch each, bounded memory. */
const CHUNK = 1024;

/**
 * The root of the tree over `level` (hashes of consecutive, aligned subtrees of equal size, the last possibly
 * smaller): pairs are hashed level by level and an unpaired last node moves up unchanged, which is exactly
 * RFC 6962's split at the largest power of two.
 */
function* reduceToRoot(level: readonly Uint8Array[]): HashProgram<Uint8Array> {
  let current = level;
  while (current.length > 1) {
    const paired = current.length - (current.length % 2);
    const parents = [...(yield* hashPairs(current, 0, paired))];
    if (paired < current.length) parents.push(current[paired]!);
    current = parents;
  }
  return current[0]!;
}

/**
 * MTH(D[0:n]) of RFC 9162 §2.1.1 in one streaming pass: every full chunk's subtree root goes onto a stack of complete
 * subtree roots (merged like a binary counter), the final partial chunk closes the right edge. O(n) hashes, O(log n)
 * memory beyond one chunk.
 */
export function* rootOfLeaves(items: readonly LeafData[]): HashProgram<Uint8Array> {
  if (items.length === 0) {
    const [emptyDigest] = yield [new Uint8Array(0)];
    return emptyDigest!;
  }
  const buffer = new LeafInputBuffer();
  const stack: { size: number; hash: Uint8Array }[] = [];
  let rightEdge: Uint8Array | undefined;
  for (let start = 0; start < items.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, items.length);
    const chunkRoot = yield* reduceToRoot(yield* hashLeafRange(items, start, end, buffer));
    if (end - start < CHUNK) {
      rightEdge = chunkRoot;
      break;
    }
    let node = { size: CHUNK, hash: chunkRoot };
    while (stack.length > 0 && stack[stack.length - 1]!.size === node.size) {
      const left = stack.pop()!;
      node = { size: 2 * node.size, hash: yield* hashNode(left.hash, node.hash) };
    }
    stack.push(node);
  }
  let root = rightEdge ?? stack.pop()!.hash;
  while (stack.length > 0) root = yield* hashNode(stack.pop()!.hash, root);
  return root;
}
