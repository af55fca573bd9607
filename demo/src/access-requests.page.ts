// The access requests waiting for a decision (ACC-02): who asked and when, with the identity they gave and what
// checked it (a registry, or only the format: P106 Pasal 6 ayat (4)), the last day to decide (the service's, on the
// office's calendar), and the decision (POST /accounts/{id}/decision), which the service sends to the applicant by
// SMS and e-mail.
import type { LocalizedText } from '@satupintu/core';
import type { ApiComponents } from '@satupintu/server';
import { showProblem, submitWith, type Feedback } from './shared/feedback.js';
import { longDate, officeTime } from './shared/format.js';
import { officeToday } from './shared/working-days-left.js';
import { api, problemMessage, requireAccount } from './shared/session.js';
import { dataTable } from './shared/table.js';
import { element, make, renderInLanguage, say } from './shared/text.js';

type Account = ApiComponents['schemas']['AccountForStaff'];
type IdentityCheck = Account['identityChecks'][number];

const TEXT = {
  loading: { id: 'Memuat…', en: 'Loading…' },
  caption: { id: 'Permohonan hak akses yang menunggu keputusan, yang terlama di atas', en: 'Access requests waiting for a decision, oldest first' },
  columns: [
    { id: 'Pemohon', en: 'Applicant' }, { id: 'Pemeriksaan identitas', en: 'Identity checks' }, { id: 'Diterima', en: 'Received' }, { id: 'Putuskan paling lambat', en: 'Decide by' },
  ],
  person: { id: 'Perorangan', en: 'Person' },
  business: { id: 'Badan usaha', en: 'Business' },
  overdue: { id: 'Lewat batas waktu', en: 'Overdue' },
  dueToday: { id: 'Hari ini', en: 'Today' },
  noCheck: { id: 'Tidak ada', en: 'None' },
  checks: {
    population: { id: 'NIK (SIAK)', en: 'NIK (SIAK)' },
    'tax-status': { id: 'NPWP (KSWP)', en: 'NPWP (KSWP)' },
  },
  leader: { id: 'pendaftar adalah pimpinan', en: 'the registrant leads the company' },
  attorney: { id: 'pendaftar bertindak sebagai kuasa', en: 'the registrant acts under a power of attorney' },
  none: { id: 'Tidak ada permohonan hak akses yang menunggu keputusan.', en: 'No access request is waiting for a decision.' },
  reasonRequired: { id: 'Tulis alasan penolakan: pemohon menerimanya lewat SMS dan surel.', en: 'Write the reason for the refusal: the applicant receives it by SMS and e-mail.' },
  granted: (name: string) => ({ id: `Hak akses ${name} diberikan; pemohon diberi tahu lewat SMS dan surel.`, en: `${name}'s access right is granted; the applicant is told by SMS and e-mail.` }),
  refused: (name: string) => ({ id: `Permohonan hak akses ${name} ditolak; pemohon diberi tahu alasannya lewat SMS dan surel.`, en: `${name}'s access request is refused; the applicant is told the reason by SMS and e-mail.` }),
  outcomes: {
    'format-valid': { id: 'format benar; registri tidak ditanya', en: 'format valid; no registry asked' },
    'format-invalid': { id: 'format salah', en: 'format invalid' },
    match: { id: 'cocok dengan registri', en: 'matches the registry' },
    mismatch: { id: 'tidak cocok dengan registri', en: 'does not match the registry' },
    active: { id: 'aktif menurut registri', en: 'active in the registry' },
    inactive: { id: 'tidak aktif menurut registri', en: 'inactive in the registry' },
    invalid: { id: 'tidak dikenal registri', en: 'unknown to the registry' },
    unavailable: { id: 'registri tidak menjawab', en: 'the registry did not answer' },
  },
  late: (due: string) => ({ id: ` Keputusan ini melewati batas waktunya (${due}).`, en: ` This decision is past its deadline (${due}).` }),
} as const;

await requireAccount(['admin-officer', 'head-of-office']);
const feedback: Feedback = { summary: element('decision-summary'), status: element('decision-status') };
let pending: Account[] = [];
let loaded = false;

function dueCell(account: Account, today: string): Node {
  const due = account.decisionDue;
  const cell = make('span', due === undefined ? '—' : longDate(due));
  const flag: [LocalizedText, string] | undefined = due === undefined ? undefined
    : due < today ? [TEXT.overdue, 'badge-red'] : due === today ? [TEXT.dueToday, 'badge-amber'] : undefined;
  if (flag) cell.append(' ', make('span', say(flag[0]), { class: `badge ${flag[1]}` }));
  return cell;
}

/** The badge colour of a check: green only where a registry confirmed it, grey where only the format was checked. */
function checkColour(check: IdentityCheck): string {
  if (check.verified) return 'badge-green';
  if (check.outcome === 'format-valid') return 'badge-grey';
  return check.outcome === 'unavailable' ? 'badge-amber' : 'badge-red';
}

function checksCell(account: Account): Node {
  if (account.identityChecks.length === 0) return make('span', say(TEXT.noCheck));
  const list = make('ul', undefined, { class: 'plain identity-checks' });
  for (const check of account.identityChecks) {
    const item = make('li', `${say(TEXT.checks[check.check])}: `);
    item.append(make('span', say(TEXT.outcomes[check.outcome]), { class: `badge ${checkColour(check)}` }));
    list.append(item);
  }
  return list;
}

function applicantCell(account: Account): Node {
  const { nik, companyName, npwp, registrantIsLeader } = account.identity;
  const cell = make('span', `${account.name} (${say(account.kind === 'business' ? TEXT.business : TEXT.person)})`);
  const lines = [
    nik === undefined ? undefined : `NIK ${nik}`,
    companyName,
    npwp === undefined ? undefined : `NPWP ${npwp}`,
    registrantIsLeader === undefined ? undefined : say(registrantIsLeader ? TEXT.leader : TEXT.attorney),
    account.email,
    account.phone,
  ];
  for (const line of lines) if (line !== undefined) cell.append(make('br'), line);
  return cell;
}

function render(): void {
  if (!loaded) return;
  const today = officeToday();
  element('requests').replaceChildren(pending.length === 0 ? make('p', say(TEXT.none)) : dataTable(TEXT.caption, TEXT.columns, pending.map((account) => [
    applicantCell(account), checksCell(account), account.createdAt === undefined ? '—' : officeTime(account.createdAt), dueCell(account, today),
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
  if (element('decision-form').hidden) feedback.status.focus(); // the last request was decided: the button is gone
});

renderInLanguage(render);
await load();
