import { BUSINESS_SCALES, COMPLIANCE_RATINGS, INCIDENTAL_TRIGGERS, LKPM_EXEMPT_SECTORS, RISK_LEVEL_IDS } from '@satupintu/core';
import { ref, type SharedSchema } from './common.js';

/** An ISO calendar date. */
export const DATE = { type: 'string', format: 'date' } as const;
/** An ISO instant. */
export const INSTANT = { type: 'string', format: 'date-time' } as const;
/** A non-empty string of at most `max` characters (core checks the content: script, control characters). */
export const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;

/**
 * A name stored for later core checks (a business's name and locations, which core's plan reads): the schema
 * already refuses markup and control characters, so a stored business can never make a later plan fail.
 */
const plainText = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: '^[^<>\\u0000-\\u001f\\u007f-\\u009f]*\\S[^<>\\u0000-\\u001f\\u007f-\\u009f]*$' }) as const;
/** A record id in a path. */
export const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 100 } } } as const;

const RISK = { type: 'string', enum: [...RISK_LEVEL_IDS] } as const;
const RATING = { type: 'string', enum: [...COMPLIANCE_RATINGS] } as const;
const SCALE = { type: 'string', enum: [...BUSINESS_SCALES] } as const;
const CITATIONS = { type: 'array', items: ref('Citation') } as const;

/** The fields of a business as the office registers it (the input of `POST /businesses`). */
const BUSINESS_FIELDS = {
  nib: { type: 'string', maxLength: 64, description: 'NIB (13 digits); the business id' },
  name: plainText(200),
  scale: SCALE,
  compliance: { ...RATING, description: 'The latest compliance rating (SUP-03)' },
  sector: { type: 'string', enum: [...LKPM_EXEMPT_SECTORS.map((s) => s.sector), 'other'], description: 'LKPM sector (SUP-10)' },
  nationalPriority: { type: 'boolean' },
  plannedInvestment: { type: 'integer', minimum: 0, description: 'Integer rupiah' },
  basicRequirementsMet: { type: 'boolean' },
  realisationPercent: { type: 'number', minimum: 0, maximum: 1000 },
  locations: {
    type: 'array', minItems: 1, maxItems: 50,
    items: {
      type: 'object', required: ['location', 'activities'], additionalProperties: false,
      properties: {
        location: plainText(200),
        activities: {
          type: 'array', minItems: 1, maxItems: 50,
          items: { type: 'object', required: ['risk'], additionalProperties: false, properties: { risk: RISK, kbli: { type: 'string', pattern: '^[0-9]{1,10}$' } } },
        },
      },
    },
  },
  inspectionHistory: {
    type: 'array', maxItems: 50,
    items: { type: 'object', required: ['year', 'compliance'], additionalProperties: false, properties: { year: { type: 'integer', minimum: 1900, maximum: 9999 }, compliance: RATING } },
  },
} as const;

/** The body of `POST /businesses`. */
export const BUSINESS_INPUT: SharedSchema = {
  $id: 'BusinessInput',
  type: 'object',
  required: ['nib', 'name', 'locations'],
  additionalProperties: false,
  properties: BUSINESS_FIELDS,
};

/** A registered business with its version. */
export const BUSINESS: SharedSchema = {
  $id: 'Business',
  type: 'object',
  required: ['id', 'nib', 'name', 'locations', 'version', 'createdAt', 'updatedAt'],
  additionalProperties: false,
  properties: { id: { type: 'string' }, ...BUSINESS_FIELDS, version: { type: 'integer' }, createdAt: INSTANT, updatedAt: INSTANT },
};

/** core's `FrequencyReason`: a row of the SUP-02 table or a SUP-03 cap. */
export const FREQUENCY_REASON: SharedSchema = {
  $id: 'FrequencyReason',
  type: 'object',
  required: ['rule', 'maxPerYear', 'reason', 'source'],
  additionalProperties: false,
  properties: {
    rule: { type: 'string', enum: ['SUP-02', 'SUP-03'] },
    risk: RISK,
    compliance: { type: 'array', items: RATING },
    risks: { type: 'array', items: RISK },
    scales: { type: 'array', items: SCALE },
    maxPerYear: { type: 'integer' },
    reason: ref('LocalizedText'),
    source: ref('Citation'),
  },
};

