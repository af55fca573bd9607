// One permit type of the catalog: service time, legal basis, the requirements for a person or a business
// (GET /catalog/{type}/requirements), the procedure, and a fee estimate (POST /fees/quote) where the applicant can
// give the calculator's inputs.
import { api, problemMessage, signedInAccount } from './shared/session.js';
import { showAccount } from './shared/portal-account.js';
import { feeSummary, serviceTime, type PermitType } from './shared/catalog-text.js';
import { assessmentTable, FEE_INPUTS, type FeeInputField } from './shared/fee-estimate.js';
import { clearProblems, showProblems, withProgress } from './shared/problem-summary.js';
import { element, make, renderInLanguage, say } from './shared/text.js';

const SUBMISSION = {
  upload: { id: 'unggah', en: 'upload' },
  'in-person': { id: 'bawa ke loket', en: 'bring to the counter' },
  office: { id: 'disiapkan kantor', en: 'prepared by the office' },
} as const;

function showFacts(type: PermitType): void {
  const facts = element('facts');
  const legal = type.legalBasis.instruments.map((instrument) => `${instrument.regulation} ${instrument.article}`.trim());
  facts.replaceChildren(
    make('dt', say({ id: 'Waktu layanan', en: 'Service time' })), make('dd', say(serviceTime(type))),
    make('dt', say({ id: 'Retribusi', en: 'Fee' })), make('dd', say(feeSummary(type))),
    ...(type.validity ? [make('dt', say({ id: 'Masa berlaku', en: 'Valid for' })), make('dd', say({ id: `${type.validity.years} tahun`, en: `${type.validity.years} years` }))] : []),
    make('dt', say({ id: 'Sumber', en: 'Source' })), make('dd', `${type.source.regulation} ${type.source.article}`),
    ...(legal.length > 0 ? [make('dt', say({ id: 'Dasar hukum', en: 'Legal basis' })), make('dd', legal.join('; '))] : []),
  );
  element('procedure').replaceChildren(...type.procedure.steps.map((step) => make('li', say(step.label))));
}

async function showRequirements(type: PermitType): Promise<void> {
  const applicant = element<HTMLInputElement>('applicant-business').checked ? 'business' : 'person';
  const target = element('requirements');
  const { data, error } = await api.GET('/catalog/{permitType}/requirements', { params: { path: { permitType: type.id }, query: { applicant } } });
  if (!data) return void target.replaceChildren(make('p', say(problemMessage(error)), { class: 'error' }));
  const list = make('ul', undefined, { class: 'requirements' });
  for (const requirement of data.documents) {
    list.append(make('li', `${say(requirement.label)} (${say(SUBMISSION[requirement.submission])}${requirement.required ? '' : say({ id: ', tidak wajib', en: ', optional' })})`));
  }
  for (const { requirement } of data.undecided) {
    const when = requirement.conditionText ? say(requirement.conditionText) : say({ id: 'bila berlaku', en: 'when it applies' });
    list.append(make('li', `${say(requirement.label)} — ${when} (${say(SUBMISSION[requirement.submission])})`));
  }
  target.replaceChildren(list);
}

function feeControl(field: FeeInputField): HTMLElement {
  const wrapper = make('div', undefined, { class: 'field' });
  const id = `fee-${field.key}`;
  wrapper.append(make('label', say(field.label), { for: id }));
  if (field.hint) wrapper.append(make('p', say(field.hint), { class: 'hint', id: `${id}-hint` }));
  if (field.choices) {
    const select = make('select', undefined, { id, name: field.key });
    select.append(...field.choices.map((choice) => make('option', say(choice.label), { value: choice.value })));
    wrapper.append(select);
  } else {
    wrapper.append(make('input', undefined, { id, name: field.key, type: 'text', inputmode: 'decimal', ...(field.hint ? { 'aria-describedby': `${id}-hint` } : {}) }));
  }
  return wrapper;
}

function showFee(type: PermitType): void {
  const fields = FEE_INPUTS[type.id];
  element('fee').replaceChildren(make('p', say(fields || !type.fee.bearing ? feeSummary(type)
    : { id: `${say(feeSummary(type))}. Jumlahnya dihitung kantor setelah berkas diperiksa.`, en: `${say(feeSummary(type))}. The office assesses the amount after checking the file.` })));
  const form = element<HTMLFormElement>('fee-form');
  form.hidden = !fields || !type.fee.bearing;
  if (fields) element('fee-fields').replaceChildren(...fields.map(feeControl));
}

async function estimate(type: PermitType, fields: readonly FeeInputField[]): Promise<void> {
  const controls = fields.map((field) => element<HTMLInputElement>(`fee-${field.key}`));
  clearProblems(controls);
  const input: Record<string, unknown> = {};
  for (const [index, field] of fields.entries()) {
    const control = controls[index] as HTMLInputElement;
    if (field.choices) input[field.key] = control.value;
    else {
      const value = Number(control.value.trim().replace(',', '.'));
      if (control.value.trim() === '' || !Number.isFinite(value) || value < 0) {
        return showProblems([{ field: control, text: say({ id: `Isi ${say(field.label)} dengan angka.`, en: `Enter the ${say(field.label)} as a number.` }) }]);
      }
      input[field.key] = value;
    }
  }
  const { data, error } = await api.POST('/fees/quote', { body: { permitType: type.id as 'tdg', input } });
  const result = element('fee-result');
  if (!data) return showProblems([{ text: say(problemMessage(error)), ...(controls[0] ? { field: controls[0] } : {}) }]);
  result.replaceChildren(assessmentTable(data, { id: 'Perkiraan retribusi', en: 'Fee estimate' }), make('p', say({
    id: 'Perkiraan; jumlah yang harus dibayar tercantum dalam SKRD setelah permohonan disetujui.',
    en: 'An estimate; the amount due is stated in the SKRD once the application is approved.',
  }), { class: 'hint' }));
}

showAccount(await signedInAccount());
const typeId = new URLSearchParams(location.search).get('type') ?? '';
const { data: catalog, error } = await api.GET('/catalog');
const type = catalog?.permitTypes.find((candidate) => candidate.id === typeId);
if (!type) {
  showProblems([{ text: catalog ? say({ id: `Jenis izin "${typeId}" tidak ada dalam katalog.`, en: `The permit type "${typeId}" is not in the catalog.` }) : say(problemMessage(error)) }]);
} else {
  element<HTMLAnchorElement>('apply-link').href = `apply.html?type=${encodeURIComponent(type.id)}`;
  renderInLanguage(() => {
    element('title').textContent = say(type.name);
    document.title = `${say(type.name)} — Satupintu`;
    showFacts(type);
    showFee(type);
    void showRequirements(type);
  });
  for (const id of ['applicant-person', 'applicant-business']) element(id).addEventListener('change', () => void showRequirements(type));
  element('fee-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void withProgress(element<HTMLButtonElement>('fee-button'), element('fee-progress'), () => estimate(type, FEE_INPUTS[type.id] ?? []));
  });
}
