import { describe, it } from 'node:test';
import { assert } from 'chai';
import { parseNib } from './nib.js';

function code(input: unknown): string {
  const result = parseNib(input);
  return result.ok ? 'ok' : result.error.code;
}

describe('parseNib', () => {
  it('IDN-03 NIB: 13 digits, separators dropped, no check digit to verify', () => {
    assert.deepEqual(parseNib('9120001234567'), { ok: true, value: { nib: '9120001234567' } });
    assert.deepEqual(parseNib(' 9120 0012 3456 7 '), { ok: true, value: { nib: '9120001234567' } });
    assert.deepEqual(parseNib('8120-0000-4128-6'), { ok: true, value: { nib: '8120000041286' } });
    // With no public check digit, any 13 digits have the right shape.
    assert.equal(code('9120001234568'), 'ok');
  });

  it('IDN-03 NIB: wrong lengths, letters and non-strings are refused at path nib', () => {
    assert.equal(code('912000123456'), 'nib.length');
    assert.equal(code('91200012345678'), 'nib.length');
    assert.equal(code('91200O1234567'), 'nib.characters');
    assert.equal(code(9120001234567), 'nib.type');
    assert.equal(code(null), 'nib.required');
    const result = parseNib('123');
    assert.isTrue(!result.ok && result.error.path === 'nib' && result.error.message.id.includes('13 digit'));
  });
});
