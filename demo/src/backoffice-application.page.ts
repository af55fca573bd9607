// One application in the back office: its facts, documents and history, and the steps the signed-in officer may
// take now (core's transition table), each a form sent with If-Match: the version read. A stale version (409) is
// explained and the page shows the application as it now is.
import { STAFF_ROLES, type LocalizedText } from '@satupintu/core';
import type { ApiComponents } from '@satupintu/server';
import { openSteps, type OpenStep } from './backoffice/actions.js';
import { applicantName, detailsList, documentsTable, historyTable } from './backoffice/application-view.js';
import { signingPinPanel } from './backoffice/signing-pin.js';
import { stepForm } from './backoffice/step-forms.js';
import { eventLabel, officeStateLabel, roleLabel } from './shared/office-labels.js';
import { clearProblems, showProblems, withProgress } from './shared/problem-summary.js';
import { api, problemMessage, requireAccount, type Account } from './shared/session.js';
import { element, make, renderInLanguage, say } from './shared/text.js';

type Application = ApiComponents['schemas']['Application'];

const T = {
  notFound: { id: 'Permohonan tidak ditemukan.', en: 'The application was not found.' },
  noSteps: { id: 'Tidak ada langkah untuk peran Anda pada tahap ini.', en: 'There is no step for your role at this stage.' },
  conflict: {
    id: 'Permohonan ini baru saja diubah oleh petugas lain. Halaman sudah menampilkan keadaan terbaru: periksa lalu coba lagi.',
    en: 'Someone else changed this application a moment ago. The page now shows it as it is: check it and try again.',
  },
  done: (event: string, state: string): LocalizedText => ({
    id: `Tercatat: ${eventLabel(event).id}. Tahap sekarang: ${officeStateLabel(state).id}.`,
    en: `Recorded: ${eventLabel(event).en}. Now: ${officeStateLabel(state).en}.`,
  }),
  asRole: (role: string): LocalizedText => ({ id: `sebagai ${roleLabel(role).id}`, en: `as ${roleLabel(role).en}` }),
} as const;

const id = new URLSearchParams(location.search).get('id') ?? '';
const account: Account = await requireAccount(STAFF_ROLES);
let application: Application | undefined;
let notice: LocalizedText | undefined;

async function load(): Promise<Application | undefined> {
  const { data } = await api.GET('/applications/{id}', { params: { path: { id } } });
  return data;
}

function isConflict(status: number, error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return status === 412 || code === 'store.version-conflict';
}

async function take(open: OpenStep, form: HTMLFormElement, collect: ReturnType<typeof stepForm>['collect']): Promise<void> {
  if (!application) return;
  clearProblems([...form.querySelectorAll<HTMLElement>('input, textarea')]);
  const collected = collect();
  if ('problems' in collected) return showProblems(collected.problems);
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]') as HTMLButtonElement;
  const status = form.querySelector<HTMLElement>('[role=status]') as HTMLElement;
  const current = application;
  const { data, error, response } = await withProgress(button, status, () => api.POST('/applications/{id}/events', {
    params: { path: { id: current.id }, header: { 'if-match': `"${current.version}"` } },
    body: { ...collected.body, actingAs: open.role },
  }));
  if (data) {
    application = data;
    notice = T.done(collected.body.type, data.state);
    render();
    element('notice').focus();
    return;
  }
  if (isConflict(response.status, error)) {
    application = (await load()) ?? application;
    notice = undefined;
    render();
    return showProblems([{ text: say(T.conflict) }, { text: say(problemMessage(error)) }]);
  }
  showProblems([{ text: say(problemMessage(error)) }]);
}

function stepSection(open: OpenStep, current: Application): HTMLElement {
  const definition = stepForm(open.step, current);
  const section = make('section', undefined, { class: 'action', 'aria-labelledby': `step-${open.step}` });
  section.append(make('h3', `${say(definition.title)} (${say(T.asRole(open.role))})`, { id: `step-${open.step}` }));
  if (open.step === 'sign' && current.signatureMode === 'electronic') section.append(signingPinPanel(current.id));
  const form = make('form', undefined, { novalidate: '' });
  form.append(...definition.fields, make('button', say(definition.button), { type: 'submit' }), make('p', '', { role: 'status', 'aria-live': 'polite', class: 'hint' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void take(open, form, definition.collect);
  });
  section.append(form);
  return section;
}

function render(): void {
  const current = application;
  element('notice').textContent = notice ? say(notice) : '';
  element('notice').hidden = notice === undefined;
  if (!current) {
    element('title').textContent = say(T.notFound);
    element('application').hidden = true;
    return;
  }
  element('application').hidden = false;
  element('title').textContent = `${current.receiptNumber ?? current.id} — ${applicantName(current)}`;
  document.title = `${current.receiptNumber ?? current.id} — Satupintu`;
  element('details').replaceChildren(detailsList(current));
  const steps = openSteps(current, account.roles);
  element('actions').replaceChildren(...(steps.length === 0 ? [make('p', say(T.noSteps))] : steps.map((open) => stepSection(open, current))));
  element('documents').replaceChildren(documentsTable(current));
  element('history').replaceChildren(historyTable(current));
}

application = await load();
renderInLanguage(render);
