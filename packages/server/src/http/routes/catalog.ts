import { requirementsFor, type ApplicantKind, type PermitType } from '@satupintu/core';
import type { AppContext } from '../context.js';
import { coreValue, problem } from '../problem.js';
import { CATALOG, REQUIREMENT_LIST } from '../schemas/catalog.js';
import { problemResponses, ref } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const RESERVED = new Set(['applicant', 'representative']);

/** Reads query-string details by the permit type's declarations (`areaM2=24` → 24); core checks the values. */
function detailsFrom(query: Record<string, string>, type: PermitType | undefined): Record<string, unknown> {
  const declared = new Map((type?.details ?? []).map((d) => [d.key, d.type]));
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

function requirements(context: AppContext, permitType: string, query: Record<string, string>) {
  const { catalog } = context.config.municipality.context;
  const type = catalog.permitTypes.find((t) => t.id === permitType);
  if (type === undefined) {
    throw problem(404, 'catalog.permit-type-unknown', 'Jenis izin tidak dikenal.', 'Unknown permit type.', 'permitType');
  }
  const representative = query.representative === undefined ? undefined : query.representative === 'true';
  const applicant = { kind: query.applicant as ApplicantKind, ...(representative === undefined ? {} : { representative }) };
  return coreValue(requirementsFor(permitType, applicant, { catalog, details: detailsFrom(query, type) as Record<string, number | boolean> }));
}

/** `/catalog`: the municipality's permit catalog (CAT-01) and the requirements of one permit type (CAT-02). */
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

    app.get('/catalog/:permitType/requirements', {
      config: { access: 'public' },
      schema: {
        summary: 'The documents an applicant needs for a permit type; other query parameters are the details conditions ask (areaM2…)',
        tags: ['catalog'],
        params: { type: 'object', required: ['permitType'], properties: { permitType: { type: 'string', maxLength: 64, pattern: '^[a-z0-9-]+$' } } },
        querystring: {
          type: 'object', required: ['applicant'], maxProperties: 20,
          properties: {
            applicant: { type: 'string', enum: ['person', 'business'] },
            representative: { type: 'string', enum: ['true', 'false'] },
          },
          additionalProperties: { type: 'string', maxLength: 32 },
        },
        response: { 200: ref('RequirementList'), ...problemResponses(400, 404) },
      },
    }, async (request) => {
      const { permitType } = request.params as { permitType: string };
      return requirements(context, permitType, request.query as Record<string, string>);
    });
  },
};
