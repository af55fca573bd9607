import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { isDatabaseUnavailable } from '../../store/sql-client.js';
import { StoreConflictError, StoreDuplicateError, StoreError, StoreNotFoundError } from '../../store/types.js';
import { HttpProblem, PROBLEM_MEDIA_TYPE, problem, problemDetails } from '../problem.js';
import { validationError } from '../validation.js';

/** Fastify's own request errors, as problems with stable codes. */
const FASTIFY_ERRORS: Readonly<Record<string, () => HttpProblem>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => problem(413, 'http.body-too-large', 'Isi permintaan terlalu besar.', 'The request body is too large.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => problem(415, 'http.unsupported-media-type', 'Jenis isi (Content-Type) tidak didukung.', 'The Content-Type is not supported.', 'Content-Type'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => problem(400, 'http.body-empty', 'Isi permintaan JSON kosong.', 'The JSON request body is empty.'),
  FST_ERR_CTP_INVALID_JSON_BODY: () => problem(400, 'http.json-invalid', 'Isi permintaan bukan JSON yang sah.', 'The request body is not valid JSON.'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => problem(400, 'http.content-length-invalid', 'Panjang isi (Content-Length) tidak cocok.', 'The Content-Length does not match the body.'),
};

/** What a 503 for an unreachable database tells the client to wait (a restart of PostgreSQL takes a few seconds). */
const DATABASE_RETRY_AFTER_SECONDS = 5;

function storeProblem(error: StoreError): HttpProblem {
  if (error instanceof StoreConflictError) {
    return problem(409, error.code, 'Data telah diubah orang lain; muat ulang lalu coba lagi.', 'The record was changed meanwhile; reload and try again.');
  }
  if (error instanceof StoreDuplicateError) {
    return problem(409, error.code, 'Nilai ini sudah dipakai.', 'This value is already taken.', error.field);
  }
  if (error instanceof StoreNotFoundError) return problem(404, error.code, 'Data tidak ditemukan.', 'Not found.');
  return problem(500, 'http.internal', 'Terjadi kesalahan pada server.', 'Something went wrong on the server.');
}

/** The problem an error becomes: ours as they are, Fastify's and the store's mapped, anything else a bare 500. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof StoreError) return storeProblem(error);
  const fastify = error as Partial<FastifyError>;
  if (Array.isArray(fastify.validation)) return new HttpProblem(400, validationError(fastify.validation, fastify.validationContext));
  const known = typeof fastify.code === 'string' ? FASTIFY_ERRORS[fastify.code] : undefined;
  if (known) return known();
  if (isDatabaseUnavailable(error)) {
    return new HttpProblem(503, {
      code: 'store.unavailable',
      message: { id: 'Layanan sedang tidak dapat menjangkau basis datanya; coba lagi sebentar lagi.', en: 'The service cannot reach its database right now; try again shortly.' },
    }, { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) });
  }
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return problem(fastify.statusCode, 'http.bad-request', 'Permintaan tidak dapat diproses.', 'The request cannot be processed.');
  }
  return problem(500, 'http.internal', 'Terjadi kesalahan pada server.', 'Something went wrong on the server.');
}

/** Sends a problem details answer. */
export function sendProblem(reply: FastifyReply, error: HttpProblem): FastifyReply {
  return reply.code(error.status).headers(error.headers).type(PROBLEM_MEDIA_TYPE).send(problemDetails(error.status, error.error));
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** A route pattern (`/catalog/:permitType/requirements`) as a regular expression over request paths. */
function patternOf(url: string): RegExp {
  const escaped = url.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
  return new RegExp(`^${escaped}/?$`);
}

/**
 * Every error answers with RFC 9457 problem details: validation errors, 404, 405 (with `Allow`), 413, 415, 429, 500
 * and 503 `store.unavailable` (with `Retry-After`) while the database cannot be reached. Server errors are logged;
 * the client never sees a stack or an internal message.
 */
export function registerErrors(app: FastifyInstance): void {
  const routes: { method: string; pattern: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, pattern: patternOf(route.url) });
  });
  app.setErrorHandler((error, request, reply) => {
    const mapped = toProblem(error);
    if (mapped.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, mapped);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allow = METHODS.filter((method) => routes.some((r) => r.method === method && r.pattern.test(path)));
    if (allow.length > 0) {
      return sendProblem(reply, new HttpProblem(405, {
        code: 'http.method-not-allowed',
        message: { id: `Metode ${request.method} tidak didukung di sini; gunakan ${allow.join(', ')}.`, en: `Method ${request.method} is not supported here; use ${allow.join(', ')}.` },
      }, { allow: allow.join(', ') }));
    }
    return sendProblem(reply, problem(404, 'http.not-found', 'Alamat tidak ditemukan.', 'No such resource.'));
  });
}
