import { randomUUID } from 'node:crypto';
import { APPLICATION_STATES, STAFF_ROLES, createApplication, type ApplicationState } from '@satupintu/core';
import type { Repositories, StoredApplication } from '../../store/types.js';
import { callerOf } from '../access.js';
import { actorOf, applicationResource, ifMatchVersion, isStaff, ownApplication, visibleApplication } from '../application-access.js';
import type { AppContext } from '../context.js';
import { IDEMPOTENCY_HEADERS, withIdempotency } from '../idempotency.js';
import { coreValue, problem } from '../problem.js';
import { APPLICATION_ID_PARAMS, APPLICATION_SCHEMAS, IF_MATCH_HEADERS } from '../schemas/application.js';
import { problemResponses, ref } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const DRAFT_FIELDS = {
  applicant: { type: 'object', additionalProperties: true, description: 'core Applicant input (person or business); core checks it' },
  details: { type: 'object', description: 'Facts the permit type declares; core checks them against the catalog', additionalProperties: { anyOf: [{ type: 'boolean' }, { type: 'number' }] } },
} as const;

/** Appends the audit entry of a draft change (AUD-01) in the caller's transaction. */
async function auditDraft(tx: Repositories, stored: StoredApplication, action: 'create' | 'update', actorId: string, at: string): Promise<void> {
  const appended = await tx.audit.append({
    at, actor: { id: actorId, role: 'applicant' }, action: `application.draft-${action}`,
    subject: { type: 'application', id: stored.application.id },
    before: action === 'create' ? null : { version: stored.version - 1 },
    after: { state: 'draft', permitType: stored.application.permitType, version: stored.version },
  });
  coreValue(appended, 500);
}

/** The states a staff list may ask for (`?state=` repeated or comma-separated). */
function statesOf(query: string | readonly string[] | undefined): ApplicationState[] | undefined {
  if (query === undefined) return undefined;
  const states = [query].flat().flatMap((s) => s.split(',')).filter((s) => s !== '');
  const unknown = states.find((s) => !(APPLICATION_STATES as readonly string[]).includes(s));
  if (unknown !== undefined) throw problem(400, 'http.validation', 'Status tidak dikenal.', 'Unknown state.', 'state');
  return states as ApplicationState[];
}

function registerDrafts(app: Parameters<RouteModule['register']>[0], context: AppContext): void {
  const { store } = context;
  const lifecycle = context.config.municipality.context;

  app.post('/applications', {
    config: { access: ['applicant'] },
    schema: {
      summary: 'Start a draft application (APP-01 step 1) — idempotent by an optional Idempotency-Key',
      tags: ['applications'],
      headers: IDEMPOTENCY_HEADERS,
      body: {
        type: 'object', required: ['permitType', 'applicant'], additionalProperties: false,
        properties: { permitType: { type: 'string', maxLength: 64 }, ...DRAFT_FIELDS },
      },
      response: { 201: ref('Application'), ...problemResponses(400, 401, 403, 409, 422) },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const body = request.body as { permitType: string; applicant: unknown; details?: unknown };
    const at = context.now();
    const draft = coreValue(createApplication({ id: `app-${randomUUID()}`, permitType: body.permitType, applicant: body.applicant, details: body.details, createdAt: at }, lifecycle));
    const create = async (tx: Repositories): Promise<StoredApplication> => {
      const created = await tx.applications.create(draft, caller.account.id, at);
      await auditDraft(tx, created, 'create', caller.account.id, at);
      return created;
    };
    if (request.headers['idempotency-key'] === undefined) {
      const stored = await store.transaction(create);
      return reply.code(201).header('etag', `"${stored.version}"`).send(applicationResource(stored));
    }
    // A repeat with the key (the answer was lost on the way) replays the first answer instead of making a second draft.
    return withIdempotency(context, caller, request, reply, async (run) => {
      await store.transaction(async (tx) => {
        const stored = await create(tx);
        reply.header('etag', `"${stored.version}"`);
        await run.complete(tx, 201, applicationResource(stored));
      });
    });
  });

  app.get('/applications', {
    config: { access: ['applicant', ...STAFF_ROLES] },
    schema: {
      summary: 'List applications: an applicant\'s own; staff all, optionally by state',
      tags: ['applications'],
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          state: { type: 'string', maxLength: 400 },
          permitType: { type: 'string', maxLength: 64 },
          limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          offset: { type: 'integer', minimum: 0, default: 0 },
        },
      },
      response: { 200: ref('ApplicationList'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    const caller = callerOf(request);
    const query = request.query as { state?: string; permitType?: string; limit: number; offset: number };
    const states = statesOf(query.state);
    const list = await store.applications.list({
      ...(isStaff(caller) ? {} : { ownerId: caller.account.id }),
      ...(states === undefined ? {} : { states }),
      ...(query.permitType === undefined ? {} : { permitType: query.permitType }),
      limit: query.limit, offset: query.offset,
    });
    return { items: list.map(applicationResource) };
  });

  app.get('/applications/:id', {
    config: { access: ['applicant', ...STAFF_ROLES] },
    schema: {
      summary: 'One application (its owner or staff; anyone else gets 404)',
      tags: ['applications'],
      params: APPLICATION_ID_PARAMS,
      response: { 200: ref('Application'), ...problemResponses(401, 403, 404) },
    },
  }, async (request, reply) => {
    const stored = await visibleApplication(context, callerOf(request), (request.params as { id: string }).id);
    return reply.header('etag', `"${stored.version}"`).send(applicationResource(stored));
  });

  app.patch('/applications/:id', {
    config: { access: ['applicant'] },
    schema: {
      summary: 'Change a draft\'s applicant or details (owner, draft only, If-Match)',
      tags: ['applications'],
      params: APPLICATION_ID_PARAMS,
      headers: IF_MATCH_HEADERS,
      body: { type: 'object', additionalProperties: false, minProperties: 1, properties: DRAFT_FIELDS },
      response: { 200: ref('Application'), ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const version = ifMatchVersion(request.headers['if-match']);
    const current = await ownApplication(context, caller, (request.params as { id: string }).id);
    const { application } = current;
    if (application.state !== 'draft') {
      throw problem(409, 'application.not-draft', 'Hanya draf yang dapat diubah.', 'Only a draft can be changed.', 'state');
    }
    const body = request.body as { applicant?: unknown; details?: unknown };
    // core checks the changed draft exactly as a new one; documents stay as uploaded.
    const checked = coreValue(createApplication({
      id: application.id, permitType: application.permitType, createdAt: application.createdAt,
      applicant: body.applicant ?? application.applicant, details: body.details ?? application.details,
    }, lifecycle));
    const at = context.now();
    const stored = await store.transaction(async (tx) => {
      const updated = await tx.applications.update({ ...current, version }, { ...checked, documents: application.documents }, at);
      await auditDraft(tx, updated, 'update', actorOf(caller, 'applicant').id, at);
      return updated;
    });
    return reply.header('etag', `"${stored.version}"`).send(applicationResource(stored));
  });
}

/** Drafts: `POST /applications`, `GET /applications`, `GET /applications/{id}`, `PATCH /applications/{id}`. */
export const applicationRoutes: RouteModule = {
  name: 'applications',
  schemas: APPLICATION_SCHEMAS,
  register: registerDrafts,
};
