import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { createDraft, startApplicationServer, submit, TDG_DRAFT, uploadDocuments, type ApplicationServer } from '../application-test-support.js';

describe('drafts: POST/GET/PATCH /applications', () => {
  let app: ApplicationServer;
  before(async () => { app = await startApplicationServer(); });
  after(async () => { await app.close(); });

  it('APP-01 an applicant starts a draft: 201 with core\'s application and version 1', async () => {
    const response = await app.server.request('/applications', { method: 'POST', headers: app.as.applicant.headers(), json: TDG_DRAFT });
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.equal(body.state, 'draft');
    assert.equal(body.version, 1);
    assert.equal(body.permitType, 'tdg');
    assert.equal(body.applicant.phone, '+6281234567890', 'core normalised the phone');
    assert.equal(response.headers.get('etag'), '"1"');
  });

  it('a repeat with the same Idempotency-Key answers the first draft byte for byte; one draft, one audit entry', async () => {
    const key = randomUUID();
    const post = () => app.server.request('/applications', { method: 'POST', headers: app.as.applicant.headers({ 'idempotency-key': key }), json: TDG_DRAFT });
    const first = await post();
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('etag'), '"1"');
    const firstText = await first.text();
    const auditSize = await app.server.server.store.audit.size();
    const repeat = await post();
    assert.equal(repeat.status, 201);
    assert.equal(repeat.headers.get('idempotency-replayed'), 'true');
    assert.equal(await repeat.text(), firstText);
    assert.equal(await app.server.server.store.audit.size(), auditSize, 'no second draft');
    const { id } = JSON.parse(firstText) as { id: string };
    const own = await (await app.server.request('/applications', { headers: app.as.applicant.headers() })).json();
    assert.lengthOf(own.items.filter((a: { id: string }) => a.id === id), 1);
  });

  it('the same Idempotency-Key with another draft is 422 idempotency.key-reused', async () => {
    const key = randomUUID();
    const post = (json: unknown) => app.server.request('/applications', { method: 'POST', headers: app.as.applicant.headers({ 'idempotency-key': key }), json });
    assert.equal((await post(TDG_DRAFT)).status, 201);
    const other = await post({ ...TDG_DRAFT, details: { nuisanceActApplies: true } });
    assert.equal(other.status, 422);
    assert.equal((await other.json()).code, 'idempotency.key-reused');
  });

  it('core refuses a bad applicant with its code and path', async () => {
    const response = await app.server.request('/applications', {
      method: 'POST', headers: app.as.applicant.headers(), json: { ...TDG_DRAFT, applicant: { ...TDG_DRAFT.applicant, nik: '123' } },
    });
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.equal(body.code, 'nik.length');
    assert.match(body.path, /^applicant\.nik/);
    assert.isString(body.message.id);
  });

  it('hostile input: script in a name is refused by core with a stable code; unknown fields are refused', async () => {
    const name = '<script>alert(1)</script>';
    const created = await app.server.request('/applications', { method: 'POST', headers: app.as.applicant.headers(), json: { ...TDG_DRAFT, applicant: { ...TDG_DRAFT.applicant, name } } });
    assert.equal(created.status, 400);
    assert.equal(created.headers.get('content-type')?.split(';')[0], 'application/problem+json');
    const refused = await created.json();
    assert.equal(refused.path, 'applicant.name');
    assert.notInclude(JSON.stringify(refused), '<script>');
    const extra = await app.server.request('/applications', { method: 'POST', headers: app.as.applicant.headers(), json: { ...TDG_DRAFT, state: 'completed' } });
    assert.equal(extra.status, 400);
    assert.equal((await extra.json()).code, 'http.validation');
  });

  it('ACC-03 an applicant lists only its own applications; staff list all and filter by state', async () => {
    const mine = await createDraft(app);
    const theirs = await createDraft(app, app.as['other-applicant']);
    const own = await (await app.server.request('/applications', { headers: app.as.applicant.headers() })).json();
    const ids = own.items.map((a: { id: string }) => a.id);
    assert.include(ids, mine.id);
    assert.notInclude(ids, theirs.id);
    const staff = await (await app.server.request('/applications?state=draft', { headers: app.as['admin-officer'].headers() })).json();
    assert.includeMembers(staff.items.map((a: { id: string }) => a.id), [mine.id, theirs.id]);
    const none = await (await app.server.request('/applications?state=completed', { headers: app.as['admin-officer'].headers() })).json();
    assert.deepEqual(none.items, []);
    const bad = await app.server.request('/applications?state=nonsense', { headers: app.as['admin-officer'].headers() });
    assert.equal(bad.status, 400);
  });

  it('ACC-03 another applicant cannot read, change, upload to or submit an application by guessing its id: 404 like an unknown id', async () => {
    const { id } = await createDraft(app);
    const other = app.as['other-applicant'];
    const unknown = await app.server.request('/applications/app-does-not-exist', { headers: other.headers() });
    const read = await app.server.request(`/applications/${id}`, { headers: other.headers() });
    const patch = await app.server.request(`/applications/${id}`, { method: 'PATCH', headers: other.headers({ 'if-match': '1' }), json: { details: { nuisanceActApplies: true } } });
    const upload = await uploadDocuments(app, id, other);
    const submitted = await submit(app, id, undefined, other);
    const document = await app.server.request(`/applications/${id}/documents/director-id`, { headers: other.headers() });
    for (const response of [unknown, read, patch, upload, submitted, document]) {
      assert.equal(response.status, 404, response.url);
      assert.equal((await response.json()).code, 'application.not-found');
    }
    const owner = await (await app.server.request(`/applications/${id}`, { headers: app.as.applicant.headers() })).json();
    assert.equal(owner.version, 1, 'nothing changed');
    assert.deepEqual(owner.details, TDG_DRAFT.details);
  });

  it('PATCH changes a draft with If-Match; a stale version is 409, a missing If-Match 400', async () => {
    const { id } = await createDraft(app);
    const changed = await app.server.request(`/applications/${id}`, { method: 'PATCH', headers: app.as.applicant.headers({ 'if-match': '"1"' }), json: { details: { nuisanceActApplies: true } } });
    assert.equal(changed.status, 200);
    const body = await changed.json();
    assert.equal(body.version, 2);
    assert.deepEqual(body.details, { nuisanceActApplies: true });
    const stale = await app.server.request(`/applications/${id}`, { method: 'PATCH', headers: app.as.applicant.headers({ 'if-match': '1' }), json: { details: { nuisanceActApplies: false } } });
    assert.equal(stale.status, 409);
    assert.equal((await stale.json()).code, 'store.version-conflict');
    const missing = await app.server.request(`/applications/${id}`, { method: 'PATCH', headers: app.as.applicant.headers(), json: { details: {} } });
    assert.equal(missing.status, 400);
  });

  it('PATCH after submission is refused: drafts only', async () => {
    const { id } = await createDraft(app);
    assert.equal((await uploadDocuments(app, id)).status, 200);
    assert.equal((await submit(app, id)).status, 201);
    const response = await app.server.request(`/applications/${id}`, { method: 'PATCH', headers: app.as.applicant.headers({ 'if-match': '2' }), json: { details: { nuisanceActApplies: false } } });
    assert.equal(response.status, 409);
    assert.equal((await response.json()).code, 'application.not-draft');
  });
});
