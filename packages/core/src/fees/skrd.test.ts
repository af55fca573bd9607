import { describe, it } from 'node:test';
import { assert } from 'chai';
import { createCalendar, indonesiaCalendar } from '../calendar/calendar.js';
import { unwrap } from '../result.js';
import { calculateFee } from './calculate-fee.js';
import { errorOf } from './fee-test-helpers.js';
import { isValidPaymentCode } from './payment-code.js';
import { hasReceivableLapsed, receivableStatus } from './receivable.js';
import { createSkrd, type CreateSkrdRequest, type Skrd } from './skrd.js';

const ACCOUNT = { bank: 'Bank Jatim', accountNumber: '0011223344', accountName: 'RKUD Kota Mojokerto' };
const TDG_40 = unwrap(calculateFee('tdg', { areaM2: 40 })); // Rp 25,000 + 4 × Rp 1,000 = Rp 29,000

function request(overrides: Partial<CreateSkrdRequest> = {}): CreateSkrdRequest {
  return {
    assessment: TDG_40, applicationId: 'TDG-2026-0042', notifiedOn: '2026-03-16', sequence: 42,
    calendar: indonesiaCalendar, settings: { receivingAccount: ACCOUNT }, ...overrides,
  };
}

function issued(overrides: Partial<CreateSkrdRequest> = {}): Skrd {
  const outcome = unwrap(createSkrd(request(overrides)));
  if (!outcome.paymentRequired) throw new Error('expected an SKRD');
  return outcome;
}

