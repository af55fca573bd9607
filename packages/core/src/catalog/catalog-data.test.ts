import { describe, it } from 'node:test';
import { assert } from 'chai';
import { defaultCatalog } from './default-catalog.js';
import type { PermitType, Requirement } from './types.js';

const type = (id: string): PermitType => {
  const found = defaultCatalog.permitTypes.find((t) => t.id === id);
  assert.exists(found, id);
  return found as PermitType;
};
const keys = (requirements: readonly Requirement[]) => requirements.map((r) => r.key);

describe('default catalog: the permit types of M13', () => {
  it('CAT-01 lists the eleven permit types of Pasal 1 in order, with the ids the other modules use', () => {
    assert.deepEqual(defaultCatalog.permitTypes.map((t) => t.id), [
      'imb', 'ijin-gangguan', 'ijin-trayek', 'iui', 'siup', 'tdi', 'tdg', 'hiburan', 'reklame', 'jasa-konstruksi', 'ijin-lokasi',
    ]);
    assert.equal(type('tdg').name.id, 'Ijin Tanda Daftar Gudang (TDG)');
    assert.equal(type('hiburan').name.en, 'Recreation and public entertainment business licence');
    defaultCatalog.permitTypes.forEach((t, i) => {
      assert.equal(t.source.regulation, 'M13');
      assert.equal(t.source.article, `Pasal 1 angka ${i + 1}; Lampiran I angka ${i + 1}`);
    });
  });

  it('CAT-02 every type has its legal basis, requirements, procedure, completion time and fee, each with a citation', () => {
    for (const t of defaultCatalog.permitTypes) {
      assert.isAbove(t.legalBasis.instruments.length, 0, t.id);
      assert.isAbove(t.requirements.length, 0, t.id);
      assert.isAbove(t.procedure.steps.length, 0, t.id);
      for (const citation of [t.legalBasis.source, t.procedure.source, t.completionTime.source, t.fee.source, ...t.requirements.map((r) => r.source)]) {
        assert.equal(citation.regulation, 'M13', t.id);
        assert.match(citation.article, /^(Lampiran I{1,2} angka \d+|Mengingat angka \d+)/, t.id);
      }
      for (const r of t.requirements) {
        assert.isNotEmpty(r.label.id);
        assert.isNotEmpty(r.label.en);
        if (r.submission === 'upload') {
          assert.includeMembers(['application/pdf', 'image/jpeg', 'image/png'], [...(r.accept ?? [])], `${t.id}.${r.key}`);
          assert.isAbove(r.maxBytes ?? 0, 0);
        }
      }
    }
  });

  it('CAT-02 legal basis as Lampiran I column 3 gives it (counts and a sample per type)', () => {
    const counts = Object.fromEntries(defaultCatalog.permitTypes.map((t) => [t.id, t.legalBasis.instruments.length]));
    assert.deepEqual(counts, {
      imb: 1, 'ijin-gangguan': 1, 'ijin-trayek': 4, iui: 1, siup: 2, tdi: 1, tdg: 3, hiburan: 1, reklame: 2, 'jasa-konstruksi': 4, 'ijin-lokasi': 6,
    });
    assert.include(type('imb').legalBasis.instruments[0]?.regulation, 'Nomor 10 Tahun 1961');
    assert.include(type('reklame').legalBasis.instruments[1]?.regulation, 'Peraturan Walikota Mojokerto Nomor 7 Tahun 2005');
    assert.include(type('ijin-lokasi').legalBasis.instruments[5]?.regulation, 'Keputusan Walikota Mojokerto Nomor 18 Tahun 2000');
  });

  it('CAT-02 requirements as Lampiran I column 4 lists them, with person/business and conditions', () => {
    // IMB items 1–7: item 6 is "KTP / Akta pendirian bagi perusahaan yang berbadan hukum".
    assert.deepEqual(keys(type('imb').requirements), [
      'application-form', 'building-drawings', 'land-title', 'neighbour-consent', 'location-permit', 'ktp', 'deed-of-establishment', 'pbb-receipt',
    ]);
    assert.equal(type('imb').requirements.find((r) => r.key === 'ktp')?.appliesTo, 'person');
    assert.equal(type('imb').requirements.find((r) => r.key === 'deed-of-establishment')?.appliesTo, 'business');
    // IUI: ten items, the duty stamps brought to the counter, the form check done by the office.
    assert.lengthOf(type('iui').requirements, 10);
    assert.equal(type('iui').requirements.find((r) => r.key === 'duty-stamps')?.submission, 'in-person');
    assert.equal(type('iui').requirements.find((r) => r.key === 'site-form-check')?.submission, 'office');
    // Jasa Konstruksi: ten items, 6–10 printed after the page break; the photo is an image.
    assert.lengthOf(type('jasa-konstruksi').requirements, 10);
    assert.deepEqual(type('jasa-konstruksi').requirements.find((r) => r.key === 'passport-photo')?.accept, ['image/jpeg', 'image/png']);
    // TDG item 4: the nuisance permit only where the Nuisance Act requires it.
    assert.deepEqual(type('tdg').requirements.find((r) => r.key === 'ijin-gangguan')?.condition, { detail: 'nuisanceActApplies', op: 'eq', value: true });
    // Ijin Trayek: three items.
    assert.lengthOf(type('ijin-trayek').requirements, 3);
  });

  it('CAT-02 procedure steps as Lampiran I column 5 lists them', () => {
    const steps = Object.fromEntries(defaultCatalog.permitTypes.map((t) => [t.id, t.procedure.steps.length]));
    assert.deepEqual(steps, {
      imb: 7, 'ijin-gangguan': 6, 'ijin-trayek': 6, iui: 2, siup: 2, tdi: 2, tdg: 5, hiburan: 6, reklame: 6, 'jasa-konstruksi': 6, 'ijin-lokasi': 4,
    });
    assert.equal(type('imb').procedure.steps[5]?.label.id, 'Pembayaran di kasir.');
    assert.equal(type('tdi').procedure.steps[0]?.label.id, 'Pemohon melengkapi persyaratan nomor 1 – 4.');
  });

  it('CAT-03 completion times of Lampiran II in working days; types 2–4 are a required municipality setting', () => {
    const times = Object.fromEntries(defaultCatalog.permitTypes.map((t) => {
      const c = t.completionTime;
      return [t.id, c.kind === 'fixed' ? c.workingDays : c.kind === 'by-case' ? c.cases.map((x) => x.workingDays) : c.kind];
    }));
    assert.deepEqual(times, {
      imb: 5, 'ijin-gangguan': 'setting-required', 'ijin-trayek': 'setting-required', iui: 'setting-required', siup: 5, tdi: 14,
      tdg: 14, hiburan: 7, reklame: [10, 1], 'jasa-konstruksi': 30, 'ijin-lokasi': 10,
    });
    const imb = type('imb').completionTime;
    assert.include(imb.kind === 'fixed' ? imb.text : '', '1 (satu) minggu');
    assert.equal(type('tdg').completionTime.source.article, 'Lampiran II angka 7 kolom 6');
  });

  it('CAT-03 TDI is valid 5 years; no other type states a validity', () => {
    assert.deepEqual(type('tdi').validity?.years, 5);
    assert.equal(type('tdi').validity?.source.article, 'Lampiran II angka 6 kolom 6');
    assert.deepEqual(defaultCatalog.permitTypes.filter((t) => t.validity !== undefined).map((t) => t.id), ['tdi']);
  });

  it('CAT-02 every type bears a fee, naming the FEE rule that computes it', () => {
    const rules = Object.fromEntries(defaultCatalog.permitTypes.map((t) => [t.id, t.fee.bearing ? t.fee.rule : 'none']));
    assert.deepEqual(rules, {
      imb: 'FEE-01', 'ijin-gangguan': 'FEE-08', 'ijin-trayek': 'FEE-08', iui: 'FEE-08', siup: 'FEE-02', tdi: 'FEE-03',
      tdg: 'FEE-04', hiburan: 'FEE-05', reklame: 'FEE-06', 'jasa-konstruksi': 'FEE-07', 'ijin-lokasi': 'FEE-08',
    });
  });

  it('the default catalog cannot be changed by a caller', () => {
    assert.isTrue(Object.isFrozen(defaultCatalog.permitTypes));
    assert.isTrue(Object.isFrozen(type('imb').requirements[0]?.label));
    assert.throws(() => { (defaultCatalog.permitTypes as PermitType[]).push(type('imb')); });
  });
});
