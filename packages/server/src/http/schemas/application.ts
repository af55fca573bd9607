import { APPLICATION_STATES, EVENT_TYPES, ROLES } from '@satupintu/core';
import { ref, type SharedSchema } from './common.js';

const TEXT = { type: 'string' } as const;
const INSTANT = { type: 'string', format: 'date-time' } as const;
const DATE = { type: 'string', format: 'date' } as const;

/** A closed object of the given properties (`required` lists the always-present ones). */
function closed(properties: Record<string, unknown>, required: readonly string[] = []): Record<string, unknown> {
  return { type: 'object', required: [...required], additionalProperties: false, properties };
}

const CONTACT = { name: TEXT, nik: TEXT, phone: TEXT, email: TEXT };
const ACTOR = closed({ id: TEXT, role: { type: 'string', enum: [...ROLES] } }, ['id', 'role']);
const BACKFILL = closed({ enteredAt: INSTANT, manualRecord: TEXT }, ['enteredAt', 'manualRecord']);

/** core's `Applicant`: a person, or a business with its contact person. */
export const APPLICANT: SharedSchema = {
  $id: 'Applicant',
  oneOf: [
    closed({ kind: { type: 'string', const: 'person' }, ...CONTACT }, ['kind', 'name', 'nik', 'phone', 'email']),
    closed({
      kind: { type: 'string', const: 'business' }, companyName: TEXT, npwp: TEXT, nib: TEXT,
      contact: closed(CONTACT, ['name', 'nik', 'phone', 'email']), representative: { type: 'boolean' },
    }, ['kind', 'companyName', 'npwp', 'contact', 'representative']),
  ],
};

/** core's `ApplicationDocument`: an uploaded file's record (APP-02). */
export const APPLICATION_DOCUMENT: SharedSchema = {
  $id: 'ApplicationDocument',
  ...closed({ key: TEXT, fileName: TEXT, mediaType: TEXT, size: { type: 'integer' }, sha256: TEXT }, ['key', 'fileName', 'mediaType', 'size', 'sha256']),
};

/** core's `Skrd`: the fee assessment letter of an approved fee-bearing application (APP-05). */
export const SKRD: SharedSchema = {
  $id: 'Skrd',
  ...closed({
    paymentRequired: { type: 'boolean', const: true }, number: TEXT, paymentCode: TEXT, applicationId: TEXT, permitType: TEXT,
    amount: { type: 'integer', description: 'Whole rupiah' }, lines: { type: 'array', items: ref('FeeLine') },
    issuedOn: DATE, dueDate: DATE, paymentWindowWorkingDays: { type: 'integer' },
    receivingAccount: closed({ bank: TEXT, accountNumber: TEXT, accountName: TEXT }, ['bank', 'accountNumber', 'accountName']),
    sources: { type: 'object', additionalProperties: ref('Citation') },
  }, ['paymentRequired', 'number', 'paymentCode', 'applicationId', 'permitType', 'amount', 'lines', 'issuedOn', 'dueDate', 'receivingAccount']),
};