/** `GET /businesses/{id}/inspection-frequency`: core's frequency per risk level at each location (SUP-02 … SUP-04). */
export const BUSINESS_FREQUENCY: SharedSchema = {
  $id: 'BusinessInspectionFrequency',
  type: 'object',
  required: ['businessId', 'locations'],
  additionalProperties: false,
  properties: {
    businessId: { type: 'string' },
    locations: {
      type: 'array',
      items: {
        type: 'object', required: ['location', 'levels'], additionalProperties: false,
        properties: {
          location: { type: 'string' },
          levels: {
            type: 'array',
            items: {
              type: 'object', required: ['risk', 'maxPerYear', 'reasons', 'activities'], additionalProperties: false,
              properties: {
                risk: RISK, compliance: RATING, scale: SCALE, maxPerYear: { type: 'integer' },
                reasons: { type: 'array', items: ref('FrequencyReason') },
                activities: { type: 'array', items: { type: 'integer' } },
              },
            },
          },
        },
      },
    },
  },
};

const LETTERS = {
  type: 'object', required: ['date', 'assignmentLetterBy', 'businessNotificationBy', 'agencyRenotificationOn'], additionalProperties: false,
  properties: { date: DATE, assignmentLetterBy: DATE, businessNotificationBy: DATE, agencyRenotificationOn: DATE },
} as const;

const UNIT = { businessId: { type: 'string' }, businessName: { type: 'string' }, location: { type: 'string' }, risk: RISK } as const;
const UNIT_REQUIRED = ['businessId', 'businessName', 'location', 'risk'];

/** core's `InspectionPlan` (SUP-05, SUP-06) as stored for a year. */
export const INSPECTION_PLAN: SharedSchema = {
  $id: 'InspectionPlan',
  type: 'object',
  required: ['year', 'milestones', 'window', 'priorityOrder', 'inspections', 'exempt', 'unscheduled', 'evaluations', 'totals', 'source'],
  additionalProperties: false,
  properties: {
    year: { type: 'integer' },
    milestones: {
      type: 'array',
      items: {
        type: 'object', required: ['milestone', 'name', 'week', 'source'], additionalProperties: false,
        properties: {
          milestone: { type: 'string', enum: ['compiled', 'adjusted', 'finalised'] }, name: ref('LocalizedText'),
          week: { type: 'object', required: ['from', 'to'], additionalProperties: false, properties: { from: DATE, to: DATE } },
          lastWorkingDay: DATE, source: ref('Citation'),
        },
      },
    },
    window: {
      type: 'object', required: ['lettersFrom', 'firstInspection', 'lastInspection', 'workingDays', 'capacityPerDay'], additionalProperties: false,
      properties: { lettersFrom: DATE, firstInspection: DATE, lastInspection: DATE, workingDays: { type: 'integer' }, capacityPerDay: { type: 'integer' } },
    },
    priorityOrder: {
      type: 'array',
      items: {
        type: 'object', required: ['criterion', 'order', 'source'], additionalProperties: false,
        properties: { criterion: { type: 'string' }, order: ref('LocalizedText'), source: ref('Citation') },
      },
    },
    inspections: {
      type: 'array',
      items: {
        type: 'object', required: [...UNIT_REQUIRED, 'rank', 'maxPerYear', 'reasons', 'releasedFromPriority', 'visits'], additionalProperties: false,
        properties: {
          ...UNIT, rank: { type: 'integer' }, maxPerYear: { type: 'integer' }, reasons: { type: 'array', items: ref('FrequencyReason') },
          releasedFromPriority: { type: 'boolean' },
          visits: {
            type: 'array',
            items: { type: 'object', required: ['date', 'inspector', 'letters'], additionalProperties: false, properties: { date: DATE, inspector: { type: 'integer' }, letters: LETTERS } },
          },
        },
      },
    },
    exempt: {
      type: 'array',
      items: { type: 'object', required: [...UNIT_REQUIRED, 'reasons'], additionalProperties: false, properties: { ...UNIT, reasons: { type: 'array', items: ref('FrequencyReason') } } },
    },
    unscheduled: {
      type: 'array',
      items: {
        type: 'object', required: [...UNIT_REQUIRED, 'rank', 'maxPerYear', 'planned', 'missing', 'code', 'message'], additionalProperties: false,
        properties: {
          ...UNIT, rank: { type: 'integer' }, maxPerYear: { type: 'integer' }, planned: { type: 'integer' }, missing: { type: 'integer' },
          code: { type: 'string' }, message: ref('LocalizedText'),
        },
      },
    },
    evaluations: {
      type: 'array',
      items: {
        type: 'object', required: ['businessId', 'businessName', 'location', 'years', 'ratings', 'source'], additionalProperties: false,
        properties: {
          businessId: { type: 'string' }, businessName: { type: 'string' }, location: { type: 'string' },
          years: { type: 'array', items: { type: 'integer' } }, ratings: { type: 'array', items: RATING }, source: ref('Citation'),
        },
      },
    },
    totals: {
      type: 'object', required: ['businesses', 'units', 'plannedVisits', 'unscheduledVisits'], additionalProperties: false,
      properties: { businesses: { type: 'integer' }, units: { type: 'integer' }, plannedVisits: { type: 'integer' }, unscheduledVisits: { type: 'integer' } },
    },
    source: ref('Citation'),
  },
};

