import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { createDraft, PDF, startApplicationServer, submit, uploadDocuments, type ApplicationServer } from '../application-test-support.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const LIMIT = 5 * 1024 * 1024; // the catalog's limit of director-id

describe('PUT/GET /applications/{id}/documents/{key}', () => {
  let app: ApplicationServer;
  let id: string;
  before(async () => {
    app = await startApplicationServer();
    ({ id } = await createDraft(app));
  });
  after(async () => { await app.close(); });

  const put = (body: Buffer, type: string, key = 'director-id') => app.server.request(`/applications/${id}/documents/${key}`, {
    method: 'PUT', headers: app.as.applicant.headers({ 'content-type': type, 'x-file-name': '..%2F..%2Fetc%2Fpasswd' }), body: new Uint8Array(body),
  });

  it('APP-02 an upload answers its size and sha256; the bytes come back identical for the owner and staff', async () => {
    const response = await put(PDF, 'application/pdf');
    assert.equal(response.status, 200);
    const meta = await response.json();
    assert.equal(meta.sha256, createHash('sha256').update(PDF).digest('hex'));
    assert.equal(meta.size, PDF.length);
    assert.equal(meta.mediaType, 'application/pdf');
    assert.notInclude(meta.fileName, '/', 'no path parts in the stored name');
    for (const caller of [app.as.applicant, app.as['technical-officer']]) {
      const back = await app.server.request(`/applications/${id}/documents/director-id`, { headers: caller.headers() });
      assert.equal(back.status, 200);
      assert.equal(back.headers.get('content-type'), 'application/pdf');
      assert.equal(back.headers.get('x-content-sha256'), meta.sha256);
      assert.deepEqual(Buffer.from(await back.arrayBuffer()), PDF);
    }
  });

  it('a body over the requirement\'s limit is 413 document.too-large', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(LIMIT + 1 - PDF.length)]);
    const response = await put(big, 'application/pdf');
    assert.equal(response.status, 413);
    assert.equal((await response.json()).code, 'document.too-large');
    const exact = await put(Buffer.concat([PDF, Buffer.alloc(LIMIT - PDF.length)]), 'application/pdf');
    assert.equal(exact.status, 200, 'exactly the limit is accepted');
  });

  it('content sniffing: PNG bytes declared as PDF, or PDF bytes declared as JPEG, are 415 document.content-mismatch', async () => {
    for (const [bytes, type] of [[PNG, 'application/pdf'], [PDF, 'image/jpeg']] as const) {
      const response = await put(bytes, type);
      assert.equal(response.status, 415);
      assert.equal((await response.json()).code, 'document.content-mismatch');
    }
    assert.equal((await put(PNG, 'image/png')).status, 200);
  });

  it('a media type outside the catalog is 415; an unknown requirement key 404; an empty file 400', async () => {
    const text = await put(Buffer.from('hello'), 'text/html');
    assert.equal(text.status, 415);
    assert.equal((await text.json()).code, 'http.unsupported-media-type');
    const unknown = await put(PDF, 'application/pdf', 'not-a-requirement');
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).code, 'document.requirement-unknown');
    const empty = await put(Buffer.alloc(0), 'application/pdf');
    assert.equal(empty.status, 400);
  });

  it('APP-02 documents can no longer be replaced after submission (409)', async () => {
    const { id: submitted } = await createDraft(app);
    assert.equal((await uploadDocuments(app, submitted)).status, 200);
    assert.equal((await submit(app, submitted)).status, 201);
    const response = await uploadDocuments(app, submitted);
    assert.equal(response.status, 409);
    assert.equal((await response.json()).code, 'application.not-draft');
  });
});
