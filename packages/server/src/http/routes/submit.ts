import { checkSubmission, type ApplicationEvent } from '@satupintu/core';
import { applyApplicationEvent } from '../../services/applications.js';
import { callerOf } from '../access.js';
import { applicationResource, ownApplication } from '../application-access.js';
import { IDEMPOTENCY_HEADERS, withIdempotency } from '../idempotency.js';
import { coreValue } from '../problem.js';
import { APPLICATION_ID_PARAMS } from '../schemas/application.js';
import { problemResponses, ref } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

/**
 * `POST /applications/{id}/submit` (owner, `Idempotency-Key`): core `checkSubmission` over the stored documents and
 * the declaration (APP-02), then core's `submit` (or `resubmit` after a return for correction) numbered with the
 * day's receipt counter inside the same transaction (APP-03), so receipt numbers are gap-free.
 */
export const submitRoutes: RouteModule = {
  name: 'submit',
  register(app, context) {
    const lifecycle = context.config.municipality.context;
    const deps = { store: context.store, lifecycle, now: context.now };
    app.post('/applications/:id/submit', {
      config: { access: ['applicant'] },
      schema: {
        summary: 'Submit a draft (APP-02, APP-03) — idempotent by Idempotency-Key',
        tags: ['applications'],
        params: APPLICATION_ID_PARAMS,
        headers: IDEMPOTENCY_HEADERS,
        body: {
          type: 'object', required: ['declaration'], additionalProperties: false,
          properties: { declaration: { type: 'boolean', description: 'APP-02: all data and documents are true' } },
        },
        response: { 201: ref('Submission'), ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const { id } = request.params as { id: string };
      const { declaration } = request.body as { declaration: boolean };
      return withIdempotency(context, caller, request, reply, async (run) => {
        // The documents are looked up beside the application; they are used only once it is the caller's own.
        const [stored, uploaded] = await Promise.all([ownApplication(context, caller, id), context.store.documents.list(id)]);
        const documents = coreValue(checkSubmission(stored.application, uploaded.map(({ key, fileName, mediaType, size, sha256 }) => ({ key, fileName, mediaType, size, sha256 })), declaration, lifecycle));
        const actor = { id: caller.account.id, role: 'applicant' } as const;
        await applyApplicationEvent(deps, {
          applicationId: id,
          current: stored,
          event: async (current, tx): Promise<ApplicationEvent> => {
            const at = context.now();
            if (current.application.state === 'returned') return { type: 'resubmit', actor, at, documents, declaration };
            const date = lifecycle.calendar.dateOf(at);
            const receiptSequence = await tx.counters.next(`receipt:${lifecycle.settings.officeCode}:${date}`);
            return { type: 'submit', actor, at, documents, declaration, receiptSequence };
          },
          alongside: async (tx, next) => {
            // core numbers the receipt from the sequence (formatReceiptNumber); a submitted application always has one.
            const receiptNumber = next.application.receiptNumber;
            if (receiptNumber === undefined) throw new Error('core returned a submitted application without a receipt number');
            await run.complete(tx, 201, { application: applicationResource(next), receiptNumber });
          },
        });
      });
    });
  },
};
