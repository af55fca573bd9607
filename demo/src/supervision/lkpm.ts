// A business's LKPM: the year's schedule with a traffic light per period (SUP-10, SUP-11), the light violations found
// (SAN-01) and the form that records one period (POST /businesses/{id}/lkpm-reports).
import { api } from '../shared/session.js';
import type { Schemas } from '../shared/api-types.js';
import { submitWith, type Feedback } from '../shared/feedback.js';
import { dataTable, link } from '../shared/table.js';
import { element, make, say } from '../shared/text.js';
import type { LocalizedText } from '@satupintu/core';
import { shortDate, todayInJakarta } from '../shared/dates.js';

type LkpmStatus = Schemas['LkpmStatus'];
type Period = LkpmStatus['schedule']['periods'][number];
type Report = LkpmStatus['reports'][number];

/** A traffic light: its colour (a CSS class) and what it means. */
interface Light {
  readonly colour: 'green' | 'amber' | 'red' | 'grey';
  readonly text: LocalizedText;
}

const TEXT = {
  caption: (year: number) => ({ id: `Jadwal LKPM ${year}`, en: `LKPM schedule ${year}` }),
  columns: [
    { id: 'Periode', en: 'Period' }, { id: 'Jatuh tempo', en: 'Due' }, { id: 'Status', en: 'Status' }, { id: 'Realisasi (Rp)', en: 'Realisation (Rp)' },
  ],
  violations: { id: 'Pelanggaran ringan yang ditemukan (SAN-01)', en: 'Light violations found (SAN-01)' },
  openCase: { id: 'Buka kasus sanksi', en: 'Open a sanction case' },
  recorded: { id: 'Periode dicatat.', en: 'Period recorded.' },
} as const;

/** The light of a period as of `today` (YYYY-MM-DD). */
export function lkpmLight(period: Period, report: Report | undefined, today: string): Light {
  if (report?.submitted === false) return { colour: 'red', text: { id: 'Tidak disampaikan', en: 'Not filed' } };
  if (report?.submitted === true && report.realisation === 0) return { colour: 'amber', text: { id: 'Disampaikan, realisasi nihil', en: 'Filed, nil realisation' } };
  if (report?.submitted === true) return { colour: 'green', text: { id: 'Disampaikan', en: 'Filed' } };
  if (period.dueDate < today) return { colour: 'red', text: { id: 'Terlambat, belum disampaikan', en: 'Overdue, not filed' } };
  if (period.end < today) return { colour: 'amber', text: { id: 'Menunggu laporan', en: 'Report awaited' } };
  return { colour: 'grey', text: { id: 'Periode belum berakhir', en: 'Period not over yet' } };
}

function badge(light: Light): HTMLElement {
  return make('span', say(light.text), { class: `badge badge-${light.colour}` });
}

let status: LkpmStatus | undefined;

function rupiah(amount: number | undefined): string {
  return amount === undefined ? '—' : new Intl.NumberFormat('id-ID').format(amount);
}

/** Shows the status as last loaded. */
export function renderLkpm(): void {
  const target = element('lkpm');
  const periodSelect = element<HTMLSelectElement>('lkpm-period');
  if (status === undefined) {
    target.replaceChildren();
    return;
  }
  const { schedule, reports, violations, year, businessId } = status;
  const nodes: Node[] = [make('p', say(schedule.reason.message))];
  const today = todayInJakarta();
  if (schedule.periods.length > 0) {
    nodes.push(dataTable(TEXT.caption(year), TEXT.columns, schedule.periods.map((period) => {
      const report = reports.find((r) => r.period === period.period);
      return [period.period, shortDate(period.dueDate), badge(lkpmLight(period, report, today)), rupiah(report?.realisation)];
    })));
  }
  if (violations.length > 0) {
    const list = make('ul');
    for (const v of violations) {
      const item = make('li', `${say(v.rule.name)} (${v.periods.join(', ')}; ${v.rule.source.regulation} ${v.rule.source.article}) `);
      item.append(link(`sanctions.html?${new URLSearchParams({ business: businessId, violation: v.kind }).toString()}`, say(TEXT.openCase)));
      list.append(item);
    }
    nodes.push(make('h3', say(TEXT.violations)), list);
  }
  target.replaceChildren(...nodes);
  const chosen = periodSelect.value;
  periodSelect.replaceChildren(...schedule.periods.map((p) => make('option', p.period, { value: p.period })));
  if (chosen !== '') periodSelect.value = chosen;
}

function year(): number {
  return Number(element<HTMLInputElement>('lkpm-year').value);
}

/** Loads and shows the LKPM status of `businessId` for the year in the form. */
export async function loadLkpm(businessId: string, feedback: Feedback): Promise<void> {
  const loaded = await submitWith(feedback, element<HTMLButtonElement>('lkpm-show'), () =>
    api.GET('/businesses/{id}/lkpm', { params: { path: { id: businessId }, query: { year: year() } } }));
  status = loaded ?? status;
  renderLkpm();
}

/** Wires the year chooser and the recording form of `businessId`. */
export function setUpLkpm(businessId: string): Feedback {
  const feedback: Feedback = { summary: element('lkpm-summary'), status: element('lkpm-status') };
  element<HTMLInputElement>('lkpm-year').value = todayInJakarta().slice(0, 4);
  element('lkpm-year-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void loadLkpm(businessId, feedback);
  });
  element('lkpm-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const submitted = document.querySelector<HTMLInputElement>('input[name="lkpm-submitted"]:checked')?.value !== 'no';
    const realisation = element<HTMLInputElement>('lkpm-realisation').value.trim();
    const body: Schemas['LkpmReportInput'] = {
      period: element<HTMLSelectElement>('lkpm-period').value,
      submitted,
      ...(submitted && realisation !== '' ? { realisation: Number(realisation) } : {}),
    };
    const recorded = await submitWith(feedback, element<HTMLButtonElement>('lkpm-submit'), () =>
      api.POST('/businesses/{id}/lkpm-reports', { params: { path: { id: businessId } }, body }));
    if (recorded === undefined) return;
    status = recorded;
    renderLkpm();
    feedback.status.textContent = say(TEXT.recorded);
  });
  return feedback;
}
