// The issued permit, printable (APP-07 signature, APP-09 handover): from GET /applications/{id}/permit, or — where the
// service has no such route — from what the application record holds.
import type { ApiComponents } from '@satupintu/server';
import type { LocalizedText } from '@satupintu/core';
import { longDate, officeTime } from './format.js';
import { make, say } from './text.js';

type Application = ApiComponents['schemas']['Application'];

/** The permit as `GET /applications/{id}/permit` describes it. */
export interface Permit {
  readonly receiptNumber: string;
  readonly permitTypeName: LocalizedText;
  readonly permitNumber: string;
  readonly issuedOn?: string;
  readonly holder: { readonly name: string; readonly companyName?: string; readonly nib?: string };
  readonly signature: { readonly signedBy?: string; readonly signedAt: string; readonly mode: 'electronic' | 'wet'; readonly mandate: string };
  readonly office?: string;
  readonly status: 'issued' | 'handed-over' | 'cancelled';
  readonly handover?: { readonly method: 'office' | 'post' | 'courier'; readonly at: string };
}

const HANDOVER: Readonly<Record<string, LocalizedText>> = {
  office: { id: 'di kantor', en: 'at the office' }, post: { id: 'lewat pos', en: 'by post' }, courier: { id: 'lewat kurir', en: 'by courier' },
};

/** The permit from the application record alone (no signer's name, no issue date: the record keeps neither). */
function permitOfRecord(application: Application, typeName: LocalizedText): Permit | undefined {
  if (application.permitNumber === undefined || application.signature === undefined) return undefined;
  const applicant = application.applicant;
  return {
    receiptNumber: application.receiptNumber ?? '',
    permitTypeName: typeName,
    permitNumber: application.permitNumber,
    holder: 'contact' in applicant ? { name: applicant.contact.name, companyName: applicant.companyName } : { name: applicant.name },
    signature: { signedAt: application.signature.at, mode: application.signature.mode, mandate: application.signature.mandate },
    status: application.handover ? 'handed-over' : 'issued',
    ...(application.handover ? { handover: { method: application.handover.method, at: application.handover.at } } : {}),
  };
}

/** The issued permit of `application`, or undefined while it has none. */
export async function loadPermit(application: Application, typeName: LocalizedText): Promise<Permit | undefined> {
  if (application.permitNumber === undefined) return undefined;
  const response = await fetch(`/api/applications/${encodeURIComponent(application.id)}/permit`, { credentials: 'same-origin' }).catch(() => undefined);
  if (response?.ok) return (await response.json()) as Permit;
  return permitOfRecord(application, typeName);
}

/** The permit as a document: what, number, holder, signature, handover, and a print button. */
export function permitDocument(permit: Permit): HTMLElement {
  const article = make('article', undefined, { class: 'permit-document' });
  const facts = make('dl', undefined, { class: 'facts' });
  const fact = (term: LocalizedText, value: string) => facts.append(make('dt', say(term)), make('dd', value));
  fact({ id: 'Nomor izin', en: 'Permit number' }, permit.permitNumber);
  if (permit.issuedOn) fact({ id: 'Tanggal terbit', en: 'Issued on' }, longDate(permit.issuedOn));
  fact({ id: 'Pemegang izin', en: 'Holder' }, permit.holder.companyName ? `${permit.holder.companyName} (${permit.holder.name})` : permit.holder.name);
  if (permit.holder.nib) fact({ id: 'NIB', en: 'NIB' }, permit.holder.nib);
  fact({ id: 'Nomor tanda terima', en: 'Receipt number' }, permit.receiptNumber);
  const signer = permit.signature.signedBy ? `${permit.signature.signedBy}, ` : '';
  const mode = permit.signature.mode === 'electronic' ? say({ id: 'elektronik, dikonfirmasi PIN', en: 'electronic, confirmed by PIN' }) : say({ id: 'basah', en: 'wet ink' });
  fact({ id: 'Ditandatangani', en: 'Signed' }, `${signer}${permit.signature.mandate} — ${officeTime(permit.signature.signedAt)} (${mode})`);
  if (permit.handover) fact({ id: 'Diserahkan', en: 'Handed over' }, `${say(HANDOVER[permit.handover.method] ?? { id: permit.handover.method, en: permit.handover.method })}, ${officeTime(permit.handover.at)}`);
  if (permit.status === 'cancelled') fact({ id: 'Status', en: 'Status' }, say({ id: 'DIBATALKAN', en: 'CANCELLED' }));
  const print = make('button', say({ id: 'Cetak izin', en: 'Print the permit' }), { type: 'button', class: 'primary no-print' });
  print.addEventListener('click', () => window.print());
  article.append(make('h3', say(permit.permitTypeName)), facts, print);
  return article;
}