describe('SKRD (APP-05, APP-06)', () => {
  it('APP-06 due date across the 2026 Idul Fitri cuti bersama: notified Mon 2026-03-16 → due Tue 2026-04-07', () => {
    // Counted by hand from DOMAIN.md CAL-05 (2026): Mar 17 (1); Mar 18 cuti, 19 Nyepi, 20 cuti, 21–22 Idul Fitri
    // (weekend), 23–24 cuti; Mar 25 (2), 26 (3), 27 (4), 30 (5), 31 (6), Apr 1 (7), Apr 2 (8); Apr 3 Good Friday;
    // Apr 6 (9), Apr 7 (10).
    const skrd = issued();
    assert.equal(skrd.issuedOn, '2026-03-16');
    assert.equal(skrd.dueDate, '2026-04-07');
    assert.equal(skrd.paymentWindowWorkingDays, 10);
    assert.deepEqual(skrd.sources.dueDate, { regulation: 'M18', article: 'Pasal 14 ayat (3)' });
  });

  it('APP-06 due date in an ordinary fortnight: notified Wed 2026-07-01 → due Wed 2026-07-15', () => {
    assert.equal(issued({ notifiedOn: '2026-07-01' }).dueDate, '2026-07-15');
  });

  it('APP-05 the SKRD carries number, payment code, amount, lines, receiving account and bank (M18 Pasal 14(2),(6))', () => {
    const skrd = issued();
    assert.equal(skrd.number, 'SKRD/TDG/2026/000042');
    // Year 2026, permit no. 07 (TDG, the 7th row of Lampiran II), sequence 000042, then two MOD 97-10 check digits.
    assert.equal(skrd.paymentCode.slice(0, 12), '202607000042');
    assert.lengthOf(skrd.paymentCode, 14);
    assert.isTrue(isValidPaymentCode(skrd.paymentCode));
    assert.equal(BigInt(skrd.paymentCode) % 97n, 1n); // checked independently of the module's own remainder code
    assert.equal(skrd.amount, 29_000);
    assert.deepEqual(skrd.lines, TDG_40.lines);
    assert.deepEqual(skrd.receivingAccount, ACCOUNT);
    assert.equal(skrd.applicationId, 'TDG-2026-0042');
    assert.deepEqual(skrd.sources.basis, { regulation: 'M18', article: 'Pasal 14 ayat (6)' });
  });

  it('APP-05 the payment code and number take the municipality prefixes', () => {
    const skrd = issued({ sequence: 7, settings: { receivingAccount: ACCOUNT, paymentCodePrefix: '3576', numberPrefix: 'SKRD-MJK' } });
    assert.equal(skrd.number, 'SKRD-MJK/TDG/2026/000007');
    assert.match(skrd.paymentCode, /^3576202607000007\d\d$/);
    assert.isTrue(isValidPaymentCode(skrd.paymentCode));
  });

  it('APP-05 different sequences give different valid payment codes', () => {
    const codes = new Set([1, 2, 3, 999_999].map((sequence) => issued({ sequence }).paymentCode));
    assert.equal(codes.size, 4);
    for (const code of codes) assert.isTrue(isValidPaymentCode(code));
  });

  it('APP-05 a zero-total (exempt) assessment yields no SKRD but says no payment is needed', () => {
    const exempt = unwrap(calculateFee('siup', { size: 'small', exemption: 'state-owned-enterprise' }));
    const outcome = unwrap(createSkrd(request({ assessment: exempt, applicationId: 'SIUP-1' })));
    assert.isFalse(outcome.paymentRequired);
    if (outcome.paymentRequired) return;
    assert.equal(outcome.exemption?.reason, 'state-owned-enterprise');
    assert.include(outcome.reason.id, 'BUMN');
    assert.deepEqual(outcome.source, { regulation: 'M18', article: 'Pasal 15' });
    assert.notProperty(outcome, 'paymentCode');
  });

  it('APP-05 refuses a request without receiving account, with a bad id, sequence, date or assessment', () => {
    const cases: [Partial<CreateSkrdRequest>, string, string][] = [
      [{ settings: {} }, 'skrd.setting-missing', 'settings.receivingAccount'],
      [{ settings: { receivingAccount: { ...ACCOUNT, accountNumber: 'abc' } } }, 'skrd.setting-invalid', 'settings.receivingAccount.accountNumber'],
      [{ settings: { receivingAccount: { ...ACCOUNT, bank: '<script>x</script>' } } }, 'skrd.setting-invalid', 'settings.receivingAccount.bank'],
      [{ settings: { receivingAccount: ACCOUNT, paymentWindowWorkingDays: 0 } }, 'skrd.setting-invalid', 'settings.paymentWindowWorkingDays'],
      [{ applicationId: '<img src=x>' }, 'skrd.application-id-invalid', 'applicationId'],
      [{ sequence: 0 }, 'skrd.sequence-invalid', 'sequence'],
      [{ sequence: 1.5 }, 'skrd.sequence-invalid', 'sequence'],
      [{ sequence: 1_000_000 }, 'skrd.sequence-invalid', 'sequence'],
      [{ notifiedOn: '2026-02-30' }, 'date.invalid', 'notifiedOn'],
      [{ notifiedOn: '2031-01-05' }, 'calendar.out-of-range', 'notifiedOn'],
      [{ assessment: { ...TDG_40, total: 30_000 } }, 'skrd.assessment-invalid', 'assessment'],
      [{ assessment: { ...TDG_40, total: -1 } }, 'skrd.assessment-invalid', 'assessment'],
    ];
    for (const [overrides, code, path] of cases) {
      const error = errorOf(createSkrd(request(overrides)));
      assert.equal(error.code, code, JSON.stringify(overrides));
      assert.equal(error.path, path);
      assert.isNotEmpty(error.message.id);
      assert.isNotEmpty(error.message.en);
    }
    assert.equal(errorOf(createSkrd(null as never)).code, 'skrd.request-invalid');
  });

  it('APP-06 uses the municipality calendar: a local day off moves the due date', () => {
    const calendar = createCalendar({
      extraNonWorkingDays: [{ date: '2026-04-06', name: { id: 'Libur daerah', en: 'Local day off' }, source: { regulation: 'Perwali', article: '1' } }],
    });
    assert.equal(issued({ calendar }).dueDate, '2026-04-08');
  });

  it('APP-06 the receivable lapses when unpaid after the due date (M18 Pasal 14(4))', () => {
    const skrd = issued();
    assert.equal(unwrap(receivableStatus(skrd, '2026-03-16')), 'open');
    assert.equal(unwrap(receivableStatus(skrd, '2026-04-07')), 'open');
    assert.equal(unwrap(receivableStatus(skrd, '2026-04-08')), 'lapsed');
    assert.isFalse(unwrap(hasReceivableLapsed(skrd, '2026-04-07')));
    assert.isTrue(unwrap(hasReceivableLapsed(skrd, '2026-04-08')));
    // Paid on the due date: paid, never lapses.
    assert.equal(unwrap(receivableStatus(skrd, '2026-05-01', '2026-04-07')), 'paid');
    assert.isFalse(unwrap(hasReceivableLapsed(skrd, '2026-05-01', '2026-04-07')));
    // A payment known for a later date does not count yet.
    assert.equal(unwrap(receivableStatus(skrd, '2026-03-20', '2026-03-25')), 'open');
    // Paid after the due date: the receivable had already lapsed.
    assert.equal(unwrap(receivableStatus(skrd, '2026-04-09', '2026-04-08')), 'lapsed');
  });

  it('APP-06 the lapse helper refuses invalid dates and dates before issue', () => {
    const skrd = issued();
    assert.equal(errorOf(receivableStatus(skrd, '2026-13-01')).code, 'date.invalid');
    assert.equal(errorOf(receivableStatus(skrd, '2026-03-15')).code, 'skrd.date-before-issue');
    assert.equal(errorOf(receivableStatus(skrd, '2026-04-01', '2026-03-01')).path, 'paidOn');
    assert.equal(errorOf(hasReceivableLapsed({ issuedOn: 'x', dueDate: '2026-04-07' }, '2026-04-01')).path, 'skrd.issuedOn');
  });
});
