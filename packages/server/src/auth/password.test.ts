import { describe, it } from 'node:test';
import { assert } from 'chai';
import { PASSWORD_HASH_PARAMS, hashPassword, verifyPassword } from './password.js';
import { csrfTokenOf, hashToken, newToken, sameSecret } from './tokens.js';

describe('password hashing (scrypt)', () => {
  it('is memory-hard (N ≥ 2^15, r ≥ 8) and salted: two hashes of one password differ', async () => {
    assert.isAtLeast(PASSWORD_HASH_PARAMS.N, 2 ** 15);
    assert.isAtLeast(PASSWORD_HASH_PARAMS.r, 8);
    const a = await hashPassword('kata-sandi-rahasia');
    const b = await hashPassword('kata-sandi-rahasia');
    assert.notEqual(a, b);
    assert.notInclude(a, 'kata-sandi-rahasia');
    assert.match(a, /^scrypt\$32768\$8\$1\$/);
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('Kata Sandi 2026!');
    assert.isTrue(await verifyPassword('Kata Sandi 2026!', stored));
    assert.isFalse(await verifyPassword('kata sandi 2026!', stored));
    assert.isFalse(await verifyPassword('', stored));
  });

  it('a malformed or weakened hash never verifies', async () => {
    const stored = await hashPassword('rahasia-rahasia');
    const [, , r, p, salt, key] = stored.split('$');
    assert.isFalse(await verifyPassword('rahasia-rahasia', `scrypt$2$${r}$${p}$${salt}$${key}`), 'a cost below 2^14 is refused');
    assert.isFalse(await verifyPassword('rahasia-rahasia', 'rahasia-rahasia'), 'a clear-text value is no hash');
    assert.isFalse(await verifyPassword('rahasia-rahasia', 'scrypt$x$y$z$$'));
  });
});

describe('tokens', () => {
  it('tokens are random, stored as keyed hashes, and CSRF tokens are bound to the session', () => {
    const token = newToken();
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(newToken(), token);
    assert.match(hashToken(token, 's'.repeat(32)), /^[0-9a-f]{64}$/);
    assert.notEqual(hashToken(token, 's'.repeat(32)), hashToken(token, 't'.repeat(32)));
    assert.notEqual(csrfTokenOf('session-a', 'k'.repeat(32)), csrfTokenOf('session-b', 'k'.repeat(32)));
    assert.isTrue(sameSecret('abc', 'abc'));
    assert.isFalse(sameSecret('abc', 'abd'));
    assert.isFalse(sameSecret('abc', 'abcd'));
  });
});
