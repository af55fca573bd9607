import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { toHex } from './bytes.js';
import { canonicalBytes, canonicalize } from './canonical-json.js';

// RFC 8785 Appendix B, "Number Serialization Samples" (IEEE 754 bit patterns and the text JCS requires); the same
// table is in cyberphone/json-canonicalization (the RFC authors' reference implementation).
const APPENDIX_B: readonly [string, string][] = [
  ['0000000000000000', '0'], ['8000000000000000', '0'], ['0000000000000001', '5e-324'], ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'], ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'], ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'], ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'], ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'], ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'], ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'], ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'], ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'], ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'], ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
];

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

const canonical = (value: unknown): string => {
  const result = canonicalize(value);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
};

describe('RFC 8785 JSON canonicalization (AUD-02: the exact bytes every entry is hashed as)', () => {
  it('AUD-02 serializes every finite number of RFC 8785 Appendix B as the RFC prints it', () => {
    for (const [bits, text] of APPENDIX_B) assert.equal(canonical(fromBits(bits)), text, bits);
  });

  it('AUD-02 refuses the non-finite rows of Appendix B (NaN, Infinity, -Infinity)', () => {
    for (const bits of ['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000']) {
      const result = canonicalize({ amount: fromBits(bits) });
      assert.isFalse(result.ok, bits);
      if (!result.ok) {
        assert.equal(result.error.code, 'json.not-canonicalizable');
        assert.equal(result.error.path, 'amount');
      }
    }
  });

  it('AUD-02 sorts properties by UTF-16 code units as in the RFC 8785 §3.2.3 example', () => {
    const input = JSON.parse('{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh",'
      + '"1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}') as unknown;
    // Read the order off the text itself: parsing it back would let JavaScript move the integer-like key "1" first.
    const values = [...canonical(input).matchAll(/:"([^"]*)"/g)].map((match) => match[1]);
    assert.deepEqual(values, ['Carriage Return', 'One', 'Control', 'Latin Small Letter O With Diaeresis', 'Euro Sign',
      'Emoji: Grinning Face', 'Hebrew Letter Dalet With Dagesh']);
  });

  it('AUD-02 reproduces the RFC 8785 §3.2.2 sample (numbers, escapes, literals) byte for byte', () => {
    const input = JSON.parse('{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],'
      + ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}') as unknown;
    assert.equal(canonical(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
    const bytes = canonicalBytes(input);
    assert.isTrue(bytes.ok);
    // RFC 8785 §3.2.4 prints the UTF-8 of this result in hex.
    const rfcHex = '7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72 75 65 2c 66 61 6c 73 65 5d 2c 22 6e'
      + ' 75 6d 62 65 72 73 22 3a 5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31 65 2b 33 30'
      + ' 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37 5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24'
      + ' 5c 75 30 30 30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d';
    if (bytes.ok) assert.equal(toHex(bytes.value), rfcHex.replaceAll(' ', ''));
  });

  it('AUD-02 refuses what JSON cannot hold, naming the field: undefined, functions, symbols, bigint, cycles, lone surrogates', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const cases: [unknown, string | undefined][] = [
      [undefined, undefined], [{ a: undefined }, 'a'], [{ f: () => 1 }, 'f'], [[Symbol('x')], '0'], [{ n: 10n }, 'n'],
      [cyclic, 'self'], [{ text: 'a\uD800b' }, 'text'], [{ ['\uDC00']: 1 }, '\uDC00'], [{ d: new Date(0) }, 'd'],
      [{ list: Object.assign(new Array<number>(3), { 0: 1, 2: 3 }) }, 'list.1'], [{ m: new Map() }, 'm'], [{ [Symbol('k')]: 1 }, undefined],
    ];
    for (const [value, path] of cases) {
      const result = canonicalize(value);
      assert.isFalse(result.ok, String(path));
      if (!result.ok) {
        assert.equal(result.error.code, 'json.not-canonicalizable');
        assert.equal(result.error.path, path);
        assert.isNotEmpty(result.error.message.id);
        assert.isNotEmpty(result.error.message.en);
      }
    }
    let deep: unknown = 1;
    for (let i = 0; i < 1000; i++) deep = [deep];
    assert.isFalse(canonicalize(deep).ok);
    const throwing = Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('boom'); } });
    assert.isFalse(canonicalize(throwing).ok);
  });

  it('AUD-02 property: parse(canonicalize(x)) deep-equals x, and canonicalizing is idempotent', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const text = canonical(value);
      // JSON has no -0: canonical text writes 0, as JSON.stringify does.
      assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(value)));
      assert.equal(canonical(JSON.parse(text)), text);
    }), { numRuns: 500 });
  });

  it('AUD-02 property: key order and whitespace of the input do not change the canonical text', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), (object) => {
      const reversed = Object.fromEntries(Object.entries(object).reverse());
      assert.equal(canonical(reversed), canonical(object));
      assert.equal(canonical(JSON.parse(JSON.stringify(object, null, 2))), canonical(object));
    }), { numRuns: 300 });
  });
});
