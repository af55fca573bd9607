import { createHash } from 'node:crypto';
import { STAFF_ROLES, type Requirement } from '@satupintu/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callerOf } from '../access.js';
import { ownApplication, visibleApplication } from '../application-access.js';
import type { AppContext } from '../context.js';
import { contentMatches } from '../file-sniffing.js';
import { problem } from '../problem.js';
import { APPLICATION_ID_PARAMS } from '../schemas/application.js';
import { problemResponses, ref } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const PARAMS = {
  type: 'object', required: ['id', 'key'], additionalProperties: false,
  properties: { ...APPLICATION_ID_PARAMS.properties, key: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' } },
} as const;

type Params = { readonly id: string; readonly key: string };

/** The upload requirements of the catalog by permit type and key. */
function uploadRequirements(context: AppContext): Map<string, Requirement> {
  const byKey = new Map<string, Requirement>();
  for (const type of context.config.municipality.context.catalog.permitTypes) {
    for (const requirement of type.requirements) {
      if (requirement.submission === 'upload') byKey.set(`${type.id}/${requirement.key}`, requirement);
    }
  }
  return byKey;
}

function tooLarge(limit: number): never {
  throw problem(413, 'document.too-large', `Berkas paling besar ${limit} bita.`, `The file may be at most ${limit} bytes.`, 'body');
}

function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A file name from `X-File-Name` (percent-decoded), without path parts or control characters. */
function fileNameOf(request: FastifyRequest, key: string, mediaType: string): string {
  const header = request.headers['x-file-name'];
  let name = typeof header === 'string' ? header : '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // kept as sent
  }
  // eslint-disable-next-line no-control-regex
  name = name.replace(/[\u0000-\u001f\u007f/\\]/g, '').trim().slice(0, 255);
  return name === '' ? `${key}.${mediaType.split('/')[1] ?? 'bin'}` : name;
}

function register(app: FastifyInstance, context: AppContext): void {
  const requirements = uploadRequirements(context);
  const mediaTypes = [...new Set([...requirements.values()].flatMap((r) => r.accept ?? []))];
  const largest = Math.max(1024, ...[...requirements.values()].map((r) => r.maxBytes ?? 0));
  // Raw bodies of the catalog's file types, never more than the largest requirement allows.
  app.addContentTypeParser(mediaTypes, { parseAs: 'buffer', bodyLimit: largest }, (_request, body, done) => done(null, body));

  /** The requirement of the upload, its application (owner, draft only), checked before the body is read. */
  async function uploadTarget(request: FastifyRequest) {
    const { id, key } = request.params as Params;
    const stored = await ownApplication(context, callerOf(request), id);
    const requirement = requirements.get(`${stored.application.permitType}/${key}`);
    if (requirement === undefined) {
      throw problem(404, 'document.requirement-unknown', `"${key}" bukan dokumen unggahan izin ini.`, `"${key}" is not an upload requirement of this permit.`, 'key');
    }
    if (stored.application.state !== 'draft' && stored.application.state !== 'returned') {
      throw problem(409, 'application.not-draft', 'Dokumen hanya dapat diunggah pada draf.', 'Documents can only be uploaded to a draft.', 'state');
    }
    return { stored, requirement, key };
  }

  app.put('/applications/:id/documents/:key', {
    config: { access: ['applicant'] },
    bodyLimit: largest,
    schema: {
      summary: 'Upload one document of a draft (raw body; size and type from the catalog requirement)',
      tags: ['applications'],
      params: PARAMS,
      consumes: mediaTypes,
      headers: { type: 'object', properties: { 'x-file-name': { type: 'string', maxLength: 1024 } } },
      response: { 200: ref('DocumentMeta'), ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
    },
    // Refuse a declared oversize body before it is read.
    preParsing: async (request, _reply, payload) => {
      const length = Number(request.headers['content-length']);
      if (!Number.isFinite(length)) return payload;
      const { id, key } = request.params as Params;
      const stored = await context.store.applications.get(id);
      const limit = stored === undefined ? undefined : requirements.get(`${stored.application.permitType}/${key}`)?.maxBytes;
      if (limit !== undefined && length > limit) tooLarge(limit);
      return payload;
    },
  }, async (request) => {
    const { stored, requirement, key } = await uploadTarget(request);
    const mediaType = mediaTypeOf(request);
    const bytes = request.body;
    if (!(bytes instanceof Buffer)) {
      throw problem(415, 'http.unsupported-media-type', 'Kirim berkas sebagai isi mentah dengan Content-Type jenisnya.', 'Send the file as the raw body with its Content-Type.', 'Content-Type');
    }
    if (!(requirement.accept ?? []).includes(mediaType)) {
      throw problem(415, 'document.type-not-accepted', `${requirement.label.id}: jenis berkas harus ${(requirement.accept ?? []).join(', ')}.`,
        `${requirement.label.en}: the file must be ${(requirement.accept ?? []).join(', ')}.`, 'Content-Type');
    }
    if (bytes.length === 0) throw problem(400, 'document.empty', 'Berkas kosong.', 'The file is empty.', 'body');
    if (requirement.maxBytes !== undefined && bytes.length > requirement.maxBytes) tooLarge(requirement.maxBytes);
    if (!contentMatches(mediaType, bytes)) {
      throw problem(415, 'document.content-mismatch', `Isi berkas bukan ${mediaType}.`, `The file's content is not ${mediaType}.`, 'Content-Type');
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const meta = await context.store.documents.put({
      applicationId: stored.application.id, key, fileName: fileNameOf(request, key, mediaType), mediaType, sha256,
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), uploadedAt: context.now(),
    });
    return { key: meta.key, fileName: meta.fileName, mediaType: meta.mediaType, size: meta.size, sha256: meta.sha256 };
  });

  app.get('/applications/:id/documents/:key', {
    config: { access: ['applicant', ...STAFF_ROLES] },
    schema: {
      summary: 'Download an uploaded document (owner or staff)',
      tags: ['applications'],
      params: PARAMS,
      response: {
        200: { description: 'The file, with its media type, X-Content-SHA256 and X-File-Name', content: Object.fromEntries(mediaTypes.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])) },
        ...problemResponses(401, 403, 404),
      },
    },
  }, async (request, reply) => {
    const { id, key } = request.params as Params;
    await visibleApplication(context, callerOf(request), id);
    const document = await context.store.documents.get(id, key);
    if (document === undefined) throw problem(404, 'document.not-found', 'Dokumen belum diunggah.', 'No such document.', 'key');
    return reply
      .type(document.mediaType)
      .header('x-content-sha256', document.sha256)
      .header('x-file-name', encodeURIComponent(document.fileName))
      .header('content-disposition', 'attachment')
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(document.bytes));
  });
}

/** Documents of an application: `PUT` (raw upload, sniffed, sha256) and `GET /applications/{id}/documents/{key}`. */
export const documentRoutes: RouteModule = {
  name: 'documents',
  // In a scope of its own, so the raw-body parsers of the file types apply to these routes only.
  async register(app, context) {
    await app.register(async (scope) => register(scope, context));
  },
};
