import { serviceLevelReport } from '../../services/service-level.js';
import { problem } from '../problem.js';
import { problemResponses, ref, type SharedSchema } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const DATE = { type: 'string', format: 'date' } as const;
const COUNT = { type: 'integer', minimum: 0 } as const;

const FIGURES = {
  received: { ...COUNT, description: 'Files first submitted in the period' },
  decided: { ...COUNT, description: 'Decisions (approved, deemed approved, rejected) in the period' },
  decidedWithinDeadline: { ...COUNT, description: 'Of those, on or before the service deadline (CAT-03; pauses excluded, CAL-03)' },
  overdueNow: { ...COUNT, description: 'Files awaiting a decision past their service deadline, as of `asOf`' },
  medianWorkingDays: { type: 'number', minimum: 0, description: 'Median working days from the complete file to the decision, pauses left out; absent when none decided' },
} as const;

const REPORT: SharedSchema = {
  $id: 'ServiceLevelReport',
  type: 'object',
  required: ['from', 'to', 'asOf', 'received', 'decided', 'decidedWithinDeadline', 'overdueNow', 'byPermitType'],
  additionalProperties: false,
  properties: {
    from: DATE, to: DATE, asOf: DATE, ...FIGURES,
    byPermitType: {
      type: 'array',
      items: {
        type: 'object', required: ['permitType', 'received', 'decided', 'decidedWithinDeadline', 'overdueNow'], additionalProperties: false,
        properties: { permitType: { type: 'string' }, ...FIGURES },
      },
    },
  },
};

/** The longest period of one report (a few years), so one request cannot walk the calendar without end. */
const MAX_DAYS = 5 * 366;

/** `GET /reports/service-level` (head of office): the office's service-level figures over a period. */
export const reportRoutes: RouteModule = {
  name: 'reports',
  schemas: [REPORT],
  register(app, context) {
    app.get('/reports/service-level', {
      config: { access: ['head-of-office'] },
      schema: {
        summary: 'Service-level figures over a period, in all and per permit type: received, decided, within the deadline, overdue now, median working days (CAT-03, CAL-03)',
        tags: ['reports'],
        querystring: { type: 'object', required: ['from', 'to'], additionalProperties: false, properties: { from: DATE, to: DATE } },
        response: { 200: ref('ServiceLevelReport'), ...problemResponses(400, 401, 403) },
      },
    }, async (request) => {
      const { from, to } = request.query as { from: string; to: string };
      const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (!(days >= 0)) throw problem(400, 'report.period-invalid', 'Tanggal akhir tidak boleh sebelum tanggal awal.', 'The end date cannot be before the start date.', 'to');
      if (days > MAX_DAYS) throw problem(400, 'report.period-too-long', 'Periode paling lama 5 tahun.', 'The period is at most 5 years.', 'to');
      return serviceLevelReport(context.store, context.config.municipality.context, from, to, context.now());
    });
  },
};
