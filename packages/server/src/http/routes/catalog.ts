import { requirementsOfType, type ApplicantKind, type ApplicantProfile, type ApplicationDetails, type PermitType } from '@satupintu/core';
import type { AppContext } from '../context.js';
import { perMinute } from '../plugins/rate-limit.js';
import { coreValue, problem } from '../problem.js';
import { CATALOG, REQUIREMENT_LIST } from '../schemas/catalog.js';
import { problemResponses, ref } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const RESERVED = new Set(['applicant', 'representative']);

/** Reads query-string details by the permit type's declarations (`areaM2=24` → 24); core checks the values. */
function detailsFrom(query: Record<string, string>, type: PermitType): Record<string, unknown> {
  const declared = new Map(type.details.map((d) => [d.key, d.type]));
  const details: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (RESERVED.has(key)) continue;
    const kind = declared.get(key);
    if (kind === 'number' && /^\d+(\.\d+)?$/.test(raw)) details[key] = Number(raw);
    else if (kind === 'boolean' && (raw === 'true' || raw === 'false')) details[key] = raw === 'true';
    else details[key] = raw; // core refuses unknown details and wrong types with their path
  }
  return details;
}

function permitTypeOf(context: AppContext, permitType: string): PermitType {
  const type = context.config.municipality.context.catalog.permitTypes.find((t) => t.id === permitType);
  if (type === undefined) {
    throw problem(404, 'catalog.permit-type-unknown', 'Jenis izin tidak dikenal.', 'Unknown permit type.', 'permitType');
  }
  return type;
}

/** core's requirements of a type of the municipality's catalog; core's refusal of the details answers `refusal`. */
function requirements(type: PermitType, applicant: ApplicantProfile, details: unknown, refusal: 400 | 422) {
  return coreValue(requirementsOfType(type, applicant, details as ApplicationDetails), refusal);
}

function applicantOfQuery(query: Record<string, string>): ApplicantProfile {
  const representative = query.representative === undefined ? undefined : query.representative === 'true';
  return { kind: query.applicant as ApplicantKind, ...(representative === undefined ? {} : { representative }) };
}

const PERMIT_TYPE_PARAMS = {
  type: 'object', required: ['permitType'], properties: { permitType: { type: 'string', maxLength: 64, pattern: '^[a-z0-9-]+$' } },
} as const;

/**
 * `/catalog`: the municipality's permit catalog (CAT-01) and the requirements of one permit type (CAT-02), asked by
 * query string (GET) or with the details as JSON (POST, what `<sp-permit-form>` asks).
 */
export const catalogRoutes: RouteModule = {
  name: 'catalog',
  schemas: [CATALOG, REQUIREMENT_LIST],
  register(app, context) {
    app.get('/catalog', {
      config: { access: 'public' },
      schema: { summary: 'The permit catalog of this municipality', tags: ['catalog'], response: { 200: ref('Catalog') } },
    }, async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return context.config.municipality.context.catalog;
    });

    const quotes = perMinute(context.config.rateLimits.quotes);
    app.get('/catalog/:permitType/requirements', {
      config: { access: 'public', rateLimit: quotes },
      schema: {
        summary: 'The documents an applicant needs for a permit type; other query parameters are the details conditions ask (areaM2…)',
        tags: ['catalog'],
        params: PERMIT_TYPE_PARAMS,
        querystring: {
          type: 'object', required: ['applicant'], maxProperties: 20,
          properties: {
            applicant: { type: 'string', enum: ['person', 'business'] },
            representative: { type: 'string', enum: ['true', 'false'] },
          },
          additionalProperties: { type: 'string', maxLength: 32 },
        },
        response: { 200: ref('RequirementList'), ...problemResponses(400, 404, 429) },
      },
    }, async (request) => {
      const { permitType } = request.params as { permitType: string };
      const type = permitTypeOf(context, permitType);
      const query = request.query as Record<string, string>;
      return requirements(type, applicantOfQuery(query), detailsFrom(query, type), 400);
    });

    // The same answer for a form that holds typed details (numbers, yes/no) as JSON, as `POST /fees/quote` does.
    app.post('/catalog/:permitType/requirements', {
      config: { access: 'public', rateLimit: quotes },
      schema: {
        summary: 'The documents an applicant needs for a permit type, given the application\'s details as JSON',
        tags: ['catalog'],
        params: PERMIT_TYPE_PARAMS,
        body: {
          type: 'object', required: ['applicant'], additionalProperties: false,
          properties: {
            applicant: {
              type: 'object', required: ['kind'], additionalProperties: false,
              properties: { kind: { type: 'string', enum: ['person', 'business'] }, representative: { type: 'boolean' } },
            },
            details: {
              type: 'object', maxProperties: 20, additionalProperties: true,
              description: 'The details the permit type declares (areaM2, projectingOrPole…); core checks them',
            },
          },
        },
        response: { 200: ref('RequirementList'), ...problemResponses(400, 404, 422, 429) },
      },
    }, async (request) => {
      const { permitType } = request.params as { permitType: string };
      const { applicant, details } = request.body as { applicant: ApplicantProfile; details?: unknown };
      return requirements(permitTypeOf(context, permitType), applicant, details, 422);
    });
  },
};
