// The signed-in applicant's applications (GET /applications): permit, receipt number, state, dates.
import { api, problemMessage, requireAccount } from './shared/session.js';
import { showAccount } from './shared/portal-account.js';
import { stateLabel } from './shared/application-state.js';
import { officeTime } from './shared/format.js';
import { showProblems } from './shared/problem-summary.js';
import { element, make, renderInLanguage, say } from './shared/text.js';
import type { ApiComponents } from '@satupintu/server';

type Application = ApiComponents['schemas']['Application'];
type PermitType = ApiComponents['schemas']['Catalog-permitType'];

const COLUMNS = [
  { id: 'Izin', en: 'Permit' }, { id: 'Nomor tanda terima', en: 'Receipt number' }, { id: 'Keadaan', en: 'State' }, { id: 'Diajukan', en: 'Submitted' },
];

function row(application: Application, types: readonly PermitType[]): HTMLTableRowElement {
  const type = types.find((candidate) => candidate.id === application.permitType);
  const name = type ? say(type.name) : application.permitType;
  const link = make('a', name, { href: `application.html?id=${encodeURIComponent(application.id)}` });
  const cell = make('th', undefined, { scope: 'row' });
  cell.append(link);
  const tr = make('tr');
  tr.append(
    cell,
    make('td', application.receiptNumber ?? say({ id: 'Belum ada (draf)', en: 'None yet (draft)' })),
    make('td', say(stateLabel(application.state))),
    make('td', application.submittedAt ? officeTime(application.submittedAt) : '—'),
  );
  return tr;
}

function table(applications: readonly Application[], types: readonly PermitType[]): HTMLElement {
  if (applications.length === 0) {
    return make('p', say({ id: 'Anda belum mengajukan permohonan.', en: 'You have not applied for anything yet.' }));
  }
  const result = make('table');
  result.append(make('caption', say({ id: 'Permohonan Anda, terbaru di atas', en: 'Your applications, newest first' })));
  const head = make('tr');
  head.append(...COLUMNS.map((title) => make('th', say(title), { scope: 'col' })));
  const thead = make('thead');
  thead.append(head);
  const body = make('tbody');
  body.append(...applications.map((application) => row(application, types)));
  result.append(thead, body);
  return result;
}

showAccount(await requireAccount(['applicant']));
const progress = element('progress');
progress.textContent = say({ id: 'Memuat permohonan…', en: 'Loading your applications…' });
const [{ data, error }, { data: catalog }] = await Promise.all([api.GET('/applications', {}), api.GET('/catalog')]);
progress.textContent = '';
if (!data) showProblems([{ text: say(problemMessage(error)) }]);
else {
  const newestFirst = [...data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  renderInLanguage(() => element('list').replaceChildren(table(newestFirst, catalog?.permitTypes ?? [])));
}
