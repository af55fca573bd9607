import { CATALOG_SCHEMA } from '@satupintu/core';
import { ref, type SharedSchema } from './common.js';

/**
 * core's published catalog schema (`CATALOG_SCHEMA`, the single source of the catalog's shape) under the API's
 * `$id`; its `$defs` (requirement, condition…) are referenced from other schemas as `Catalog#/$defs/<name>`.
 */
export const CATALOG: SharedSchema = (() => {
  const { $schema: _dialect, $id: _id, ...schema } = CATALOG_SCHEMA;
  return { ...schema, $id: 'Catalog' };
})();

/** core's `RequirementList`: the documents one applicant needs for one permit type (CAT-02). */
export const REQUIREMENT_LIST: SharedSchema = {
  $id: 'RequirementList',
  type: 'object',
  required: ['permitType', 'applicant', 'documents', 'undecided', 'source'],
  additionalProperties: false,
  properties: {
    permitType: { type: 'string' },
    applicant: { type: 'string', enum: ['person', 'business'] },
    documents: { type: 'array', items: { $ref: 'Catalog#/$defs/requirement' } },
    undecided: {
      type: 'array',
      items: {
        type: 'object', required: ['requirement', 'needs'], additionalProperties: false,
        properties: { requirement: { $ref: 'Catalog#/$defs/requirement' }, needs: { type: 'array', items: { type: 'string' } } },
      },
    },
    source: ref('Citation'),
  },
};
