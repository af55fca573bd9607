import { PROBLEM_MEDIA_TYPE } from '../problem.js';

/** A JSON Schema shared across routes under its `$id`, referenced as `{ $ref: '<$id>#' }`. */
export interface SharedSchema {
  readonly $id: string;
  readonly [keyword: string]: unknown;
}

/** A reference to a shared schema. */
export function ref(id: string): { readonly $ref: string } {
  return { $ref: `${id}#` };
}

/** core's `LocalizedText`: Bahasa Indonesia and English. */
export const LOCALIZED_TEXT: SharedSchema = {
  $id: 'LocalizedText',
  type: 'object',
  required: ['id', 'en'],
  additionalProperties: false,
  properties: { id: { type: 'string' }, en: { type: 'string' } },
};

/** core's `Citation`: the regulation and article a rule comes from. */
export const CITATION: SharedSchema = {
  $id: 'Citation',
  type: 'object',
  required: ['regulation', 'article'],
  additionalProperties: false,
  properties: { regulation: { type: 'string' }, article: { type: 'string' } },
};

/** core's `SpError` (one problem of several, in a problem's `issues`). */
export const SP_ERROR: SharedSchema = {
  $id: 'SpError',
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string' },
    path: { type: 'string' },
    message: ref('LocalizedText'),
    issues: { type: 'array', items: { $ref: 'SpError#' } },
  },
};

/** RFC 9457 problem details with core's code, path and bilingual message. */
export const PROBLEM: SharedSchema = {
  $id: 'Problem',
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code', 'message'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    path: { type: 'string' },
    message: ref('LocalizedText'),
    issues: { type: 'array', items: ref('SpError') },
  },
};

/** The shared schemas of this module. */
export const COMMON_SCHEMAS: readonly SharedSchema[] = [LOCALIZED_TEXT, CITATION, SP_ERROR, PROBLEM];

const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Invalid input (problem details with the field path)',
  401: 'Not signed in',
  403: 'Not allowed (role, CSRF token or origin)',
  404: 'Not found',
  409: 'Conflict',
  413: 'Body too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Server error',
  503: 'The database cannot be reached for now; retry later',
};

/** Response schemas of the given error statuses (plus 500 and 503, always), as `application/problem+json`. */
export function problemResponses(...statuses: number[]): Record<number, unknown> {
  return Object.fromEntries([...new Set([...statuses, 500, 503])].map((status) => [status, {
    description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem',
    content: { [PROBLEM_MEDIA_TYPE]: { schema: ref('Problem') } },
  }]));
}
