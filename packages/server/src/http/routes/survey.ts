import { randomUUID } from 'node:crypto';
import { computeIkm, ikmReport, type IkmResponse, type JsonValue } from '@satupintu/core';
import type { FastifyInstance } from 'fastify';
import { applyApplicationEvent } from '../../services/applications.js';
import { callerOf } from '../access.js';
import { applicationResource, ownApplication } from '../application-access.js';
import type { AppContext } from '../context.js';
import { coreValue } from '../problem.js';
import { APPLICATION_ID_PARAMS } from '../schemas/application.js';
import { problemResponses, ref } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const DATE = { type: 'string', format: 'date' } as const;

function register(app: FastifyInstance, context: AppContext): void {
  const lifecycle = context.config.municipality.context;
  const deps = { store: context.store, lifecycle, now: context.now };
  /** The service unit the survey is published for (IKM-05): this office. */
  const unit = context.config.municipality.officeCode;

  app.post('/applications/:id/survey', {
    config: { access: ['applicant'] },
    schema: {
      summary: 'The applicant\'s IKM survey (APP-08; nine answers 1–4, IKM-01/02)',
      tags: ['survey'],
      params: APPLICATION_ID_PARAMS,
      body: {
        type: 'object', required: ['answers'], additionalProperties: false,
        properties: { answers: { type: 'array', minItems: 9, maxItems: 9, items: { type: 'integer', minimum: 1, maximum: 4 } } },
      },
      response: { 201: ref('Application'), ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const stored = await ownApplication(context, caller, (request.params as { id: string }).id);
    const answers = (request.body as { answers: IkmResponse }).answers;
    coreValue(computeIkm([answers])); // core's check of one response
    const responseId = `ikm-${randomUUID()}`;
    const at = context.now();
    const next = await applyApplicationEvent(deps, {
      applicationId: stored.application.id,
      event: { type: 'submit-survey', actor: { id: caller.account.id, role: 'applicant' }, at, responseId },
      alongside: async (tx) => {
        await tx.surveys.add({
          id: responseId, applicationId: stored.application.id, answers: answers as unknown as JsonValue, unit,
          permitType: stored.application.permitType, submittedOn: lifecycle.calendar.dateOf(at), submittedAt: at,
        });
      },
    });
    return reply.code(201).send(applicationResource(next));
  });

  app.get('/ikm/report', {
    config: { access: ['head-of-office'] },
    schema: {
      summary: 'The IKM report of a service unit over a period (IKM-03…05)',
      tags: ['survey'],
      querystring: {
        type: 'object', required: ['from', 'to'], additionalProperties: false,
        properties: { unit: { type: 'string', maxLength: 64 }, from: DATE, to: DATE },
      },
      response: { 200: { type: 'object', additionalProperties: true, description: 'core IkmReport' }, ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    const query = request.query as { unit?: string; from: string; to: string };
    const reportUnit = query.unit ?? unit;
    const stored = await context.store.surveys.list({ unit: reportUnit, from: query.from, to: query.to });
    return coreValue(ikmReport({
      unit: reportUnit, period: { from: query.from, to: query.to },
      responses: stored.map((r) => ({ submittedOn: r.submittedOn, unit: r.unit, permitType: r.permitType, answers: r.answers as unknown as IkmResponse })),
    }));
  });
}

/** The IKM survey: `POST /applications/{id}/survey` (owner) and `GET /ikm/report` (head of office). */
export const surveyRoutes: RouteModule = { name: 'survey', register };
