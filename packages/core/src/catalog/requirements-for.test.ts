import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import type { ApplicationDetails } from './types.js';
import { defaultCatalog } from './default-catalog.js';
import { requirementsFor, requirementsOfType, type ApplicantProfile, type RequirementList } from './requirements-for.js';

function list(permitType: string, applicant: 'person' | 'business' | ApplicantProfile, details?: ApplicationDetails): RequirementList {
  const result = requirementsFor(permitType, applicant, details === undefined ? {} : { details });
  assert.isTrue(result.ok, result.ok ? '' : JSON.stringify(result.error));
  return (result as { value: RequirementList }).value;
}
const documentKeys = (l: RequirementList) => l.documents.map((d) => d.key);
const undecidedKeys = (l: RequirementList) => l.undecided.map((u) => `${u.requirement.key}?${u.needs.join('+')}`);

function refusal(run: () => ReturnType<typeof requirementsFor>): [string, string | undefined] {
  const result = run();
  assert.isFalse(result.ok);
  return result.ok ? ['', ''] : [result.error.code, result.error.path];
}

describe('requirementsFor', () => {
  it('CAT-02 a person gives the identity card, a business its deed of establishment (IMB item 6)', () => {
    const details = { multiStorey: false, businessBuilding: false };
    assert.deepEqual(documentKeys(list('imb', 'person', details)), ['application-form', 'building-drawings', 'land-title', 'ktp', 'pbb-receipt']);
    assert.deepEqual(documentKeys(list('imb', 'business', details)), ['application-form', 'building-drawings', 'land-title', 'deed-of-establishment', 'pbb-receipt']);
  });

  it('CAT-02 conditional documents follow the details: IMB neighbours for a multi-storey or business building', () => {
    assert.deepEqual(documentKeys(list('imb', 'person', { multiStorey: true, businessBuilding: false })),
      ['application-form', 'building-drawings', 'land-title', 'neighbour-consent', 'ktp', 'pbb-receipt']);
    assert.deepEqual(documentKeys(list('imb', 'business', { multiStorey: false, businessBuilding: true })),
      ['application-form', 'building-drawings', 'land-title', 'neighbour-consent', 'location-permit', 'deed-of-establishment', 'pbb-receipt']);
    // Unknown details leave the conditional documents undecided, naming what to ask; one true member decides an "or".
    assert.deepEqual(undecidedKeys(list('imb', 'person')), ['neighbour-consent?multiStorey+businessBuilding', 'location-permit?businessBuilding']);
    assert.deepEqual(undecidedKeys(list('imb', 'person', { multiStorey: true })), ['location-permit?businessBuilding']);
  });

  it('CAT-02 SIUP: list A for a legal entity adds the notarial deed to list B for a person', () => {
    assert.deepEqual(documentKeys(list('siup', 'person')), ['ktp', 'npwp', 'situ', 'ijin-gangguan']);
    assert.deepEqual(documentKeys(list('siup', 'business')), ['deed-of-establishment', 'ktp', 'npwp', 'situ', 'ijin-gangguan']);
  });

  it('CAT-02 Ijin Lokasi: a power of attorney and the representative’s KTP only when a representative files', () => {
    const facts = { investmentFacility: false, transportFacility: false };
    const own = list('ijin-lokasi', { kind: 'business', representative: false }, facts);
    assert.notInclude(documentKeys(own), 'power-of-attorney');
    assert.include(documentKeys(own), 'deed-of-establishment');
    const viaProxy = list('ijin-lokasi', { kind: 'business', representative: true }, facts);
    assert.includeMembers(documentKeys(viaProxy), ['representative-ktp', 'power-of-attorney']);
    assert.deepEqual(undecidedKeys(list('ijin-lokasi', 'person', facts)), ['representative-ktp?representative', 'power-of-attorney?representative']);
    const optional = viaProxy.documents.find((d) => d.key === 'other-minister-approval');
    assert.isFalse(optional?.required);
  });

  it('CAT-04 Reklame over 20 m² adds the site inspection record of the advertising team; exactly 20 m² does not', () => {
    const base = { projectingOrPole: false };
    const at = (areaM2: number) => documentKeys(list('reklame', 'business', { ...base, areaM2 }));
    assert.notInclude(at(20), 'site-inspection-record');
    assert.include(at(20.01), 'site-inspection-record');
    assert.include(at(24), 'site-inspection-record');
    assert.notInclude(at(5), 'site-inspection-record');
    const record = list('reklame', 'person', { ...base, areaM2: 21 }).documents.find((d) => d.key === 'site-inspection-record');
    assert.equal(record?.submission, 'office');
    assert.equal(record?.source.article, 'Lampiran I angka 9 kolom 4 butir 2 dan 3');
    assert.deepEqual(undecidedKeys(list('reklame', 'person', base)), ['site-inspection-record?areaM2']);
    assert.include(documentKeys(list('reklame', 'person', { areaM2: 4, projectingOrPole: true })), 'landowner-consent');
  });

  it('CAT-04 property: the inspection record is listed exactly when the area is above 20 m²', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (areaM2) => {
      const keys = documentKeys(list('reklame', 'business', { areaM2, projectingOrPole: true }));
      assert.equal(keys.includes('site-inspection-record'), areaM2 > 20, String(areaM2));
    }), { numRuns: 500 });
  });

  it('refuses an unknown permit type, a bad applicant and bad details with code and path', () => {
    assert.deepEqual(refusal(() => requirementsFor('izin-tambang', 'person')), ['catalog.unknown-permit-type', 'permitType']);
    assert.deepEqual(refusal(() => requirementsFor(42 as unknown as string, 'person')), ['catalog.unknown-permit-type', 'permitType']);
    assert.deepEqual(refusal(() => requirementsFor('imb', 'company' as 'person')), ['catalog.applicant-invalid', 'applicant']);
    assert.deepEqual(refusal(() => requirementsFor('imb', { kind: 'person', representatve: true } as ApplicantProfile)), ['catalog.applicant-invalid', 'applicant.representatve']);
    assert.deepEqual(refusal(() => requirementsFor('imb', { kind: 'person', representative: 'yes' as unknown as boolean })),
      ['catalog.applicant-invalid', 'applicant.representative']);
    assert.deepEqual(refusal(() => requirementsFor('reklame', 'person', { details: { areaM2: -3 } })), ['catalog.detail-invalid', 'details.areaM2']);
    assert.deepEqual(refusal(() => requirementsFor('reklame', 'person', { details: { areaM2: Number.NaN } })), ['catalog.detail-invalid', 'details.areaM2']);
    assert.deepEqual(refusal(() => requirementsFor('reklame', 'person', { details: { areaM2: 1e12 } })), ['catalog.detail-invalid', 'details.areaM2']);
    assert.deepEqual(refusal(() => requirementsFor('reklame', 'person', { details: { incidental: 'yes' as unknown as boolean } })), ['catalog.detail-invalid', 'details.incidental']);
    assert.deepEqual(refusal(() => requirementsFor('tdg', 'person', { details: { areaM2: 40 } })), ['catalog.detail-unknown', 'details.areaM2']);
    assert.deepEqual(refusal(() => requirementsFor('ijin-lokasi', 'person', { details: { representative: true } })), ['catalog.detail-unknown', 'details.representative']);
    assert.deepEqual(refusal(() => requirementsFor('imb', 'person', { details: [] as unknown as ApplicationDetails })), ['catalog.details-invalid', 'details']);
    const many = requirementsFor('reklame', 'person', { details: { areaM2: -1, incidental: 3 as unknown as boolean } });
    assert.isFalse(many.ok);
    if (!many.ok) assert.deepEqual(many.error.issues?.map((i) => i.path), ['details.areaM2', 'details.incidental']);
  });

  it('CAT-02 requirementsOfType on a catalog entry answers exactly what requirementsFor answers for its id', () => {
    const detailValue = fc.oneof(fc.boolean(), fc.integer({ min: -5, max: 50 }), fc.constant('x'));
    fc.assert(fc.property(
      fc.constantFrom(...defaultCatalog.permitTypes), fc.constantFrom('person', 'business', 'robot'), fc.option(fc.boolean(), { nil: undefined }),
      fc.dictionary(fc.constantFrom('areaM2', 'multiStorey', 'businessBuilding', 'projectingOrPole', 'incidental', 'colour'), detailValue),
      (type, kind, representative, details) => {
        const applicant = { kind, ...(representative === undefined ? {} : { representative }) } as ApplicantProfile;
        const facts = details as ApplicationDetails;
        assert.deepEqual(requirementsOfType(type, applicant, facts), requirementsFor(type.id, applicant, { details: facts }));
      },
    ));
  });
});
