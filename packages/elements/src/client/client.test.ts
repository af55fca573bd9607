import { afterEach, beforeEach, describe, it } from 'node:test';
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ApiClient } from './api-client.js';
import { apiBaseFor, configure, resetConfiguration } from './config.js';
import { ApiError } from './errors.js';
import { Outbox, newIdempotencyKey, type OutboxEventDetail } from './outbox.js';
import { API, problem, useServer } from '../test-support/msw.js';

interface Seen {
  method: string;
  path: string;
  csrf: string | null;
  auth: string | null;
  key: string | null;
  credentials: RequestCredentials;
  body: unknown;
}

function recorder(seen: Seen[], answer: () => Response): ReturnType<typeof http.all> {
  return http.all(`${API}/*`, async ({ request }) => {
    seen.push({
      method: request.method, path: new URL(request.url).pathname,
      csrf: request.headers.get('X-CSRF-Token'), auth: request.headers.get('Authorization'),
      key: request.headers.get('Idempotency-Key'), credentials: request.credentials,
      body: request.method === 'GET' ? undefined : await request.json(),
    });
    return answer();
  });
}

describe('ApiClient', () => {
  afterEach(() => {
    resetConfiguration();
    document.head.querySelectorAll('meta[name^="sp-"]').forEach((meta) => meta.remove());
  });

  it('sends cookies (credentials include), the CSRF token on state-changing requests only, and the bearer token', async () => {
    const seen: Seen[] = [];
    await useServer(recorder(seen, () => HttpResponse.json({ ok: 1 })));
    const client = new ApiClient({ api: `${API}/`, csrfToken: 't0k', token: 'bearer-1' });
    expect(await client.get('/health', { a: 'x y', skipped: undefined })).to.deep.equal({ ok: 1 });
    await client.post('/applications', { permitType: 'SIUP' }, { idempotencyKey: 'k1' });
    expect(seen.map((s) => [s.method, s.path, s.csrf, s.auth, s.key, s.credentials])).to.deep.equal([
      ['GET', '/api/health', null, 'Bearer bearer-1', null, 'include'],
      ['POST', '/api/applications', 't0k', 'Bearer bearer-1', 'k1', 'include'],
    ]);
    expect(seen[1]!.body).to.deep.equal({ permitType: 'SIUP' });
    expect(client.url('/health', { a: 'x y' })).to.equal('/api/health?a=x+y');
  });

  it('turns a problem-details answer into an ApiError with core SpError fields', async () => {
    await useServer(http.post(`${API}/accounts`, () => problem(422, 'identity.nik-invalid', 'NIK tidak sah.', 'Invalid NIK.', 'nik')));
    const error = await new ApiClient({ api: API }).post('/accounts', {}).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).to.equal(422);
    expect(apiError.error).to.deep.equal({ code: 'identity.nik-invalid', path: 'nik', message: { id: 'NIK tidak sah.', en: 'Invalid NIK.' } });
  });

  it('gives a generic bilingual error for a non-problem answer and status 0 when nothing answers', async () => {
    await useServer(
      http.get(`${API}/broken`, () => new HttpResponse('<html>oops</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })),
      http.get(`${API}/offline`, () => HttpResponse.error()));
    const client = new ApiClient({ api: API });
    const broken = (await client.get('/broken').catch((e: unknown) => e)) as ApiError;
    expect([broken.status, broken.error.code]).to.deep.equal([502, 'http.502']);
    expect(broken.error.message.id).to.contain('502');
    const offline = (await client.get('/offline').catch((e: unknown) => e)) as ApiError;
    expect([offline.status, offline.isNetworkError, offline.error.code]).to.deep.equal([0, true, 'network.unreachable']);
  });

  it('finds the API base on the element, then configure(), then <meta name="sp-api">, then the page origin', () => {
    const element = document.createElement('div');
    expect(apiBaseFor(element)).to.equal('');
    const meta = Object.assign(document.createElement('meta'), { name: 'sp-api', content: 'https://meta.example/api/' });
    document.head.append(meta);
    expect(apiBaseFor(element)).to.equal('https://meta.example/api');
    configure({ api: 'https://configured.example' });
    expect(apiBaseFor(element)).to.equal('https://configured.example');
    element.setAttribute('api', 'https://own.example/v1');
    expect(apiBaseFor(element)).to.equal('https://own.example/v1');
    const csrf = Object.assign(document.createElement('meta'), { name: 'sp-csrf-token', content: 'from-meta' });
    document.head.append(csrf);
    expect(ApiClient.for(element).base).to.equal('https://own.example/v1');
  });
});

describe('Outbox (IndexedDB)', () => {
  let outbox: Outbox;
  let dbName: string;

  beforeEach(() => {
    dbName = `outbox-test-${newIdempotencyKey()}`;
  });

  afterEach(async () => {
    await outbox.close();
    indexedDB.deleteDatabase(dbName);
  });

  it('keeps a request with its Idempotency-Key while offline and retries until the server answers', async () => {
    let online = false;
    const seen: Seen[] = [];
    await useServer(recorder(seen, () => (online ? HttpResponse.json({ receiptNumber: 'R-1' }) : HttpResponse.error())));
    outbox = new Outbox({ client: new ApiClient({ api: API, csrfToken: 'c' }), dbName, retryDelays: [50] });
    const sent: OutboxEventDetail[] = [];
    outbox.addEventListener('sent', (event) => sent.push((event as CustomEvent<OutboxEventDetail>).detail));

    const outcome = await outbox.send('POST', '/applications/A-1/submit', { declaration: true });
    expect(outcome.status).to.equal('queued');
    const [queued] = await outbox.pending();
    expect(queued?.idempotencyKey).to.equal(outcome.idempotencyKey);
    expect(queued?.body).to.deep.equal({ declaration: true });

    // Still offline: the timer retries, the request stays.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await outbox.pending()).to.have.length(1);
    expect(seen.length).to.be.greaterThan(1);

    // A new Outbox on the same database (a page reload) finds it and delivers it once the server answers.
    await outbox.close();
    online = true;
    outbox = new Outbox({ client: new ApiClient({ api: API, csrfToken: 'c' }), dbName, retryDelays: [50] });
    outbox.addEventListener('sent', (event) => sent.push((event as CustomEvent<OutboxEventDetail>).detail));
    await outbox.flush();
    expect(await outbox.pending()).to.have.length(0);
    expect(sent).to.have.length(1);
    expect((sent[0] as { value: unknown }).value).to.deep.equal({ receiptNumber: 'R-1' });
    expect(new Set(seen.map((s) => s.key))).to.deep.equal(new Set([outcome.idempotencyKey]));
    expect(seen.every((s) => s.csrf === 'c' && s.path === '/api/applications/A-1/submit')).to.equal(true);
  });

  it('retries "in flight" (409) and 503 answers, but drops a request the server refuses and reports it', async () => {
    const answers = [503, 409, 422];
    await useServer(http.post(`${API}/applications/:id/submit`, () => {
      const status = answers.shift() ?? 500;
      return problem(status, `x.${status}`, `status ${status}`, `status ${status}`);
    }));
    outbox = new Outbox({ client: new ApiClient({ api: API }), dbName, retryDelays: [60_000] });
    const rejected: OutboxEventDetail[] = [];
    outbox.addEventListener('rejected', (event) => rejected.push((event as CustomEvent<OutboxEventDetail>).detail));
    expect((await outbox.send('POST', '/applications/A-2/submit', {}, { idempotencyKey: 'fixed-key' })).status).to.equal('queued');
    await outbox.flush();
    expect(await outbox.pending()).to.have.length(1);
    await outbox.flush();
    expect(await outbox.pending()).to.have.length(0);
    expect(rejected).to.have.length(1);
    expect((rejected[0] as { error: ApiError }).error.error.code).to.equal('x.422');
    expect(rejected[0]!.entry.attempts).to.equal(3);
  });

  it('resolves "sent" at once when online and rejects with the ApiError when refused at once', async () => {
    await useServer(
      http.post(`${API}/ok`, () => HttpResponse.json({ done: true }, { status: 201 })),
      http.post(`${API}/no`, () => problem(400, 'idempotency.key-missing', 'Kunci hilang.', 'Key missing.')));
    outbox = new Outbox({ client: new ApiClient({ api: API }), dbName });
    const outcome = await outbox.send<{ done: boolean }>('POST', '/ok', {});
    expect(outcome.status === 'sent' && outcome.value.done).to.equal(true);
    const error = await outbox.send('POST', '/no', {}).catch((e: unknown) => e);
    expect((error as ApiError).error.code).to.equal('idempotency.key-missing');
    expect(await outbox.pending()).to.have.length(0);
  });
});
