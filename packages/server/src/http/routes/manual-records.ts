import { STAFF_ROLES, type Role } from '@satupintu/core';
import { applyApplicationEvent } from '../../services/applications.js';
import { declaredPauseAt } from '../../services/service-status.js';
import { callerOf, rolesOf } from '../access.js';
import { actorOf, applicationResource, ifMatchVersion, visibleApplication } from '../application-access.js';
import { coreValue, problem } from '../problem.js';
import { APPLICATION_ID_PARAMS, IF_MATCH_HEADERS } from '../schemas/application.js';
import { problemResponses, ref } from '../schemas/common.js';
import { actingRole, EVENT_FIELDS, officerEvent, type EventBody } from './application-events.js';
import type { RouteModule } from './route-module.js';

/** The steps an officer may have taken by hand during an outage (a pause itself is declared through /service-status). */
const MANUAL_STEPS = [
  'verify', 'validate', 'return-for-correction', 'recommend', 'approve', 'reject', 'print', 'sign', 'assign-number', 'hand-over',
] as const;

interface ManualRecordBody extends Omit<EventBody, 'type'> {
  readonly type: (typeof MANUAL_STEPS)[number];
  readonly at: string;
  readonly officerId: string;
  readonly manualRecord: string;
}

const MANUAL_RECORD = {
  type: 'object', required: ['type', 'at', 'officerId', 'manualRecord'], additionalProperties: false,
  properties: {
    type: { type: 'string', enum: [...MANUAL_STEPS] },
    at: { type: 'string', format: 'date-time', description: 'When the step was taken by hand (its original instant, with offset)' },
    officerId: { type: 'string', minLength: 1, maxLength: 64, description: 'The account id of the officer who took the step' },
    manualRecord: { type: 'string', minLength: 1, maxLength: 500, description: 'The paper record it is entered from (its number or description)' },
    ...EVENT_FIELDS,
    actingAs: { ...EVENT_FIELDS.actingAs, description: 'The officer\'s role the step was taken in; default the one core\'s table gives the step' },
  },
} as const;

const outsideOutage = () => problem(400, 'manual-record.outside-outage',
  'Catatan manual hanya untuk langkah selama gangguan atau keadaan kahar yang dinyatakan (M18 Pasal 26).',
  'Manual records are only for steps taken during a declared outage or force majeure (M18 Pasal 26).', 'at');

/**
 * `POST /applications/{id}/manual-records` (staff): a step taken by hand during a declared outage or force majeure,
 * entered afterwards unchanged (APP-11, M18 Pasal 26): the step's event carries its original instant and officer and
 * is marked back-filled (when entered, from which paper record) in the application's history and its audit entry; a
 * second audit entry `application.manual-record-entered` names the staff member who typed it in (AUD-01).
 * Refused (400 `manual-record.outside-outage`) when `at` is not inside a period declared through
 * `POST /service-status`; core refuses it too when the application did not carry that pause, or when it is older
 * than a step already recorded.
 */
export const manualRecordRoutes: RouteModule = {
  name: 'manual-records',
  register(app, context) {
    const deps = { store: context.store, lifecycle: context.config.municipality.context, now: context.now };
    app.post('/applications/:id/manual-records', {
      config: { access: STAFF_ROLES },
      schema: {
        summary: 'Enter a step taken by hand during a declared outage, with its original date and officer (APP-11)',
        tags: ['applications'],
        params: APPLICATION_ID_PARAMS,
        headers: IF_MATCH_HEADERS,
        body: MANUAL_RECORD,
        response: { 200: ref('Application'), ...problemResponses(400, 401, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const version = ifMatchVersion(request.headers['if-match']);
      const body = request.body as ManualRecordBody;
      const current = await visibleApplication(context, caller, (request.params as { id: string }).id);
      const enteredAt = context.now();
      if (Date.parse(body.at) > Date.parse(enteredAt) || await declaredPauseAt(deps, body.at) === undefined) throw outsideOutage();
      const officer = await context.store.accounts.get(body.officerId);
      const officerRoles = officer === undefined ? [] : rolesOf(officer).filter((role: Role) => STAFF_ROLES.includes(role));
      if (officer === undefined || officerRoles.length === 0) {
        throw problem(400, 'manual-record.officer-unknown', 'Petugas tidak dikenal sebagai pegawai PTSP.', 'The officer is not known as PTSP staff.', 'officerId');
      }
      const role = actingRole(officerRoles, current.application.state, body.type, body.actingAs);
      const base = { actor: { id: officer.id, role }, at: body.at, backfill: { enteredAt, manualRecord: body.manualRecord } };
      const next = await applyApplicationEvent(deps, {
        applicationId: current.application.id,
        expectedVersion: version,
        event: (stored, tx) => officerEvent(context, body, base, stored, tx),
        alongside: async (tx, stored) => {
          coreValue(await tx.audit.append({
            at: enteredAt, actor: actorOf(caller), action: 'application.manual-record-entered', subject: { type: 'application', id: stored.application.id },
            before: null, after: { step: body.type, at: body.at, officer: officer.id, manualRecord: body.manualRecord },
          }), 500);
        },
      });
      return reply.header('etag', `"${next.version}"`).send(applicationResource(next));
    });
  },
};
