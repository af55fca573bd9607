import { describe, it } from 'node:test';
import { assert } from 'chai';
import { manualBapUploadDeadline, validateBap, type Bap } from './bap.js';
import { expertViolationDeadlines } from './expert-report.js';
import { INCIDENTAL_TRIGGERS, incidentalInspection } from './incidental.js';

const BAP: Bap = {
  businessId: '9120001234567',
  location: 'Jl. Merdeka 1, Blitar',
  supervision: 'routine',
  inspectionDate: '2026-03-02',
  visit: 'physical',
  recording: 'electronic',
  indicators: [
    { id: 'tata-ruang', aspect: 'technical', compliant: true },
    { id: 'lkpm', aspect: 'administrative', compliant: false, note: 'LKPM Q4 2025 belum disampaikan.\nDiberi pembinaan.' },
  ],
  inspector: { name: 'Sari Wulandari', signedOn: '2026-03-02' },
  business: { kind: 'signed', signature: { name: 'Budi', signedOn: '2026-03-02' } },
};

describe('inspection records, incidental supervision and expert reports (B98 Pasal 20, 30, 33)', () => {
  it('SUP-07 a BAP signed by inspector and business is valid; its conclusion lists the unmet indicators', () => {
    const result = validateBap(BAP);
    assert.isTrue(result.ok);
    if (!result.ok) return;
    assert.isFalse(result.value.compliant);
    assert.deepEqual(result.value.nonCompliantIndicators, ['lkpm']);
    assert.isFalse(result.value.refusalRecorded);
    assert.isUndefined(result.value.uploadDeadline);
  });

  it('SUP-07 physical and virtual visits count the same (Pasal 20(8))', () => {
    const physical = validateBap(BAP);
    const virtual = validateBap({ ...BAP, visit: 'virtual' });
    assert.isTrue(physical.ok && virtual.ok);
    if (physical.ok && virtual.ok) {
      assert.equal(physical.value.countsAsInspections, 1);
      assert.equal(virtual.value.countsAsInspections, 1);
      assert.equal(virtual.value.compliant, physical.value.compliant);
    }
  });

  it('SUP-07 a recorded refusal to sign keeps the BAP valid with the inspector’s signature (Pasal 20(9)–(10))', () => {
    const refused = validateBap({ ...BAP, business: { kind: 'refused', statement: 'Pemilik menolak menandatangani BAP.', recordedOn: '2026-03-02' } });
    assert.isTrue(refused.ok);
    if (refused.ok) {
      assert.isTrue(refused.value.refusalRecorded);
      assert.include(refused.value.sources.map((s) => s.article), 'Pasal 20 ayat (9)–(10)');
    }
    const silent = validateBap({ ...BAP, business: { kind: 'refused', statement: '  ', recordedOn: '2026-03-02' } });
    assert.isFalse(silent.ok);
    if (!silent.ok) assert.deepEqual([silent.error.code, silent.error.path], ['bap.refusal-statement-missing', 'business.statement']);
  });

  it('SUP-07 refuses a BAP without the inspector’s signature, without the business’s sign-off or without indicators', () => {
    const cases: [Partial<Record<keyof Bap, unknown>>, string, string][] = [
      [{ inspector: undefined }, 'bap.inspector-signature-missing', 'inspector'],
      [{ inspector: { name: '', signedOn: '2026-03-02' } }, 'bap.signature-missing', 'inspector.name'],
      [{ business: undefined }, 'bap.business-signature-missing', 'business'],
      [{ business: { kind: 'maybe' } }, 'bap.business-signature-missing', 'business.kind'],
      [{ indicators: [] }, 'bap.indicators-missing', 'indicators'],
      [{ indicators: [{ id: 'a', aspect: 'technical', compliant: true }, { id: 'a', aspect: 'technical', compliant: false }] }, 'bap.indicator-duplicate', 'indicators.1.id'],
      [{ indicators: [{ id: 'a', aspect: 'moral', compliant: true }] }, 'bap.aspect-invalid', 'indicators.0.aspect'],
      [{ indicators: [{ id: 'a', aspect: 'technical', compliant: 'yes' }] }, 'supervision.boolean-invalid', 'indicators.0.compliant'],
      [{ inspector: { name: 'Sari', signedOn: '2026-03-01' } }, 'bap.signed-before-inspection', 'inspector.signedOn'],
      [{ visit: 'telepathic' }, 'bap.visit-invalid', 'visit'],
      [{ inspectionDate: '2026-02-30' }, 'date.invalid', 'inspectionDate'],
      [{ location: '<script>alert(1)</script>' }, 'supervision.text-unsafe', 'location'],
      [{ uploadedOn: '2026-03-03' }, 'bap.upload-not-manual', 'uploadedOn'],
    ];
    for (const [change, code, path] of cases) {
      const result = validateBap({ ...BAP, ...change } as Bap);
      assert.isFalse(result.ok, code);
      if (!result.ok) {
        assert.equal(result.error.code, code);
        assert.equal(result.error.path, path, code);
      }
    }
  });

  it('SUP-07 a manual BAP is uploaded within 3 working days (Pasal 20(6)); a late upload is reported', () => {
    // Fri 13 Mar 2026: Mon 16, Tue 17, then 18–24 March are Nyepi/Idul Fitri days off, so the third day is Wed 25.
    assert.deepEqual(manualBapUploadDeadline('2026-03-13'), { ok: true, value: '2026-03-25' });
    assert.deepEqual(manualBapUploadDeadline('2026-03-02'), { ok: true, value: '2026-03-05' });
    const onTime = validateBap({ ...BAP, recording: 'manual', uploadedOn: '2026-03-05' });
    const late = validateBap({ ...BAP, recording: 'manual', uploadedOn: '2026-03-06' });
    const pending = validateBap({ ...BAP, recording: 'manual' });
    assert.isTrue(onTime.ok && late.ok && pending.ok);
    if (onTime.ok && late.ok && pending.ok) {
      assert.equal(onTime.value.uploadDeadline, '2026-03-05');
      assert.isFalse(onTime.value.uploadedLate);
      assert.isTrue(late.value.uploadedLate);
      assert.isUndefined(pending.value.uploadedLate);
      assert.equal(pending.value.uploadDeadline, '2026-03-05');
    }
    const outside = manualBapUploadDeadline('2026-12-30');
    assert.isFalse(outside.ok);
    if (!outside.ok) assert.equal(outside.error.code, 'calendar.out-of-range');
  });

  it('SUP-08 incidental supervision: four triggers, no notice needed, letter and BAP entered afterwards', () => {
    assert.deepEqual(INCIDENTAL_TRIGGERS.map((t) => t.source.article), [
      'Pasal 30 ayat (1) huruf a', 'Pasal 30 ayat (1) huruf b', 'Pasal 30 ayat (1) huruf c', 'Pasal 30 ayat (1) huruf d',
    ]);
    const result = incidentalInspection({ trigger: 'urgent-danger', inspectionDate: '2026-05-16' });
    assert.isTrue(result.ok);
    if (result.ok) {
      assert.isFalse(result.value.noticeRequired);
      assert.isFalse(result.value.inAnnualPlan);
      assert.equal(result.value.lettersAndBapEnteredFrom, '2026-05-16');
      assert.include(result.value.sources.map((s) => s.article), 'Pasal 30 ayat (6)');
    }
    const bad = incidentalInspection({ trigger: 'curiosity' as never, inspectionDate: '2026-05-16' });
    if (!bad.ok) assert.deepEqual([bad.error.code, bad.error.path], ['supervision.trigger-invalid', 'trigger']);
    else assert.fail('an unknown trigger must be refused');
    // An incidental BAP is recorded like a routine one.
    assert.isTrue(validateBap({ ...BAP, supervision: 'incidental', visit: 'virtual' }).ok);
  });

  it('SUP-09 an expert reports within 3 working days; the office stops the violation 1 working day after the report', () => {
    // Wed 13 May 2026: 14 May is a holiday, 15 May cuti bersama, then the weekend.
    const pending = expertViolationDeadlines({ foundOn: '2026-05-13' });
    assert.isTrue(pending.ok);
    if (pending.ok) {
      assert.equal(pending.value.reportDueBy, '2026-05-20');
      assert.equal(pending.value.stopBy, '2026-05-21');
      assert.deepEqual(pending.value.sources.map((s) => s.article), ['Pasal 33 ayat (3)', 'Pasal 33 ayat (4)']);
    }
    const reported = expertViolationDeadlines({ foundOn: '2026-05-13', reportedOn: '2026-05-18' });
    if (reported.ok) {
      assert.isFalse(reported.value.reportLate);
      assert.equal(reported.value.stopBy, '2026-05-19');
    }
    const late = expertViolationDeadlines({ foundOn: '2026-05-13', reportedOn: '2026-05-22' });
    if (late.ok) {
      assert.isTrue(late.value.reportLate);
      // 25 May is a working day; 27 May holiday, 28 May cuti bersama.
      assert.equal(late.value.stopBy, '2026-05-25');
    }
    const backwards = expertViolationDeadlines({ foundOn: '2026-05-13', reportedOn: '2026-05-12' });
    if (!backwards.ok) assert.equal(backwards.error.code, 'supervision.report-before-finding');
    else assert.fail('a report before the finding must be refused');
  });
});
