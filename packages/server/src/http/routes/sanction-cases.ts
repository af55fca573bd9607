import { dueSanctionActions, nextSanction, openSanctionCase, type IsoDate, type SanctionCase, type SanctionEvent } from '@satupintu/core';
import { callerOf } from '../access.js';
import type { AppContext } from '../context.js';
import { coreValue } from '../problem.js';
import { problemResponses, ref } from '../schemas/common.js';
import { SANCTION_SCHEMAS } from '../schemas/sanctions.js';
import { ID_PARAMS } from '../schemas/supervision.js';
import { loadBusiness } from './businesses.js';
import type { RouteModule } from './route-module.js';
import {
  SUPERVISION_STAFF, actorOf, asJson, assertVersion, audit, ifMatchVersion, loadDocument, nextNumber, stepValue, todayOf, withVersion, type TypedRecord, typed,
} from './supervision-records.js';
import type { Repositories } from '../../store/types.js';

interface CaseDocument {
  readonly case: SanctionCase;
}

type StoredCase = TypedRecord<CaseDocument>;

interface OpenRequest {
  readonly business: string;
  readonly violation: string;
  readonly correctBy?: IsoDate;
  readonly note?: string;
}

const loadCase = (repositories: Repositories, id: string) =>
  loadDocument<CaseDocument>(repositories.sanctionCases, id, 'sanction-case', 'sanction.case-not-found', { id: 'Kasus sanksi', en: 'sanction case' });

/** The API view: the case, its version, and the escalation core says is due today (SAN-05). */
function caseView(context: AppContext, record: StoredCase) {
  const { calendar } = context.config.municipality.context;
  const today = todayOf(context);
  // A case stepped on a later day than the clock (clock set back) has nothing due: core refuses the date, we show none.
  const due = today < record.data.case.since ? [] : coreValue(dueSanctionActions(record.data.case, today, calendar), 500);
  return { case: record.data.case, version: record.version, dueActions: due };
}

/**
 * `/sanction-cases`: a sanction case per violation of a business (SAN-01 … SAN-05). Core opens it (coaching first,
 * SAN-04), takes each step on today's date (escalation only after the response deadline, counted in working days),
 * and says which escalation is due; every step is kept in the case's record and in the audit log.
 */
export const sanctionCaseRoutes: RouteModule = {
  name: 'sanction-cases',
  schemas: SANCTION_SCHEMAS,
  register(app, context) {
    const { calendar } = context.config.municipality.context;

    app.post('/sanction-cases', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Open a sanction case for a violation of a business (SAN-01 … SAN-04)',
        tags: ['sanctions'],
        body: ref('SanctionCaseInput'),
        response: { 201: ref('SanctionCase'), ...problemResponses(400, 401, 403, 404) },
      },
    }, async (request, reply) => {
      const actor = actorOf(callerOf(request), SUPERVISION_STAFF);
      const body = request.body as OpenRequest;
      const now = context.now();
      const today = todayOf(context);
      const stored = await context.store.transaction(async (tx) => {
        const business = await loadBusiness(tx, body.business);
        const id = await nextNumber(tx, 'SK', today.slice(0, 4));
        const opened = coreValue(openSanctionCase({ ...body, id, business: business.id, openedOn: today, by: actor.id }, { calendar }));
        const created = await tx.sanctionCases.create(id, asJson({ kind: 'sanction-case', case: opened.case }), now, business.id);
        await audit(tx, {
          at: now, actor, action: 'sanction.opened', subject: { type: 'sanction-case', id }, before: null,
          after: asJson({ business: business.id, violation: opened.case.violation, track: opened.case.track, record: opened.record }),
        });
        return typed<CaseDocument>(created);
      });
      withVersion(reply, stored.version);
      return reply.code(201).send(caseView(context, stored));
    });

    app.post('/sanction-cases/:id/events', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'Take a sanction case one step today (If-Match: the version read)',
        tags: ['sanctions'],
        params: ID_PARAMS,
        headers: { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 40 } } },
        body: ref('SanctionEventInput'),
        response: { 200: ref('SanctionCase'), ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    }, async (request, reply) => {
      const actor = actorOf(callerOf(request), SUPERVISION_STAFF);
      const expected = ifMatchVersion(request);
      const { id } = request.params as { id: string };
      const event = request.body as { type: SanctionEvent; note?: string };
      const now = context.now();
      const stored = await context.store.transaction(async (tx) => {
        const current = await loadCase(tx, id);
        assertVersion(current, expected, 'sanction case');
        const step = stepValue(nextSanction(current.data.case, { ...event, by: actor.id }, todayOf(context), { calendar }));
        const updated = await tx.sanctionCases.update(id, current.version, asJson({ kind: 'sanction-case', case: step.case }), now);
        await audit(tx, {
          at: now, actor, action: `sanction.${event.type}`, subject: { type: 'sanction-case', id },
          before: asJson({ state: current.data.case.state, deadline: current.data.case.deadline ?? null }), after: asJson({ state: step.case.state, record: step.record }),
        });
        return typed<CaseDocument>(updated);
      });
      withVersion(reply, stored.version);
      return caseView(context, stored);
    });

    app.get('/sanction-cases/:id', {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: 'A sanction case with the escalation due today (SAN-05)',
        tags: ['sanctions'],
        params: ID_PARAMS,
        response: { 200: ref('SanctionCase'), ...problemResponses(401, 403, 404) },
      },
    }, async (request, reply) => {
      const record = await loadCase(context.store, (request.params as { id: string }).id);
      withVersion(reply, record.version);
      return caseView(context, record);
    });
  },
};
