// One supervised business: its details, LKPM status with the traffic lights, and its inspections with the BAP form.
import { api, requireAccount } from './shared/session.js';
import { renderInLanguage, element, make, say } from './shared/text.js';
import { showServiceProblem } from './shared/feedback.js';
import { complianceLabel, riskLabel, scaleLabel } from './supervision/labels.js';
import { loadInspections, renderInspections, setUpInspectionForm } from './supervision/inspections.js';
import { loadLkpm, renderLkpm, setUpLkpm } from './supervision/lkpm.js';

const TEXT = {
  nib: { id: 'NIB', en: 'NIB' },
  scale: { id: 'Skala', en: 'Scale' },
  compliance: { id: 'Kepatuhan terakhir', en: 'Latest compliance' },
  locations: { id: 'Lokasi dan risiko kegiatan', en: 'Locations and activity risk' },
} as const;

await requireAccount(['supervisor', 'head-of-office']);
const id = new URLSearchParams(location.search).get('id') ?? '';
const { data: business, error } = await api.GET('/businesses/{id}', { params: { path: { id } } });
const lkpmFeedback = setUpLkpm(id);
if (business === undefined) {
  showServiceProblem(lkpmFeedback, error);
} else {
  element('business-title').textContent = business.name;
  element('sanction-link').setAttribute('href', `sanctions.html?${new URLSearchParams({ business: business.id }).toString()}`);
  const renderDetails = (): void => {
    const list = make('dl', undefined, { class: 'details' });
    const entry = (term: { id: string; en: string }, value: string): void => list.append(make('dt', say(term)), make('dd', value));
    entry(TEXT.nib, business.nib);
    entry(TEXT.scale, scaleLabel(business.scale));
    entry(TEXT.compliance, complianceLabel(business.compliance));
    entry(TEXT.locations, business.locations.map((l) => `${l.location}: ${l.activities.map((a) => riskLabel(a.risk)).join(', ')}`).join('; '));
    element('business-details').replaceChildren(list);
  };
  setUpInspectionForm(business, () => loadLkpm(business.id, lkpmFeedback));
  await Promise.all([loadInspections(business.id), loadLkpm(business.id, lkpmFeedback)]);
  renderInLanguage(() => {
    renderDetails();
    renderLkpm();
    renderInspections();
  });
}
