import { planInspections, type InspectionPlan, type InspectorCapacity, type IsoDate, type PlanBusiness } from '@satupintu/core';
import { callerOf } from '../access.js';
import type { AppContext } from '../context.js';
import { coreValue } from '../problem.js';
import { problemResponses, ref, type SharedSchema } from '../schemas/common.js';
import { DATE, INSTANT } from '../schemas/supervision.js';
import type { Repositories } from '../../store/types.js';
import { planEntries, type BusinessInput } from './businesses.js';
import type { RouteModule } from './route-module.js';
import { SUPERVISION_STAFF, actorOf, asJson, audit, loadDocument, withVersion, typed, type TypedRecord } from './supervision-records.js';

/** The stored annual plan of a year: core's plan as it was computed. */
export interface PlanDocument {
  readonly plan: InspectionPlan;
}

/** A stored annual plan. */
export type StoredPlan = TypedRecord<PlanDocument>;

/** The id of a year's plan in the store's inspection collection (`ref` = {@link PLAN_REF}). */
export const planId = (year: number): string => `plan-${year}`;
const PLAN_REF = 'annual-plan';
const PAGE = 1000;

const STORED_PLAN: SharedSchema = {
  $id: 'StoredInspectionPlan',
  type: 'object',
  required: ['year', 'version', 'createdAt', 'updatedAt', 'plan'],
  additionalProperties: false,
  properties: { year: { type: 'integer' }, version: { type: 'integer' }, createdAt: INSTANT, updatedAt: INSTANT, plan: ref('InspectionPlan') },
};

interface PlanRequest {
  readonly year: number;
  readonly capacity: InspectorCapacity;
  readonly lettersFrom?: IsoDate;
  readonly lastInspectionDate?: IsoDate;
}

/** The stored plan of `year`, or a 404 problem `supervision.plan-not-found`. */
export function loadPlan(repositories: Repositories, year: number): Promise<StoredPlan> {
  return loadDocument<PlanDocument>(repositories.inspections, planId(year), 'inspection-plan', 'supervision.plan-not-found',
    { id: `Rencana inspeksi tahun ${year}`, en: `inspection plan for ${year}` });
}

function planView(record: StoredPlan) {
  return { year: record.data.plan.year, version: record.version, createdAt: record.createdAt, updatedAt: record.updatedAt, plan: record.data.plan };
}

/** Every stored business as core's plan entries, read page by page inside the transaction. */
async function allPlanEntries(tx: Repositories): Promise<PlanBusiness[]> {
  const entries: PlanBusiness[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await tx.businesses.list({ limit: PAGE, offset });
    for (const record of page) entries.push(...planEntries(typed<BusinessInput>(record).data));
    if (page.length < PAGE) return entries;
  }
}

/**
 * `/supervision/plans`: the annual field-inspection plan (SUP-05, SUP-06) that core computes over every stored
 * business; a year's plan is made once (409 after that) and read back for routine inspections (Pasal 15(5)).
 */
export const supervisionPlanRoutes: RouteModule = {
  name: 'supervision-plans',
  schemas: [STORED_PLAN],
  register(app, context: AppContext) {
    app.post('/supervision/plans', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Make the annual inspection plan of a year over the stored businesses (SUP-05, SUP-06)',
        tags: ['supervision'],
        body: {
          type: 'object', required: ['year', 'capacity'], additionalProperties: false,
          properties: {
            year: { type: 'integer', minimum: 2000, maximum: 9999 },
            capacity: {
              type: 'object', required: ['inspectors', 'inspectionsPerInspectorPerDay'], additionalProperties: false,
              properties: { inspectors: { type: 'integer' }, inspectionsPerInspectorPerDay: { type: 'integer' } },
            },
            lettersFrom: DATE,
            lastInspectionDate: DATE,
          },
        },
        response: { 201: ref('StoredInspectionPlan'), ...problemResponses(400, 401, 403, 409) },
      },
    }, async (request, reply) => {
      const body = request.body as PlanRequest;
      const actor = actorOf(callerOf(request), SUPERVISION_STAFF);
      const now = context.now();
      const stored = await context.store.transaction(async (tx) => {
        const plan = coreValue(planInspections({ ...body, businesses: await allPlanEntries(tx), calendar: context.config.municipality.context.calendar }));
        const created = await tx.inspections.create(planId(body.year), asJson({ kind: 'inspection-plan', plan }), now, PLAN_REF);
        await audit(tx, {
          at: now, actor, action: 'supervision.plan-made', subject: { type: 'inspection-plan', id: planId(body.year) }, before: null,
          after: asJson({ year: plan.year, capacity: body.capacity, totals: plan.totals }),
        });
        return typed<PlanDocument>(created);
      });
      withVersion(reply, stored.version);
      return reply.code(201).send(planView(stored));
    });

    app.get('/supervision/plans/:year', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'The annual inspection plan of a year',
        tags: ['supervision'],
        params: { type: 'object', required: ['year'], properties: { year: { type: 'integer', minimum: 2000, maximum: 9999 } } },
        response: { 200: ref('StoredInspectionPlan'), ...problemResponses(400, 401, 403, 404) },
      },
    }, async (request, reply) => {
      const record = await loadPlan(context.store, (request.params as { year: number }).year);
      withVersion(reply, record.version);
      return planView(record);
    });
  },
};
