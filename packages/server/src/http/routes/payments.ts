import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { applyApplicationEvent } from '../../services/applications.js';
import type { PaymentRecord } from '../../store/types.js';
import type { AppContext } from '../context.js';
import { problem } from '../problem.js';
import { problemResponses } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

/** The callback's fields. */
interface PaymentCallback {
  readonly bankReference: string;
  readonly applicationId: string;
  readonly skrdNumber: string;
  readonly amount: number;
  readonly paidAt: string;
}

const rawBodies = new WeakMap<FastifyRequest, Buffer>();

/** Whether `signature` (hex) is the HMAC-SHA256 of `body` under `secret`, compared in constant time. */
export function validCallbackSignature(secret: string, body: Buffer, signature: unknown): boolean {
  if (typeof signature !== 'string' || !/^(sha256=)?[0-9a-fA-F]{64}$/.test(signature)) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(signature.replace(/^sha256=/, ''), 'hex'));
}

function answer(payment: PaymentRecord) {
  return { bankReference: payment.bankReference, applicationId: payment.applicationId, skrdNumber: payment.skrdNumber, amount: payment.amount, paidAt: payment.paidAt };
}

/** Thrown inside the transaction when another callback recorded the reference first: roll back, answer its result. */
class AlreadyRecorded extends Error {
  constructor(readonly payment: PaymentRecord) {
    super('payment already recorded');
  }
}

function register(app: FastifyInstance, context: AppContext): void {
  const lifecycle = context.config.municipality.context;
  const deps = { store: context.store, lifecycle, now: context.now };
  // JSON kept raw as well: the signature is over the exact bytes the bank sent.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    rawBodies.set(request, body as Buffer);
    try {
      done(null, JSON.parse((body as Buffer).toString('utf8')));
    } catch {
      done(problem(400, 'http.json-invalid', 'Isi permintaan bukan JSON yang sah.', 'The request body is not valid JSON.'), undefined);
    }
  });

  const RESULT = {
    type: 'object', required: ['bankReference', 'applicationId', 'skrdNumber', 'amount', 'paidAt'], additionalProperties: false,
    properties: {
      bankReference: { type: 'string' }, applicationId: { type: 'string' }, skrdNumber: { type: 'string' },
      amount: { type: 'integer' }, paidAt: { type: 'string', format: 'date-time' },
    },
  } as const;

  app.post('/payments/callback', {
    config: { access: 'public' },
    schema: {
      summary: 'The bank confirms a payment of an SKRD (HMAC-SHA256 of the raw body in X-Signature); idempotent by bank reference',
      tags: ['payments'],
      headers: { type: 'object', properties: { 'x-signature': { type: 'string', maxLength: 80 } } },
      body: { ...RESULT, properties: { ...RESULT.properties, bankReference: { type: 'string', minLength: 1, maxLength: 100 }, amount: { type: 'integer', minimum: 1 } } },
      response: { 200: RESULT, ...problemResponses(400, 401, 404, 409) },
    },
    // The signature is checked before anything else about the request.
    preValidation: async (request) => {
      const secret = context.config.paymentCallbackSecret;
      const raw = rawBodies.get(request);
      if (secret === undefined || raw === undefined || !validCallbackSignature(secret, raw, request.headers['x-signature'])) {
        throw problem(401, 'payment.signature-invalid', 'Tanda tangan callback tidak sah.', 'The callback signature is invalid.', 'X-Signature');
      }
    },
  }, async (request) => {
    const body = request.body as PaymentCallback;
    const known = await context.store.payments.getByReference(body.bankReference);
    if (known !== undefined) return answer(known);
    const stored = await context.store.applications.get(body.applicationId);
    if (stored === undefined || stored.application.skrd?.number !== body.skrdNumber) {
      throw problem(404, 'payment.skrd-unknown', 'SKRD tidak ditemukan untuk permohonan ini.', 'No such SKRD for this application.', 'skrdNumber');
    }
    const payment: PaymentRecord = { ...body, receivedAt: context.now() };
    try {
      await applyApplicationEvent(deps, {
        applicationId: body.applicationId,
        event: { type: 'record-payment', actor: { id: 'bank', role: 'bank' }, at: context.now(), amount: body.amount, reference: body.bankReference },
        alongside: async (tx) => {
          const recorded = await tx.payments.record(payment);
          if (recorded.kind === 'duplicate') throw new AlreadyRecorded(recorded.payment);
        },
      });
    } catch (error) {
      if (error instanceof AlreadyRecorded) return answer(error.payment);
      throw error;
    }
    // Answered from the store, exactly as a repeated callback will be.
    return answer((await context.store.payments.getByReference(body.bankReference)) ?? payment);
  });
}

/** `POST /payments/callback`: the bank's signed, idempotent payment confirmation (APP-05, APP-06). */
export const paymentRoutes: RouteModule = {
  name: 'payments',
  async register(app, context) {
    await app.register(async (scope) => register(scope, context));
  },
};
