import { describe, it } from 'node:test';
import { assert } from 'chai';
import { createAuditLog, type AuditLog } from './audit-log.js';
import { AUDIT_RULES } from './audit-rules.js';
import { leafHash, verifyInclusion } from './merkle.js';
import { platformSha256 } from './sha256.js';
import { verifyExportedLog } from './verify-log.js';
import type { Checkpoint } from './checkpoint.js';

const ENTRIES = 1000;
// Node hashes synchronously (~1 µs a digest); Chromium's WebCrypto is asynchronous, so there a sample of byte
// positions stands in for every byte — still covering every entry.
const everyByte = platformSha256().digestSync !== undefined;
const applicants = ['CV Maju Jaya', 'PT Sinar Surya Abadi', 'Toko Bu Siti', 'UD Karya Mandiri', 'Koperasi Ngudi Rejeki'];

async function buildLog(): Promise<{ log: AuditLog; checkpoint: Checkpoint; lines: Uint8Array[] }> {
  const log = createAuditLog();
  for (let i = 0; i < ENTRIES; i++) {
    const subject = { type: 'application', id: `APP-2026-${String(Math.floor(i / 3)).padStart(4, '0')}` };
    const result = await log.append({
      at: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + (i % 8)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+07:00`,
      actor: { id: `officer-${i % 13}`, role: i % 2 === 0 ? 'petugas-administrasi' : 'petugas-teknis' },
      action: i % 3 === 0 ? 'application.submitted' : i % 3 === 1 ? 'application.verified' : 'application.fee-assessed',
      subject,
      before: i % 3 === 0 ? null : { status: 'submitted', applicant: applicants[i % applicants.length]! },
      after: { status: ['submitted', 'verified', 'assessed'][i % 3]!, fee: 25000 + 1000 * (i % 50), area: `${36 + (i % 9)} m²` },
      ...(i % 3 === 2 && i % 9 === 8 ? { corrects: i - 1, reason: 'Koreksi luas gudang: salah ketik pada berkas.' } : {}),
      ...(i % 50 === 7 ? { backfilled: { enteredAt: '2026-03-31T08:00:00+07:00', manualRecord: `Register manual ${i}` } } : {}),
    });
    assert.isTrue(result.ok, `entry ${i}`);
  }
  const checkpoint = await log.checkpoint('ptsp.mojokertokota.go.id/audit');
  if (!checkpoint.ok) throw new Error(checkpoint.error.code);
  const encoder = new TextEncoder();
  return { log, checkpoint: checkpoint.value, lines: log.exportLines().map((line) => encoder.encode(line)) };
}

const built = buildLog();

/** Byte positions to flip in an entry of `length` bytes: all of them, or a spread sample that includes both ends. */
function positions(length: number, sample: number): number[] {
  if (everyByte || length <= sample) return Array.from({ length }, (_, i) => i);
  return Array.from({ length: sample }, (_, k) => Math.round((k * (length - 1)) / (sample - 1)));
}

describe(`Tamper evidence on a ${ENTRIES}-entry log (AUD-02)`, () => {
  it('AUD-02 the untouched export verifies against its checkpoint', async () => {
    const { checkpoint, lines, log } = await built;
    const verdict = await verifyExportedLog(lines, checkpoint);
    assert.isTrue(verdict.ok);
    assert.isTrue((await verifyExportedLog(log.exportLines(), checkpoint)).ok);
    assert.equal(AUDIT_RULES.storedDataPrevails.source[0]!.article, 'Pasal 22 ayat (4)–(5)');
  });

  it(`AUD-02 flipping ${everyByte ? 'every byte' : 'a sample of bytes'} of every entry is caught by its inclusion proof against the checkpoint root`, async () => {
    const { checkpoint, lines, log } = await built;
    let mutations = 0;
    for (let i = 0; i < ENTRIES; i++) {
      const proof = await log.inclusionProof(i);
      assert.isTrue(proof.ok);
      if (!proof.ok) continue;
      for (const at of positions(lines[i]!.length, 12)) {
        const mutated = lines[i]!.slice();
        mutated[at]! ^= 0x01;
        const detected = !(await verifyInclusion(await leafHash(mutated), i, ENTRIES, proof.value.hashes, checkpoint.root));
        assert.isTrue(detected, `entry ${i} byte ${at}`);
        mutations++;
      }
    }
    assert.isAtLeast(mutations, everyByte ? ENTRIES * 150 : ENTRIES * 12);
  });

  it('AUD-02 flipping a byte of every entry (a different position each) fails whole-log verification against the checkpoint', async () => {
    const { checkpoint, lines } = await built;
    for (let i = 0; i < ENTRIES; i++) {
      for (const at of [(i * 37) % lines[i]!.length]) {
        const mutated = lines.slice();
        mutated[i] = lines[i]!.slice();
        mutated[i]![at]! ^= 0x01;
        const verdict = await verifyExportedLog(mutated, checkpoint);
        assert.isFalse(verdict.ok, `entry ${i} byte ${at}`);
        if (!verdict.ok) {
          assert.equal(verdict.error.code, 'audit.log-root-mismatch');
          if (verdict.firstBadIndex !== undefined) assert.equal(verdict.firstBadIndex, i);
        }
      }
    }
  });

  it('AUD-02 dropping, swapping or inserting entries across the log is detected, at the first entry out of place', async () => {
    const { checkpoint, lines } = await built;
    // Each whole-log verification hashes all 1,000 entries: a stride of positions keeps the suite quick.
    const step = everyByte ? 9 : 23;
    for (const i of [...Array.from({ length: Math.ceil(ENTRIES / step) }, (_, k) => k * step), ENTRIES - 1]) {
      const dropped = lines.filter((_, k) => k !== i);
      const droppedVerdict = await verifyExportedLog(dropped, checkpoint);
      assert.isFalse(droppedVerdict.ok, `drop ${i}`);
      if (!droppedVerdict.ok) {
        assert.equal(droppedVerdict.error.code, 'audit.log-size-mismatch');
        assert.equal(droppedVerdict.firstBadIndex, i === ENTRIES - 1 ? undefined : i, `drop ${i}`);
      }
      if (i + 1 < ENTRIES) {
        const swapped = lines.slice();
        [swapped[i], swapped[i + 1]] = [lines[i + 1]!, lines[i]!];
        const swappedVerdict = await verifyExportedLog(swapped, checkpoint);
        assert.isFalse(swappedVerdict.ok, `swap ${i}`);
        if (!swappedVerdict.ok) assert.deepEqual([swappedVerdict.error.code, swappedVerdict.firstBadIndex], ['audit.log-root-mismatch', i]);
      }
      const duplicated = [...lines.slice(0, i), lines[(i + 500) % ENTRIES]!, ...lines.slice(i)];
      const duplicatedVerdict = await verifyExportedLog(duplicated, checkpoint);
      assert.isFalse(duplicatedVerdict.ok, `insert ${i}`);
      if (!duplicatedVerdict.ok) assert.equal(duplicatedVerdict.firstBadIndex, i);
      // A forged entry that carries the right seq still fails the root; the displaced original is the first out of place.
      const forged = new TextEncoder().encode(new TextDecoder().decode(lines[i]).replace('"status":', '"status":"forged","x":').replace(/"x":"[a-z]+",/, ''));
      const inserted = [...lines.slice(0, i), forged, ...lines.slice(i, ENTRIES - 1)];
      const insertedVerdict = await verifyExportedLog(inserted, checkpoint);
      assert.isFalse(insertedVerdict.ok, `forged insert ${i}`);
    }
  });

  it('AUD-02 a checkpoint for another size or root rejects the untouched export', async () => {
    const { checkpoint, lines } = await built;
    const otherRoot = checkpoint.root.slice();
    otherRoot[31]! ^= 1;
    assert.isFalse((await verifyExportedLog(lines, { ...checkpoint, root: otherRoot })).ok);
    assert.isFalse((await verifyExportedLog(lines, { ...checkpoint, size: ENTRIES + 1 })).ok);
    const malformed = await verifyExportedLog(lines, { ...checkpoint, root: new Uint8Array(3) });
    assert.isFalse(malformed.ok);
    if (!malformed.ok) assert.equal(malformed.error.code, 'audit.checkpoint-invalid');
    assert.isFalse((await verifyExportedLog('not a log' as unknown as Uint8Array[], checkpoint)).ok);
  });
});
