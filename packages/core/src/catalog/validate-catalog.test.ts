import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import type { SpError } from '../result.js';
import { defaultCatalog } from './default-catalog.js';
import { CATALOG_SCHEMA } from './schema.js';
import { validateCatalog } from './validate-catalog.js';

type Json = Record<string, unknown>;
/** A fresh, mutable copy of the default catalog. */
const fresh = (): Json & { permitTypes: Json[] } => JSON.parse(JSON.stringify(defaultCatalog)) as Json & { permitTypes: Json[] };
const at = (value: unknown, ...path: (string | number)[]): Json => path.reduce<unknown>((v, k) => (v as Json)[k], value) as Json;

function issuesOf(json: unknown, complete = false): SpError[] {
  const result = validateCatalog(json, { complete });
  assert.isFalse(result.ok, 'expected the catalog to be refused');
  if (result.ok) return [];
  assert.equal(result.error.code, 'catalog.invalid');
  for (const issue of result.error.issues ?? []) {
    assert.isString(issue.code);
    assert.isNotEmpty(issue.message.id);
    assert.isNotEmpty(issue.message.en);
  }
  return [...(result.error.issues ?? [])];
}
const pairs = (issues: SpError[]) => issues.map((i) => `${i.code} @ ${i.path ?? ''}`);

