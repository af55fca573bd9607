import { describe, it } from 'node:test';
import { expect } from '@open-wc/testing';
import { str } from '@lit/localize';
import { english, templateTable } from './english.js';

describe('English templates', () => {
  it('finds a template under its cut id, as in the embed file (whose build cuts the ids to 7 characters)', () => {
    const cut = templateTable(Object.fromEntries(Object.entries(english.templates).map(([id, template]) => [id.slice(0, 7), template])));
    const days = 3;
    for (const template of ['Lacak', str`${days} hari kerja lagi`]) {
      const whole = english.templates[english.key(template)];
      expect(whole).not.to.equal(undefined);
      expect(english.key(template)).to.have.length(17);
      expect(cut.key(template)).to.have.length(7);
      expect(cut.templates[cut.key(template)]).to.equal(whole);
    }
    expect(cut.templates[cut.key('Bukan pesan elemen mana pun')]).to.equal(undefined);
  });
});
