// The permit catalog (CAT-01 … CAT-03): each permit type with its service time and fee, linked to its requirements.
import { api, problemMessage, signedInAccount } from './shared/session.js';
import { showAccount } from './shared/portal-account.js';
import { feeSummary, serviceTime, type PermitType } from './shared/catalog-text.js';
import { showProblems } from './shared/problem-summary.js';
import { element, make, renderInLanguage, say } from './shared/text.js';

const list = element('permit-types');

function card(type: PermitType): HTMLLIElement {
  const item = make('li', undefined, { class: 'card' });
  const heading = make('h2');
  heading.append(make('a', say(type.name), { href: `permit-type.html?type=${encodeURIComponent(type.id)}` }));
  const facts = make('dl', undefined, { class: 'facts' });
  facts.append(
    make('dt', say({ id: 'Waktu layanan', en: 'Service time' })), make('dd', say(serviceTime(type))),
    make('dt', say({ id: 'Retribusi', en: 'Fee' })), make('dd', say(feeSummary(type))),
  );
  const apply = make('a', say({ id: 'Ajukan', en: 'Apply' }), { href: `apply.html?type=${encodeURIComponent(type.id)}`, class: 'button-link' });
  apply.append(make('span', ` ${say(type.name)}`, { class: 'visually-hidden' }));
  item.append(heading, facts, apply);
  return item;
}

showAccount(await signedInAccount());
element('progress').textContent = say({ id: 'Memuat katalog…', en: 'Loading the catalog…' });
const { data, error } = await api.GET('/catalog');
element('progress').textContent = '';
if (!data) showProblems([{ text: say(problemMessage(error)) }]);
else renderInLanguage(() => list.replaceChildren(...data.permitTypes.map(card)));
