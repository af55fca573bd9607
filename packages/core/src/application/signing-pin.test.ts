import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { unwrap } from '../result.js';
import { findDelegation } from './delegations.js';
import { checkSigningPin, issueSigningPin, type SigningChallenge } from './signing-pin.js';
import { DELEGATIONS, wib } from './test-support.js';

const secret = new TextEncoder().encode('a-secret-of-at-least-16-bytes');
const seeded = (seed: number) => {
  let state = seed >>> 0;
  return (n: number) => Uint8Array.from({ length: n }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state >>> 24;
  });
};
const issue = async (seed = 1, extra: Record<string, unknown> = {}) => unwrap(await issueSigningPin({
  random: seeded(seed), now: wib('2026-03-09', '09:00'), secret, ttlSeconds: 300, officialId: 'kabid-perizinan', applicationId: 'IMB-1', ...extra,
}));

describe('signing PIN and delegated authority', () => {
  it('APP-07 the PIN is sent, never stored: the challenge keeps a salted HMAC, an expiry and the attempts left', async () => {
    const { pin, challenge } = await issue();
    assert.match(pin, /^\d{6}$/);
    assert.notInclude(JSON.stringify(challenge), pin);
    assert.match(challenge.hash, /^[0-9a-f]{64}$/);
    assert.equal(challenge.expiresAt, '2026-03-09T02:05:00.000Z');
    assert.equal(challenge.attemptsLeft, 3);
    const again = await issue(2);
    assert.notEqual(again.challenge.salt, challenge.salt);
  });

  it('APP-07 right PIN: ok once; wrong PIN: attempts counted down, then locked; late: expired', async () => {
    const { pin, challenge } = await issue();
    const ok1 = unwrap(await checkSigningPin(challenge, pin, wib('2026-03-09', '09:04'), secret));
    assert.equal(ok1.status, 'ok');
    if (ok1.status === 'ok') assert.deepEqual(ok1.confirmation, { challengeId: challenge.id, officialId: 'kabid-perizinan', applicationId: 'IMB-1', confirmedAt: '2026-03-09T02:04:00.000Z' });
    assert.equal(unwrap(await checkSigningPin(ok1.challenge, pin, wib('2026-03-09', '09:04'), secret)).status, 'locked', 'one use only');

    const wrong = pin === '000000' ? '000001' : '000000';
    let current: SigningChallenge = challenge;
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) {
      const check = unwrap(await checkSigningPin(current, wrong, wib('2026-03-09', '09:01'), secret));
      statuses.push(check.status === 'wrong' ? `wrong ${check.attemptsLeft}` : check.status);
      current = check.challenge;
    }
    assert.deepEqual(statuses, ['wrong 2', 'wrong 1', 'locked']);
    assert.equal(unwrap(await checkSigningPin(current, pin, wib('2026-03-09', '09:01'), secret)).status, 'locked', 'the right PIN after the lock-out');

    assert.equal(unwrap(await checkSigningPin(challenge, pin, wib('2026-03-09', '09:05'), secret)).status, 'ok', 'valid at the expiry instant');
    assert.equal(unwrap(await checkSigningPin(challenge, pin, wib('2026-03-09', '09:06'), secret)).status, 'expired');
    const otherSecret = new TextEncoder().encode('another-secret-of-16-bytes');
    assert.equal(unwrap(await checkSigningPin(challenge, pin, wib('2026-03-09', '09:01'), otherSecret)).status, 'wrong');
    assert.equal(unwrap(await checkSigningPin({ ...challenge, applicationId: 'IMB-2' }, pin, wib('2026-03-09', '09:01'), secret)).status, 'wrong', 'bound to its application');
  });

  it('APP-07 bad input is refused with a code', async () => {
    const codes = async (extra: Record<string, unknown>) => {
      const result = await issueSigningPin({ random: seeded(1), now: wib('2026-03-09'), secret, ttlSeconds: 300, officialId: 'o', applicationId: 'a', ...extra } as never);
      return result.ok ? 'ok' : `${result.error.code} @ ${result.error.path}`;
    };
    assert.equal(await codes({ secret: new Uint8Array(8) }), 'signing.secret-invalid @ secret');
    assert.equal(await codes({ ttlSeconds: 0 }), 'application.number-invalid @ ttlSeconds');
    assert.equal(await codes({ now: 'now' }), 'instant.invalid @ now');
    assert.equal(await codes({ random: () => new Uint8Array(1) }), 'signing.random-invalid @ random');
    assert.equal(await codes({ officialId: '<b>' }), 'application.text-unsafe @ officialId');
    assert.equal(await codes({ digits: 8 }), 'ok');
    const { challenge } = await issue();
    const bad = await checkSigningPin(challenge, '123456', 'later', secret);
    assert.isFalse(bad.ok);
  });

  it('APP-07 property: every PIN has the asked number of digits and only its own PIN confirms it', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 6, max: 10 }), async (seed, digits) => {
      const { pin, challenge } = await issue(seed, { digits });
      assert.equal(pin.length, digits);
      const other = String((Number(pin.slice(-1)) + 1) % 10);
      const wrong = await checkSigningPin(challenge, pin.slice(0, -1) + other, wib('2026-03-09', '09:01'), secret);
      assert.equal(unwrap(wrong).status, 'wrong');
    }), { numRuns: 25 });
  });

  it('APP-07 only an official with delegated authority for the permit type, on that day, signs (T11 Pasal 10)', () => {
    assert.equal(unwrap(findDelegation(DELEGATIONS, 'kabid-perizinan', 'imb', '2026-03-09')).mandate, '800/017/417.302/2024');
    assert.isTrue(findDelegation(DELEGATIONS, 'kasi-reklame', 'reklame', '2026-12-31').ok);
    const refusals = [['kasi-reklame', 'imb', '2026-03-09'], ['kasi-reklame', 'reklame', '2027-01-01'], ['kabid-perizinan', 'imb', '2023-12-31'], ['someone', 'imb', '2026-03-09']];
    for (const [official, type, date] of refusals) {
      const result = findDelegation(DELEGATIONS, official as string, type as string, date as string);
      assert.equal(result.ok ? 'ok' : result.error.code, 'application.no-delegated-authority');
    }
  });
});