/** core's `Application` with the store's optimistic-concurrency `version` (send it back in `If-Match`). */
export const APPLICATION: SharedSchema = {
  $id: 'Application',
  ...closed({
    id: TEXT,
    version: { type: 'integer', minimum: 1 },
    permitType: TEXT,
    feeBearing: { type: 'boolean' },
    signatureMode: { type: 'string', enum: ['electronic', 'wet'] },
    applicant: ref('Applicant'),
    details: { type: 'object', additionalProperties: { anyOf: [{ type: 'boolean' }, { type: 'number' }] } },
    documents: { type: 'array', items: ref('ApplicationDocument') },
    declaredAt: INSTANT,
    state: { type: 'string', enum: [...APPLICATION_STATES] },
    createdAt: INSTANT,
    receiptNumber: TEXT,
    submittedAt: INSTANT,
    completeOn: DATE,
    corrections: { type: 'array', items: closed({ reason: TEXT, at: INSTANT, by: TEXT }, ['reason', 'at', 'by']) },
    recommendation: closed({ favourable: { type: 'boolean' }, assignmentLetter: TEXT, at: INSTANT, by: TEXT }, ['favourable', 'at', 'by']),
    decision: closed({ outcome: { type: 'string', enum: ['approved', 'deemed-approved', 'rejected'] }, at: INSTANT, by: TEXT, reason: TEXT }, ['outcome', 'at', 'by']),
    skrd: ref('Skrd'),
    payment: closed({ amount: { type: 'integer' }, reference: TEXT, at: INSTANT }, ['amount', 'reference', 'at']),
    printedAt: INSTANT,
    signature: closed({ by: TEXT, at: INSTANT, mode: { type: 'string', enum: ['electronic', 'wet'] }, mandate: TEXT, challengeId: TEXT }, ['by', 'at', 'mode', 'mandate']),
    permitNumber: TEXT,
    survey: closed({ requestedOn: DATE, remindersSent: { type: 'array', items: TEXT }, suspendedAt: INSTANT, completedAt: INSTANT, responseId: TEXT }, ['remindersSent']),
    handover: closed({ method: { type: 'string', enum: ['office', 'post', 'courier'] }, skrdIncluded: { type: 'boolean' }, at: INSTANT, by: TEXT }, ['method', 'skrdIncluded', 'at', 'by']),
    pauses: {
      type: 'array',
      items: closed({ id: TEXT, kind: { type: 'string', enum: ['force-majeure', 'outage'] }, from: DATE, to: DATE, reason: TEXT, declaredBy: TEXT }, ['id', 'kind', 'from', 'reason', 'declaredBy']),
    },
    sanctions: { type: 'array', items: closed({ kind: { type: 'string', enum: ['reprimand', 'cancellation'] }, reason: TEXT, at: INSTANT, by: TEXT }, ['kind', 'reason', 'at', 'by']) },
    deadlineNotices: { type: 'array', items: { type: 'string', enum: ['approaching', 'missed'] } },
    history: {
      type: 'array',
      items: closed({
        seq: { type: 'integer' }, event: { type: 'string', enum: [...EVENT_TYPES] }, actor: ACTOR, at: INSTANT,
        from: { type: 'string', enum: [...APPLICATION_STATES] }, to: { type: 'string', enum: [...APPLICATION_STATES] },
        source: ref('Citation'), backfill: BACKFILL,
      }, ['seq', 'event', 'actor', 'at', 'from', 'to', 'source']),
    },
  }, ['id', 'version', 'permitType', 'feeBearing', 'signatureMode', 'applicant', 'details', 'documents', 'state', 'createdAt',
    'corrections', 'survey', 'pauses', 'sanctions', 'deadlineNotices', 'history']),
};

/** A list of applications. */
export const APPLICATION_LIST: SharedSchema = {
  $id: 'ApplicationList',
  ...closed({ items: { type: 'array', items: ref('Application') } }, ['items']),
};

/** The answer of a submission (APP-03): the application and its registration receipt number. */
export const SUBMISSION: SharedSchema = {
  $id: 'Submission',
  ...closed({ application: ref('Application'), receiptNumber: TEXT }, ['application', 'receiptNumber']),
};

/** An uploaded document's metadata, as `PUT …/documents/{key}` answers. */
export const DOCUMENT_META: SharedSchema = {
  $id: 'DocumentMeta',
  ...closed({ key: TEXT, fileName: TEXT, mediaType: TEXT, size: { type: 'integer' }, sha256: TEXT }, ['key', 'fileName', 'mediaType', 'size', 'sha256']),
};

/** Every shared schema of the application routes. */
export const APPLICATION_SCHEMAS: readonly SharedSchema[] = [APPLICANT, APPLICATION_DOCUMENT, SKRD, APPLICATION, APPLICATION_LIST, SUBMISSION, DOCUMENT_META];

/** Path parameters `{ id }` of an application route. */
export const APPLICATION_ID_PARAMS = {
  type: 'object', required: ['id'], additionalProperties: false,
  properties: { id: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' } },
} as const;

/** The `If-Match` header: the version the caller read (a bare or quoted number). */
export const IF_MATCH_HEADERS = {
  type: 'object', required: ['if-match'],
  properties: { 'if-match': { type: 'string', maxLength: 24, pattern: '^(W/)?"?[0-9]{1,9}"?$' } },
} as const;
