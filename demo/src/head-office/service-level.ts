// The office's service-level figures over a period (GET /reports/service-level, head of office): files received,
// decided, decided within the service deadline, overdue now and the median working days — in all and per permit type.
import type { LocalizedText } from '@satupintu/core';
import { api } from '../shared/session.js';
import type { Schemas } from '../shared/api-types.js';
import { submitWith, type Feedback } from '../shared/feedback.js';
import { dataTable } from '../shared/table.js';
import { element, say } from '../shared/text.js';

type ServiceLevelReport = Schemas['ServiceLevelReport'];
type Figures = Omit<ServiceLevelReport, 'from' | 'to' | 'asOf' | 'byPermitType'>;

const TEXT = {
  caption: (from: string, to: string, asOf: string) => ({
    id: `Capaian ${from} – ${to} (keterlambatan per ${asOf})`, en: `Figures ${from} – ${to} (overdue as of ${asOf})`,
  }),
  columns: [
    { id: 'Jenis izin', en: 'Permit type' }, { id: 'Diterima', en: 'Received' }, { id: 'Diputus', en: 'Decided' },
    { id: 'Tepat waktu', en: 'Within the deadline' }, { id: 'Terlambat sekarang', en: 'Overdue now' }, { id: 'Median hari kerja', en: 'Median working days' },
  ],
  all: { id: 'Semua jenis izin', en: 'All permit types' },
} as const;

let report: ServiceLevelReport | undefined;

function share(part: number, whole: number): string {
  return whole === 0 ? `${part}` : `${part} (${new Intl.NumberFormat(say({ id: 'id-ID', en: 'en-GB' }), { style: 'percent' }).format(part / whole)})`;
}

function row(name: string, f: Figures): string[] {
  const median = f.medianWorkingDays === undefined ? '—' : new Intl.NumberFormat(say({ id: 'id-ID', en: 'en-GB' }), { maximumFractionDigits: 1 }).format(f.medianWorkingDays);
  return [name, String(f.received), String(f.decided), share(f.decidedWithinDeadline, f.decided), String(f.overdueNow), median];
}

/** Shows the report as last loaded. */
export function renderServiceLevel(): void {
  const target = element('service-level');
  if (report === undefined) return target.replaceChildren();
  const caption: LocalizedText = TEXT.caption(report.from, report.to, report.asOf);
  target.replaceChildren(dataTable(caption, TEXT.columns, [
    row(say(TEXT.all), report), ...report.byPermitType.map((p) => row(p.permitType.toUpperCase(), p)),
  ]));
}

/** Wires the period form and shows this year so far. */
export async function setUpServiceLevel(today: string): Promise<void> {
  const feedback: Feedback = { summary: element('level-summary'), status: element('level-status') };
  const from = element<HTMLInputElement>('level-from');
  const to = element<HTMLInputElement>('level-to');
  from.value = `${today.slice(0, 4)}-01-01`;
  to.value = today;
  const load = async (): Promise<void> => {
    report = await submitWith(feedback, element<HTMLButtonElement>('level-submit'), () => api.GET('/reports/service-level', { params: { query: { from: from.value, to: to.value } } })) ?? report;
    renderServiceLevel();
  };
  element('level-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  await load();
}
