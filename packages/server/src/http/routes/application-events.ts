import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  STAFF_ROLES, TRANSITIONS, calculateFee, checkSigningPin, issueSigningPin,
  type ApplicationEvent, type FeeInputs, type PermitFeeType, type Role, type SigningConfirmation,
} from '@satupintu/core';
import type { FastifyInstance } from 'fastify';
import { applyApplicationEvent } from '../../services/applications.js';
import { memorySigningChallenges } from '../../services/signing-challenges.js';
import type { Repositories, StoredApplication } from '../../store/types.js';
import { callerOf } from '../access.js';
import { applicationResource, ifMatchVersion, visibleApplication } from '../application-access.js';
import type { AppContext } from '../context.js';
import { perMinute } from '../plugins/rate-limit.js';
import { coreValue, problem } from '../problem.js';
import { APPLICATION_ID_PARAMS, IF_MATCH_HEADERS } from '../schemas/application.js';
import { problemResponses, ref } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

/** The officers' steps this route takes; applicant, bank and scheduler events have routes or jobs of their own. */
export const OFFICER_EVENTS = [
  'verify', 'validate', 'return-for-correction', 'recommend', 'approve', 'reject', 'print', 'sign', 'assign-number',
  'hand-over', 'reprimand', 'cancel-as-sanction', 'declare-pause', 'end-pause',
] as const;

export type OfficerEventType = (typeof OFFICER_EVENTS)[number];

/** The body of `POST /applications/{id}/events`: the type and that event's fields (core checks which apply). */
export interface EventBody {
  readonly type: OfficerEventType;
  readonly actingAs?: Role;
  readonly note?: string;
  readonly reason?: string;
  readonly favourable?: boolean;
  readonly assignmentLetter?: string;
  readonly feeInput?: Record<string, unknown>;
  readonly pin?: string;
  readonly permitNumber?: string;
  readonly method?: 'office' | 'post' | 'courier';
  readonly skrdIncluded?: boolean;
  readonly kind?: 'force-majeure' | 'outage';
  readonly pauseId?: string;
}

const TEXT = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;

/** The fields of an officer's step besides its type (shared with the manual records of APP-11). */
export const EVENT_FIELDS = {
  actingAs: { type: 'string', enum: [...STAFF_ROLES], description: 'The caller\'s role to act in; default the one core\'s table gives the step' },
  note: TEXT(2000), reason: TEXT(2000), favourable: { type: 'boolean' }, assignmentLetter: TEXT(200),
  feeInput: { type: 'object', description: 'approve of a fee-bearing permit: core calculateFee input of the permit type' },
  permitNumber: TEXT(100), method: { type: 'string', enum: ['office', 'post', 'courier'] }, skrdIncluded: { type: 'boolean' },
} as const;

const EVENT_BODY = {
  type: 'object', required: ['type'], additionalProperties: false,
  properties: {
    type: { type: 'string', enum: [...OFFICER_EVENTS] },
    ...EVENT_FIELDS,
    pin: { type: 'string', pattern: '^[0-9]{6,10}$', description: 'sign (electronic): the PIN sent by SMS' },
    kind: { type: 'string', enum: ['force-majeure', 'outage'] }, pauseId: TEXT(64),
  },
} as const;

/**
 * The role to take the step in for an officer holding `roles` (the caller, or the officer of a manual record):
 * `actingAs` if held, else the first held role core's table lets take it, else the first staff role.
 */
