import { describe, it } from 'node:test';
import { assert } from 'chai';
import { parseEmail, type EmailOptions } from './email.js';

function read(input: unknown, options: EmailOptions = {}): string {
  const result = parseEmail(input, options);
  return result.ok ? result.value.address : result.error.code;
}

describe('parseEmail', () => {
  it('IDN-04 e-mail: accepts dot-atom addresses, lower-cases the domain and keeps the local part', () => {
    assert.deepEqual(parseEmail('Siti.Rahma@Mojokertokota.GO.ID'), {
      ok: true,
      value: { address: 'Siti.Rahma@mojokertokota.go.id', localPart: 'Siti.Rahma', domain: 'mojokertokota.go.id' },
    });
    for (const good of ['a@b.co', "o'reilly+izin@sub.example.co.id", 'x_y-z@a-b.c-d.id', "!#$%&'*+/=?^_`{|}~-@example.com",
      'pemohon@xn--bcher-kva.de', '1234@123.example']) {
      assert.equal(read(good), good, good);
    }
    assert.equal(read(' \t pemohon@example.com \n'), 'pemohon@example.com');
  });

  it('IDN-04 e-mail: one @ sign, no dots at the ends of the local part or in a row', () => {
    assert.equal(read('plainaddress'), 'email.at-sign');
    assert.equal(read('a@b@example.com'), 'email.at-sign');
    for (const bad of ['@example.com', '.a@example.com', 'a.@example.com', 'a..b@example.com', '"john doe"@example.com',
      'a b@example.com', 'a(comment)@example.com', 'a,b@example.com', '<a>@example.com']) {
      assert.equal(read(bad), 'email.local-part', bad);
    }
  });

  it('IDN-04 e-mail: the domain is dot-separated LDH labels with a non-numeric top label and a dot', () => {
    for (const bad of ['a@', 'a@-example.com', 'a@example-.com', 'a@example..com', 'a@.example.com', 'a@example.com.',
      'a@exa_mple.com', 'a@[192.168.1.1]', 'a@1.2.3.4', 'a@localhost', 'a@example.c0m-']) {
      assert.equal(read(bad), 'email.domain', bad);
    }
    assert.equal(read('a@localhost', { allowSingleLabelDomain: true }), 'a@localhost');
  });

  it('IDN-04 e-mail: length limits are 64 before the @ and 254 in all', () => {
    const local64 = 'a'.repeat(64);
    assert.equal(read(`${local64}@example.com`), `${local64}@example.com`);
    assert.equal(read(`${'a'.repeat(65)}@example.com`), 'email.local-part');
    const label63 = 'b'.repeat(63);
    const domain189 = `${label63}.${label63}.${'c'.repeat(57)}.com`;
    assert.equal(domain189.length, 189);
    assert.equal(read(`${local64}@${domain189}`), `${local64}@${domain189}`);
    assert.equal(read(`${local64}@${label63}.${label63}.${'c'.repeat(58)}.com`), 'email.length');
    assert.equal(read(`a@${'b'.repeat(64)}.com`), 'email.domain');
  });

  it('IDN-04 e-mail: non-ASCII addresses are refused with advice to use the xn-- form', () => {
    assert.equal(read('josé@example.com'), 'email.non-ascii');
    const result = parseEmail('pemohon@bücher.de');
    assert.isTrue(!result.ok && result.error.code === 'email.non-ascii' && result.error.message.en.includes('xn--'));
  });

  it('IDN-04 e-mail: missing and non-string values are refused at path email', () => {
    assert.equal(read(undefined), 'email.required');
    assert.equal(read('   '), 'email.required');
    assert.equal(read(42), 'email.type');
    const result = parseEmail(['a@b.co']);
    assert.isTrue(!result.ok && result.error.path === 'email');
  });
});
