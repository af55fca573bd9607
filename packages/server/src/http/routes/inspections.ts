import {
  checkRoutineInspection, incidentalInspection, validateBap,
  type Bap, type BapAssessment, type IncidentalInspection, type IncidentalTrigger, type PlannedVisit, type RiskLevel,
} from '@satupintu/core';
import { callerOf } from '../access.js';
import type { AppContext } from '../context.js';
import { HttpProblem, coreValue, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas/common.js';
import { ID_PARAMS } from '../schemas/supervision.js';
import type { Repositories } from '../../store/types.js';
import { loadBusiness } from './businesses.js';
import type { RouteModule } from './route-module.js';
import { SUPERVISION_STAFF, actorOf, asJson, audit, loadDocument, nextNumber, withVersion, typed, type TypedRecord } from './supervision-records.js';
import { loadPlan } from './supervision-plans.js';

/** A recorded inspection: the BAP, core's assessment, and what made it lawful (the planned visit or the trigger). */
export interface InspectionDocument {
  readonly businessId: string;
  readonly bap: Bap;
  readonly assessment: Omit<BapAssessment, 'bap'>;
  readonly risk?: RiskLevel;
  readonly plannedVisit?: PlannedVisit;
  readonly incidental?: IncidentalInspection;
  readonly recordedBy: string;
}

type StoredInspection = TypedRecord<InspectionDocument>;

interface InspectionRequest {
  readonly bap: Bap;
  readonly risk?: RiskLevel;
  readonly trigger?: IncidentalTrigger;
}

function inspectionView(record: StoredInspection) {
  const { kind: _kind, ...inspection } = record.data;
  return { id: record.id, ...inspection, version: record.version, createdAt: record.createdAt };
}

/** The planned visit a routine inspection carries out (Pasal 15(5)): core finds it in the stored plan or refuses. */
async function plannedVisitOf(tx: Repositories, bap: Bap, risk: RiskLevel | undefined): Promise<PlannedVisit> {
  if (risk === undefined) {
    throw problem(400, 'inspection.risk-required', 'Inspeksi rutin: sebutkan tingkat risiko unit yang direncanakan.',
      'A routine inspection names the risk level of the planned unit.', 'risk');
  }
  const year = Number(bap.inspectionDate.slice(0, 4));
  const plan = await loadPlan(tx, year).catch((error: unknown) => {
    if (error instanceof HttpProblem && error.status === 404) {
      throw problem(409, 'supervision.no-plan', `Belum ada rencana inspeksi tahun ${year}; pengawasan rutin di luar rencana dilarang (Pasal 15 ayat (5)).`,
        `There is no inspection plan for ${year}; routine supervision outside the plan is not allowed (Pasal 15(5)).`, 'bap.inspectionDate');
    }
    throw error;
  });
  return coreValue(checkRoutineInspection(plan.data.plan, { businessId: bap.businessId, location: bap.location, risk, date: bap.inspectionDate }), 409);
}

async function record(context: AppContext, body: InspectionRequest, actor: { id: string; role: string }): Promise<StoredInspection> {
  const { calendar } = context.config.municipality.context;
  const { bap: _bap, ...assessment } = coreValue(validateBap(body.bap, calendar));
  const { bap } = body;
  const now = context.now();
  return context.store.transaction(async (tx) => {
    const business = await loadBusiness(tx, bap.businessId);
    let lawful: Pick<InspectionDocument, 'risk' | 'plannedVisit' | 'incidental'>;
    if (bap.supervision === 'routine') {
      lawful = { risk: body.risk as RiskLevel, plannedVisit: await plannedVisitOf(tx, bap, body.risk) };
    } else {
      if (!business.data.locations.some((l) => l.location === bap.location)) {
        throw problem(400, 'inspection.location-unknown', 'Lokasi ini bukan lokasi usaha Pelaku Usaha tersebut.', 'This is not a location of the business.', 'bap.location');
      }
      if (body.trigger === undefined) {
        throw problem(400, 'inspection.trigger-required', 'Inspeksi insidental: sebutkan alasannya (Pasal 30 ayat (1)).', 'An incidental inspection names its trigger (Pasal 30(1)).', 'trigger');
      }
      lawful = { incidental: coreValue(incidentalInspection({ trigger: body.trigger, inspectionDate: bap.inspectionDate })) };
    }
    const id = await nextNumber(tx, 'BAP', bap.inspectionDate.slice(0, 4));
    const document: InspectionDocument = { businessId: business.id, bap, assessment, ...lawful, recordedBy: actor.id };
    const created = await tx.inspections.create(id, asJson({ kind: 'inspection', ...document }), now, business.id);
    await audit(tx, {
      at: now, actor, action: 'inspection.recorded', subject: { type: 'inspection', id }, before: null,
      after: asJson({ businessId: business.id, supervision: bap.supervision, inspectionDate: bap.inspectionDate, compliant: assessment.compliant, nonCompliantIndicators: assessment.nonCompliantIndicators }),
    });
    return typed<InspectionDocument>(created);
  });
}

/**
 * `/inspections`: field inspections recorded with their BAP (SUP-07, checked by core). A routine inspection must be a
 * visit of the stored annual plan (SUP-05, Pasal 15(5)); an incidental one needs one of the triggers of SUP-08.
 */
export const inspectionRoutes: RouteModule = {
  name: 'inspections',
  register(app, context) {
    app.post('/inspections', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Record an inspection and its BAP (SUP-05, SUP-07, SUP-08)',
        tags: ['supervision'],
        body: ref('InspectionInput'),
        response: { 201: ref('Inspection'), ...problemResponses(400, 401, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const created = await record(context, request.body as InspectionRequest, actorOf(callerOf(request), SUPERVISION_STAFF));
      withVersion(reply, created.version);
      return reply.code(201).send(inspectionView(created));
    });

    app.get('/inspections', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'The inspections of one business, oldest first',
        tags: ['supervision'],
        querystring: {
          type: 'object', required: ['business'], additionalProperties: false,
          properties: {
            business: { type: 'string', maxLength: 100 },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            offset: { type: 'integer', minimum: 0, default: 0 },
          },
        },
        response: { 200: { type: 'array', items: ref('Inspection') }, ...problemResponses(400, 401, 403) },
      },
    }, async (request) => {
      const { business, limit, offset } = request.query as { business: string; limit: number; offset: number };
      const records = await context.store.inspections.list({ ref: business, limit, offset });
      return records.filter((r) => (r.data as { kind?: unknown }).kind === 'inspection').map((r) => inspectionView(typed<InspectionDocument>(r)));
    });

    app.get('/inspections/:id', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'One inspection',
        tags: ['supervision'],
        params: ID_PARAMS,
        response: { 200: ref('Inspection'), ...problemResponses(401, 403, 404) },
      },
    }, async (request) => inspectionView(await loadDocument<InspectionDocument>(context.store.inspections, (request.params as { id: string }).id,
      'inspection', 'inspection.not-found', { id: 'Inspeksi', en: 'inspection' })));
  },
};
