import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import type { Result } from '../result.js';
import { parseEmail } from './email.js';
import { parseKbli } from './kbli.js';
import { parseNib } from './nib.js';
import { parseNik } from './nik.js';
import { formatNpwp, parseNpwp } from './npwp.js';
import { parsePhone } from './phone.js';

const PARSERS: readonly [string, (input: unknown) => Result<unknown>][] = [
  ['nik', (input) => parseNik(input, { asOf: '2026-03-25' })],
  ['npwp', parseNpwp],
  ['npwp', (input) => formatNpwp(input)],
  ['nib', parseNib],
  ['kbli', parseKbli],
  ['phone', parsePhone],
  ['email', parseEmail],
];

const TEN_MEGABYTES = 10 * 1024 * 1024;

function errorOf(result: Result<unknown>): { code: string; path?: string; message: { id: string; en: string } } {
  assert.isFalse(result.ok);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

describe('identifier parsers under hostile input', () => {
  it('IDN-01 IDN-02 IDN-03 IDN-04 refuse non-strings with <field>.type or <field>.required, never throwing', () => {
    const values: unknown[] = [undefined, null, 3578015208900003, 3578015208900003n, true, {}, [], ['3578015208900003'],
      () => '3578015208900003', Symbol('nik'), new Date(0), Number.NaN, { toString: () => '3578015208900003' }];
    for (const [field, parse] of PARSERS) {
      for (const value of values) {
        const error = errorOf(parse(value));
        assert.include([`${field}.type`, `${field}.required`], error.code, `${field} ${typeof value}`);
        assert.equal(error.path, field);
        assert.isNotEmpty(error.message.id);
        assert.isNotEmpty(error.message.en);
      }
    }
  });

  it('IDN-01 IDN-02 IDN-03 IDN-04 refuse 10 MB strings at once with <field>.length', () => {
    const huge = [ '1'.repeat(TEN_MEGABYTES), `${'a'.repeat(TEN_MEGABYTES)}@example.com`, ' '.repeat(TEN_MEGABYTES) ];
    for (const [field, parse] of PARSERS) {
      for (const input of huge) {
        const started = performance.now();
        const error = errorOf(parse(input));
        assert.equal(error.code, `${field}.length`, field);
        assert.isBelow(performance.now() - started, 50, `${field} took too long`);
      }
    }
  });

  it('IDN-01 IDN-02 IDN-03 IDN-04 refuse script tags and never echo them in messages', () => {
    const attacks = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "3578015208900003<script>",
      "javascript:alert('x')@example.com", '<a@example.com>', 'a@example.com<script>', '0812\u0000345678'];
    for (const [field, parse] of PARSERS) {
      for (const attack of attacks) {
        const error = errorOf(parse(attack));
        assert.match(error.code, new RegExp(`^${field}\\.`));
        const shown = `${error.message.id} ${error.message.en}`;
        for (const fragment of ['<script', '<img', 'onerror', 'javascript:', '<a@']) assert.notInclude(shown, fragment);
      }
    }
    // RFC 5322 atext includes $ { } * and ', so these are real addresses: escaping them is the renderer's job.
    assert.isTrue(parseEmail('${7*7}@example.com').ok);
    assert.isTrue(parseEmail("o'brien@example.com").ok);
  });

  it('IDN-01 IDN-02 IDN-03 IDN-04 refuse Arabic-Indic, Persian, Devanagari and full-width digits with a clear code', () => {
    const toScript = (ascii: string, zero: number): string => [...ascii].map((d) => String.fromCodePoint(zero + Number(d))).join('');
    const samples: [string, (input: unknown) => Result<unknown>, string][] = [
      ['nik', (input) => parseNik(input), '3578015208900003'],
      ['npwp', parseNpwp, '013121660091000'],
      ['nib', parseNib, '9120001234567'],
      ['kbli', parseKbli, '47111'],
      ['phone', parsePhone, '081234567890'],
    ];
    for (const [field, parse, ascii] of samples) {
      for (const zero of [0x0660, 0x06f0, 0x0966, 0xff10, 0x1d7ce]) {
        const error = errorOf(parse(toScript(ascii, zero)));
        assert.equal(error.code, `${field}.unicode-digits`, `${field} U+${zero.toString(16)}`);
        assert.include(error.message.en, '0–9');
      }
      // One foreign digit among ASCII ones is enough to refuse.
      assert.equal(errorOf(parse(`${ascii.slice(0, -1)}\uff11`)).code, `${field}.unicode-digits`);
    }
    assert.equal(errorOf(parseEmail('\uff11\uff12@example.com')).code, 'email.non-ascii');
  });

  it('IDN-01 IDN-03 IDN-04 treat null settings from plain JavaScript as no settings', () => {
    assert.isTrue(parseNik('3578015208900003', null as never).ok);
    assert.isTrue(parseKbli('47111', null as never).ok);
    assert.isTrue(parsePhone('081234567890', null as never).ok);
    assert.isTrue(parseEmail('a@example.com', null as never).ok);
  });

  it('IDN-04 e-mail: adversarial near-miss addresses finish fast (no backtracking)', () => {
    const nearMisses = [
      `a@${'a-'.repeat(120)}!`,
      `${'a.'.repeat(31)}a@${'b.'.repeat(90)}-`,
      `${'a'.repeat(64)}@${'a'.repeat(63)}.${'a-a.'.repeat(40)}`,
      `${'@'.repeat(300)}`,
      `${'.'.repeat(250)}@a.b`,
      `a@${'1.'.repeat(120)}1`,
    ];
    const started = performance.now();
    for (let round = 0; round < 200; round += 1) {
      for (const input of nearMisses) assert.isFalse(parseEmail(input).ok, input.slice(0, 20));
    }
    assert.isBelow(performance.now() - started, 1000);
  });

  it('IDN-01 IDN-02 IDN-03 IDN-04 property: any value at all gives a Result, never a throw or NaN', () => {
    const anyInput = fc.oneof(fc.anything(), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: fc.constantFrom(...'0123456789 .-+()@'), maxLength: 30 }));
    fc.assert(fc.property(anyInput, (input) => {
      for (const [field, parse] of PARSERS) {
        const result = parse(input);
        assert.isBoolean(result.ok);
        if (!result.ok) {
          assert.match(result.error.code, new RegExp(`^(${field}|date)\\.`));
          assert.notInclude(JSON.stringify(result.error), 'NaN');
        }
      }
    }), { numRuns: 1000 });
  });
});
