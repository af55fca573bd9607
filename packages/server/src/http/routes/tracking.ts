import { APPLICATION_STATES, formatReceiptNumber, parseReceiptNumber } from '@satupintu/core';
import type { FastifyReply } from 'fastify';
import { perMinute } from '../plugins/rate-limit.js';
import { coreValue, problem } from '../problem.js';
import { problemResponses, ref, type SharedSchema } from '../schemas/common.js';
import { TRACKING_CACHE_TTL_MS, TrackingCache } from '../tracking-cache.js';
import { trackingView } from '../tracking-view.js';
import type { RouteModule } from './route-module.js';

const DATE = { type: 'string', format: 'date' } as const;

const TRACKING: SharedSchema = {
  $id: 'Tracking',
  type: 'object',
  required: ['receiptNumber', 'permitType', 'state', 'steps', 'pauses'],
  additionalProperties: false,
  properties: {
    receiptNumber: { type: 'string' },
    permitType: { type: 'string' },
    state: { type: 'string', enum: [...APPLICATION_STATES] },
    steps: {
      type: 'array',
      items: {
        type: 'object', required: ['step', 'status'], additionalProperties: false,
        properties: {
          step: { type: 'integer', minimum: 1, maximum: 11 },
          status: {
            type: 'string', enum: ['done', 'current', 'pending', 'skipped', 'stopped', 'not-reached'],
            description: 'stopped: the application ended without a permit (rejected, withdrawn, cancelled, payment lapsed) at this step; not-reached: a step after that',
          },
          at: { type: 'string', format: 'date-time' },
          actorRole: { type: 'string' },
        },
      },
    },
    serviceDeadline: {
      type: 'object', required: ['due', 'workingDaysLeft'], additionalProperties: false,
      properties: { due: DATE, workingDaysLeft: { type: 'integer' } },
    },
    payment: {
      type: 'object', required: ['amount', 'dueDate', 'paymentCode', 'bank', 'accountNumber', 'accountName'], additionalProperties: false,
      properties: {
        amount: { type: 'integer' }, dueDate: DATE, paymentCode: { type: 'string' },
        bank: { type: 'string' }, accountNumber: { type: 'string' }, accountName: { type: 'string' },
      },
    },
    survey: { type: 'object', required: ['due'], additionalProperties: false, properties: { due: { type: 'boolean' } } },
    pauses: {
      type: 'array',
      items: {
        type: 'object', required: ['from', 'kind', 'reason'], additionalProperties: false,
        properties: { from: DATE, to: DATE, kind: { type: 'string' }, reason: { type: 'string' } },
      },
    },
  },
};

/** The receipt number in its canonical form, or the problem of a malformed or mistyped one (core's check). */
function canonicalReceiptNumber(typed: string): string {
  return coreValue(formatReceiptNumber(coreValue(parseReceiptNumber(typed))));
}

/**
 * `GET /tracking/{receiptNumber}` (public, rate limited): the receipt number's check character is verified with core
 * BEFORE the store is asked, so a mistyped number costs no lookup; the answer is the limited view (no personal data).
 * Views are cached by receipt number as the JSON text the response schema serialised (see {@link TrackingCache}), so
 * a repeated lookup is neither rebuilt nor serialised again; every change of an application heard from the store
 * drops its view.
 */
export const trackingRoutes: RouteModule = {
  name: 'tracking',
  schemas: [TRACKING],
  register(app, context) {
    const lifecycle = context.config.municipality.context;
    const cache = new TrackingCache<string>(TRACKING_CACHE_TTL_MS[context.store.kind]);
    const stopListening = context.store.onApplicationsChanged((receiptNumbers) => cache.invalidate(receiptNumbers));
    app.addHook('onClose', async () => {
      stopListening();
    });
    /** The view's JSON text (undefined when no submitted application has the number), from the cache or the store. */
    const cachedJson = (canonical: string, now: string, day: string, reply: FastifyReply) => cache.get(canonical, day, async () => {
      const stored = await context.store.applications.getByReceiptNumber(canonical);
      if (stored === undefined || stored.application.state === 'draft') return undefined;
      return String(reply.serialize(trackingView(stored.application, lifecycle, now)));
    });
    app.get('/tracking/:receiptNumber', {
      config: { access: 'public', rateLimit: perMinute(context.config.rateLimits.tracking) },
      schema: {
        summary: 'Track an application by its receipt number (limited public view)',
        tags: ['tracking'],
        params: { type: 'object', required: ['receiptNumber'], properties: { receiptNumber: { type: 'string', maxLength: 40 } } },
        response: { 200: ref('Tracking'), ...problemResponses(400, 404, 429) },
      },
    }, async (request, reply) => {
      const { receiptNumber } = request.params as { receiptNumber: string };
      const now = context.now();
      const day = lifecycle.calendar.dateOf(now);
      // Only canonical receipt numbers are cached, so one sent in that form needs no parsing when its view is cached.
      // Typed forms (lower case, spaces) are accepted; the store is asked for the canonical form only.
      const json = cache.peek(receiptNumber, day) ?? await cachedJson(canonicalReceiptNumber(receiptNumber), now, day, reply);
      if (json === undefined) {
        throw problem(404, 'tracking.not-found', 'Tidak ada permohonan dengan nomor tanda terima ini.', 'No application has this receipt number.', 'receiptNumber');
      }
      return reply.type('application/json; charset=utf-8').send(json);
    });
  },
};
