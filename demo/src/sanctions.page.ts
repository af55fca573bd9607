// The supervisor's sanctions page: sanction cases (SAN-01 … SAN-05) and administrative actions (ADM-01, ADM-02).
import { api, requireAccount } from './shared/session.js';
import { element, make, renderInLanguage } from './shared/text.js';
import { renderAdministrativeAction, setUpAdministrativeAction } from './supervision/administrative-action.js';
import { fillViolations, renderCase, setUpSanctionCases } from './supervision/sanction-case.js';

await requireAccount(['supervisor', 'head-of-office']);
const { data: businesses } = await api.GET('/businesses', { params: { query: { limit: 1000 } } });
const wanted = new URLSearchParams(location.search).get('business');
for (const id of ['case-business', 'action-business']) {
  const select = element<HTMLSelectElement>(id);
  select.replaceChildren(...(businesses ?? []).map((b) => make('option', `${b.name} (${b.nib})`, { value: b.id })));
  if (wanted !== null) select.value = wanted;
}
setUpAdministrativeAction();
await setUpSanctionCases();
renderInLanguage(() => {
  fillViolations(element<HTMLSelectElement>('case-violation'));
  renderCase();
  renderAdministrativeAction();
});
