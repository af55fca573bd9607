// Sanction cases (SAN-01 … SAN-05): open one for a business's violation (POST /sanction-cases), read it with the
// escalation due today (GET /sanction-cases/{id}) and take it one step (POST …/events, If-Match: the version read).
import { SANCTION_VIOLATION_KINDS } from '@satupintu/core';
import { api } from '../shared/session.js';
import type { Schemas } from '../shared/api-types.js';
import { submitWith, type Feedback } from '../shared/feedback.js';
import { dataTable } from '../shared/table.js';
import { element, make, say } from '../shared/text.js';
import { sanctionEventLabel, sanctionStateLabel } from './labels.js';
import { shortDate } from '../shared/dates.js';

type SanctionCase = Schemas['SanctionCase'];

const TEXT = {
  heading: (id: string) => ({ id: `Kasus ${id}`, en: `Case ${id}` }),
  business: { id: 'Pelaku usaha', en: 'Business' },
  violation: { id: 'Pelanggaran', en: 'Violation' },
  state: { id: 'Tahap sekarang', en: 'Current step' },
  since: { id: 'Sejak', en: 'Since' },
  deadline: { id: 'Batas waktu tanggapan', en: 'Response deadline' },
  track: { light: { id: 'Ringan', en: 'Light' }, medium: { id: 'Sedang', en: 'Medium' }, heavy: { id: 'Berat', en: 'Heavy' } },
  due: { id: 'Eskalasi yang jatuh tempo hari ini (SAN-05)', en: 'Escalation due today (SAN-05)' },
  noneDue: { id: 'Tidak ada eskalasi yang jatuh tempo hari ini.', en: 'No escalation is due today.' },
  dueLine: (from: string, to: string, deadline: string, days: number) => ({
    id: `${from} → ${to}: batas waktu ${deadline} terlewati ${days} hari kerja.`,
    en: `${from} → ${to}: the deadline ${deadline} passed ${days} working days ago.`,
  }),
  records: { id: 'Catatan kasus (SAN-04)', en: 'Case record (SAN-04)' },
  columns: [{ id: 'No.', en: 'No.' }, { id: 'Tanggal', en: 'Date' }, { id: 'Peristiwa', en: 'Event' }, { id: 'Tahap', en: 'Step' }, { id: 'Dasar', en: 'Basis' }, { id: 'Batas waktu', en: 'Deadline' }],
  opened: (id: string) => ({ id: `Kasus ${id} dibuka.`, en: `Case ${id} opened.` }),
  stepped: { id: 'Langkah dicatat.', en: 'Step recorded.' },
} as const;

let shown: SanctionCase | undefined;

function violationName(id: string): string {
  const kind = SANCTION_VIOLATION_KINDS.find((k) => k.id === id);
  return kind === undefined ? id : `${say(kind.name)} (${kind.source.article})`;
}

/** Shows the case as last loaded. */
export function renderCase(): void {
  const target = element('case');
  element('step-form').hidden = shown === undefined || ['revoked', 'resolved'].includes(shown.case.state);
  if (shown === undefined) return target.replaceChildren();
  const { case: c, dueActions } = shown;
  const details = make('dl', undefined, { class: 'details' });
  const entry = (term: { id: string; en: string }, value: string): void => details.append(make('dt', say(term)), make('dd', value));
  entry(TEXT.business, c.business);
  entry(TEXT.violation, `${violationName(c.violation)} — ${say(TEXT.track[c.track])}`);
  entry(TEXT.state, sanctionStateLabel(c.state));
  entry(TEXT.since, shortDate(c.since));
  entry(TEXT.deadline, shortDate(c.deadline));
  const due = make('ul');
  for (const d of dueActions) due.append(make('li', say(TEXT.dueLine(sanctionStateLabel(d.from), sanctionStateLabel(d.to), shortDate(d.deadline), d.overdueWorkingDays))));
  target.replaceChildren(
    make('h3', say(TEXT.heading(c.id)), { id: 'case-heading' }),
    details,
    make('h4', say(TEXT.due)),
    dueActions.length === 0 ? make('p', say(TEXT.noneDue)) : due,
    dataTable(TEXT.records, TEXT.columns, c.records.map((r) => [
      String(r.sequence), shortDate(r.on), sanctionEventLabel(r.event), sanctionStateLabel(r.state), `${r.source.regulation} ${r.source.article}`, shortDate(r.deadline),
    ])),
  );
}

function show(found: SanctionCase): void {
  shown = found;
  element<HTMLInputElement>('case-number').value = found.case.id;
  const url = new URL(location.href);
  url.searchParams.set('case', found.case.id);
  history.replaceState(null, '', url);
  renderCase();
}

/** The violation kinds a case can be opened for (not those that only arise by escalation). */
export function fillViolations(select: HTMLSelectElement): void {
  const chosen = select.value;
  select.replaceChildren(...SANCTION_VIOLATION_KINDS.filter((k) => !k.arisesFromEscalation)
    .map((k) => make('option', `${say(k.name)} — ${say(TEXT.track[k.class])}`, { value: k.id })));
  if (chosen !== '') select.value = chosen;
}

function value(id: string): string {
  return element<HTMLInputElement | HTMLSelectElement>(id).value.trim();
}

async function find(id: string, feedback: Feedback): Promise<void> {
  const found = await submitWith(feedback, element<HTMLButtonElement>('find-submit'), () =>
    api.GET('/sanction-cases/{id}', { params: { path: { id } } }));
  if (found !== undefined) show(found);
}

/** Wires opening, finding and stepping cases; `?case=` shows one, `?violation=` and `?inspection=` fill the form. */
export async function setUpSanctionCases(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const violation = element<HTMLSelectElement>('case-violation');
  fillViolations(violation);
  const suggested = params.get('violation');
  if (suggested !== null && SANCTION_VIOLATION_KINDS.some((k) => k.id === suggested && !k.arisesFromEscalation)) violation.value = suggested;
  const inspection = params.get('inspection');
  if (inspection !== null) element<HTMLInputElement>('case-note').value = `BAP ${inspection}`;

  const openFeedback: Feedback = { summary: element('open-summary'), status: element('open-status') };
  const caseFeedback: Feedback = { summary: element('case-summary'), status: element('case-status') };
  element('open-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const correctBy = value('case-correct-by');
    const note = value('case-note');
    const opened = await submitWith(openFeedback, element<HTMLButtonElement>('open-submit'), () => api.POST('/sanction-cases', {
      body: { business: value('case-business'), violation: value('case-violation'), ...(correctBy === '' ? {} : { correctBy }), ...(note === '' ? {} : { note }) },
    }));
    if (opened === undefined) return;
    show(opened);
    openFeedback.status.textContent = say(TEXT.opened(opened.case.id));
    element('case').focus();
  });
  element('find-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void find(value('case-number'), caseFeedback);
  });
  element('step-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (shown === undefined) return;
    const current = shown;
    const note = value('step-note');
    const stepped = await submitWith(caseFeedback, element<HTMLButtonElement>('step-submit'), () => api.POST('/sanction-cases/{id}/events', {
      params: { path: { id: current.case.id }, header: { 'if-match': `"${current.version}"` } },
      body: { type: value('step-type') as Schemas['SanctionEventInput']['type'], ...(note === '' ? {} : { note }) },
    }));
    if (stepped === undefined) return;
    show(stepped);
    caseFeedback.status.textContent = say(TEXT.stepped);
    element('case').focus();
  });
  const wanted = params.get('case');
  if (wanted !== null) await find(wanted, caseFeedback);
}
