import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { toProblem } from './plugins/errors.js';
import { startTestServer, type TestServer } from './test-support.js';

/** Asserts an RFC 9457 answer with core's error shape, and returns its body. */
async function problemOf(response: Response, status: number, code: string): Promise<Record<string, unknown>> {
  assert.equal(response.status, status);
  assert.equal(response.headers.get('content-type')?.split(';')[0], 'application/problem+json');
  const text = await response.text();
  assert.notMatch(text, /\bat .+\.(ts|js):\d+/, 'no stack trace');
  const body = JSON.parse(text) as Record<string, unknown> & { message: { id: string; en: string } };
  assert.equal(body.status, status);
  assert.equal(body.code, code);
  assert.equal(body.type, `urn:satupintu:problem:${code}`);
  assert.isString(body.title);
  assert.equal(body.detail, body.message.en);
  assert.isNotEmpty(body.message.id);
  assert.isNotEmpty(body.message.en);
  return body;
}

describe('problem details for every error', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ bodyLimit: 4096 });
  });
  after(async () => {
    await server.close();
  });

  it('schema validation errors carry the field path and every issue, in Bahasa Indonesia and English', async () => {
    const body = await problemOf(await server.request('/fees/quote', { method: 'POST', json: { permitType: 'tdg', input: {}, extra: true } }), 400, 'http.validation');
    assert.equal(body.path, 'extra');
    assert.deepEqual((body.issues as { path: string }[]).map((i) => i.path), ['extra']);
    const missing = await problemOf(await server.request('/fees/quote', { method: 'POST', json: { permitType: 'tdg' } }), 400, 'http.validation');
    assert.equal(missing.path, 'input');
    const wrongType = await problemOf(await server.request('/catalog/tdg/requirements?applicant=robot'), 400, 'http.validation');
    assert.equal(wrongType.path, 'applicant');
  });

  it('core refusals pass core\'s code, path and message through unchanged', async () => {
    const body = await problemOf(await server.request('/fees/quote', { method: 'POST', json: { permitType: 'tdg', input: { areaM2: -5 } } }), 400, 'fee.area-invalid');
    assert.equal(body.path, 'areaM2');
  });

  it('malformed JSON, an empty body and a foreign content type', async () => {
    await problemOf(await server.request('/fees/quote', { method: 'POST', body: '{"permitType":', headers: { 'content-type': 'application/json' } }), 400, 'http.json-invalid');
    await problemOf(await server.request('/fees/quote', { method: 'POST', body: 'permitType=tdg', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'http.unsupported-media-type');
    await problemOf(await server.request('/fees/quote', { method: 'POST', body: '', headers: { 'content-type': 'application/json' } }), 400, 'http.body-empty');
  });

  it('a body over the limit answers 413', async () => {
    const huge = { permitType: 'tdg', input: { areaM2: 10, note: 'x'.repeat(10_000) } };
    await problemOf(await server.request('/fees/quote', { method: 'POST', json: huge }), 413, 'http.body-too-large');
  });

  it('an unknown path answers 404, a known path with another method 405 with Allow', async () => {
    await problemOf(await server.request('/no/such/thing'), 404, 'http.not-found');
    const response = await server.request('/catalog', { method: 'DELETE' });
    assert.equal(response.headers.get('allow'), 'GET');
    await problemOf(response, 405, 'http.method-not-allowed');
    const withParam = await server.request('/tracking/ABC', { method: 'POST' });
    await problemOf(withParam, 405, 'http.method-not-allowed');
  });

  it('an unknown permit type answers 404 with the path', async () => {
    const body = await problemOf(await server.request('/catalog/pabrik-roket/requirements?applicant=person'), 404, 'catalog.permit-type-unknown');
    assert.equal(body.path, 'permitType');
  });

  it('a server failure answers 500 without internals; the last test closes the store', async () => {
    await server.server.store.close();
    const body = await problemOf(await server.request('/service-status'), 500, 'http.internal');
    assert.equal(body.detail, 'Something went wrong on the server.');
    await problemOf(await server.request('/health'), 503, 'health.store-unavailable');
  });
});

describe('the database out of reach', () => {
  const pgError = (message: string, code?: string) => Object.assign(new Error(message), code === undefined ? {} : { code });

  it('is 503 store.unavailable with Retry-After: a restart, a refused or cut connection, no free connection', () => {
    for (const error of [
      pgError('terminating connection due to administrator command', '57P01'), pgError('the database system is starting up', '57P03'),
      pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), pgError('Connection terminated unexpectedly'),
      pgError('sorry, too many clients already', '53300'), pgError('connection failure', '08006'),
    ]) {
      const problem = toProblem(error);
      assert.equal(problem.status, 503, error.message);
      assert.equal(problem.error.code, 'store.unavailable');
      assert.equal(problem.headers['retry-after'], '5');
    }
  });

  it('a statement the database refuses stays a 500 (a defect, not an outage)', () => {
    assert.equal(toProblem(pgError('syntax error at or near "SELEC"', '42601')).status, 500);
    assert.equal(toProblem(new Error('boom')).status, 500);
  });
});