const SIGNATURE = { type: 'object', required: ['name', 'signedOn'], additionalProperties: false, properties: { name: text(200), signedOn: DATE } } as const;

/** core's `Bap`, the inspection record (SUP-07). */
export const BAP: SharedSchema = {
  $id: 'Bap',
  type: 'object',
  required: ['businessId', 'location', 'supervision', 'inspectionDate', 'visit', 'recording', 'indicators', 'inspector', 'business'],
  additionalProperties: false,
  properties: {
    businessId: { type: 'string', maxLength: 100 },
    location: text(200),
    supervision: { type: 'string', enum: ['routine', 'incidental'] },
    inspectionDate: DATE,
    visit: { type: 'string', enum: ['physical', 'virtual'] },
    recording: { type: 'string', enum: ['electronic', 'manual'] },
    uploadedOn: DATE,
    indicators: {
      type: 'array', maxItems: 200,
      items: {
        type: 'object', required: ['id', 'aspect', 'compliant'], additionalProperties: false,
        properties: { id: text(100), aspect: { type: 'string', enum: ['technical', 'administrative'] }, compliant: { type: 'boolean' }, note: { type: 'string', maxLength: 2000 } },
      },
    },
    inspector: SIGNATURE,
    business: {
      type: 'object', required: ['kind'], additionalProperties: false,
      properties: { kind: { type: 'string', enum: ['signed', 'refused'] }, signature: SIGNATURE, statement: { type: 'string', maxLength: 2000 }, recordedOn: DATE },
    },
  },
};

/** The body of `POST /inspections`: the BAP, and the risk level (routine, SUP-04) or the trigger (incidental, SUP-08). */
export const INSPECTION_INPUT: SharedSchema = {
  $id: 'InspectionInput',
  type: 'object',
  required: ['bap'],
  additionalProperties: false,
  properties: {
    bap: ref('Bap'),
    risk: { ...RISK, description: 'Routine: the risk level of the planned unit inspected' },
    trigger: { type: 'string', enum: INCIDENTAL_TRIGGERS.map((t) => t.trigger), description: 'Incidental: why (SUP-08)' },
  },
};

