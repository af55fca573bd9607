import { describe, it } from 'node:test';
import { assert } from 'chai';
import { cite } from '../citation.js';
import { indonesiaCalendar as calendar } from '../calendar/calendar.js';
import { defaultCatalog } from './default-catalog.js';
import { extendCatalog, type CatalogChanges } from './extend-catalog.js';
import { requirementsFor } from './requirements-for.js';
import { serviceDeadline } from './service-deadline.js';
import type { Catalog, CompletionTime, PermitType } from './types.js';
import { validateCatalog } from './validate-catalog.js';

const localRule = cite('Perwali Mojokerto (contoh) Nomor 1 Tahun 2026', 'Pasal 3');
const sevenDays: CompletionTime = { kind: 'fixed', workingDays: 7, text: 'paling lambat 7 hari kerja', source: localRule };

function extended(changes: CatalogChanges): Catalog {
  const result = extendCatalog(defaultCatalog, changes);
  assert.isTrue(result.ok, result.ok ? '' : JSON.stringify(result.error.issues));
  return (result as { value: Catalog }).value;
}
function problems(changes: unknown, base: Catalog = defaultCatalog): string[] {
  const result = extendCatalog(base, changes as CatalogChanges);
  assert.isFalse(result.ok);
  return result.ok ? [] : (result.error.issues ?? []).map((i) => `${i.code} @ ${i.path ?? ''}`);
}

const pasarMalam: PermitType = {
  id: 'pasar-malam',
  name: { id: 'Ijin Pasar Malam', en: 'Night market permit' },
  legalBasis: { instruments: [{ regulation: 'Perwali contoh Nomor 2 Tahun 2026', article: '' }], source: localRule },
  details: [{ key: 'stalls', type: 'number', label: { id: 'Jumlah lapak', en: 'Number of stalls' }, source: localRule }],
  requirements: [
    { key: 'ktp', label: { id: 'Fotokopi KTP', en: 'Copy of KTP' }, appliesTo: 'both', submission: 'upload', accept: ['application/pdf'], maxBytes: 1_000_000, required: true, source: localRule },
    {
      key: 'crowd-plan', label: { id: 'Rencana pengamanan', en: 'Crowd safety plan' }, appliesTo: 'both', submission: 'upload',
      accept: ['application/pdf'], maxBytes: 1_000_000, required: true, condition: { detail: 'stalls', op: 'gt', value: 50 }, source: localRule,
    },
  ],
  procedure: { steps: [{ label: { id: 'Pengajuan', en: 'Submission' } }], source: localRule },
  completionTime: { kind: 'fixed', workingDays: 3, text: '3 hari kerja', source: localRule },
  fee: { bearing: false, source: localRule },
  source: localRule,
};

describe('extendCatalog', () => {
  it('CAT-03 a municipality sets the completion time the regulation leaves open, and deadlines follow', () => {
    const mine = extended({ patch: { 'ijin-gangguan': { completionTime: sevenDays } } });
    const due = serviceDeadline('ijin-gangguan', { completeOn: '2026-03-16', calendar, catalog: mine });
    assert.isTrue(due.ok);
    if (due.ok) assert.deepInclude(due.value, { workingDays: 7, due: '2026-04-01', source: localRule });
    assert.isFalse(validateCatalog(mine, { complete: true }).ok, 'types 3 and 4 are still open');
    const complete = extended({ patch: { 'ijin-gangguan': { completionTime: sevenDays }, 'ijin-trayek': { completionTime: sevenDays }, iui: { completionTime: sevenDays } } });
    assert.isTrue(validateCatalog(complete, { complete: true }).ok);
  });

  it('CAT-02 adds, replaces and removes permit types; the base stays as it was', () => {
    const mine = extended({ remove: ['ijin-trayek'], upsert: [pasarMalam, { ...pasarMalam, id: 'tdi', name: { id: 'TDI kota', en: 'City TDI' } }] });
    assert.deepEqual(mine.permitTypes.map((t) => t.id), [
      'imb', 'ijin-gangguan', 'iui', 'siup', 'tdi', 'tdg', 'hiburan', 'reklame', 'jasa-konstruksi', 'ijin-lokasi', 'pasar-malam',
    ]);
    assert.equal(mine.permitTypes[4]?.name.en, 'City TDI');
    assert.lengthOf(defaultCatalog.permitTypes, 11);
    assert.equal(defaultCatalog.permitTypes[5]?.name.en, 'Industry registration (TDI)');
    const list = requirementsFor('pasar-malam', 'person', { catalog: mine, details: { stalls: 80 } });
    assert.deepEqual(list.ok ? list.value.documents.map((d) => d.key) : [], ['ktp', 'crowd-plan']);
    assert.isFalse(requirementsFor('ijin-trayek', 'person', { catalog: mine }).ok);
  });

  it('CAT-02 problems point at the change that caused them, all at once', () => {
    assert.deepEqual(problems({
      remove: ['izin-hantu'],
      patch: { 'ijin-gangguan': { completionTime: { kind: 'fixed', workingDays: -1, text: 'x', source: localRule } }, nope: {}, tdi: { id: 'x' } },
      upsert: [{ ...pasarMalam, requirements: [{ ...pasarMalam.requirements[1], condition: { detail: 'tents', op: 'gt', value: 1 } }] }],
      extra: 1,
    }), [
      'catalog.field-unknown @ changes.extra',
      'catalog.unknown-permit-type @ changes.remove.0',
      'catalog.unknown-permit-type @ changes.patch.nope',
      'catalog.type-invalid @ changes.patch.tdi',
      'catalog.number-out-of-range @ changes.patch.ijin-gangguan.completionTime.workingDays',
      'catalog.detail-undeclared @ changes.upsert.0.requirements.0.condition.detail',
    ]);
    assert.deepEqual(problems({ upsert: [pasarMalam, pasarMalam] }), ['catalog.duplicate-id @ changes.upsert.1.id']);
  });

  it('CAT-02 hostile changes are errors, not crashes', () => {
    assert.deepEqual(problems('everything'), ['catalog.type-invalid @ changes']);
    assert.deepEqual(problems({ upsert: 'x', patch: [], remove: [1] }), [
      'catalog.type-invalid @ changes.remove', 'catalog.type-invalid @ changes.patch', 'catalog.type-invalid @ changes.upsert',
    ]);
    const cyclic: Record<string, unknown> = {};
    cyclic['upsert'] = [cyclic];
    assert.deepEqual(problems(cyclic), ['catalog.cyclic @ changes.upsert.0']);
    const polluted = JSON.parse('{"patch":{"imb":{"__proto__":{"bearing":false}}}}') as unknown;
    assert.include(problems(polluted), 'catalog.field-unknown @ changes.patch.imb.__proto__');
    const badBase = extendCatalog({ version: 1, permitTypes: [] }, {});
    assert.isFalse(badBase.ok);
    if (!badBase.ok) assert.equal(badBase.error.path, 'base');
  });
});
