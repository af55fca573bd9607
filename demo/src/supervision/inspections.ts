// A business's inspections (GET /inspections?business=) and the form that records one with its BAP
// (POST /inspections): routine visits come from the annual plan (the plan's links fill the form), incidental ones
// name their trigger (SUP-08); the BAP is signed by the inspector and by the business, or its refusal recorded (SUP-07).
import { api } from '../shared/session.js';
import type { Schemas } from '../shared/api-types.js';
import { submitWith, type Feedback } from '../shared/feedback.js';
import { dataTable, link } from '../shared/table.js';
import { element, make, say } from '../shared/text.js';
import { riskLabel } from './labels.js';
import { shortDate, todayInJakarta } from '../shared/dates.js';

type Inspection = Schemas['Inspection'];
type Bap = Schemas['Bap'];
type Business = Schemas['Business'];

const TEXT = {
  caption: { id: 'Inspeksi yang tercatat', en: 'Recorded inspections' },
  none: { id: 'Belum ada inspeksi yang tercatat.', en: 'No inspection recorded yet.' },
  columns: [
    { id: 'Nomor BAP', en: 'BAP number' }, { id: 'Tanggal', en: 'Date' }, { id: 'Jenis', en: 'Kind' },
    { id: 'Lokasi', en: 'Location' }, { id: 'Hasil', en: 'Result' },
  ],
  routine: { id: 'Rutin', en: 'Routine' },
  incidental: { id: 'Insidental', en: 'Incidental' },
  compliant: { id: 'Patuh', en: 'Compliant' },
  violation: (ids: string) => ({ id: `Tidak patuh: ${ids}`, en: `Not compliant: ${ids}` }),
  refused: { id: 'Pelaku usaha menolak menandatangani; BAP tetap sah (SUP-07).', en: 'The business refused to sign; the BAP stays valid (SUP-07).' },
  recorded: (id: string) => ({ id: `Inspeksi tercatat: ${id}.`, en: `Inspection recorded: ${id}.` }),
  openCase: { id: 'Buka kasus sanksi untuk pelanggaran ini', en: 'Open a sanction case for this violation' },
} as const;

let inspections: Inspection[] = [];
let latest: Inspection | undefined;

function result(inspection: Inspection): string {
  const { compliant, nonCompliantIndicators } = inspection.assessment;
  return compliant ? say(TEXT.compliant) : say(TEXT.violation(nonCompliantIndicators.join(', ')));
}

/** Shows the list and the latest recorded inspection as last loaded. */
export function renderInspections(): void {
  const target = element('inspections');
  target.replaceChildren(inspections.length === 0 ? make('p', say(TEXT.none)) : dataTable(TEXT.caption, TEXT.columns, inspections.map((i) => [
    i.id, shortDate(i.bap.inspectionDate),
    `${say(i.bap.supervision === 'routine' ? TEXT.routine : TEXT.incidental)}${i.risk === undefined ? '' : ` (${riskLabel(i.risk)})`}`,
    i.bap.location, result(i),
  ])));
  const outcome = element('inspection-result');
  if (latest === undefined) return outcome.replaceChildren();
  const nodes: Node[] = [make('p', `${say(TEXT.recorded(latest.id))} ${result(latest)}`, { class: 'notice' })];
  if (latest.assessment.refusalRecorded) nodes.push(make('p', say(TEXT.refused)));
  if (!latest.assessment.compliant) {
    nodes.push(link(`sanctions.html?${new URLSearchParams({ business: latest.businessId, inspection: latest.id }).toString()}`, say(TEXT.openCase)));
  }
  outcome.replaceChildren(...nodes);
}

/** Loads and shows the inspections of `businessId`. */
export async function loadInspections(businessId: string): Promise<void> {
  const { data } = await api.GET('/inspections', { params: { query: { business: businessId, limit: 1000 } } });
  inspections = data ?? [];
  renderInspections();
}

function value(id: string): string {
  return element<HTMLInputElement | HTMLSelectElement>(id).value.trim();
}

function bapOf(businessId: string): Bap {
  const date = value('inspection-date');
  const note = value('indicator-note');
  const signer = value('business-signer');
  return {
    businessId,
    location: value('inspection-location'),
    supervision: value('inspection-supervision') as Bap['supervision'],
    inspectionDate: date,
    visit: value('inspection-visit') as Bap['visit'],
    recording: 'electronic',
    indicators: [{
      id: value('indicator-id'), aspect: value('indicator-aspect') as Bap['indicators'][number]['aspect'], compliant: value('indicator-compliant') === 'yes',
      ...(note === '' ? {} : { note }),
    }],
    inspector: { name: value('inspector-name'), signedOn: date },
    business: signer === ''
      ? { kind: 'refused', statement: value('refusal-statement'), recordedOn: date }
      : { kind: 'signed', signature: { name: signer, signedOn: date } },
  };
}

function showKindFields(): void {
  const routine = value('inspection-supervision') === 'routine';
  element('inspection-risk-field').hidden = !routine;
  element('inspection-trigger-field').hidden = routine;
}

/** Fills the form from the plan's link (`?location=&risk=&date=`) and wires it for `business`. */
export function setUpInspectionForm(business: Business, onRecorded: () => Promise<void>): void {
  const params = new URLSearchParams(location.search);
  const locationSelect = element<HTMLSelectElement>('inspection-location');
  locationSelect.replaceChildren(...business.locations.map((l) => make('option', l.location, { value: l.location })));
  const fromPlan = { location: params.get('location'), risk: params.get('risk'), date: params.get('date') };
  if (fromPlan.location !== null) locationSelect.value = fromPlan.location;
  if (fromPlan.risk !== null) element<HTMLSelectElement>('inspection-risk').value = fromPlan.risk;
  else element<HTMLSelectElement>('inspection-risk').value = business.locations[0]?.activities[0]?.risk ?? 'low';
  element<HTMLInputElement>('inspection-date').value = fromPlan.date ?? todayInJakarta();
  const kind = element<HTMLSelectElement>('inspection-supervision');
  kind.addEventListener('change', showKindFields);
  showKindFields();

  const feedback: Feedback = { summary: element('inspection-summary'), status: element('inspection-status') };
  element('inspection-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const routine = value('inspection-supervision') === 'routine';
    const body: Schemas['InspectionInput'] = {
      bap: bapOf(business.id),
      ...(routine
        ? { risk: value('inspection-risk') as NonNullable<Schemas['InspectionInput']['risk']> }
        : { trigger: value('inspection-trigger') as NonNullable<Schemas['InspectionInput']['trigger']> }),
    };
    const recorded = await submitWith(feedback, element<HTMLButtonElement>('inspection-submit'), () => api.POST('/inspections', { body }));
    if (recorded === undefined) return;
    latest = recorded;
    await loadInspections(business.id);
    await onRecorded();
    element('inspection-result').focus();
  });
}
