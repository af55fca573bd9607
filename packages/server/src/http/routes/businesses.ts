import { locationInspections, parseNib, type BusinessActivity, type BusinessScale, type ComplianceRating, type InspectionHistoryEntry, type LkpmSector, type PlanBusiness } from '@satupintu/core';
import { callerOf } from '../access.js';
import type { AppContext } from '../context.js';
import { HttpProblem, coreValue } from '../problem.js';
import { problemResponses, ref } from '../schemas/common.js';
import { ID_PARAMS, SUPERVISION_SCHEMAS } from '../schemas/supervision.js';
import type { RouteModule } from './route-module.js';
import { SUPERVISION_STAFF, actorOf, asJson, audit, loadDocument, withVersion, typed, type TypedRecord } from './supervision-records.js';
import type { Repositories } from '../../store/types.js';

/** A business as the office registers it (the body of `POST /businesses`). */
export interface BusinessInput {
  readonly nib: string;
  readonly name: string;
  readonly scale?: BusinessScale;
  readonly compliance?: ComplianceRating;
  readonly sector?: LkpmSector;
  readonly nationalPriority?: boolean;
  readonly plannedInvestment?: number;
  readonly basicRequirementsMet?: boolean;
  readonly realisationPercent?: number;
  readonly locations: readonly { readonly location: string; readonly activities: readonly BusinessActivity[] }[];
  readonly inspectionHistory?: readonly InspectionHistoryEntry[];
}

/** A stored business: the input with the NIB as read by core. */
export type StoredBusiness = TypedRecord<BusinessInput>;

const BUSINESS_NAME = { id: 'Pelaku Usaha', en: 'business' };

/** The stored business `id` or a 404 problem `business.not-found`. */
export function loadBusiness(repositories: Repositories, id: string): Promise<StoredBusiness> {
  return loadDocument<BusinessInput>(repositories.businesses, id, 'business', 'business.not-found', BUSINESS_NAME);
}

/** The API view of a stored business. */
export function businessView(record: StoredBusiness) {
  const { kind: _kind, ...business } = record.data;
  return { id: record.id, ...business, version: record.version, createdAt: record.createdAt, updatedAt: record.updatedAt };
}

/** The business's entries of core's annual plan: one per location (SUP-04 splits them per risk level). */
export function planEntries(business: BusinessInput): PlanBusiness[] {
  const { locations, nib, name, sector: _sector, ...facts } = business;
  return locations.map(({ location, activities }) => ({ ...facts, id: nib, name, location, activities }));
}

/** Core's frequency per risk level at every location of the business (SUP-02 … SUP-04). */
function frequencies(business: BusinessInput) {
  const rating = {
    ...(business.compliance === undefined ? {} : { compliance: business.compliance }),
    ...(business.scale === undefined ? {} : { scale: business.scale }),
  };
  return business.locations.map(({ location, activities }, i) => {
    const levels = locationInspections(activities, rating);
    if (!levels.ok) throw new HttpProblem(400, { ...levels.error, path: `locations.${i}.${levels.error.path ?? 'activities'}` });
    return { location, levels: levels.value };
  });
}

async function register(context: AppContext, body: BusinessInput, actor: { id: string; role: string }) {
  const { nib } = coreValue(parseNib(body.nib));
  const business: BusinessInput = { ...body, nib };
  // Core reads the risk, rating and scale of every location now, so a stored business never breaks a later plan.
  frequencies(business);
  const now = context.now();
  return context.store.transaction(async (tx) => {
    const created = await tx.businesses.create(nib, asJson({ kind: 'business', ...business }), now);
    await audit(tx, {
      at: now, actor, action: 'business.registered', subject: { type: 'business', id: nib }, before: null,
      after: asJson({ scale: business.scale ?? null, compliance: business.compliance ?? null, locations: business.locations.length }),
    });
    return typed<BusinessInput>(created);
  });
}

/**
 * `/businesses`: the businesses the office supervises (locations with their activities' risk, scale, compliance
 * history, investment) and core's inspection frequency of each (SUP-02 … SUP-04). Supervision staff only.
 */
export const businessRoutes: RouteModule = {
  name: 'businesses',
  schemas: SUPERVISION_SCHEMAS,
  register(app, context) {
    app.post('/businesses', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Register a supervised business (id = its NIB)',
        tags: ['supervision'],
        body: ref('BusinessInput'),
        response: { 201: ref('Business'), ...problemResponses(400, 401, 403, 409) },
      },
    }, async (request, reply) => {
      const created = await register(context, request.body as BusinessInput, actorOf(callerOf(request), SUPERVISION_STAFF));
      withVersion(reply, created.version);
      return reply.code(201).send(businessView(created));
    });

    app.get('/businesses', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Supervised businesses, oldest first',
        tags: ['supervision'],
        querystring: {
          type: 'object', additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, offset: { type: 'integer', minimum: 0, default: 0 } },
        },
        response: { 200: { type: 'array', items: ref('Business') }, ...problemResponses(400, 401, 403) },
      },
    }, async (request) => {
      const page = request.query as { limit: number; offset: number };
      const records = await context.store.businesses.list(page);
      return records.map((r) => businessView(typed<BusinessInput>(r)));
    });

    app.get('/businesses/:id', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'One supervised business',
        tags: ['supervision'],
        params: ID_PARAMS,
        response: { 200: ref('Business'), ...problemResponses(401, 403, 404) },
      },
    }, async (request, reply) => {
      const record = await loadBusiness(context.store, (request.params as { id: string }).id);
      withVersion(reply, record.version);
      return businessView(record);
    });

    app.get('/businesses/:id/inspection-frequency', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Routine inspections per year at each location, per risk level (SUP-02 … SUP-04)',
        tags: ['supervision'],
        params: ID_PARAMS,
        response: { 200: ref('BusinessInspectionFrequency'), ...problemResponses(400, 401, 403, 404) },
      },
    }, async (request) => {
      const record = await loadBusiness(context.store, (request.params as { id: string }).id);
      return { businessId: record.id, locations: frequencies(record.data) };
    });
  },
};
