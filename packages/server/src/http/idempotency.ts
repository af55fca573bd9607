import { createHash } from 'node:crypto';
import { canonicalize, type JsonValue } from '@satupintu/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdempotencyClaimLostError, type Repositories } from '../store/types.js';
import type { Authenticated } from './access.js';
import type { AppContext } from './context.js';
import { problem } from './problem.js';

/** The `Idempotency-Key` header of a route (required; the check of its presence gives a stable 400 code). */
export const IDEMPOTENCY_HEADERS = {
  type: 'object',
  properties: { 'idempotency-key': { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' } },
} as const;

/** A claimed key: the request runs once; `complete` stores its answer in the state change's own transaction. */
export interface IdempotentRun {
  /** Serialises `body` with the route's response schema for `status` and records it under the key, in `tx`. */
  complete(tx: Repositories, status: number, body: unknown): Promise<void>;
}

const inFlight = () => problem(409, 'idempotency.in-flight', 'Permintaan dengan Idempotency-Key ini sedang diproses; coba lagi sebentar.',
  'A request with this Idempotency-Key is still being processed; retry shortly.', 'Idempotency-Key');

function keyOf(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || key === '') {
    throw problem(400, 'idempotency.key-required', 'Kirim header Idempotency-Key (satu nilai unik per pengiriman).',
      'Send an Idempotency-Key header (one unique value per submission).', 'Idempotency-Key');
  }
  return key;
}

/** What makes two requests "the same": the SHA-256 of the method, the path and the canonical JSON (RFC 8785) of the body. */
export function idempotencyRequestHash(method: string, path: string, body: unknown): string {
  const canonical = canonicalize((body ?? null) as JsonValue);
  const text = canonical.ok ? canonical.value : JSON.stringify(body ?? null);
  return createHash('sha256').update(`${method}\n${path}\n${text}`).digest('hex');
}

function requestHash(request: FastifyRequest): string {
  return idempotencyRequestHash(request.method, request.url.split('?')[0] ?? '', request.body);
}

/**
 * Runs a state-changing request at most once per `Idempotency-Key` of the caller: missing key → 400
 * `idempotency.key-required`; the key with another payload → 422 `idempotency.key-reused`; the first request still
 * running → 409 `idempotency.in-flight` (until its claim's lease lapses: a crashed request's key is then taken over,
 * and the old request, should it still finish, is refused the key and rolls back); done → the stored answer replayed byte for byte (header
 * `Idempotency-Replayed: true`). The stored answer is the serialised JSON text, so the replay is byte-identical.
 * `work` must call `run.complete` inside the transaction of its state change; when `work` throws, the key is freed.
 */
export async function withIdempotency(
  context: AppContext, caller: Authenticated, request: FastifyRequest, reply: FastifyReply,
  work: (run: IdempotentRun) => Promise<void>,
): Promise<FastifyReply> {
  const key = keyOf(request);
  const accountId = caller.account.id;
  const claimedAt = context.now();
  const begun = await context.store.idempotency.begin(accountId, key, requestHash(request), claimedAt);
  if (begun.kind === 'mismatch') {
    throw problem(422, 'idempotency.key-reused', 'Idempotency-Key ini sudah dipakai untuk permintaan lain.',
      'This Idempotency-Key was used for a different request.', 'Idempotency-Key');
  }
  if (begun.kind === 'in-flight') throw inFlight();
  if (begun.kind === 'done') {
    return reply.code(begun.response.status).type('application/json; charset=utf-8').header('idempotency-replayed', 'true')
      .send(String(begun.response.body));
  }
  let answer: { status: number; text: string } | undefined;
  const run: IdempotentRun = {
    async complete(tx, status, body) {
      const text = String(reply.code(status).serialize(body));
      await tx.idempotency.complete(accountId, key, { status, body: text }, context.now(), claimedAt);
      answer = { status, text };
    },
  };
  try {
    await work(run);
    if (answer === undefined) throw new Error('an idempotent request finished without completing its key');
    return reply.code(answer.status).type('application/json; charset=utf-8').send(answer.text);
  } catch (error) {
    await context.store.idempotency.abandon(accountId, key, claimedAt);
    throw error instanceof IdempotencyClaimLostError ? inFlight() : error;
  }
}
