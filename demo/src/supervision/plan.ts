// The annual field-inspection plan (SUP-02 … SUP-06): made once a year over the stored businesses
// (POST /supervision/plans) and read back (GET /supervision/plans/{year}); each planned visit links to recording it.
import { indonesiaCalendar } from '@satupintu/core';
import { api } from '../shared/session.js';
import type { Schemas } from '../shared/api-types.js';
import { submitWith, type Feedback } from '../shared/feedback.js';
import { dataTable, link } from '../shared/table.js';
import { element, make, say } from '../shared/text.js';
import { businessHref } from './businesses.js';
import { riskLabel } from './labels.js';
import { shortDate, todayInJakarta } from '../shared/dates.js';

type Plan = Schemas['InspectionPlan'];

const TEXT = {
  heading: (year: number) => ({ id: `Rencana inspeksi ${year}`, en: `Inspection plan ${year}` }),
  totals: (t: Plan['totals']) => ({
    id: `${t.businesses} pelaku usaha, ${t.units} unit, ${t.plannedVisits} kunjungan terjadwal, ${t.unscheduledVisits} belum terjadwal.`,
    en: `${t.businesses} businesses, ${t.units} units, ${t.plannedVisits} visits scheduled, ${t.unscheduledVisits} not scheduled.`,
  }),
  window: (w: Plan['window']) => ({
    id: `Inspeksi dari ${shortDate(w.firstInspection)} sampai ${shortDate(w.lastInspection)} (${w.workingDays} hari kerja, ${w.capacityPerDay} inspeksi per hari).`,
    en: `Inspections from ${shortDate(w.firstInspection)} to ${shortDate(w.lastInspection)} (${w.workingDays} working days, ${w.capacityPerDay} inspections a day).`,
  }),
  milestones: { id: 'Tahapan penyusunan (SUP-05)', en: 'Milestones (SUP-05)' },
  visitsCaption: { id: 'Kunjungan yang direncanakan', en: 'Planned visits' },
  visitsColumns: [
    { id: 'Peringkat', en: 'Rank' }, { id: 'Pelaku usaha', en: 'Business' }, { id: 'Lokasi', en: 'Location' },
    { id: 'Risiko', en: 'Risk' }, { id: 'Kunjungan per tahun', en: 'Visits a year' }, { id: 'Tanggal kunjungan', en: 'Visit dates' },
  ],
  record: (date: string) => ({ id: `Catat inspeksi ${date}`, en: `Record inspection ${date}` }),
  exemptCaption: { id: 'Tanpa inspeksi lapangan (SUP-03)', en: 'No field inspection (SUP-03)' },
  exemptColumns: [{ id: 'Pelaku usaha', en: 'Business' }, { id: 'Lokasi', en: 'Location' }, { id: 'Risiko', en: 'Risk' }, { id: 'Alasan', en: 'Reason' }],
  unscheduled: { id: 'Belum terjadwal (kapasitas kurang)', en: 'Not scheduled (capacity too small)' },
  made: { id: 'Rencana disusun.', en: 'The plan is made.' },
} as const;

let shown: Plan | undefined;

function visitsCell(row: Plan['inspections'][number]): HTMLElement {
  const list = make('ul', undefined, { class: 'plain' });
  for (const visit of row.visits) {
    const item = make('li');
    const href = businessHref(row.businessId, { location: row.location, risk: row.risk, date: visit.date });
    item.append(link(href, say(TEXT.record(shortDate(visit.date)))));
    list.append(item);
  }
  return list;
}

/** Shows the plan as last loaded. */
export function renderPlan(): void {
  const target = element('plan');
  if (shown === undefined) {
    target.replaceChildren();
    return;
  }
  const plan = shown;
  const nodes: Node[] = [
    make('h3', say(TEXT.heading(plan.year))),
    make('p', say(TEXT.totals(plan.totals)), { id: 'plan-totals' }),
    make('p', say(TEXT.window(plan.window))),
  ];
  const milestones = make('ul');
  for (const m of plan.milestones) milestones.append(make('li', `${say(m.name)}: ${shortDate(m.week.from)} – ${shortDate(m.week.to)} (${m.source.regulation} ${m.source.article})`));
  nodes.push(make('h4', say(TEXT.milestones)), milestones);
  nodes.push(dataTable(TEXT.visitsCaption, TEXT.visitsColumns, plan.inspections.map((row) => [
    String(row.rank), link(businessHref(row.businessId), row.businessName), row.location, riskLabel(row.risk), String(row.maxPerYear), visitsCell(row),
  ])));
  if (plan.exempt.length > 0) {
    nodes.push(dataTable(TEXT.exemptCaption, TEXT.exemptColumns, plan.exempt.map((row) => [
      row.businessName, row.location, riskLabel(row.risk), row.reasons.map((r) => say(r.reason)).join(' '),
    ])));
  }
  if (plan.unscheduled.length > 0) {
    const list = make('ul');
    for (const row of plan.unscheduled) list.append(make('li', `${row.businessName} — ${row.location}: ${say(row.message)}`));
    nodes.push(make('h4', say(TEXT.unscheduled)), list);
  }
  target.replaceChildren(...nodes);
}

function numberOf(id: string): number {
  return Number(element<HTMLInputElement>(id).value);
}

/** Wires the plan form: make a year's plan, or show the stored one. */
export function setUpPlan(): void {
  const form = element<HTMLFormElement>('plan-form');
  const feedback: Feedback = { summary: element('plan-summary'), status: element('plan-status') };
  const year = element<HTMLInputElement>('plan-year');
  // Next year's plan is made in November (SUP-05), but only over years the holiday table covers (CAL-05).
  const lastCovered = indonesiaCalendar.coverage.years.at(-1) ?? Number.POSITIVE_INFINITY;
  if (year.value === '') year.value = String(Math.min(Number(todayInJakarta().slice(0, 4)) + 1, lastCovered));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const stored = await submitWith(feedback, element<HTMLButtonElement>('plan-make'), () => api.POST('/supervision/plans', {
      body: { year: numberOf('plan-year'), capacity: { inspectors: numberOf('plan-inspectors'), inspectionsPerInspectorPerDay: numberOf('plan-per-day') } },
    }));
    if (stored === undefined) return;
    shown = stored.plan;
    feedback.status.textContent = say(TEXT.made);
    renderPlan();
  });
  element('plan-show').addEventListener('click', async () => {
    const stored = await submitWith(feedback, element<HTMLButtonElement>('plan-show'), () =>
      api.GET('/supervision/plans/{year}', { params: { path: { year: numberOf('plan-year') } } }));
    shown = stored?.plan;
    renderPlan();
  });
}