/** A recorded inspection: the BAP, core's assessment, and the planned visit or the incidental rules that applied. */
export const INSPECTION: SharedSchema = {
  $id: 'Inspection',
  type: 'object',
  required: ['id', 'businessId', 'bap', 'assessment', 'recordedBy', 'version', 'createdAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    businessId: { type: 'string' },
    bap: ref('Bap'),
    assessment: {
      type: 'object', required: ['countsAsInspections', 'compliant', 'nonCompliantIndicators', 'refusalRecorded', 'sources'], additionalProperties: false,
      properties: {
        countsAsInspections: { type: 'integer' }, compliant: { type: 'boolean' }, nonCompliantIndicators: { type: 'array', items: { type: 'string' } },
        refusalRecorded: { type: 'boolean' }, uploadDeadline: DATE, uploadedLate: { type: 'boolean' }, sources: CITATIONS,
      },
    },
    risk: RISK,
    plannedVisit: { type: 'object', required: ['date', 'inspector', 'letters'], additionalProperties: false, properties: { date: DATE, inspector: { type: 'integer' }, letters: LETTERS } },
    incidental: {
      type: 'object', required: ['trigger', 'inspectionDate', 'noticeRequired', 'inAnnualPlan', 'lettersAndBapEnteredFrom', 'virtualAllowed', 'sources'], additionalProperties: false,
      properties: {
        trigger: {
          type: 'object', required: ['trigger', 'name', 'source'], additionalProperties: false,
          properties: { trigger: { type: 'string' }, name: ref('LocalizedText'), source: ref('Citation') },
        },
        inspectionDate: DATE, noticeRequired: { type: 'boolean' }, inAnnualPlan: { type: 'boolean' }, lettersAndBapEnteredFrom: DATE,
        virtualAllowed: { type: 'boolean' }, sources: CITATIONS,
      },
    },
    recordedBy: { type: 'string' },
    version: { type: 'integer' },
    createdAt: INSTANT,
  },
};

/** The body of `POST /businesses/{id}/lkpm-reports`: one period of the LKPM history. */
export const LKPM_REPORT_INPUT: SharedSchema = {
  $id: 'LkpmReportInput',
  type: 'object',
  required: ['period', 'submitted'],
  additionalProperties: false,
  properties: {
    period: { type: 'string', maxLength: 10, description: '2025-Q3 or 2025-S1' },
    submitted: { type: 'boolean' },
    realisation: { type: 'integer', minimum: 0, description: 'Integer rupiah; required when submitted, 0 = nil' },
  },
};

/** `GET /businesses/{id}/lkpm`: core's schedule of the year, the recorded history and the violations in it. */
export const LKPM_STATUS: SharedSchema = {
  $id: 'LkpmStatus',
  type: 'object',
  required: ['businessId', 'year', 'schedule', 'reports', 'violations'],
  additionalProperties: false,
  properties: {
    businessId: { type: 'string' },
    year: { type: 'integer' },
    schedule: {
      type: 'object', required: ['required', 'reason', 'periods'], additionalProperties: false,
      properties: {
        required: { type: 'boolean' },
        reason: { type: 'object', required: ['message', 'source'], additionalProperties: false, properties: { message: ref('LocalizedText'), source: ref('Citation') } },
        cadence: { type: 'string', enum: ['quarterly', 'semester'] },
        periods: {
          type: 'array',
          items: {
            type: 'object', required: ['period', 'start', 'end', 'dueDate', 'dueDay', 'dueRule'], additionalProperties: false,
            properties: { period: { type: 'string' }, start: DATE, end: DATE, dueDate: DATE, dueDay: { type: 'integer' }, dueRule: ref('Citation'), movedFrom: DATE },
          },
        },
      },
    },
    reports: {
      type: 'array',
      items: {
        type: 'object', required: ['period', 'submitted'], additionalProperties: false,
        properties: { period: { type: 'string' }, submitted: { type: 'boolean' }, realisation: { type: 'integer' } },
      },
    },
    violations: {
      type: 'array',
      items: {
        type: 'object', required: ['kind', 'severity', 'periods', 'rule', 'sanction'], additionalProperties: false,
        properties: {
          kind: { type: 'string' }, severity: { type: 'string' }, periods: { type: 'array', items: { type: 'string' } },
          rule: {
            type: 'object', required: ['kind', 'consecutivePeriods', 'name', 'source'], additionalProperties: false,
            properties: { kind: { type: 'string' }, consecutivePeriods: { type: 'integer' }, name: ref('LocalizedText'), source: ref('Citation') },
          },
          sanction: { type: 'object', required: ['kind', 'source'], additionalProperties: false, properties: { kind: { type: 'string' }, source: ref('Citation') } },
        },
      },
    },
  },
};

/** The shared schemas of the supervision routes. */
export const SUPERVISION_SCHEMAS: readonly SharedSchema[] = [
  BUSINESS_INPUT, BUSINESS, FREQUENCY_REASON, BUSINESS_FREQUENCY, INSPECTION_PLAN, BAP, INSPECTION_INPUT, INSPECTION, LKPM_REPORT_INPUT, LKPM_STATUS,
];
