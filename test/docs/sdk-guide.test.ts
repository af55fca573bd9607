// The examples of docs/guides/sdk.md, run against the BUILT package exactly as a backend developer imports it.
import { describe, it } from 'node:test';
import { assert } from 'chai';
import {
  calculateFee, computeIkm, createAuditLog, createCalendar, createSkrd, defineFeeSettings, formatCheckpoint,
  indonesiaCalendar, inspectionFrequency, isValidPaymentCode, lkpmSchedule, nextSanction, openSanctionCase, parseNik,
  parseNpwp, requirementsFor, serviceDeadline, verifyExportedLog, cite,
} from '@satupintu/core';

function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) assert.fail(`refused: ${result.error.code}`);
  return result.value;
}

describe('docs/guides/sdk.md examples, against the built @satupintu/core', () => {
  it('CAL-01 CAL-05 working days across Idul Fitri 2026, and a local day off', () => {
    assert.equal(indonesiaCalendar.addWorkingDays('2026-03-17', 1), '2026-03-25');
    const mojokerto = createCalendar({
      extraNonWorkingDays: [{ date: '2026-06-22', name: { id: 'Hari Jadi Kota', en: 'City anniversary' }, source: cite('Keputusan Wali Kota (contoh)', 'Diktum Kesatu') }],
    });
    assert.isFalse(mojokerto.isWorkingDay('2026-06-22'));
  });

  it('IDN-01 IDN-02 identifiers', () => {
    const nik = value(parseNik('3576014507900001', { asOf: '2026-03-25' }));
    assert.deepEqual([nik.birthDate, nik.sex], ['1990-07-05', 'F']);
    const refused = parseNik('3576014507900001X');
    assert.isFalse(refused.ok);
    if (!refused.ok) assert.equal(refused.error.path, 'nik');
    assert.equal(value(parseNpwp('01.000.161.8-092.000')).npwp.length, 16);
  });

  it('CAT-03 CAT-04 FEE-04 APP-06 catalog, fee and SKRD for a warehouse registration', () => {
    const documents = value(requirementsFor('tdg', 'business')).documents;
    assert.isAbove(documents.length, 0);
    const deadline = value(serviceDeadline('tdg', { completeOn: '2026-03-16', calendar: indonesiaCalendar }));
    assert.equal(deadline.due, '2026-04-13');
    const fee = value(calculateFee('tdg', { areaM2: 40 }));
    assert.equal(fee.total, 29_000);
    const settings = value(defineFeeSettings({}));
    assert.isObject(settings);
    const skrd = value(createSkrd({
      assessment: fee, applicationId: 'APP-1', notifiedOn: '2026-03-16', sequence: 42, calendar: indonesiaCalendar,
      settings: { receivingAccount: { bank: 'Bank Jatim', accountNumber: '0011223344', accountName: 'Kas Daerah Kota Mojokerto' } },
    }));
    assert.isTrue(skrd.paymentRequired);
    if (skrd.paymentRequired) {
      assert.equal(skrd.dueDate, '2026-04-07');
      assert.isTrue(isValidPaymentCode(skrd.paymentCode));
    }
  });

  it('IKM-03 IKM-04 the survey score', () => {
    const score = value(computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 4], [3, 3, 3, 3, 3, 3, 3, 3, 3]]));
    assert.deepEqual([score.index, score.grade], [87.5, 'B']);
  });

  it('AUD-01 AUD-02 an audit log verified against its checkpoint', async () => {
    const log = createAuditLog();
    value(await log.append({
      at: '2026-03-16T09:00:00+07:00', actor: { id: 'officer-7', role: 'admin-officer' }, action: 'application.verify',
      subject: { type: 'application', id: 'APP-1' }, before: { state: 'awaiting-verification' }, after: { state: 'awaiting-validation' },
    }));
    const checkpoint = value(await log.checkpoint('mojokerto.example/audit'));
    assert.match(value(formatCheckpoint(checkpoint)), /^mojokerto\.example\/audit\n1\n/);
    assert.isTrue((await verifyExportedLog([...log.exportLines()], checkpoint)).ok);
  });

  it('SUP-02 SUP-11 SAN-05 supervision, LKPM and sanctions', () => {
    assert.equal(value(inspectionFrequency({ risk: 'high' })).maxPerYear, 2);
    const lkpm = value(lkpmSchedule({ scale: 'medium', year: 2025 }));
    assert.deepEqual(lkpm.periods.map((p) => p.dueDate), ['2025-04-10', '2025-07-10', '2025-10-15', '2026-01-15']);
    const opened = value(openSanctionCase({ id: 'SC-1', business: '1234567890123', violation: 'lkpm-missing-two-periods', openedOn: '2026-03-02', by: 'supervisor-1' }));
    const warned = value(nextSanction(opened.case, { type: 'not-corrected', by: 'supervisor-1' }, '2026-03-02'));
    assert.equal(warned.record.deadline, '2026-04-21');
  });
});
