import { detectLkpmViolations, lkpmSchedule, type BusinessScale, type LkpmReport } from '@satupintu/core';
import { callerOf } from '../access.js';
import { coreValue } from '../problem.js';
import { problemResponses, ref } from '../schemas/common.js';
import { ID_PARAMS } from '../schemas/supervision.js';
import type { Repositories } from '../../store/types.js';
import { loadBusiness, type StoredBusiness } from './businesses.js';
import type { RouteModule } from './route-module.js';
import { SUPERVISION_STAFF, actorOf, asJson, audit, todayOf, typed } from './supervision-records.js';

const MAX_PERIODS = 1000;

/** The recorded LKPM history of a business, as core reads it (SUP-10, SAN-01). */
async function historyOf(tx: Repositories, businessId: string): Promise<LkpmReport[]> {
  const records = await tx.lkpmReports.list({ ref: businessId, limit: MAX_PERIODS });
  return records.map((r) => {
    const { kind: _kind, ...report } = typed<LkpmReport>(r).data;
    return report;
  });
}

/** Core's LKPM schedule of the business for `year` (a business without a scale gets core's `lkpm.scale-invalid`). */
function scheduleOf(business: StoredBusiness, year: number) {
  const { scale, sector } = business.data;
  return coreValue(lkpmSchedule({ scale: scale as BusinessScale, year, ...(sector === undefined ? {} : { sector }) }));
}

/**
 * `/businesses/{id}/lkpm-reports` and `/businesses/{id}/lkpm`: the office records each LKPM period of a business
 * (filed or not, with its realisation); core gives the year's schedule and due dates (SUP-10, SUP-11) and finds the
 * light violations in the history (no LKPM for 2 periods, nil realisation for 4: SAN-01).
 */
export const lkpmRoutes: RouteModule = {
  name: 'lkpm',
  register(app, context) {
    app.post('/businesses/:id/lkpm-reports', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Record one LKPM period of a business (filed or not)',
        tags: ['supervision'],
        params: ID_PARAMS,
        body: ref('LkpmReportInput'),
        response: { 201: ref('LkpmStatus'), ...problemResponses(400, 401, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const actor = actorOf(callerOf(request), SUPERVISION_STAFF);
      const { id } = request.params as { id: string };
      const report = request.body as LkpmReport;
      const now = context.now();
      const status = await context.store.transaction(async (tx) => {
        const business = await loadBusiness(tx, id);
        // Core reads the whole history with the new period: a bad period, a gap or mixed cadences are refused.
        const history = [...(await historyOf(tx, business.id)), report];
        const violations = coreValue(detectLkpmViolations(history));
        const year = Number(report.period.slice(0, 4));
        const schedule = scheduleOf(business, year);
        await tx.lkpmReports.create(`${business.id}:${report.period}`, asJson({ kind: 'lkpm-report', ...report }), now, business.id);
        await audit(tx, {
          at: now, actor, action: 'lkpm.period-recorded', subject: { type: 'business', id: business.id }, before: null,
          after: asJson({ ...report, violations: violations.map((v) => ({ kind: v.kind, periods: v.periods })) }),
        });
        return { businessId: business.id, year, schedule, reports: history, violations };
      });
      return reply.code(201).send(status);
    });

    app.get('/businesses/:id/lkpm', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'LKPM schedule of a year (SUP-10, SUP-11), recorded periods and the light violations found (SAN-01)',
        tags: ['supervision'],
        params: ID_PARAMS,
        querystring: { type: 'object', additionalProperties: false, properties: { year: { type: 'integer', minimum: 2000, maximum: 9998 } } },
        response: { 200: ref('LkpmStatus'), ...problemResponses(400, 401, 403, 404) },
      },
    }, async (request) => {
      const { id } = request.params as { id: string };
      const year = (request.query as { year?: number }).year ?? Number(todayOf(context).slice(0, 4));
      const business = await loadBusiness(context.store, id);
      const schedule = scheduleOf(business, year);
      const reports = await historyOf(context.store, business.id);
      return { businessId: business.id, year, schedule, reports, violations: coreValue(detectLkpmViolations(reports)) };
    });
  },
};
