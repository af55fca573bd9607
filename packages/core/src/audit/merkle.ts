import { fail, ok, SatupintuError, type Result } from '../result.js';
import { isBytes } from './bytes.js';
import { runHashProgram, type HashProgram } from './hash-program.js';
import { hashLeafRange, LeafInputBuffer } from './merkle-hashing.js';
import { MerkleLevels } from './merkle-levels.js';
import { rootOfLeaves } from './merkle-root.js';
import { verifyConsistencyProgram, verifyInclusionProgram } from './merkle-verify.js';
import { platformSha256, type Sha256 } from './sha256.js';

const LEAVES_INVALID = { id: 'Daun pohon Merkle harus berupa larik Uint8Array.', en: 'Merkle leaves must be an array of Uint8Array.' };
const areLeaves = (leaves: unknown): leaves is readonly Uint8Array[] => Array.isArray(leaves) && leaves.every((leaf) => isBytes(leaf));

function assertLeaves(leaves: unknown): asserts leaves is readonly Uint8Array[] {
  if (!areLeaves(leaves)) throw new SatupintuError({ code: 'audit.leaves-invalid', path: 'leaves', message: LEAVES_INVALID });
}

/**
 * The RFC 6962 leaf hash SHA-256(0x00 ‖ data). Rejects with a `SatupintuError` (`audit.leaves-invalid`) when `data`
 * is not a `Uint8Array`.
 * @example toHex(await leafHash(new Uint8Array())) // '6e340b9c…afa01d'
 */
export async function leafHash(data: Uint8Array, sha: Sha256 = platformSha256()): Promise<Uint8Array> {
  assertLeaves([data]);
  const [hash] = await runHashProgram(hashLeafRange([data], 0, 1, new LeafInputBuffer()), sha);
  return hash!;
}

/**
 * MTH of RFC 9162 §2.1.1 over the leaf data (the empty tree's root is SHA-256 of the empty string). Rejects with a
 * `SatupintuError` (`audit.leaves-invalid`) when a leaf is not a `Uint8Array`.
 * @example toHex(await merkleRoot([new Uint8Array()])) // '6e340b9c…afa01d'
 */
export async function merkleRoot(leaves: readonly Uint8Array[], sha: Sha256 = platformSha256()): Promise<Uint8Array> {
  assertLeaves(leaves);
  return runHashProgram(rootOfLeaves(leaves), sha);
}

/** The complete-subtree levels of a tree over the leaf data. */
function* levelsOf(leaves: readonly Uint8Array[]): HashProgram<MerkleLevels> {
  const levels = new MerkleLevels();
  yield* levels.append(yield* hashLeafRange(leaves, 0, leaves.length, new LeafInputBuffer()));
  return levels;
}

const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

const LEAVES_REFUSED = fail('audit.leaves-invalid', LEAVES_INVALID, 'leaves');

/**
 * The RFC 9162 §2.1.3.1 inclusion proof of leaf `index` (0-based) in the tree over all `leaves`. Refuses an index
 * outside the tree with `audit.index-out-of-range`.
 * @example const proof = await inclusionProof(leaves, 5); // Result<Uint8Array[]>
 */
export async function inclusionProof(leaves: readonly Uint8Array[], index: number, sha: Sha256 = platformSha256()): Promise<Result<Uint8Array[]>> {
  if (!areLeaves(leaves)) return LEAVES_REFUSED;
  if (!isIndex(index) || index < 0 || index >= leaves.length) {
    return fail('audit.index-out-of-range', {
      id: `Indeks daun harus bilangan bulat 0 sampai ${leaves.length - 1}.`,
      en: `The leaf index must be a whole number from 0 to ${leaves.length - 1}.`,
    }, 'index');
  }
  return ok(await runHashProgram((function* () {
    const levels = yield* levelsOf(leaves);
    return yield* levels.inclusionPath(index, leaves.length);
  })(), sha));
}

/**
 * The RFC 9162 §2.1.4.1 consistency proof from the first `size1` leaves to all `leaves`. A proof from the empty tree
 * (size1 = 0) is refused (`audit.size-invalid`), as is a size beyond the tree.
 * @example const proof = await consistencyProof(leaves, 3); // Result<Uint8Array[]>
 */
export async function consistencyProof(leaves: readonly Uint8Array[], size1: number, sha: Sha256 = platformSha256()): Promise<Result<Uint8Array[]>> {
  if (!areLeaves(leaves)) return LEAVES_REFUSED;
  if (!isIndex(size1) || size1 < 1 || size1 > leaves.length) {
    return fail('audit.size-invalid', {
      id: `Ukuran awal harus bilangan bulat 1 sampai ${leaves.length}; bukti dari pohon kosong ditolak.`,
      en: `The first size must be a whole number from 1 to ${leaves.length}; a proof from the empty tree is refused.`,
    }, 'size1');
  }
  return ok(await runHashProgram((function* () {
    const levels = yield* levelsOf(leaves);
    return yield* levels.consistencyPath(size1, leaves.length);
  })(), sha));
}

/**
 * RFC 9162 §2.1.3.2 inclusion verification. Never throws: wrong lengths, a bad index or size give `false`.
 * @example await verifyInclusion(await leafHash(data), 5, 8, proof, root) // true
 */
export function verifyInclusion(
  leafHash: Uint8Array, index: number, treeSize: number, proof: readonly Uint8Array[], root: Uint8Array, sha: Sha256 = platformSha256(),
): Promise<boolean> {
  return runHashProgram(verifyInclusionProgram(leafHash, index, treeSize, proof, root), sha);
}

/**
 * RFC 9162 §2.1.4.2 consistency verification. Never throws: a proof from size 0, wrong sizes or a malformed proof
 * give `false`.
 * @example await verifyConsistency(3, 8, root3, root8, proof) // true
 */
export function verifyConsistency(
  size1: number, size2: number, root1: Uint8Array, root2: Uint8Array, proof: readonly Uint8Array[], sha: Sha256 = platformSha256(),
): Promise<boolean> {
  return runHashProgram(verifyConsistencyProgram(size1, size2, root1, root2, proof), sha);
}
