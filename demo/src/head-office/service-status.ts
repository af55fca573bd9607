// The head of office's outage declaration (APP-11): declare an outage or force majeure with its reason and the
// expected end, which the public notice states (P106 Pasal 13(3)); end it. POST /service-status pauses (or resumes)
// the clock of every application under way; the page then shows the notice as GET /service-status gives it.
import type { LocalizedText } from '@satupintu/core';
import { api } from '../shared/session.js';
import type { Schemas } from '../shared/api-types.js';
import { submitWith, type Feedback } from '../shared/feedback.js';
import { publicServiceStatus, serviceNotice } from '../shared/service-notice.js';
import { element, make, say } from '../shared/text.js';

type Status = Schemas['ServiceStatus'];
type Kind = 'outage' | 'force-majeure';

const TEXT = {
  normal: { id: 'Layanan berjalan normal; tidak ada pemberitahuan.', en: 'Service is normal; there is no notice.' },
  declared: (applied: number, skipped: number) => ({
    id: `Gangguan dinyatakan: ${applied} permohonan dihentikan sementara${skipped > 0 ? `, ${skipped} dilewati` : ''}.`,
    en: `Outage declared: ${applied} applications paused${skipped > 0 ? `, ${skipped} left out` : ''}.`,
  }),
  ended: (applied: number) => ({ id: `Gangguan diakhiri: ${applied} permohonan berjalan lagi.`, en: `Outage ended: ${applied} applications running again.` }),
  untilMissing: { id: 'Isi perkiraan waktu layanan pulih.', en: 'Enter when service is expected to resume.' },
  resumed: { id: 'Layanan daring kembali normal.', en: 'The online service is back to normal.' },
} as const;

/** An instant of a `datetime-local` value read as Jakarta time (WIB, UTC+7, no daylight saving). */
export function wibInstant(local: string): string {
  return new Date(`${local.length === 16 ? `${local}:00` : local}+07:00`).toISOString();
}

function inLanguage(instant: string, locale: string): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(instant))} WIB`;
}

/** The public notice of a declaration: the delay, that service continues by hand, and when it resumes. */
export function outageMessage(kind: Kind, reason: string, expectedEnd: string): LocalizedText {
  const [id, en] = kind === 'outage'
    ? ['Layanan daring sedang terganggu', 'The online service is interrupted']
    : ['Layanan terhenti karena keadaan kahar', 'Service is stopped by force majeure'];
  return {
    id: `${id} (${reason}). Permohonan tetap dilayani secara manual di loket dan batas waktu layanan dihentikan sementara. Perkiraan layanan pulih: ${inLanguage(expectedEnd, 'id-ID')}.`,
    en: `${en} (${reason}). Applications are still served by hand at the counter and service deadlines are paused. Service is expected to resume: ${inLanguage(expectedEnd, 'en-GB')}.`,
  };
}

let current: Status = { status: 'normal' };

/** Shows the public notice and the form that fits the current status. */
export function renderServiceStatus(): void {
  const notice = serviceNotice(current, 'h4');
  element('public-notice').replaceChildren(...(notice.length === 0 ? [make('p', say(TEXT.normal))] : notice));
  element('declare-form').hidden = current.status !== 'normal';
  element('end-form').hidden = current.status === 'normal';
}

/** Reads the status as the public reads it. */
export async function loadServiceStatus(): Promise<void> {
  current = await publicServiceStatus();
  renderServiceStatus();
}

/** Wires declaring and ending an outage. */
export function setUpServiceStatus(): void {
  const feedback: Feedback = { summary: element('status-summary'), status: element('status-status') };
  element('declare-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const kind = element<HTMLSelectElement>('declare-kind').value as Kind;
    const reason = element<HTMLInputElement>('declare-reason').value.trim();
    const until = element<HTMLInputElement>('declare-until').value;
    const body: Schemas['ServiceStatusDeclaration'] = until === '' ? { status: kind, reason } : { status: kind, reason, message: outageMessage(kind, reason, wibInstant(until)) };
    if (until === '' && reason !== '') {
      // The service would accept it, but the public must be told when service resumes (P106 Pasal 13(3)).
      feedback.summary.hidden = false;
      feedback.summary.replaceChildren(make('p', say(TEXT.untilMissing)));
      feedback.summary.focus();
      return;
    }
    const change = await submitWith(feedback, element<HTMLButtonElement>('declare-submit'), () => api.POST('/service-status', { body }));
    if (change === undefined) return;
    await loadServiceStatus();
    feedback.status.textContent = say(TEXT.declared(change.applied, change.skipped.length));
    element<HTMLButtonElement>('end-submit').focus();
  });
  element('end-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const change = await submitWith(feedback, element<HTMLButtonElement>('end-submit'), () =>
      api.POST('/service-status', { body: { status: 'normal', message: TEXT.resumed } }));
    if (change === undefined) return;
    await loadServiceStatus();
    feedback.status.textContent = say(TEXT.ended(change.applied));
    element<HTMLButtonElement>('declare-submit').focus();
  });
}
