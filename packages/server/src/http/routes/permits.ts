import type { Application } from '@satupintu/core';
import { callerOf } from '../access.js';
import { visibleApplication } from '../application-access.js';
import { problem } from '../problem.js';
import { APPLICATION_ID_PARAMS } from '../schemas/application.js';
import { problemResponses, ref, type SharedSchema } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

const TEXT = { type: 'string' } as const;
const DATE = { type: 'string', format: 'date' } as const;
const INSTANT = { type: 'string', format: 'date-time' } as const;

const PERMIT: SharedSchema = {
  $id: 'Permit',
  type: 'object',
  required: ['applicationId', 'receiptNumber', 'permitType', 'permitTypeName', 'permitNumber', 'issuedOn', 'holder', 'signature', 'office', 'status'],
  additionalProperties: false,
  properties: {
    applicationId: TEXT,
    receiptNumber: TEXT,
    permitType: TEXT,
    permitTypeName: ref('LocalizedText'),
    permitNumber: TEXT,
    issuedOn: { ...DATE, description: 'The local date the permit number was assigned' },
    holder: {
      type: 'object', required: ['name'], additionalProperties: false,
      properties: { name: TEXT, companyName: TEXT, nib: TEXT },
    },
    signature: {
      type: 'object', required: ['signedBy', 'signedAt', 'mode', 'mandate'], additionalProperties: false,
      properties: { signedBy: { ...TEXT, description: 'The signing official\'s name (or id when unknown)' }, signedAt: INSTANT, mode: { type: 'string', enum: ['electronic', 'wet'] }, mandate: TEXT },
    },
    office: { ...TEXT, description: 'The office code' },
    status: { type: 'string', enum: ['issued', 'handed-over', 'cancelled'], description: '`cancelled`: cancelled as a sanction (APP-10)' },
    handover: {
      type: 'object', required: ['method', 'at'], additionalProperties: false,
      properties: { method: { type: 'string', enum: ['office', 'post', 'courier'] }, at: INSTANT },
    },
  },
};

function holderOf(application: Application): { name: string; companyName?: string; nib?: string } {
  const applicant = application.applicant;
  if (applicant.kind === 'person') return { name: applicant.name };
  return { name: applicant.contact.name, companyName: applicant.companyName, ...(applicant.nib === undefined ? {} : { nib: applicant.nib }) };
}

/**
 * `GET /applications/{id}/permit`: the issued permit — number, date, holder, signer and mandate — for its owner and
 * PTSP staff, as JSON the portal renders printable (APP-01 numbering, APP-07 signature, APP-09 handover). Before the
 * permit number is assigned the answer is 409 `permit.not-issued`.
 */
export const permitRoutes: RouteModule = {
  name: 'permits',
  schemas: [PERMIT],
  register(app, context) {
    const { calendar, catalog } = context.config.municipality.context;
    app.get('/applications/:id/permit', {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The issued permit of an application: number, date, holder, signer (owner or staff; APP-07, APP-09)',
        tags: ['applications'],
        params: APPLICATION_ID_PARAMS,
        response: { 200: ref('Permit'), ...problemResponses(401, 404, 409) },
      },
    }, async (request) => {
      const caller = callerOf(request);
      const { application } = await visibleApplication(context, caller, (request.params as { id: string }).id);
      const numbered = [...application.history].reverse().find((entry) => entry.event === 'assign-number');
      if (application.permitNumber === undefined || application.signature === undefined || numbered === undefined) {
        throw problem(409, 'permit.not-issued', 'Izin belum terbit (belum ditandatangani dan diberi nomor).', 'The permit is not issued yet (not signed and numbered).', 'state');
      }
      const signer = await context.store.accounts.get(application.signature.by);
      const type = catalog.permitTypes.find((t) => t.id === application.permitType);
      const cancelled = application.sanctions.some((s) => s.kind === 'cancellation');
      return {
        applicationId: application.id,
        receiptNumber: application.receiptNumber ?? '',
        permitType: application.permitType,
        permitTypeName: type?.name ?? { id: application.permitType, en: application.permitType },
        permitNumber: application.permitNumber,
        issuedOn: calendar.dateOf(numbered.at),
        holder: holderOf(application),
        signature: { signedBy: signer?.name ?? application.signature.by, signedAt: application.signature.at, mode: application.signature.mode, mandate: application.signature.mandate },
        office: context.config.municipality.officeCode,
        status: cancelled ? 'cancelled' : application.handover === undefined ? 'issued' : 'handed-over',
        ...(application.handover === undefined ? {} : { handover: { method: application.handover.method, at: application.handover.at } }),
      };
    });
  },
};
