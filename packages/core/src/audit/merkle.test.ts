import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { fromHex, toHex } from './bytes.js';
import { consistencyProof, inclusionProof, leafHash, merkleRoot, verifyConsistency, verifyInclusion } from './merkle.js';
import { nodeCryptoSha256, platformSha256, syncSha256, webCryptoSha256, type Sha256 } from './sha256.js';
import { value } from './test-support.js';

// The RFC 6962 reference data used by Certificate Transparency implementations, taken from
// transparency-dev/merkle, proof/verify_test.go (leaves, roots for sizes 1..8, inclusion and consistency proofs).
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) => fromHex(hex)!);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const EMPTY_ROOT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
// [leaf index (0-based), tree size, proof]; the Go file numbers leaves from 1.
const INCLUSION: readonly [number, number, string[]][] = [
  [0, 1, []],
  [0, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [5, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
const CONSISTENCY: readonly [number, number, string[]][] = [
  [1, 1, []],
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
  [6, 7, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
];
const hashes = (list: readonly string[]) => list.map((hex) => fromHex(hex)!);
const root = (size: number) => fromHex(ROOTS[size - 1]!)!;

/** Every SHA-256 this platform has, so each test runs on each (Node: node:crypto and WebCrypto; Chromium: WebCrypto). */
const implementations: Sha256[] = [nodeCryptoSha256(), globalThis.crypto?.subtle ? webCryptoSha256(globalThis.crypto.subtle) : undefined]
  .filter((sha): sha is Sha256 => sha !== undefined);

describe('RFC 6962 Merkle tree (AUD-02: anyone holding a root can check the log)', () => {
  it('AUD-02 the platform SHA-256 is node:crypto in Node and WebCrypto in browsers, and every path gives identical digests', async () => {
    const isNode = nodeCryptoSha256() !== undefined;
    assert.equal(platformSha256().name, isNode ? 'node:crypto' : 'webcrypto');
    assert.equal(platformSha256().digestSync !== undefined, isNode);
    const inputs = [new Uint8Array(0), new TextEncoder().encode('abc'), new Uint8Array(1000).map((_, i) => i * 7)];
    // FIPS 180-2 test vectors for "" and "abc".
    const expected = ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'];
    for (const sha of implementations) {
      const digests = await Promise.all(inputs.map((input) => sha.digest(input)));
      assert.deepEqual(digests.slice(0, 2).map(toHex), expected, sha.name);
      assert.equal(toHex(digests[2]!), toHex(await implementations[0]!.digest(inputs[2]!)), sha.name);
    }
    const roots = await Promise.all(implementations.map((sha) => merkleRoot(LEAVES, sha)));
    for (const each of roots) assert.equal(toHex(each), ROOTS[7]);
  });

  it('AUD-02 the roots of the 8 reference leaves match for every size 1..8, and the empty tree is SHA-256("")', async () => {
    for (const sha of implementations) {
      for (let size = 1; size <= 8; size++) assert.equal(toHex(await merkleRoot(LEAVES.slice(0, size), sha)), ROOTS[size - 1], `${sha.name} size ${size}`);
      assert.equal(toHex(await merkleRoot([], sha)), EMPTY_ROOT);
    }
    assert.equal(toHex(await leafHash(LEAVES[0]!)), ROOTS[0]);
  });

  it('AUD-02 inclusion proofs equal the reference vectors and verify; every corruption probe is rejected', async () => {
    for (const [index, size, proof] of INCLUSION) {
      const made = value(await inclusionProof(LEAVES.slice(0, size), index));
      assert.deepEqual(made.map(toHex), proof, `${index}/${size}`);
      const leaf = await leafHash(LEAVES[index]!);
      assert.isTrue(await verifyInclusion(leaf, index, size, hashes(proof), root(size)));
      const probes: [number, number, Uint8Array[], Uint8Array][] = [
        [index - 1, size, hashes(proof), root(size)], [index + 1, size, hashes(proof), root(size)], [index ^ 2, size, hashes(proof), root(size)],
        [index, size * 2, hashes(proof), root(size)], [index, Math.floor(size / 2), hashes(proof), root(size)],
        [index, size, hashes(proof), fromHex(EMPTY_ROOT)!], [index, size, [...hashes(proof), new Uint8Array(0)], root(size)],
        [index, size, [...hashes(proof), root(size)], root(size)], [index, size, [root(size), ...hashes(proof)], root(size)],
        ...proof.map((_, i): [number, number, Uint8Array[], Uint8Array] => {
          const flipped = hashes(proof);
          flipped[i]![0]! ^= 8;
          return [index, size, flipped, root(size)];
        }),
      ];
      if (proof.length > 0) probes.push([index, size, hashes(proof).slice(0, -1), root(size)]);
      for (const [i, n, p, r] of probes) assert.isFalse(await verifyInclusion(leaf, i, n, p, r), `probe ${i}/${n}`);
      assert.isFalse(await verifyInclusion(new TextEncoder().encode('WrongLeaf'), index, size, hashes(proof), root(size)));
    }
  });

  it('AUD-02 consistency proofs equal the reference vectors and verify; every corruption probe is rejected', async () => {
    for (const [size1, size2, proof] of CONSISTENCY) {
      const made = value(await consistencyProof(LEAVES.slice(0, size2), size1));
      assert.deepEqual(made.map(toHex), proof, `${size1}->${size2}`);
      assert.isTrue(await verifyConsistency(size1, size2, root(size1), root(size2), hashes(proof)));
      if (proof.length === 0) continue;
      const probes: [number, number, Uint8Array, Uint8Array, Uint8Array[]][] = [
        [size1 - 1, size2, root(size1), root(size2), hashes(proof)], [size1 + 1, size2, root(size1), root(size2), hashes(proof)],
        [size1 ^ 2, size2, root(size1), root(size2), hashes(proof)], [size1, size2 * 2, root(size1), root(size2), hashes(proof)],
        [size1, Math.floor(size2 / 2), root(size1), root(size2), hashes(proof)], [size1, size2, root(size2), root(size1), hashes(proof)],
        [size1, size2, root(size1), root(size2), []], [size1, size2, root(size1), root(size2), [...hashes(proof), root(size1)]],
        [size1, size2, root(size1), root(size2), [root(size2), ...hashes(proof)]], [size1, size2, root(size1), root(size2), hashes(proof).slice(0, -1)],
        ...proof.map((_, i): [number, number, Uint8Array, Uint8Array, Uint8Array[]] => {
          const flipped = hashes(proof);
          flipped[i]![0]! ^= 16;
          return [size1, size2, root(size1), root(size2), flipped];
        }),
      ];
      for (const [a, b, r1, r2, p] of probes) assert.isFalse(await verifyConsistency(a, b, r1, r2, p), `probe ${a}->${b}`);
    }
  });

  it('AUD-02 refuses a consistency proof from size 0 and malformed arguments without throwing', async () => {
    const fromEmpty = await consistencyProof(LEAVES, 0);
    assert.isFalse(fromEmpty.ok);
    if (!fromEmpty.ok) assert.equal(fromEmpty.error.code, 'audit.size-invalid');
    assert.isFalse((await consistencyProof(LEAVES, 9)).ok);
    const outside = await inclusionProof(LEAVES, 8);
    assert.isFalse(outside.ok);
    if (!outside.ok) assert.deepEqual([outside.error.code, outside.error.path], ['audit.index-out-of-range', 'index']);
    assert.isFalse(await verifyConsistency(0, 8, fromHex(EMPTY_ROOT)!, root(8), []));
    const junk: unknown[] = [undefined, null, -1, 1.5, Number.NaN, '3', [], {}, new Uint8Array(31)];
    for (const bad of junk) {
      assert.isFalse(await verifyInclusion(bad as Uint8Array, 5, 8, hashes(INCLUSION[2]![2]), root(8)));
      assert.isFalse(await verifyInclusion(await leafHash(LEAVES[5]!), bad as number, 8, hashes(INCLUSION[2]![2]), root(8)));
      assert.isFalse(await verifyInclusion(await leafHash(LEAVES[5]!), 5, 8, bad as Uint8Array[], root(8)));
      assert.isFalse(await verifyConsistency(6, bad as number, root(6), root(8), hashes(CONSISTENCY[2]![2])));
      assert.isFalse(await verifyConsistency(6, 8, root(6), root(8), [bad as Uint8Array]));
    }
    let thrown: unknown;
    await merkleRoot(['not bytes'] as unknown as Uint8Array[]).catch((error: unknown) => { thrown = error; });
    assert.include(String(thrown), 'audit.leaves-invalid');
  });

  it('AUD-02 an injected SHA-256 is used for every hash', async () => {
    let calls = 0;
    const platform = implementations[0]!;
    const counting: Sha256 = platform.digestSync
      ? syncSha256('counting', (data) => { calls++; return platform.digestSync!(data); })
      : { name: 'counting', digestSync: undefined, digest: (data) => { calls++; return platform.digest(data); } };
    assert.equal(toHex(await merkleRoot(LEAVES, counting)), ROOTS[7]);
    assert.equal(calls, 8 + 7);
  });

  it('AUD-02 property: every inclusion proof of every tree verifies, and a corrupted one never does', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.uint8Array({ maxLength: 40 }), { minLength: 1, maxLength: 70 }), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 7 }),
      async (leaves, pick, corruptAt, bit) => {
        const index = pick % leaves.length;
        const proof = value(await inclusionProof(leaves, index));
        const treeRoot = await merkleRoot(leaves);
        const leaf = await leafHash(leaves[index]!);
        assert.isTrue(await verifyInclusion(leaf, index, leaves.length, proof, treeRoot));
        if (proof.length > 0) {
          const corrupted = proof.map((hash) => hash.slice());
          corrupted[corruptAt % proof.length]![corruptAt % 32]! ^= 1 << bit;
          assert.isFalse(await verifyInclusion(leaf, index, leaves.length, corrupted, treeRoot));
          assert.isFalse(await verifyInclusion(leaf, index, leaves.length, proof.slice(1), treeRoot));
        }
        const wrongLeaf = leaf.slice();
        wrongLeaf[bit]! ^= 1;
        assert.isFalse(await verifyInclusion(wrongLeaf, index, leaves.length, proof, treeRoot));
      }), { numRuns: 150 });
  });

  it('AUD-02 property: every consistency proof between random sizes verifies, and a corrupted one never does', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.uint8Array({ maxLength: 24 }), { minLength: 1, maxLength: 70 }), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 7 }),
      async (leaves, pick, corruptAt, bit) => {
        const size1 = 1 + (pick % leaves.length);
        const proof = value(await consistencyProof(leaves, size1));
        const root1 = await merkleRoot(leaves.slice(0, size1));
        const root2 = await merkleRoot(leaves);
        assert.isTrue(await verifyConsistency(size1, leaves.length, root1, root2, proof));
        if (proof.length > 0) {
          const corrupted = proof.map((hash) => hash.slice());
          corrupted[corruptAt % proof.length]![corruptAt % 32]! ^= 1 << bit;
          assert.isFalse(await verifyConsistency(size1, leaves.length, root1, root2, corrupted));
          const otherRoot = root1.slice();
          otherRoot[bit]! ^= 1;
          assert.isFalse(await verifyConsistency(size1, leaves.length, otherRoot, root2, proof));
        }
      }), { numRuns: 150 });
  });
});
