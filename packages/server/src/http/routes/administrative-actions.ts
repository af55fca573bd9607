import {
  administrativeActionEffects, administrativeActionKind, liquidationRevocationOn, nextLiquidationRevocation, submitLiquidationRevocation,
  type AdministrativeGround, type LicensingInstrument, type LiquidationRevocationEvent, type LiquidationRevocationRequest, type RiskLevel,
} from '@satupintu/core';
import { callerOf } from '../access.js';
import type { AppContext } from '../context.js';
import { coreValue, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas/common.js';
import { ID_PARAMS } from '../schemas/supervision.js';
import type { Repositories } from '../../store/types.js';
import { loadBusiness } from './businesses.js';
import type { RouteModule } from './route-module.js';
import {
  SUPERVISION_STAFF, actorOf, asJson, assertVersion, audit, ifMatchVersion, loadDocument, nextNumber, stepValue, todayOf, withVersion, type TypedRecord, typed,
} from './supervision-records.js';

interface ActionRequest {
  readonly business: string;
  readonly ground: AdministrativeGround;
  readonly instrument: LicensingInstrument;
  readonly verified: boolean;
  readonly risk: RiskLevel;
  readonly note?: string;
}

interface RevocationDocument {
  readonly business: string;
  readonly request: LiquidationRevocationRequest;
}

type StoredRevocation = TypedRecord<RevocationDocument>;

const BASE = '/administrative-actions';
const LIQUIDATION = `${BASE}/liquidation-revocations`;

const loadRevocation = (repositories: Repositories, id: string) => loadDocument<RevocationDocument>(repositories.sanctionCases, id, 'liquidation-revocation',
  'adm.liquidation.not-found', { id: 'Permohonan pencabutan likuidasi', en: 'liquidation revocation request' });

/** The request, and its status today (ADM-03: after the deadline without an answer it counts as revoked). */
function revocationView(context: AppContext, record: StoredRevocation) {
  const { request, business } = record.data;
  const today = todayOf(context);
  const status = coreValue(liquidationRevocationOn(request, today < request.since ? request.since : today), 500);
  return { business, request, status, version: record.version };
}

async function decide(context: AppContext, body: ActionRequest, actor: { id: string; role: string }) {
  const now = context.now();
  const today = todayOf(context);
  return context.store.transaction(async (tx) => {
    const business = await loadBusiness(tx, body.business);
    const activities = business.data.locations.flatMap((l) => l.activities);
    if (!activities.some((a) => a.risk === body.risk)) {
      throw problem(400, 'adm.activity-unknown', 'Pelaku Usaha tidak memiliki kegiatan usaha dengan tingkat risiko ini.', 'The business has no activity of this risk level.', 'risk');
    }
    const kind = coreValue(administrativeActionKind({ ground: body.ground, instrument: body.instrument, verified: body.verified }));
    const effects = coreValue(administrativeActionEffects({ kind: kind.kind, risk: body.risk, activityCount: activities.length }));
    const id = await nextNumber(tx, 'ADM', today.slice(0, 4));
    const action = {
      id, business: business.id, ground: body.ground, instrument: body.instrument, verified: body.verified, risk: body.risk, activityCount: activities.length,
      kind: kind.kind, kindSource: kind.source, effects: effects.effects, effectsSource: effects.source, decidedOn: today, decidedBy: actor.id,
      ...(body.note === undefined ? {} : { note: body.note }),
    };
    const created = await tx.sanctionCases.create(id, asJson({ kind: 'administrative-action', action }), now, business.id);
    await audit(tx, {
      at: now, actor, action: `adm.${kind.kind}`, subject: { type: 'business', id: business.id }, before: null,
      after: asJson({ id, instrument: body.instrument, risk: body.risk, effects: effects.effects }),
    });
    return { ...action, version: created.version };
  });
}

/**
 * `/administrative-actions`: cancellation or revocation (ADM-01) with its effects on certificate, licence, NIB and
 * access right (ADM-02), both decided by core from the stored business's activities; and liquidation revocation
 * requests with the office's 5-working-day verification (ADM-03).
 */
export const administrativeActionRoutes: RouteModule = {
  name: 'administrative-actions',
  register(app, context) {
    const { calendar } = context.config.municipality.context;

    app.post(BASE, {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Cancel or revoke an activity of a business: kind (ADM-01) and effects (ADM-02) from core',
        tags: ['administrative-actions'],
        body: ref('AdministrativeActionInput'),
        response: { 201: ref('AdministrativeAction'), ...problemResponses(400, 401, 403, 404) },
      },
    }, async (request, reply) => {
      const action = await decide(context, request.body as ActionRequest, actorOf(callerOf(request), SUPERVISION_STAFF));
      withVersion(reply, action.version);
      return reply.code(201).send(action);
    });

    app.post(LIQUIDATION, {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Record a liquidation revocation request; the office verifies within 5 working days (ADM-03)',
        tags: ['administrative-actions'],
        body: { type: 'object', required: ['business'], additionalProperties: false, properties: { business: { type: 'string', maxLength: 100 } } },
        response: { 201: ref('LiquidationRevocation'), ...problemResponses(400, 401, 403, 404) },
      },
    }, async (request, reply) => {
      const actor = actorOf(callerOf(request), SUPERVISION_STAFF);
      const now = context.now();
      const today = todayOf(context);
      const stored = await context.store.transaction(async (tx) => {
        const business = await loadBusiness(tx, (request.body as { business: string }).business);
        const id = await nextNumber(tx, 'LIQ', today.slice(0, 4));
        const submitted = coreValue(submitLiquidationRevocation({ id, submittedOn: today, by: actor.id }, { calendar }));
        const created = await tx.sanctionCases.create(id, asJson({ kind: 'liquidation-revocation', business: business.id, request: submitted.request }), now, business.id);
        await audit(tx, {
          at: now, actor, action: 'adm.liquidation-requested', subject: { type: 'liquidation-revocation', id }, before: null,
          after: asJson({ business: business.id, verifyBy: submitted.request.verifyBy }),
        });
        return typed<RevocationDocument>(created);
      });
      withVersion(reply, stored.version);
      return reply.code(201).send(revocationView(context, stored));
    });

    app.post(`${LIQUIDATION}/:id/events`, {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Approve, reject, resubmit or let lapse a liquidation revocation request today (ADM-03; If-Match)',
        tags: ['administrative-actions'],
        params: ID_PARAMS,
        headers: { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 40 } } },
        body: ref('LiquidationRevocationEventInput'),
        response: { 200: ref('LiquidationRevocation'), ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    }, async (request, reply) => {
      const actor = actorOf(callerOf(request), SUPERVISION_STAFF);
      const expected = ifMatchVersion(request);
      const { id } = request.params as { id: string };
      const event = request.body as { type: LiquidationRevocationEvent; note?: string };
      const now = context.now();
      const stored = await context.store.transaction(async (tx) => {
        const current = await loadRevocation(tx, id);
        assertVersion(current, expected, 'liquidation revocation request');
        const step = stepValue(nextLiquidationRevocation(current.data.request, { ...event, by: actor.id }, todayOf(context), { calendar }));
        const updated = await tx.sanctionCases.update(id, current.version, asJson({ ...current.data, request: step.request }), now);
        await audit(tx, {
          at: now, actor, action: `adm.liquidation-${event.type}`, subject: { type: 'liquidation-revocation', id },
          before: asJson({ state: current.data.request.state }), after: asJson({ state: step.request.state, record: step.record }),
        });
        return typed<RevocationDocument>(updated);
      });
      withVersion(reply, stored.version);
      return revocationView(context, stored);
    });

    app.get(`${LIQUIDATION}/:id`, {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'A liquidation revocation request and its status today (ADM-03)',
        tags: ['administrative-actions'],
        params: ID_PARAMS,
        response: { 200: ref('LiquidationRevocation'), ...problemResponses(401, 403, 404) },
      },
    }, async (request, reply) => {
      const record = await loadRevocation(context.store, (request.params as { id: string }).id);
      withVersion(reply, record.version);
      return revocationView(context, record);
    });
  },
};
