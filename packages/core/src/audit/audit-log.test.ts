import { describe, it } from 'node:test';
import { assert } from 'chai';
import type { AuditEntryInput } from './audit-entry.js';
import { createAuditLog } from './audit-log.js';
import { AUDIT_RULES } from './audit-rules.js';
import { toHex } from './bytes.js';
import { canonicalize } from './canonical-json.js';
import { merkleRoot, verifyConsistency, verifyInclusion } from './merkle.js';
import { verifyExportedLog } from './verify-log.js';
import { value } from './test-support.js';

const verified: AuditEntryInput = {
  at: '2026-03-25T09:00:00+07:00',
  actor: { id: 'officer-17', role: 'petugas-administrasi' },
  action: 'application.verified',
  subject: { type: 'application', id: 'APP-2026-0001' },
  before: { status: 'submitted' },
  after: { status: 'verified', fee: 150000 },
};

describe('Audit log (AUD-01, AUD-03)', () => {
  it('AUD-01 records each activity as canonical JSON with its seq, and the tree root is the RFC 6962 root of those bytes', async () => {
    const log = createAuditLog();
    const first = value(await log.append(verified));
    const second = value(await log.append({ ...verified, at: '2026-03-25T10:30:00+07:00', action: 'payment.received', subject: { type: 'payment', id: 'SKRD-9' }, before: null, after: { amount: 150000 } }));
    assert.deepEqual([first.seq, second.seq, log.size], [0, 1, 2]);
    assert.deepEqual(log.entry(0), { seq: 0, ...verified });
    const lines = log.exportLines();
    assert.equal(lines[0], '{"action":"application.verified","actor":{"id":"officer-17","role":"petugas-administrasi"},"after":{"fee":150000,"status":"verified"},'
      + '"at":"2026-03-25T09:00:00+07:00","before":{"status":"submitted"},"seq":0,"subject":{"id":"APP-2026-0001","type":"application"}}');
    const encoder = new TextEncoder();
    assert.equal(toHex(value(await log.root())), toHex(await merkleRoot(lines.map((line) => encoder.encode(line)))));
    assert.equal(toHex(value(await log.root(0))), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.deepEqual(AUDIT_RULES.everyActivityRecorded.source.map((source) => source.regulation), ['M18', 'T11']);
  });

  it('AUD-01 refuses incomplete or unsafe entries with audit.entry-invalid and the field path', async () => {
    const log = createAuditLog();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...verified, at: '2026-03-25 09:00' }, 'at'],
      [{ ...verified, at: '2026-02-30T09:00:00+07:00' }, 'at'],
      [{ ...verified, at: '2026-03-25T09:00:00' }, 'at'],
      [{ ...verified, actor: { id: '', role: 'petugas-administrasi' } }, 'actor.id'],
      [{ ...verified, actor: { id: 'x', role: 'Admin<script>' } }, 'actor.role'],
      [{ ...verified, actor: { id: 'x', role: 'petugas', extra: 1 } }, 'actor.extra'],
      [{ ...verified, action: 'Application Verified' }, 'action'],
      [{ ...verified, subject: { type: 'application' } }, 'subject.id'],
      [{ ...verified, before: undefined }, 'before'],
      [{ ...verified, after: { fee: Number.NaN } }, 'after.fee'],
      [{ ...verified, reason: '<img src=x onerror=alert(1)>' }, 'reason'],
      [{ ...verified, reason: 'ok\u0000' }, 'reason'],
      [{ ...verified, seq: 5 }, 'seq'],
      [{ ...verified, colour: 'red' }, 'colour'],
    ];
    for (const [input, path] of cases) {
      const result = await log.append(input as unknown as AuditEntryInput);
      assert.isFalse(result.ok, path);
      if (!result.ok) {
        assert.equal(result.error.code, path === 'after.fee' ? 'json.not-canonicalizable' : 'audit.entry-invalid', path);
        assert.equal(result.error.path, path);
        assert.isNotEmpty(result.error.message.id);
      }
    }
    assert.isFalse((await log.append(null as unknown as AuditEntryInput)).ok);
    assert.equal(log.size, 0);
    const tooLarge = await createAuditLog({ maxEntryBytes: 300 }).append({ ...verified, after: { note: 'x'.repeat(300) } });
    assert.isFalse(tooLarge.ok);
    if (!tooLarge.ok) assert.equal(tooLarge.error.code, 'audit.entry-too-large');
  });

  it('AUD-03 a correction is a new entry referencing the corrected one, with a reason; nothing can be edited', async () => {
    const log = createAuditLog();
    value(await log.append(verified));
    const rootBefore = value(await log.root(1));
    const correction = value(await log.append({
      ...verified, at: '2026-03-26T08:00:00+07:00', action: 'application.fee-corrected', corrects: 0,
      reason: 'Luas bangunan salah ketik: 120 m², bukan 210 m².', before: { fee: 150000 }, after: { fee: 90000 },
    }));
    assert.deepEqual([correction.seq, correction.corrects], [1, 0]);
    assert.deepEqual(log.entry(0), { seq: 0, ...verified }, 'the corrected entry is unchanged');
    assert.equal(toHex(value(await log.root(1))), toHex(rootBefore));
    assert.isTrue(Object.isFrozen(log.entry(0)) && Object.isFrozen(log.entry(0)!.after));
    assert.throws(() => { (log.entry(0) as { action: string }).action = 'changed'; });
    const exported = log.exportLines() as string[];
    exported[0] = 'edited';
    assert.notEqual(log.exportLines()[0], 'edited');
    assert.notProperty(log, 'remove');
    assert.notProperty(log, 'update');
    assert.deepEqual(AUDIT_RULES.correctionsAreNewEntries.source, [{ regulation: 'T11', article: 'Pasal 20 huruf b' }]);
  });

  it('AUD-03 refuses a correction without reason, of a missing entry, or of another subject', async () => {
    const log = createAuditLog();
    value(await log.append(verified));
    const noReason = await log.append({ ...verified, corrects: 0 });
    const missing = await log.append({ ...verified, corrects: 7, reason: 'Salah ketik.' });
    const otherSubject = await log.append({ ...verified, corrects: 0, reason: 'Salah ketik.', subject: { type: 'application', id: 'APP-2026-0002' } });
    assert.deepEqual([noReason, missing, otherSubject].map((result) => (result.ok ? 'ok' : `${result.error.code}@${result.error.path}`)),
      ['audit.entry-invalid@reason', 'audit.correction-target-missing@corrects', 'audit.correction-subject-mismatch@subject']);
    assert.equal(log.size, 1);
  });

  it('APP-11 manual records entered after an outage are marked backfilled and keep the time they happened', async () => {
    const log = createAuditLog();
    const entry = value(await log.append({ ...verified, at: '2026-03-20T10:00:00+07:00', backfilled: { enteredAt: '2026-03-23T08:15:00+07:00', manualRecord: 'Buku register manual No. 14/III/2026' } }));
    assert.deepEqual(entry.backfilled, { enteredAt: '2026-03-23T08:15:00+07:00', manualRecord: 'Buku register manual No. 14/III/2026' });
    assert.isFalse((await log.append({ ...verified, backfilled: { enteredAt: 'yesterday', manualRecord: 'x' } } as AuditEntryInput)).ok);
    assert.deepEqual(AUDIT_RULES.manualRecordsBackfilled.source.map((source) => source.regulation), ['M18', 'T11']);
  });

  it('AUD-02 the log gives inclusion and consistency proofs for any size that verify against its checkpoints', async () => {
    const log = createAuditLog();
    const roots: Uint8Array[] = [];
    for (let i = 0; i < 37; i++) {
      value(await log.append({ ...verified, subject: { type: 'application', id: `APP-${i}` } }));
      roots.push(value(await log.root()));
    }
    for (let size = 1; size <= 37; size++) {
      assert.equal(toHex(value(await log.root(size))), toHex(roots[size - 1]!));
      for (const seq of [0, Math.floor(size / 2), size - 1]) {
        const proof = value(await log.inclusionProof(seq, size));
        assert.isTrue(await verifyInclusion(proof.leafHash, seq, size, proof.hashes, roots[size - 1]!), `${seq}/${size}`);
      }
      const consistency = value(await log.consistencyProof(size));
      assert.isTrue(await verifyConsistency(size, 37, roots[size - 1]!, roots[36]!, consistency), `${size}->37`);
    }
    assert.isFalse((await log.consistencyProof(0)).ok);
    assert.isFalse((await log.inclusionProof(37)).ok);
    assert.isFalse((await log.root(38)).ok);
    const checkpoint = value(await log.checkpoint('ptsp.mojokertokota.go.id/audit', 20));
    assert.equal(checkpoint.size, 20);
    assert.isTrue((await verifyExportedLog(log.exportLines().slice(0, 20), checkpoint)).ok);
    assert.isFalse((await log.checkpoint('bad origin')).ok);
  });

  it('AUD-01 concurrent appends keep their order and every entry is hashed', async () => {
    const log = createAuditLog();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => log.append({ ...verified, subject: { type: 'application', id: `APP-${i}` } })));
    assert.deepEqual(results.map((result) => (result.ok ? result.value.seq : -1)), Array.from({ length: 50 }, (_, i) => i));
    const checkpoint = value(await log.checkpoint('ptsp.mojokertokota.go.id/audit'));
    assert.isTrue((await verifyExportedLog(log.exportLines(), checkpoint)).ok);
    assert.equal(log.exportLines()[49], value(canonicalize(log.entry(49))));
  });
});
