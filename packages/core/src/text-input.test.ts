import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { checkOptionalText, checkText, isSafeText, textProblem } from './text-input.js';

describe('free-text input checks shared by every module', () => {
  it('accepts plain text, including Indonesian names, punctuation and non-Latin letters', () => {
    for (const text of ['Siti Rahma', 'PT Maju Jaya (Persero)', 'Jl. A. Yani No. 5, Mojokerto', 'Catatan: dokumen lengkap', 'メモ', 'metadata: ok']) {
      assert.isUndefined(textProblem(text), text);
    }
  });

  it('refuses a missing or blank text as required, whatever whitespace it is made of', () => {
    for (const value of [undefined, null, 42, '', '   ', ' \u3000\u00a0 ', '\t\n', '\ufeff']) {
      assert.equal(textProblem(value), 'required', JSON.stringify(value));
    }
  });

  it('refuses a text over the limit as too long, and a blank one over the limit still as required', () => {
    assert.equal(textProblem('x'.repeat(201)), 'too-long');
    assert.isUndefined(textProblem('x'.repeat(200)));
    assert.equal(textProblem(' '.repeat(300)), 'required');
    assert.equal(textProblem('x'.repeat(11), 10), 'too-long');
  });

  it('refuses markup, script URLs and control characters (C0, DEL, C1) as unsafe', () => {
    for (const text of ['<b>x</b>', 'a > b', 'javascript:alert(1)', 'JavaScript:x', ' vbscript:x', 'data:text/html,x', 'data:image/png;base64,',
      'a\u0000b', 'a\u0007', 'a\u007f', 'a\u0085b', 'a\u009fb', 'a\u000bb']) {
      assert.equal(textProblem(text), 'unsafe', JSON.stringify(text));
    }
  });

  it('allows tab, line feed and carriage return only in multiline fields', () => {
    assert.equal(textProblem('baris 1\nbaris 2'), 'unsafe');
    assert.isUndefined(textProblem('baris 1\r\n\tbaris 2', 200, true));
    assert.equal(textProblem('a\u000cb', 200, true), 'unsafe');
  });

  it('gives each module its own codes and names the field in both languages', () => {
    const codes = { required: 'm.required', tooLong: 'm.long', unsafe: 'm.unsafe' };
    const refused = checkText('<i>', 'office.name', { codes, what: { id: 'Nama kantor', en: 'The office name' } });
    assert.isFalse(refused.ok);
    if (!refused.ok) {
      assert.equal(refused.error.code, 'm.unsafe');
      assert.equal(refused.error.path, 'office.name');
      assert.include(refused.error.message.id, 'Nama kantor');
      assert.include(refused.error.message.en, 'The office name');
    }
    const long = checkText('abcdef', 'x', { maxLength: 5 });
    assert.deepInclude(long, { ok: false });
    if (!long.ok) {
      assert.equal(long.error.code, 'text.too-long');
      assert.include(long.error.message.en, '5 characters');
    }
    assert.deepEqual(checkOptionalText(undefined, 'note'), { ok: true, value: undefined });
    assert.equal(checkOptionalText('', 'note').ok, false);
  });

  it('property: checkText accepts exactly what textProblem finds nothing wrong with, and returns the text unchanged', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.boolean(), (text, multiline) => {
      const result = checkText(text, 'f', { maxLength: 30, multiline });
      assert.equal(result.ok, textProblem(text, 30, multiline) === undefined);
      assert.equal(result.ok, isSafeText(text, 30, multiline));
      if (result.ok) assert.equal(result.value, text);
      else assert.match(result.error.code, /^text\./);
    }));
  });

  it('property: text without <, >, colons or control characters is accepted when it is not blank', () => {
    const safe = fc.string({ minLength: 1, maxLength: 50 }).filter((s) => !/[<>:\p{Cc}]/u.test(s) && s.trim() !== '');
    fc.assert(fc.property(safe, (text) => assert.isUndefined(textProblem(text))));
  });
});