export function actingRole(roles: readonly Role[], state: string, type: OfficerEventType, actingAs: Role | undefined): Role {
  if (actingAs !== undefined) {
    if (!roles.includes(actingAs)) throw problem(403, 'auth.forbidden', 'Peran ini tidak dipegang.', 'This role is not held.', 'actingAs');
    return actingAs;
  }
  const owners = TRANSITIONS.filter((r) => r.from === state && r.event === type).map((r) => r.role);
  return roles.find((role) => owners.includes(role)) ?? roles.find((role) => STAFF_ROLES.includes(role)) ?? 'applicant';
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/**
 * Core's event of an officer's step from the request body, built inside the transaction (the SKRD of an approval
 * takes its number from the store's counter of the event's year). `base` gives actor, instant and, for a manual
 * record (APP-11), `backfill`.
 */
export async function officerEvent(
  context: AppContext, body: EventBody, base: Pick<ApplicationEvent, 'actor' | 'at' | 'backfill'>, stored: StoredApplication, tx: Repositories,
  confirmation?: SigningConfirmation,
): Promise<ApplicationEvent> {
  const lifecycle = context.config.municipality.context;
  switch (body.type) {
    case 'verify': case 'validate': return { type: body.type, ...base, ...optional('note', body.note) };
    case 'recommend': return { type: 'recommend', ...base, favourable: body.favourable as boolean, ...optional('assignmentLetter', body.assignmentLetter), ...optional('note', body.note) };
    case 'approve': {
      if (!stored.application.feeBearing || body.feeInput === undefined) return { type: 'approve', ...base };
      const permitType = stored.application.permitType as PermitFeeType;
      const assessment = coreValue(calculateFee(permitType, body.feeInput as unknown as FeeInputs[PermitFeeType], context.config.municipality.fees));
      const year = lifecycle.calendar.dateOf(base.at).slice(0, 4);
      return { type: 'approve', ...base, fee: { assessment, sequence: await tx.counters.next(`skrd:${year}`) } };
    }
    case 'sign': return { type: 'sign', ...base, ...optional('confirmation', confirmation) };
    case 'assign-number': return { type: 'assign-number', ...base, permitNumber: body.permitNumber as string };
    case 'hand-over': return { type: 'hand-over', ...base, method: body.method as 'office', ...optional('skrdIncluded', body.skrdIncluded) };
    case 'declare-pause': return { type: 'declare-pause', ...base, pauseId: body.pauseId ?? `pause-${randomUUID()}`, kind: body.kind as 'outage', reason: body.reason as string };
    case 'end-pause': return { type: 'end-pause', ...base, pauseId: body.pauseId as string };
    case 'print': return { type: 'print', ...base };
    default: return { type: body.type, ...base, reason: body.reason as string };
  }
}

function register(app: FastifyInstance, context: AppContext): void {
  const lifecycle = context.config.municipality.context;
  const deps = { store: context.store, lifecycle, now: context.now };
  const challenges = memorySigningChallenges(context.now);
  // The PIN's HMAC key, derived from the server secret for this one purpose.
  const pinSecret = new Uint8Array(createHash('sha256').update(`satupintu:signing-pin:${context.secret}`).digest());

  /** The confirmation of a typed PIN (APP-07), with its attempt counted in the stored challenge. */
  async function confirmPin(applicationId: string, officialId: string, pin: string | undefined, at: string): Promise<SigningConfirmation | undefined> {
    if (pin === undefined) return undefined; // core refuses an electronic signature without one
    const challenge = challenges.get(applicationId, officialId);
    if (challenge === undefined) {
      throw problem(409, 'signing.pin-not-issued', 'Minta PIN tanda tangan terlebih dahulu.', 'Ask for a signing PIN first.', 'pin');
    }
    const checked = coreValue(await checkSigningPin(challenge, pin, at, pinSecret));
    challenges.put(checked.challenge);
    if (checked.status === 'ok') return checked.confirmation;
    if (checked.status === 'wrong') {
      throw problem(400, 'signing.pin-wrong', `PIN salah; sisa percobaan ${checked.attemptsLeft}.`, `Wrong PIN; ${checked.attemptsLeft} attempts left.`, 'pin');
    }
    throw problem(409, `signing.pin-${checked.status}`, 'PIN tidak berlaku lagi; minta PIN baru.', 'The PIN is no longer valid; ask for a new one.', 'pin');
  }

  app.post('/applications/:id/events', {
    // PIN guessing is bounded by core's attempts per challenge and by the rate limit of issuing PINs.
    config: { access: STAFF_ROLES },
    schema: {
      summary: 'An officer\'s step on an application (core\'s transition table decides who may take it)',
      tags: ['applications'],
      params: APPLICATION_ID_PARAMS,
      headers: IF_MATCH_HEADERS,
      body: EVENT_BODY,
      response: { 200: ref('Application'), ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const version = ifMatchVersion(request.headers['if-match']);
    const body = request.body as EventBody;
    const current = await visibleApplication(context, caller, (request.params as { id: string }).id);
    const role = actingRole(caller.roles, current.application.state, body.type, body.actingAs);
    const actor = { id: caller.account.id, role };
    const confirmation = body.type === 'sign' ? await confirmPin(current.application.id, actor.id, body.pin, context.now()) : undefined;
    const next = await applyApplicationEvent(deps, {
      applicationId: current.application.id,
      expectedVersion: version,
      event: (stored, tx) => officerEvent(context, body, { actor, at: context.now() }, stored, tx, confirmation),
    });
    return reply.header('etag', `"${next.version}"`).send(applicationResource(next));
  });

  app.post('/applications/:id/signing-pin', {
    config: { access: ['signing-official', 'head-of-office'], rateLimit: perMinute(context.config.rateLimits.pin) },
    schema: {
      summary: 'Send a one-time signing PIN to the official\'s registered phone by SMS (APP-07)',
      tags: ['applications'],
      params: APPLICATION_ID_PARAMS,
      response: {
        202: { type: 'object', required: ['expiresAt'], additionalProperties: false, properties: { expiresAt: { type: 'string', format: 'date-time' } } },
        ...problemResponses(401, 403, 404, 409, 429),
      },
    },
  }, async (request, reply) => {
    const caller = callerOf(request);
    const stored = await visibleApplication(context, caller, (request.params as { id: string }).id);
    if (stored.application.state !== 'awaiting-signature') {
      throw problem(409, 'signing.not-awaiting-signature', 'Permohonan tidak menunggu tanda tangan.', 'The application is not awaiting a signature.', 'state');
    }
    const now = context.now();
    const issued = coreValue(await issueSigningPin({
      random: (n) => new Uint8Array(randomBytes(n)), now, secret: pinSecret, ttlSeconds: 300,
      officialId: caller.account.id, applicationId: stored.application.id,
    }));
    const number = stored.application.receiptNumber ?? stored.application.id;
    await context.store.outbox.enqueue({
      channel: 'sms', recipient: caller.account.phone, subjectId: stored.application.id, at: now,
      message: { id: `PIN tanda tangan ${number}: ${issued.pin} (berlaku 5 menit). Jangan berikan kepada siapa pun.`, en: `Signing PIN for ${number}: ${issued.pin} (valid 5 minutes). Do not share it.` },
    });
    challenges.put(issued.challenge);
    return reply.code(202).send({ expiresAt: issued.challenge.expiresAt });
  });
}

/** Officers' steps: `POST /applications/{id}/events` and the signing PIN `POST /applications/{id}/signing-pin`. */
export const applicationEventRoutes: RouteModule = { name: 'application-events', register };