describe('validateCatalog', () => {
  it('CAT-02 the default catalog passes, and comes back as a frozen copy', () => {
    const input = fresh();
    const result = validateCatalog(input);
    assert.isTrue(result.ok);
    if (!result.ok) return;
    assert.deepEqual<unknown>(result.value, defaultCatalog);
    assert.notStrictEqual<unknown>(result.value, input);
    assert.isTrue(Object.isFrozen(result.value.permitTypes[0]));
    at(input, 'permitTypes', 0, 'name').id = 'changed afterwards';
    assert.equal(result.value.permitTypes[0]?.name.id, 'Ijin Mendirikan Bangunan (IMB)');
  });

  it('CAT-02 reports several problems at once, each with its path', () => {
    const json = fresh();
    json['version'] = 2;
    json['extra'] = true;
    delete at(json, 'permitTypes', 0, 'name').en;
    at(json, 'permitTypes', 1).id = 'Ijin Gangguan!';
    at(json, 'permitTypes', 4, 'completionTime').workingDays = 0;
    at(json, 'permitTypes', 5, 'requirements', 0).appliesTo = 'company';
    at(json, 'permitTypes', 6, 'fee').bearing = 'yes';
    at(json, 'permitTypes', 7).id = 'imb';
    at(json, 'permitTypes', 8, 'requirements', 1).key = 'application-form';
    const issues = pairs(issuesOf(json));
    assert.includeMembers(issues, [
      'catalog.value-not-allowed @ version',
      'catalog.field-unknown @ extra',
      'catalog.field-missing @ permitTypes.0.name.en',
      'catalog.pattern-mismatch @ permitTypes.1.id',
      'catalog.number-out-of-range @ permitTypes.4.completionTime.workingDays',
      'catalog.value-not-allowed @ permitTypes.5.requirements.0.appliesTo',
      'catalog.type-invalid @ permitTypes.6.fee.bearing',
      'catalog.duplicate-id @ permitTypes.7.id',
      'catalog.duplicate-key @ permitTypes.8.requirements.1.key',
    ]);
    assert.lengthOf(issues, 9, issues.join('\n'));
  });

  it('CAT-02 checks what the schema cannot: conditions name declared details of the right type', () => {
    const json = fresh();
    at(json, 'permitTypes', 0, 'requirements', 4).condition = { detail: 'floors', op: 'gt', value: 2 };
    at(json, 'permitTypes', 0, 'requirements', 3).condition = { detail: 'multiStorey', op: 'gt', value: 1 };
    at(json, 'permitTypes', 8, 'details', 0).type = 'boolean';
    (at(json, 'permitTypes', 1, 'details') as unknown as Json[]).push({ key: 'representative', type: 'boolean', label: { id: 'x', en: 'x' }, source: { regulation: 'M13', article: 'x' } });
    at(json, 'permitTypes', 8, 'details', 1).default = 3;
    at(json, 'permitTypes', 10, 'requirements', 3).condition = { detail: 'representative', op: 'eq', value: true, anyOf: [{ detail: 'transportFacility', op: 'eq', value: true }] };
    assert.includeMembers(pairs(issuesOf(json)), [
      'catalog.detail-undeclared @ permitTypes.0.requirements.4.condition.detail',
      'catalog.condition-invalid @ permitTypes.0.requirements.3.condition.op',
      'catalog.condition-invalid @ permitTypes.8.requirements.5.condition.op',
      'catalog.condition-invalid @ permitTypes.8.completionTime.cases.0.when.anyOf.1.op',
      'catalog.reserved-key @ permitTypes.1.details.1.key',
      'catalog.default-invalid @ permitTypes.8.details.1.default',
      'catalog.condition-invalid @ permitTypes.10.requirements.3.condition',
    ]);
  });

  it('CAT-03 completion-time cases must cover every application: a gap is an error', () => {
    const json = fresh();
    const cases = at(json, 'permitTypes', 8, 'completionTime', 'cases') as unknown as Json[];
    cases[1] = { ...cases[1], when: { detail: 'areaM2', op: 'lte', value: 17 } }; // 17 < area < 18, not incidental: no case
    const gap = issuesOf(json).find((i) => i.code === 'catalog.completion-gap');
    assert.equal(gap?.path, 'permitTypes.8.completionTime.cases');
    assert.include(gap?.message.en, '"areaM2":17.5');
  });

  it('CAT-02 completion-time and requirement shapes depend on their kind', () => {
    const json = fresh();
    at(json, 'permitTypes', 0, 'completionTime').cases = [];
    at(json, 'permitTypes', 1).completionTime = { kind: 'fixed', source: { regulation: 'M13', article: 'x' } };
    at(json, 'permitTypes', 3, 'requirements', 2).accept = ['application/pdf'];
    delete at(json, 'permitTypes', 5, 'requirements', 0).maxBytes;
    assert.includeMembers(pairs(issuesOf(json)), [
      'catalog.field-unknown @ permitTypes.0.completionTime.cases',
      'catalog.field-missing @ permitTypes.1.completionTime.workingDays',
      'catalog.field-missing @ permitTypes.1.completionTime.text',
      'catalog.field-unknown @ permitTypes.3.requirements.2.accept',
      'catalog.field-missing @ permitTypes.5.requirements.0.maxBytes',
    ]);
  });

  it('CAT-03 with { complete: true } the completion times left to the municipality (types 2–4) are refused', () => {
    assert.deepEqual(pairs(issuesOf(defaultCatalog, true)), [
      'catalog.setting-required @ permitTypes.1.completionTime',
      'catalog.setting-required @ permitTypes.2.completionTime',
      'catalog.setting-required @ permitTypes.3.completionTime',
    ]);
  });

  it('CAT-02 hostile catalogs: wrong types and huge strings are errors, not crashes', () => {
    for (const junk of [undefined, null, 42, 'catalog', [], true, { version: 1 }, { version: 1, permitTypes: {} }]) {
      assert.isAbove(issuesOf(junk).length, 0, String(junk));
    }
    const json = fresh();
    at(json, 'permitTypes', 0, 'name').id = 'x'.repeat(1_000_000);
    at(json, 'permitTypes', 0, 'requirements', 0, 'label').en = 'line\nbreak';
    at(json, 'permitTypes', 0, 'requirements', 0).accept = ['text/html; charset=utf-8'];
    at(json, 'permitTypes', 2, 'requirements', 0).maxBytes = 1e12;
    assert.includeMembers(pairs(issuesOf(json)), [
      'catalog.too-long @ permitTypes.0.name.id',
      'catalog.pattern-mismatch @ permitTypes.0.requirements.0.label.en',
      'catalog.pattern-mismatch @ permitTypes.0.requirements.0.accept.0',
      'catalog.number-out-of-range @ permitTypes.2.requirements.0.maxBytes',
    ]);
  });

  it('CAT-02 script in a label is just text: kept verbatim, never interpreted; in an id it is refused', () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const json = fresh();
    at(json, 'permitTypes', 0, 'name').en = script;
    const result = validateCatalog(json);
    assert.isTrue(result.ok);
    if (result.ok) assert.equal(result.value.permitTypes[0]?.name.en, script);
    at(json, 'permitTypes', 0).id = script;
    assert.include(pairs(issuesOf(json)), 'catalog.pattern-mismatch @ permitTypes.0.id');
  });

  it('CAT-02 values JSON cannot carry, cycles, depth, size and throwing getters are errors, not crashes', () => {
    const withNaN = fresh();
    at(withNaN, 'permitTypes', 0, 'completionTime').workingDays = Number.NaN;
    at(withNaN, 'permitTypes', 1, 'fee').bearing = () => true;
    at(withNaN, 'permitTypes', 2, 'name').id = new Date(0);
    assert.includeMembers(pairs(issuesOf(withNaN)), [
      'catalog.not-json @ permitTypes.0.completionTime.workingDays',
      'catalog.not-json @ permitTypes.1.fee.bearing',
      'catalog.not-json @ permitTypes.2.name.id',
    ]);

    const cyclic = fresh();
    at(cyclic, 'permitTypes', 0).self = cyclic;
    assert.deepEqual(pairs(issuesOf(cyclic)), ['catalog.cyclic @ permitTypes.0.self']);

    let deep: Json = { detail: 'areaM2', op: 'gt', value: 1 };
    for (let i = 0; i < 1000; i++) deep = { anyOf: [deep] };
    const nested = fresh();
    at(nested, 'permitTypes', 8, 'requirements', 5).condition = deep;
    assert.equal(issuesOf(nested)[0]?.code, 'catalog.too-deep');

    assert.equal(issuesOf({ version: 1, permitTypes: new Array(10_000_000) })[0]?.code, 'catalog.too-large');

    const trap = new Proxy({}, { ownKeys() { throw new Error('trap'); } });
    assert.equal(issuesOf({ version: 1, permitTypes: [trap] })[0]?.code, 'catalog.unreadable');
  });

  it('CAT-02 a "__proto__" key is an unknown field, never a prototype', () => {
    const text = JSON.stringify(defaultCatalog).replace('{"version":1,', '{"version":1,"__proto__":{"polluted":true},');
    assert.include(pairs(issuesOf(JSON.parse(text))), 'catalog.field-unknown @ __proto__');
    assert.isUndefined((({}) as Json)['polluted']);
  });

  it('CAT-02 property: any JSON value is answered with a Result, never an exception', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => {
      const result = validateCatalog(json);
      assert.isFalse(result.ok);
      if (!result.ok) assert.isAbove(result.error.issues?.length ?? 0, 0);
    }), { numRuns: 300 });
  });

  it('CAT-02 property: a wrong-typed value anywhere in the default catalog is reported at its own path', () => {
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
      } else leaves.push(path);
    };
    walk(defaultCatalog, []);
    fc.assert(fc.property(fc.constantFrom(...leaves), fc.constantFrom<unknown>({}, [], null), (path, wrong) => {
      const json = fresh();
      at(json, ...path.slice(0, -1))[path[path.length - 1] as string] = wrong;
      const issues = issuesOf(json);
      assert.include(issues.map((i) => i.path), path.join('.'));
    }), { numRuns: 300 });
  });

  it('CATALOG_SCHEMA is published as frozen JSON', () => {
    assert.isTrue(Object.isFrozen(CATALOG_SCHEMA));
    const text = JSON.stringify(CATALOG_SCHEMA);
    assert.include(text, '"$schema":"https://json-schema.org/draft/2020-12/schema"');
    assert.deepEqual(JSON.parse(text), CATALOG_SCHEMA);
  });
});
