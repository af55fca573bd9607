import { declareServiceStatus } from '../../services/service-status.js';
import { callerOf } from '../access.js';
import { problemResponses, ref, type SharedSchema } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const SERVICE_STATUS: SharedSchema = {
  $id: 'ServiceStatus',
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['normal', 'outage', 'force-majeure'] },
    since: { type: 'string', format: 'date-time' },
    message: ref('LocalizedText'),
  },
};

const DECLARATION: SharedSchema = {
  $id: 'ServiceStatusDeclaration',
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['normal', 'outage', 'force-majeure'], description: '`outage` / `force-majeure` pause every running clock; `normal` ends the pause' },
    reason: { type: 'string', minLength: 1, maxLength: 500, description: 'Required to declare a pause' },
    message: ref('LocalizedText'),
  },
};

const CHANGE: SharedSchema = {
  $id: 'ServiceStatusChange',
  type: 'object',
  required: ['status', 'since', 'applied', 'skipped'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['normal', 'outage', 'force-majeure'] },
    since: { type: 'string', format: 'date-time' },
    message: ref('LocalizedText'),
    applied: { type: 'integer', minimum: 0, description: 'Applications that took the pause (or its end)' },
    skipped: {
      type: 'array',
      items: { type: 'object', required: ['id', 'code'], additionalProperties: false, properties: { id: { type: 'string' }, code: { type: 'string' } } },
    },
  },
};

/**
 * `/service-status`: the public current status (APP-11) and the head of office's declaration of an outage or force
 * majeure and of its end, which pauses / resumes the clock of every application under way.
 */
export const serviceStatusRoutes: RouteModule = {
  name: 'service-status',
  schemas: [SERVICE_STATUS, DECLARATION, CHANGE],
  register(app, context) {
    app.get('/service-status', {
      config: { access: 'public' },
      schema: { summary: 'Current service status (APP-11)', tags: ['service'], response: { 200: ref('ServiceStatus'), ...problemResponses() } },
    }, async () => {
      const notice = await context.store.serviceStatus.current();
      if (notice === undefined) return { status: 'normal' };
      return { status: notice.status, since: notice.since, ...(notice.message === undefined ? {} : { message: notice.message }) };
    });

    app.post('/service-status', {
      config: { access: ['head-of-office'] },
      schema: {
        summary: 'Declare an outage or force majeure, or its end (APP-11)',
        tags: ['service'],
        body: ref('ServiceStatusDeclaration'),
        response: { 200: ref('ServiceStatusChange'), ...problemResponses(400, 401, 403, 409) },
      },
    }, async (request) => {
      const caller = callerOf(request);
      const body = request.body as { status: 'normal' | 'outage' | 'force-majeure'; reason?: string; message?: { id: string; en: string } };
      const change = await declareServiceStatus(
        { store: context.store, lifecycle: context.config.municipality.context, now: context.now },
        { status: body.status, declaredBy: caller.account.id, ...(body.reason === undefined ? {} : { reason: body.reason }), ...(body.message === undefined ? {} : { message: body.message }) },
      );
      const { notice } = change;
      return {
        status: notice.status, since: notice.since, ...(notice.message === undefined ? {} : { message: notice.message }),
        applied: change.applied, skipped: change.skipped,
      };
    });
  },
};
