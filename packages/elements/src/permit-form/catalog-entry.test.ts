import { describe, it } from 'node:test';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultCatalog } from '@satupintu/core';
import { cachedPermitTypeIn, permitTypeIn } from './catalog-entry.js';

const copy = (): { permitTypes: Record<string, unknown>[] } => structuredClone(defaultCatalog) as never;

describe('permitTypeIn (the form’s catalog entry)', () => {
  it('CAT-01 takes every permit type of a valid catalog as it is', () => {
    for (const type of defaultCatalog.permitTypes) {
      const entry = permitTypeIn(defaultCatalog, type.id);
      expect(entry.ok && entry.value).to.equal(type);
    }
    const fetched = JSON.parse(JSON.stringify(defaultCatalog)) as unknown;
    expect(permitTypeIn(fetched, 'reklame').ok).to.equal(true);
  });

  it('refuses an unknown permit type and a catalog of the wrong shape with a code and a path', () => {
    const unknown = permitTypeIn(defaultCatalog, 'pabrik-roket');
    expect(unknown.ok ? '' : `${unknown.error.code} ${unknown.error.path}`).to.equal('catalog.unknown-permit-type permitType');
    const cases: [unknown, string][] = [
      [null, 'permitTypes'],
      ['catalog', 'permitTypes'],
      [{ permitTypes: {} }, 'permitTypes'],
    ];
    const noName = copy();
    delete noName.permitTypes[6]!.name;
    cases.push([noName, 'permitTypes.6.name']);
    const badDetail = copy();
    (badDetail.permitTypes[6]!.details as unknown[]).push({ key: 'x', type: 'date', label: { id: 'x', en: 'x' } });
    cases.push([badDetail, 'permitTypes.6.details.1']);
    const noFee = copy();
    noFee.permitTypes[6]!.fee = 'free';
    cases.push([noFee, 'permitTypes.6.fee']);
    for (const [catalog, path] of cases) {
      const result = permitTypeIn(catalog, 'tdg');
      expect(result.ok ? 'ok' : `${result.error.code} ${result.error.path}`).to.equal(`catalog.invalid ${path}`);
      if (!result.ok) expect(result.error.message.en).to.contain('invalid');
    }
  });

  it('never throws on any JSON, and remembers its answer per catalog object', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.string(), (json, id) => {
      const result = permitTypeIn({ permitTypes: [json, { id, name: json, details: json, requirements: json, fee: json }] }, id);
      expect(typeof result.ok).to.equal('boolean');
    }));
    expect(cachedPermitTypeIn(defaultCatalog, 'tdg')).to.equal(cachedPermitTypeIn(defaultCatalog, 'tdg'));
  });
});
