import {
  ADMINISTRATIVE_GROUNDS, COMPLAINT_EVENTS, COMPLAINT_GROUNDS, COMPLAINT_STATES, COMPLAINT_TARGETS, LICENSING_INSTRUMENTS,
  LIQUIDATION_REVOCATION_EVENTS, LIQUIDATION_REVOCATION_STATES, RISK_LEVEL_IDS, SANCTION_EVENTS, SANCTION_STATES, SANCTION_VIOLATION_CLASSES,
} from '@satupintu/core';
import { ref, type SharedSchema } from './common.js';
import { DATE, INSTANT, text } from './supervision.js';

const NOTE = { type: 'string', maxLength: 2000 } as const;

/** The body of a lifecycle step (sanction case, complaint, liquidation revocation): the event and a note. */
function eventInput(id: string, events: readonly string[]): SharedSchema {
  return { $id: id, type: 'object', required: ['type'], additionalProperties: false, properties: { type: { type: 'string', enum: [...events] }, note: NOTE } };
}

/** One recorded step of a lifecycle (core's `CaseStepRecord`, and the sanction record's extra fields). */
function stepRecord(states: readonly string[], events: readonly string[], extra: Record<string, unknown> = {}) {
  return {
    type: 'object', required: ['sequence', 'event', 'state', 'on', 'by', 'source'], additionalProperties: false,
    properties: {
      sequence: { type: 'integer' }, event: { type: 'string', enum: ['opened', ...events] }, state: { type: 'string', enum: [...states] },
      on: DATE, by: { type: 'string' }, source: ref('Citation'), note: { type: 'string' }, ...extra,
    },
  } as const;
}

/** The body of `POST /sanction-cases`. */
export const SANCTION_CASE_INPUT: SharedSchema = {
  $id: 'SanctionCaseInput',
  type: 'object',
  required: ['business', 'violation'],
  additionalProperties: false,
  properties: {
    business: { type: 'string', maxLength: 100, description: 'The id (NIB) of a stored business' },
    violation: { type: 'string', maxLength: 100, description: 'A violation kind of core (SAN-01 … SAN-03)' },
    correctBy: { ...DATE, description: 'Optional last day to correct after coaching' },
    note: NOTE,
  },
};

/** core's `SanctionCase` with its version and the escalation due today (SAN-04, SAN-05). */
export const SANCTION_CASE: SharedSchema = {
  $id: 'SanctionCase',
  type: 'object',
  required: ['case', 'version', 'dueActions'],
  additionalProperties: false,
  properties: {
    case: {
      type: 'object', required: ['id', 'business', 'violation', 'track', 'state', 'since', 'records'], additionalProperties: false,
      properties: {
        id: { type: 'string' }, business: { type: 'string' }, violation: { type: 'string' },
        track: { type: 'string', enum: [...SANCTION_VIOLATION_CLASSES] }, state: { type: 'string', enum: [...SANCTION_STATES] },
        since: DATE, deadline: DATE,
        records: {
          type: 'array',
          items: stepRecord(SANCTION_STATES, SANCTION_EVENTS, {
            caseId: { type: 'string' }, step: { type: 'string' }, deadline: DATE, deadlineSource: ref('Citation'),
          }),
        },
      },
    },
    version: { type: 'integer' },
    dueActions: {
      type: 'array',
      items: {
        type: 'object', required: ['caseId', 'kind', 'event', 'from', 'to', 'deadline', 'overdueWorkingDays', 'source'], additionalProperties: false,
        properties: {
          caseId: { type: 'string' }, kind: { type: 'string' }, event: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
          deadline: DATE, overdueWorkingDays: { type: 'integer' }, source: ref('Citation'),
        },
      },
    },
  },
};

/** The body of `POST /administrative-actions`: what is cancelled or revoked, and why (ADM-01, ADM-02). */
export const ADMINISTRATIVE_ACTION_INPUT: SharedSchema = {
  $id: 'AdministrativeActionInput',
  type: 'object',
  required: ['business', 'ground', 'instrument', 'verified', 'risk'],
  additionalProperties: false,
  properties: {
    business: { type: 'string', maxLength: 100 },
    ground: { type: 'string', enum: [...ADMINISTRATIVE_GROUNDS] },
    instrument: { type: 'string', enum: [...LICENSING_INSTRUMENTS] },
    verified: { type: 'boolean', description: 'Whether the certificate or licence was already verified' },
    risk: { type: 'string', enum: [...RISK_LEVEL_IDS], description: 'The risk level of the activity concerned' },
    note: NOTE,
  },
};

const RULE_EFFECT = {
  type: 'object', required: ['instrument', 'action'], additionalProperties: false,
  properties: { instrument: { type: 'string' }, action: { type: 'string' }, withinMonths: { type: 'integer' } },
} as const;

