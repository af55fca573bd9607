import { fileComplaint, nextComplaintStep, type Complaint, type ComplaintEvent, type ComplaintFacts } from '@satupintu/core';
import { callerOf, type Authenticated } from '../access.js';
import { perMinute } from '../plugins/rate-limit.js';
import { coreValue, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas/common.js';
import { ID_PARAMS } from '../schemas/supervision.js';
import type { Repositories } from '../../store/types.js';
import type { RouteModule } from './route-module.js';
import {
  COMPLAINT_STAFF, actorOf, asJson, assertVersion, audit, ifMatchVersion, loadDocument, nextNumber, stepValue, todayOf, withVersion, type TypedRecord, typed,
} from './supervision-records.js';

/** The metadata of one uploaded piece of evidence. */
interface Evidence {
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
}

interface ComplaintDocument {
  readonly complaint: Complaint;
  readonly evidence: readonly Evidence[];
  /** The account that filed it, when it was filed signed in; it may read the complaint back. */
  readonly filedBy?: string;
}

type StoredComplaint = TypedRecord<ComplaintDocument>;

type ComplaintRequest = Omit<ComplaintFacts, 'evidence'> & { readonly evidence: readonly Evidence[] };

/** Who takes in a complaint filed on the public form (core records who received it). */
const PUBLIC_FORM = 'online-form';

const loadComplaint = (repositories: Repositories, id: string) =>
  loadDocument<ComplaintDocument>(repositories.complaints, id, 'complaint', 'complaint.not-found', { id: 'Pengaduan', en: 'complaint' });

/** How core references a piece of evidence: its file name and content hash. */
const evidenceReference = (e: Evidence): string => `${e.fileName} (sha256:${e.sha256})`;

function complaintView(record: StoredComplaint) {
  return { complaint: record.data.complaint, evidence: record.data.evidence, version: record.version, createdAt: record.createdAt };
}

const isStaff = (caller: Authenticated | undefined): boolean => caller !== undefined && caller.roles.some((r) => COMPLAINT_STAFF.includes(r));

/**
 * `/complaints` (CMP-01, CMP-02): anyone may file a complaint with evidence metadata (signed in or not); core checks
 * that the ground is admissible for the target and names the allowed grounds when it is not. Staff take it through
 * core's lifecycle; the complainant who filed it signed in, and staff, may read it.
 */
export const complaintRoutes: RouteModule = {
  name: 'complaints',
  register(app, context) {
    app.post('/complaints', {
      // Public and state-changing: limited per client like the other public lookups (no limit of its own yet).
      config: { access: 'public', identifiesCaller: true, rateLimit: perMinute(context.config.rateLimits.tracking) },
      schema: {
        summary: 'File a complaint with its evidence (CMP-01)',
        tags: ['complaints'],
        body: ref('ComplaintInput'),
        response: { 201: ref('Complaint'), ...problemResponses(400, 403, 429) },
      },
    }, async (request, reply) => {
      const body = request.body as ComplaintRequest;
      const caller = request.auth;
      const now = context.now();
      const today = todayOf(context);
      const actor = caller === undefined ? { id: 'public', role: 'public' } : { id: caller.account.id, role: caller.roles[0] ?? 'applicant' };
      const stored = await context.store.transaction(async (tx) => {
        const id = await nextNumber(tx, 'ADU', today.slice(0, 4));
        const filed = coreValue(fileComplaint({
          ...body, id, evidence: body.evidence.map(evidenceReference), filedOn: today, receivedBy: caller?.account.id ?? PUBLIC_FORM,
        }));
        const document: ComplaintDocument = { complaint: filed.complaint, evidence: body.evidence, ...(caller === undefined ? {} : { filedBy: caller.account.id }) };
        const created = await tx.complaints.create(id, asJson({ kind: 'complaint', ...document }), now, caller?.account.id);
        await audit(tx, {
          at: now, actor, action: 'complaint.filed', subject: { type: 'complaint', id }, before: null,
          after: asJson({ state: filed.complaint.state, target: filed.complaint.target.kind, ground: filed.complaint.ground, evidence: body.evidence.map((e) => e.sha256) }),
        });
        return typed<ComplaintDocument>(created);
      });
      withVersion(reply, stored.version);
      return reply.code(201).send(complaintView(stored));
    });

    app.post('/complaints/:id/events', {
      config: { access: COMPLAINT_STAFF },
      schema: {
        summary: 'Take a complaint one step today (CMP-02; If-Match: the version read)',
        tags: ['complaints'],
        params: ID_PARAMS,
        headers: { type: 'object', properties: { 'if-match': { type: 'string', maxLength: 40 } } },
        body: ref('ComplaintEventInput'),
        response: { 200: ref('Complaint'), ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    }, async (request, reply) => {
      const actor = actorOf(callerOf(request), COMPLAINT_STAFF);
      const expected = ifMatchVersion(request);
      const { id } = request.params as { id: string };
      const event = request.body as { type: ComplaintEvent; note?: string };
      const now = context.now();
      const stored = await context.store.transaction(async (tx) => {
        const current = await loadComplaint(tx, id);
        assertVersion(current, expected, 'complaint');
        const step = stepValue(nextComplaintStep(current.data.complaint, { ...event, by: actor.id }, todayOf(context)));
        const updated = await tx.complaints.update(id, current.version, asJson({ ...current.data, complaint: step.complaint }), now);
        await audit(tx, {
          at: now, actor, action: `complaint.${event.type}`, subject: { type: 'complaint', id },
          before: asJson({ state: current.data.complaint.state }), after: asJson({ state: step.complaint.state, record: step.record }),
        });
        return typed<ComplaintDocument>(updated);
      });
      withVersion(reply, stored.version);
      return complaintView(stored);
    });

    app.get('/complaints/:id', {
      config: { access: 'authenticated' },
      schema: {
        summary: 'A complaint (the complainant who filed it signed in, or staff)',
        tags: ['complaints'],
        params: ID_PARAMS,
        response: { 200: ref('Complaint'), ...problemResponses(401, 404) },
      },
    }, async (request, reply) => {
      const caller = callerOf(request);
      const record = await loadComplaint(context.store, (request.params as { id: string }).id);
      // Someone else's complaint answers like a missing one: its existence is not disclosed.
      if (!isStaff(caller) && record.data.filedBy !== caller.account.id) {
        throw problem(404, 'complaint.not-found', 'Pengaduan tidak ditemukan.', 'No such complaint.', 'id');
      }
      withVersion(reply, record.version);
      return complaintView(record);
    });
  },
};
