import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { calculateFee, defaultCatalog, defineFeeSettings, requirementsFor, unwrap } from '@satupintu/core';
import { TEST_CONFIG, startTestServer, type TestServer } from './test-support.js';

describe('public routes: health, catalog, requirements, fee quote, service status', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('GET /health names the embedded store', async () => {
    assert.deepEqual(await (await server.request('/health')).json(), { status: 'ok', store: 'embedded' });
  });

  it('CAT-01 GET /catalog is core\'s catalog of this municipality', async () => {
    const catalog = await (await server.request('/catalog')).json();
    assert.deepEqual(catalog, JSON.parse(JSON.stringify(defaultCatalog)));
    assert.lengthOf(catalog.permitTypes, 11);
  });

  it('CAT-02 CAT-04 requirements follow core, with details read from the query (Reklame over 20 m²)', async () => {
    const response = await server.request('/catalog/reklame/requirements?applicant=business&areaM2=24&projectingOrPole=true');
    assert.equal(response.status, 200);
    const list = await response.json();
    const expected = unwrap(requirementsFor('reklame', 'business', { details: { areaM2: 24, projectingOrPole: true } }));
    assert.deepEqual(list, JSON.parse(JSON.stringify(expected)));
    assert.include(list.documents.map((d: { key: string }) => d.key), 'site-inspection-record');
    const unknownDetail = await (await server.request('/catalog/reklame/requirements?applicant=person&colour=red')).json();
    assert.equal(unknownDetail.code, 'catalog.detail-unknown');
  });

  it('FEE-09 POST /fees/quote returns exactly core\'s assessment with the municipality\'s settings', async () => {
    const settings = unwrap(defineFeeSettings(TEST_CONFIG.municipality!.fees!));
    const cases = [
      { permitType: 'tdg', input: { areaM2: 40.2 } },
      { permitType: 'imb', input: { areaM2: 120, storeys: 2, use: 'housing' } },
      { permitType: 'siup', input: { size: 'small', exemption: 'state-owned-enterprise' } },
    ] as const;
    for (const { permitType, input } of cases) {
      const response = await server.request('/fees/quote', { method: 'POST', json: { permitType, input } });
      const expected = calculateFee(permitType, input as never, settings);
      assert.isTrue(expected.ok, permitType);
      assert.equal(response.status, 200, permitType);
      assert.deepEqual(await response.json(), JSON.parse(JSON.stringify(expected.ok ? expected.value : null)), permitType);
    }
    const tdg = await (await server.request('/fees/quote', { method: 'POST', json: cases[0] })).json();
    assert.equal(tdg.total, 30_000, 'Rp 25,000 for 36 m² + 5 m² × Rp 1,000');
  });

  it('FEE-01 a fee quote without the city\'s required setting is refused by core with the setting named', async () => {
    const bare = await startTestServer({ municipality: { officeCode: 'MJK' } });
    try {
      const body = await (await bare.request('/fees/quote', { method: 'POST', json: { permitType: 'imb', input: { areaM2: 120, storeys: 2, use: 'housing' } } })).json();
      assert.equal(body.status, 400);
      assert.equal(body.code, 'fee.setting-missing');
    } finally {
      await bare.close();
    }
  });

  it('APP-11 GET /service-status is normal until the office declares otherwise, then shows the latest notice', async () => {
    assert.deepEqual(await (await server.request('/service-status')).json(), { status: 'normal' });
    await server.server.store.serviceStatus.add({
      id: 'notice-1', status: 'outage', since: '2026-03-02T08:00:00+07:00', declaredBy: 'kadis',
      message: { id: 'Layanan daring terganggu; loket tetap buka.', en: 'Online service is down; the counter stays open.' }, createdAt: '2026-03-02T08:05:00+07:00',
    });
    const status = await (await server.request('/service-status')).json();
    assert.equal(status.status, 'outage');
    assert.equal(status.message.en, 'Online service is down; the counter stays open.');
    assert.notProperty(status, 'declaredBy');
  });
});
