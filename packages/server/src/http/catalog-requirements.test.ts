import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { defaultCatalog, requirementsFor, unwrap } from '@satupintu/core';
import { startTestServer, type TestServer } from './test-support.js';

/** The documents core lists for this request on the service's (default) catalog, as JSON. */
function coreList(permitType: string, applicant: { kind: 'person' | 'business'; representative?: boolean }, details = {}): unknown {
  return JSON.parse(JSON.stringify(unwrap(requirementsFor(permitType, applicant, { catalog: defaultCatalog, details }))));
}

describe('POST /catalog/{permitType}/requirements: the documents of one applicant, decided by the service', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ bodyLimit: 4096 });
  });
  after(async () => {
    await server.close();
  });

  const ask = (permitType: string, json: unknown) =>
    server.request(`/catalog/${permitType}/requirements`, { method: 'POST', json });

  async function problemOf(response: Response, status: number, code: string): Promise<{ path?: string; message: { id: string; en: string } }> {
    assert.equal(response.status, status);
    assert.equal(response.headers.get('content-type')?.split(';')[0], 'application/problem+json');
    const body = await response.json();
    assert.equal(body.code, code);
    assert.isNotEmpty(body.message.id);
    assert.isNotEmpty(body.message.en);
    return body;
  }

  it('CAT-02 a person and a business entity get different documents, each exactly core\'s list', async () => {
    const person = await ask('tdg', { applicant: { kind: 'person' } });
    const business = await ask('tdg', { applicant: { kind: 'business', representative: true } });
    assert.equal(person.status, 200);
    assert.equal(business.status, 200);
    const personList = await person.json();
    const businessList = await business.json();
    assert.deepEqual(personList, coreList('tdg', { kind: 'person' }));
    assert.deepEqual(businessList, coreList('tdg', { kind: 'business', representative: true }));
    const keys = (list: { documents: { key: string }[] }) => list.documents.map((d) => d.key);
    assert.include(keys(businessList), 'company-npwp');
    assert.notInclude(keys(personList), 'company-npwp');
  });

  it('CAT-04 typed details decide conditional documents (Reklame over 20 m² adds the site inspection record)', async () => {
    const details = { areaM2: 24, projectingOrPole: true };
    const list = await (await ask('reklame', { applicant: { kind: 'business' }, details })).json();
    assert.deepEqual(list, coreList('reklame', { kind: 'business' }, details));
    assert.include(list.documents.map((d: { key: string }) => d.key), 'site-inspection-record');
    const small = await (await ask('reklame', { applicant: { kind: 'business' }, details: { areaM2: 4, projectingOrPole: false } })).json();
    assert.notInclude(small.documents.map((d: { key: string }) => d.key), 'site-inspection-record');
  });

  it('CAT-02 an unknown permit type answers a 404 problem naming permitType', async () => {
    const body = await problemOf(await ask('pabrik-roket', { applicant: { kind: 'person' } }), 404, 'catalog.permit-type-unknown');
    assert.equal(body.path, 'permitType');
  });

  it('CAT-02 details core refuses answer 422 with core\'s code and the detail\'s path', async () => {
    const wrongType = await problemOf(await ask('reklame', { applicant: { kind: 'person' }, details: { areaM2: 'big' } }), 422, 'catalog.detail-invalid');
    assert.equal(wrongType.path, 'details.areaM2');
    const unknown = await problemOf(await ask('reklame', { applicant: { kind: 'person' }, details: { colour: 'red' } }), 422, 'catalog.detail-unknown');
    assert.equal(unknown.path, 'details.colour');
  });

  it('CAT-02 hostile input is refused cleanly: foreign applicants, extra fields, prototype keys, deep or huge bodies', async () => {
    assert.equal((await problemOf(await ask('tdg', { applicant: { kind: 'robot' } }), 400, 'http.validation')).path, 'applicant.kind');
    await problemOf(await ask('tdg', { applicant: { kind: 'person', nik: '3576014403910003' } }), 400, 'http.validation');
    await problemOf(await ask('tdg', { applicant: { kind: 'person' }, admin: true }), 400, 'http.validation');
    await problemOf(await ask('tdg', []), 400, 'http.validation');
    await problemOf(await ask('TDG;drop', { applicant: { kind: 'person' } }), 400, 'http.validation');
    const proto = await server.request('/catalog/reklame/requirements', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"applicant":{"kind":"person"},"details":{"__proto__":{"areaM2":24}}}',
    });
    await problemOf(proto, 400, 'http.json-invalid');
    const deep = await ask('reklame', { applicant: { kind: 'person' }, details: { areaM2: { a: { b: { c: 1 } } } } });
    assert.equal((await problemOf(deep, 422, 'catalog.details-invalid')).path, 'details');
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`d${i}`, i]));
    await problemOf(await ask('reklame', { applicant: { kind: 'person' }, details: many }), 400, 'http.validation');
    await problemOf(await ask('reklame', { applicant: { kind: 'person' }, details: { note: 'x'.repeat(10_000) } }), 413, 'http.body-too-large');
  });
});

describe('the form\'s public questions are rate limited (SATUPINTU_RATE_LIMIT_QUOTES)', () => {
  it('fee quotes and required documents answer 429 with Retry-After past the limit, each route counted on its own', async () => {
    const limited = await startTestServer({ rateLimits: { quotes: 2 } });
    try {
      const asks = [
        () => limited.request('/fees/quote', { method: 'POST', json: { permitType: 'tdg', input: { areaM2: 120 } } }),
        () => limited.request('/catalog/tdg/requirements', { method: 'POST', json: { applicant: { kind: 'person' } } }),
        () => limited.request('/catalog/tdg/requirements?applicant=person'),
      ];
      for (const ask of asks) {
        for (let i = 0; i < 2; i++) assert.equal((await ask()).status, 200);
        const refused = await ask();
        assert.equal(refused.status, 429);
        assert.equal((await refused.json()).code, 'http.rate-limited');
        assert.match(refused.headers.get('retry-after') ?? '', /^\d+$/);
      }
    } finally {
      await limited.close();
    }
  });
});
