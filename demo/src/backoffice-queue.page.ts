// The officers' queue: the applications at each step (GET /applications?state=…, staff see all), oldest first, with
// the working days left on the office's service clock (core, in the page). By default the steps the signed-in
// officer's roles act on.
import { APPLICATION_STATES, STAFF_ROLES, TRANSITIONS, type ApplicationState } from '@satupintu/core';
import type { ApiComponents } from '@satupintu/server';
import { OFFICE_STEPS } from './backoffice/actions.js';
import { applicantName, clockText, permitTypeName } from './backoffice/application-view.js';
import { officeTime } from './shared/format.js';
import { officeStateLabel } from './shared/office-labels.js';
import { showProblems } from './shared/problem-summary.js';
import { api, problemMessage, requireAccount } from './shared/session.js';
import { dataTable, link } from './shared/table.js';
import { element, make, renderInLanguage, say } from './shared/text.js';

type Application = ApiComponents['schemas']['Application'];

const CLOSED: readonly ApplicationState[] = ['draft', 'completed', 'rejected', 'payment-lapsed', 'cancelled', 'withdrawn'];
const OPEN = APPLICATION_STATES.filter((s) => !CLOSED.includes(s));

/** The states in which one of `roles` takes an officer's step. */
function statesFor(roles: readonly string[]): ApplicationState[] {
  const steps: readonly string[] = OFFICE_STEPS;
  return OPEN.filter((state) => TRANSITIONS.some((r) => r.from === state && steps.includes(r.event) && roles.includes(r.role)));
}

const account = await requireAccount(STAFF_ROLES);
const chosen = new URLSearchParams(location.search).get('state') ?? 'mine';
const select = element<HTMLSelectElement>('state');
const mine = statesFor(account.roles);
const wanted: readonly string[] = chosen === 'mine' ? mine : chosen === 'open' ? OPEN : chosen === 'all' ? APPLICATION_STATES : [chosen];
let items: Application[] = [];

if (wanted.length > 0) {
  element('progress').textContent = say({ id: 'Memuat…', en: 'Loading…' });
  const { data, error } = await api.GET('/applications', { params: { query: { state: wanted.join(','), limit: 1000 } } });
  element('progress').textContent = '';
  if (data) items = data.items;
  else showProblems([{ text: say(problemMessage(error)) }]);
}

function submittedOf(application: Application): string {
  return application.submittedAt ?? application.createdAt;
}

function renderOptions(): void {
  const options = [
    make('option', say({ id: 'Tahap yang menunggu peran saya', en: 'Steps waiting for my roles' }), { value: 'mine' }),
    make('option', say({ id: 'Semua yang sedang berjalan', en: 'Everything in progress' }), { value: 'open' }),
    make('option', say({ id: 'Semua, termasuk yang selesai', en: 'All, including closed ones' }), { value: 'all' }),
    ...APPLICATION_STATES.filter((s) => s !== 'draft').map((state) => make('option', say(officeStateLabel(state)), { value: state })),
  ];
  select.replaceChildren(...options);
  select.value = chosen;
}

function render(): void {
  renderOptions();
  const groups = APPLICATION_STATES.map((state) => ({
    state, rows: items.filter((a) => a.state === state).sort((a, b) => submittedOf(a).localeCompare(submittedOf(b))),
  })).filter((g) => g.rows.length > 0);
  element('summary').textContent = say({ id: `${items.length} permohonan`, en: `${items.length} applications` });
  element('queue').replaceChildren(...(groups.length === 0
    ? [make('p', say({ id: 'Tidak ada permohonan pada tahap ini.', en: 'No applications at this step.' }))]
    : groups.map(({ state, rows }) => {
      const section = make('section', undefined, { 'aria-labelledby': `group-${state}` });
      section.append(
        make('h2', `${say(officeStateLabel(state))} (${rows.length})`, { id: `group-${state}` }),
        dataTable(officeStateLabel(state),
          [{ id: 'Nomor tanda terima', en: 'Receipt number' }, { id: 'Jenis izin', en: 'Permit type' }, { id: 'Pemohon', en: 'Applicant' },
            { id: 'Diajukan', en: 'Submitted' }, { id: 'Sisa hari kerja', en: 'Working days left' }],
          rows.map((a) => [link(`backoffice-application.html?id=${encodeURIComponent(a.id)}`, a.receiptNumber ?? a.id), permitTypeName(a.permitType), applicantName(a),
            officeTime(submittedOf(a)), clockText(a)])),
      );
      return section;
    })));
}

renderInLanguage(render);
