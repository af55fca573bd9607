import { PERMIT_FEE_TYPES, calculateFee, type FeeInputs, type PermitFeeType } from '@satupintu/core';
import { perMinute } from '../plugins/rate-limit.js';
import { coreValue } from '../problem.js';
import { problemResponses, ref } from '../schemas/common.js';
import { FEE_ASSESSMENT, FEE_LINE } from '../schemas/fees.js';
import type { RouteModule } from './route-module.js';

/** `POST /fees/quote`: core's fee assessment with this municipality's fee settings (FEE-01…09). */
export const feeRoutes: RouteModule = {
  name: 'fees',
  schemas: [FEE_LINE, FEE_ASSESSMENT],
  register(app, context) {
    app.post('/fees/quote', {
      config: { access: 'public', rateLimit: perMinute(context.config.rateLimits.quotes) },
      schema: {
        summary: 'Quote the fee (retribusi) of an application',
        tags: ['fees'],
        body: {
          type: 'object', required: ['permitType', 'input'], additionalProperties: false,
          properties: {
            permitType: { type: 'string', enum: [...PERMIT_FEE_TYPES] },
            input: { type: 'object', additionalProperties: true, description: 'The calculator input of the permit type (see core FeeInputs); core checks it' },
          },
        },
        response: { 200: ref('FeeAssessment'), ...problemResponses(400, 429) },
      },
    }, async (request) => {
      const { permitType, input } = request.body as { permitType: PermitFeeType; input: FeeInputs[PermitFeeType] };
      return coreValue(calculateFee(permitType, input, context.config.municipality.fees));
    });
  },
};
