import { PERMIT_FEE_TYPES } from '@satupintu/core';
import { ref, type SharedSchema } from './common.js';

/** core's `FeeLine`: one checkable line of a fee assessment (FEE-09). */
export const FEE_LINE: SharedSchema = {
  $id: 'FeeLine',
  type: 'object',
  required: ['kind', 'label', 'quantity', 'unit', 'rate', 'amount', 'source'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['charge', 'rounding', 'exemption'] },
    label: ref('LocalizedText'),
    quantity: { type: 'number' },
    unit: ref('LocalizedText'),
    rate: { type: 'number' },
    amount: { type: 'integer', description: 'Whole rupiah' },
    source: ref('Citation'),
    factors: {
      type: 'array',
      items: {
        type: 'object', required: ['label', 'numerator', 'denominator', 'source'], additionalProperties: false,
        properties: { label: ref('LocalizedText'), numerator: { type: 'number' }, denominator: { type: 'number' }, source: ref('Citation') },
      },
    },
    exactAmount: { type: 'string' },
    basis: {
      type: 'object', required: ['quantity', 'unit'], additionalProperties: false,
      properties: { quantity: { type: 'number' }, unit: ref('LocalizedText') },
    },
  },
};

/** core's `FeeAssessment`: the total in whole rupiah, equal to the sum of the lines. */
export const FEE_ASSESSMENT: SharedSchema = {
  $id: 'FeeAssessment',
  type: 'object',
  required: ['permitType', 'total', 'lines'],
  additionalProperties: false,
  properties: {
    permitType: { type: 'string', enum: [...PERMIT_FEE_TYPES] },
    total: { type: 'integer', description: 'Whole rupiah' },
    lines: { type: 'array', items: ref('FeeLine') },
    exemption: {
      type: 'object', required: ['reason', 'label', 'source'], additionalProperties: false,
      properties: { reason: { type: 'string' }, label: ref('LocalizedText'), source: ref('Citation') },
    },
  },
};
