import { deepFreeze } from '../deep-freeze.js';

const SINGLE_LINE = '^[^\\u0000-\\u001F\\u007F]+$';

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength, pattern: SINGLE_LINE }) as const;

/**
 * The published JSON Schema (draft 2020-12) of a permit catalog ({@link Catalog}), frozen. This constant is the single
 * source: publish it with `JSON.stringify(CATALOG_SCHEMA, null, 2)`. What a schema cannot say (unique ids, conditions
 * naming declared details of the right type, completion-time cases without gaps) {@link validateCatalog} checks on top.
 *
 * @example
 * ```ts
 * const published = JSON.stringify(CATALOG_SCHEMA, null, 2); // serve as catalog.schema.json
 * ```
 */
export const CATALOG_SCHEMA = deepFreeze({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:satupintu:catalog:1',
  title: 'Satupintu permit catalog',
  description: 'Permit types with legal basis, requirements, procedure, completion time, fee and validity (M13 Lampiran I and II).',
  type: 'object',
  required: ['version', 'permitTypes'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    permitTypes: { type: 'array', minItems: 1, maxItems: 200, items: { $ref: '#/$defs/permitType' } },
  },
  $defs: {
    slug: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    detailKey: { type: 'string', minLength: 1, maxLength: 40, pattern: '^[A-Za-z][A-Za-z0-9]*$' },
    workingDays: { type: 'integer', minimum: 1, maximum: 365 },
    localizedText: {
      type: 'object',
      required: ['id', 'en'],
      additionalProperties: false,
      properties: { id: text(1000), en: text(1000) },
    },
    citation: {
      type: 'object',
      required: ['regulation', 'article'],
      additionalProperties: false,
      properties: { regulation: text(500), article: text(500) },
    },
    instrument: {
      type: 'object',
      required: ['regulation', 'article'],
      additionalProperties: false,
      properties: {
        regulation: text(500),
        article: { type: 'string', maxLength: 500, pattern: '^[^\\u0000-\\u001F\\u007F]*$' },
      },
    },
    condition: {
      type: 'object',
      minProperties: 1,
      additionalProperties: false,
      properties: {
        detail: { $ref: '#/$defs/detailKey' },
        op: { enum: ['eq', 'gt', 'gte', 'lt', 'lte'] },
        value: { type: ['number', 'boolean'] },
        anyOf: { type: 'array', minItems: 1, maxItems: 10, items: { $ref: '#/$defs/condition' } },
        allOf: { type: 'array', minItems: 1, maxItems: 10, items: { $ref: '#/$defs/condition' } },
      },
      dependentRequired: { detail: ['op', 'value'], op: ['detail'], value: ['detail'] },
      if: { required: ['op'], properties: { op: { const: 'eq' } } },
      then: { properties: { value: { type: 'boolean' } } },
      else: { properties: { value: { type: 'number', minimum: -1e9, maximum: 1e9 } } },
    },
    detail: {
      type: 'object',
      required: ['key', 'type', 'label', 'source'],
      additionalProperties: false,
      properties: {
        key: { $ref: '#/$defs/detailKey' },
        type: { enum: ['boolean', 'number'] },
        label: { $ref: '#/$defs/localizedText' },
        unit: { type: 'string', minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9/²³%.-]+$' },
        default: { type: ['boolean', 'number'] },
        source: { $ref: '#/$defs/citation' },
      },
    },
    requirement: {
      type: 'object',
      required: ['key', 'label', 'appliesTo', 'submission', 'required', 'source'],
      additionalProperties: false,
      properties: {
        key: { $ref: '#/$defs/slug' },
        label: { $ref: '#/$defs/localizedText' },
        appliesTo: { enum: ['person', 'business', 'both'] },
        submission: { enum: ['upload', 'in-person', 'office'] },
        accept: {
          type: 'array', minItems: 1, maxItems: 20, uniqueItems: true,
          items: { type: 'string', maxLength: 100, pattern: '^[a-z]+/[a-z0-9][a-z0-9.+-]*$' },
        },
        maxBytes: { type: 'integer', minimum: 1, maximum: 1073741824 },
        required: { type: 'boolean' },
        condition: { $ref: '#/$defs/condition' },
        conditionText: { $ref: '#/$defs/localizedText' },
        source: { $ref: '#/$defs/citation' },
      },
      allOf: [
        { if: { required: ['submission'], properties: { submission: { const: 'upload' } } }, then: { required: ['accept', 'maxBytes'] } },
        { if: { required: ['submission'], properties: { submission: { const: 'in-person' } } }, then: { properties: { accept: false, maxBytes: false } } },
      ],
    },
    completionCase: {
      type: 'object',
      required: ['when', 'workingDays', 'label'],
      additionalProperties: false,
      properties: {
        when: { $ref: '#/$defs/condition' },
        workingDays: { $ref: '#/$defs/workingDays' },
        label: { $ref: '#/$defs/localizedText' },
      },
    },
    completionTime: {
      type: 'object',
      required: ['kind', 'source'],
      additionalProperties: false,
      properties: {
        kind: { enum: ['fixed', 'by-case', 'setting-required'] },
        workingDays: { $ref: '#/$defs/workingDays' },
        cases: { type: 'array', minItems: 1, maxItems: 20, items: { $ref: '#/$defs/completionCase' } },
        text: text(1000),
        interpretation: { $ref: '#/$defs/localizedText' },
        reason: { $ref: '#/$defs/localizedText' },
        source: { $ref: '#/$defs/citation' },
      },
      allOf: [
        {
          if: { required: ['kind'], properties: { kind: { const: 'fixed' } } },
          then: { required: ['workingDays', 'text'], properties: { cases: false, reason: false } },
        },
        {
          if: { required: ['kind'], properties: { kind: { const: 'by-case' } } },
          then: { required: ['cases', 'text'], properties: { workingDays: false, reason: false } },
        },
        {
          if: { required: ['kind'], properties: { kind: { const: 'setting-required' } } },
          then: { required: ['reason'], properties: { workingDays: false, cases: false, text: false, interpretation: false } },
        },
      ],
    },
    permitType: {
      type: 'object',
      required: ['id', 'name', 'legalBasis', 'details', 'requirements', 'procedure', 'completionTime', 'fee', 'source'],
      additionalProperties: false,
      properties: {
        id: { $ref: '#/$defs/slug' },
        name: { $ref: '#/$defs/localizedText' },
        legalBasis: {
          type: 'object',
          required: ['instruments', 'source'],
          additionalProperties: false,
          properties: {
            instruments: { type: 'array', minItems: 1, maxItems: 50, items: { $ref: '#/$defs/instrument' } },
            source: { $ref: '#/$defs/citation' },
          },
        },
        details: { type: 'array', maxItems: 20, items: { $ref: '#/$defs/detail' } },
        requirements: { type: 'array', minItems: 1, maxItems: 100, items: { $ref: '#/$defs/requirement' } },
        procedure: {
          type: 'object',
          required: ['steps', 'source'],
          additionalProperties: false,
          properties: {
            steps: {
              type: 'array', minItems: 1, maxItems: 50,
              items: { type: 'object', required: ['label'], additionalProperties: false, properties: { label: { $ref: '#/$defs/localizedText' } } },
            },
            source: { $ref: '#/$defs/citation' },
          },
        },
        completionTime: { $ref: '#/$defs/completionTime' },
        fee: {
          type: 'object',
          required: ['bearing', 'source'],
          additionalProperties: false,
          properties: {
            bearing: { type: 'boolean' },
            rule: { type: 'string', pattern: '^[A-Z]{2,5}-[0-9]{2}$' },
            note: { $ref: '#/$defs/localizedText' },
            source: { $ref: '#/$defs/citation' },
          },
        },
        validity: {
          type: 'object',
          required: ['years', 'source'],
          additionalProperties: false,
          properties: {
            years: { type: 'integer', minimum: 1, maximum: 100 },
            condition: { $ref: '#/$defs/localizedText' },
            source: { $ref: '#/$defs/citation' },
          },
        },
        source: { $ref: '#/$defs/citation' },
      },
    },
  },
});
