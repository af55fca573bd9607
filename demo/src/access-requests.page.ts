// The access requests waiting for a decision (ACC-02): who asked and when, the last day to decide (core's
// accessDecisionDue on the national calendar, in the page), and the decision (POST /accounts/{id}/decision), which
// the service sends to the applicant by SMS and e-mail.
import { accessDecisionDue, indonesiaCalendar, type LocalizedText } from '@satupintu/core';
import type { ApiComponents } from '@satupintu/server';
import { showProblem, submitWith, type Feedback } from './shared/feedback.js';
import { longDate, officeTime } from './shared/format.js';
import { officeToday } from './shared/working-days-left.js';
import { api, problemMessage, requireAccount } from './shared/session.js';
import { dataTable } from './shared/table.js';
import { element, make, renderInLanguage, say } from './shared/text.js';

type Account = ApiComponents['schemas']['Account'];

const TEXT = {
  loading: { id: 'Memuat…', en: 'Loading…' },
  caption: { id: 'Permohonan hak akses yang menunggu keputusan, yang terlama di atas', en: 'Access requests waiting for a decision, oldest first' },
  columns: [
    { id: 'Pemohon', en: 'Applicant' }, { id: 'Surel dan ponsel', en: 'E-mail and mobile' },
    { id: 'Diterima', en: 'Received' }, { id: 'Putuskan paling lambat', en: 'Decide by' },
  ],
  person: { id: 'Perorangan', en: 'Person' },
  business: { id: 'Badan usaha', en: 'Business' },
  overdue: { id: 'Lewat batas waktu', en: 'Overdue' },
  dueToday: { id: 'Hari ini', en: 'Today' },
  none: { id: 'Tidak ada permohonan hak akses yang menunggu keputusan.', en: 'No access request is waiting for a decision.' },
  reasonRequired: { id: 'Tulis alasan penolakan: pemohon menerimanya lewat SMS dan surel.', en: 'Write the reason for the refusal: the applicant receives it by SMS and e-mail.' },
  granted: (name: string) => ({ id: `Hak akses ${name} diberikan; pemohon diberi tahu lewat SMS dan surel.`, en: `${name}'s access right is granted; the applicant is told by SMS and e-mail.` }),
  refused: (name: string) => ({ id: `Permohonan hak akses ${name} ditolak; pemohon diberi tahu alasannya lewat SMS dan surel.`, en: `${name}'s access request is refused; the applicant is told the reason by SMS and e-mail.` }),
  late: (due: string) => ({ id: ` Keputusan ini melewati batas waktunya (${due}).`, en: ` This decision is past its deadline (${due}).` }),
} as const;

await requireAccount(['admin-officer', 'head-of-office']);
const feedback: Feedback = { summary: element('decision-summary'), status: element('decision-status') };
let pending: Account[] = [];
let loaded = false;

/** The last day to decide on `account`'s request; undefined where its date is beyond the holiday table. */
function decideBy(account: Account): string | undefined {
  const due = accessDecisionDue(account.createdAt ?? '', indonesiaCalendar);
  return due.ok ? due.value : undefined;
}

function dueCell(account: Account, today: string): Node {
  const due = decideBy(account);
  const cell = make('span', due === undefined ? '—' : longDate(due));
  const flag: [LocalizedText, string] | undefined = due === undefined ? undefined
    : due < today ? [TEXT.overdue, 'badge-red'] : due === today ? [TEXT.dueToday, 'badge-amber'] : undefined;
  if (flag) cell.append(' ', make('span', say(flag[0]), { class: `badge ${flag[1]}` }));
  return cell;
}

function contactCell(account: Account): Node {
  const cell = make('span', account.email);
  cell.append(make('br'), account.phone ?? '—');
  return cell;
}

function render(): void {
  if (!loaded) return;
  const today = officeToday();
  element('requests').replaceChildren(pending.length === 0 ? make('p', say(TEXT.none)) : dataTable(TEXT.caption, TEXT.columns, pending.map((account) => [
    `${account.name} (${say(account.kind === 'business' ? TEXT.business : TEXT.person)})`, contactCell(account),
    account.createdAt === undefined ? '—' : officeTime(account.createdAt), dueCell(account, today),
  ])));
  const select = element<HTMLSelectElement>('decision-account');
  const chosen = select.value;
  select.replaceChildren(...pending.map((account) => make('option', `${account.name} — ${account.email}`, { value: account.id })));
  if (pending.some((account) => account.id === chosen)) select.value = chosen;
  element('decision-form').hidden = pending.length === 0;
}

async function load(): Promise<void> {
  element('progress').textContent = say(TEXT.loading);
  const { data, error } = await api.GET('/accounts', { params: { query: { status: 'pending', limit: 1000 } } });
  element('progress').textContent = '';
  if (data === undefined) {
    showProblem(feedback, problemMessage(error));
    return;
  }
  pending = data;
  loaded = true;
  render();
}

element('decision-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const id = element<HTMLSelectElement>('decision-account').value;
  const account = pending.find((candidate) => candidate.id === id);
  const granted = element<HTMLFormElement>('decision-form').querySelector<HTMLInputElement>('input[name=granted]:checked')?.value === 'true';
  const reason = element<HTMLTextAreaElement>('decision-reason').value.trim();
  if (account === undefined) return;
  if (!granted && reason === '') return showProblem(feedback, TEXT.reasonRequired, 'reason');
  const decided = await submitWith(feedback, element<HTMLButtonElement>('decision-submit'), () => api.POST('/accounts/{id}/decision', {
    params: { path: { id } }, body: { granted, ...(reason === '' ? {} : { reason }) },
  }));
  if (decided === undefined) return;
  element<HTMLTextAreaElement>('decision-reason').value = '';
  await load();
  feedback.status.textContent = say(decided.account.status === 'active' ? TEXT.granted(account.name) : TEXT.refused(account.name))
    + (decided.late ? say(TEXT.late(longDate(decided.due))) : '');
});

renderInLanguage(render);
await load();
