// Back-filled records of an outage (APP-11): a step taken by hand during a declared outage, entered afterwards with
// its original instant, officer and paper record (POST /applications/{id}/manual-records, If-Match: the version read).
import type { LocalizedText } from '@satupintu/core';
import { STAFF_ROLES } from '@satupintu/core';
import { api, requireAccount } from './shared/session.js';
import { clearProblem, showProblem, showServiceProblem, type Feedback } from './shared/feedback.js';
import { element, make, say } from './shared/text.js';
import type { Paths, Schemas } from './shared/api-types.js';
import { wibInstant } from './head-office/service-status.js';

const TEXT = {
  working: { id: 'Memproses…', en: 'Working…' },
  entered: (receipt: string, state: string) => ({ id: `Catatan dimasukkan: ${receipt} kini ${state}.`, en: `Record entered: ${receipt} is now ${state}.` }),
  missing: { id: 'Pilih permohonan dan petugas, isi waktu dan catatan kertasnya.', en: 'Choose the application and the officer, and enter the time and the paper record.' },
} as const satisfies Record<string, LocalizedText | ((...args: string[]) => LocalizedText)>;

await requireAccount(['head-of-office', 'admin-officer']);
const feedback: Feedback = { summary: element('record-summary'), status: element('record-status') };
const [{ data: applications }, { data: accounts }] = await Promise.all([
  api.GET('/applications', { params: { query: { limit: 1000 } } }),
  api.GET('/accounts', { params: { query: { status: 'active', limit: 1000 } } }),
]);
element('record-application').replaceChildren(...(applications?.items ?? [])
  .filter((a) => a.receiptNumber !== undefined)
  .map((a) => make('option', `${a.receiptNumber ?? a.id} — ${a.permitType.toUpperCase()} (${a.state})`, { value: a.id })));
element('record-officer').replaceChildren(...(accounts ?? [])
  .filter((a) => a.roles.some((role) => (STAFF_ROLES as readonly string[]).includes(role)))
  .map((a) => make('option', `${a.name} (${a.roles.join(', ')})`, { value: a.id })));

function value(id: string): string {
  return element<HTMLInputElement | HTMLSelectElement>(id).value.trim();
}

/** The step's own fields: a reason for a refusal, a permit number, an assignment letter, a favourable recommendation. */
function stepFields(step: string): Record<string, unknown> {
  const note = value('record-note');
  const detail = value('record-detail');
  const fields: Record<string, unknown> = {};
  if (step === 'reject' || step === 'return-for-correction') fields.reason = note;
  else if (note !== '') fields.note = note;
  if (step === 'assign-number' && detail !== '') fields.permitNumber = detail;
  if (step === 'recommend') Object.assign(fields, { favourable: true, ...(detail === '' ? {} : { assignmentLetter: detail }) });
  if (step === 'hand-over') fields.method = 'office';
  return fields;
}

type ManualRecord = Paths['/applications/{id}/manual-records']['post']['requestBody']['content']['application/json'];

/** Reads the application's version, then enters the record with If-Match. */
async function enter(id: string, body: ManualRecord): Promise<{ data?: Schemas['Application']; error?: unknown }> {
  const current = await api.GET('/applications/{id}', { params: { path: { id } } });
  if (current.data === undefined) return { error: current.error };
  return api.POST('/applications/{id}/manual-records', { params: { path: { id }, header: { 'if-match': `"${current.data.version}"` } }, body });
}

element('record-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearProblem(feedback);
  const [id, at, officerId, manualRecord, step] = ['record-application', 'record-at', 'record-officer', 'record-paper', 'record-step'].map(value) as [string, string, string, string, string];
  if (id === '' || at === '' || officerId === '' || manualRecord === '') return showProblem(feedback, TEXT.missing);
  const button = element<HTMLButtonElement>('record-submit');
  button.disabled = true;
  feedback.status.textContent = say(TEXT.working);
  try {
    const { data, error } = await enter(id, { type: step, at: wibInstant(at), officerId, manualRecord, ...stepFields(step) } as ManualRecord);
    feedback.status.textContent = data === undefined ? '' : say(TEXT.entered(data.receiptNumber ?? id, data.state));
    if (data === undefined) showServiceProblem(feedback, error);
  } catch (error) {
    feedback.status.textContent = '';
    showServiceProblem(feedback, error);
  } finally {
    button.disabled = false;
  }
});