/** A decided administrative action: core's kind (ADM-01) and effects (ADM-02). */
export const ADMINISTRATIVE_ACTION: SharedSchema = {
  $id: 'AdministrativeAction',
  type: 'object',
  required: ['id', 'business', 'ground', 'instrument', 'verified', 'risk', 'activityCount', 'kind', 'kindSource', 'effects', 'effectsSource', 'decidedOn', 'decidedBy', 'version'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' }, business: { type: 'string' }, ground: { type: 'string' }, instrument: { type: 'string' }, verified: { type: 'boolean' },
    risk: { type: 'string' }, activityCount: { type: 'integer' }, kind: { type: 'string', enum: ['cancellation', 'revocation'] }, kindSource: ref('Citation'),
    effects: { type: 'array', items: RULE_EFFECT }, effectsSource: ref('Citation'), decidedOn: DATE, decidedBy: { type: 'string' }, note: { type: 'string' },
    version: { type: 'integer' },
  },
};

/** A liquidation revocation request (ADM-03) with its status today and version. */
export const LIQUIDATION_REVOCATION: SharedSchema = {
  $id: 'LiquidationRevocation',
  type: 'object',
  required: ['request', 'business', 'status', 'version'],
  additionalProperties: false,
  properties: {
    business: { type: 'string' },
    request: {
      type: 'object', required: ['id', 'state', 'since', 'verifyBy', 'records'], additionalProperties: false,
      properties: {
        id: { type: 'string' }, state: { type: 'string', enum: [...LIQUIDATION_REVOCATION_STATES] }, since: DATE, verifyBy: DATE,
        issuedAutomatically: { type: 'boolean' }, records: { type: 'array', items: stepRecord(LIQUIDATION_REVOCATION_STATES, LIQUIDATION_REVOCATION_EVENTS) },
      },
    },
    status: {
      type: 'object', required: ['state', 'verifyBy', 'issuedAutomatically', 'source'], additionalProperties: false,
      properties: {
        state: { type: 'string', enum: [...LIQUIDATION_REVOCATION_STATES] }, verifyBy: DATE, issuedAutomatically: { type: 'boolean' },
        automaticIssueOn: DATE, source: ref('Citation'),
      },
    },
    version: { type: 'integer' },
  },
};

/** One piece of complaint evidence: the uploaded file's metadata (Pasal 37 ayat (6)). */
const EVIDENCE = {
  type: 'object', required: ['fileName', 'mediaType', 'size', 'sha256'], additionalProperties: false,
  properties: {
    fileName: { type: 'string', minLength: 1, maxLength: 255 }, mediaType: { type: 'string', maxLength: 128 },
    size: { type: 'integer', minimum: 1 }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  },
} as const;

const PARTY = (kinds: readonly string[]) => ({
  type: 'object', required: ['kind', 'name'], additionalProperties: false,
  properties: { kind: { type: 'string', enum: [...kinds] }, name: { type: 'string', maxLength: 200 } },
}) as const;

const COMPLAINT_FACTS = {
  complainant: PARTY(['public', 'business']),
  target: PARTY(COMPLAINT_TARGETS),
  ground: { type: 'string', enum: COMPLAINT_GROUNDS.map((g) => g.ground) },
  description: text(4000),
  channel: { type: 'string', enum: ['direct', 'written', 'electronic'] },
} as const;

/** The body of `POST /complaints` (CMP-01). */
export const COMPLAINT_INPUT: SharedSchema = {
  $id: 'ComplaintInput',
  type: 'object',
  required: ['complainant', 'target', 'ground', 'description', 'evidence', 'channel'],
  additionalProperties: false,
  properties: { ...COMPLAINT_FACTS, evidence: { type: 'array', maxItems: 50, items: EVIDENCE } },
};

/** A complaint in its lifecycle (CMP-02) with its evidence metadata and version. */
export const COMPLAINT: SharedSchema = {
  $id: 'Complaint',
  type: 'object',
  required: ['complaint', 'evidence', 'version', 'createdAt'],
  additionalProperties: false,
  properties: {
    complaint: {
      type: 'object', required: ['id', 'state', 'since', 'records', 'complainant', 'target', 'ground', 'description', 'evidence', 'channel'], additionalProperties: false,
      properties: {
        id: { type: 'string' }, state: { type: 'string', enum: [...COMPLAINT_STATES] }, since: DATE,
        records: { type: 'array', items: stepRecord(COMPLAINT_STATES, COMPLAINT_EVENTS) },
        ...COMPLAINT_FACTS, evidence: { type: 'array', items: { type: 'string' } },
      },
    },
    evidence: { type: 'array', items: EVIDENCE },
    version: { type: 'integer' },
    createdAt: INSTANT,
  },
};

/** The shared schemas of the sanction, administrative-action and complaint routes. */
export const SANCTION_SCHEMAS: readonly SharedSchema[] = [
  SANCTION_CASE_INPUT, SANCTION_CASE, eventInput('SanctionEventInput', SANCTION_EVENTS), ADMINISTRATIVE_ACTION_INPUT, ADMINISTRATIVE_ACTION,
  LIQUIDATION_REVOCATION, eventInput('LiquidationRevocationEventInput', LIQUIDATION_REVOCATION_EVENTS), COMPLAINT_INPUT, COMPLAINT,
  eventInput('ComplaintEventInput', COMPLAINT_EVENTS),
];
