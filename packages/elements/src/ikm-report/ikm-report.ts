import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { IKM_ELEMENTS, type IkmReport } from '@satupintu/core';
import { ApiClient } from '../client/api-client.js';
import { apiBaseFor } from '../client/config.js';
import { ApiError } from '../client/errors.js';
import { emit } from '../shared/events.js';
import { intlTag, pick } from '../shared/localize.js';
import { SpElement } from '../shared/sp-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { ikmReportStyles } from './ikm-report.styles.js';

declare module '../shared/events.js' {
  interface SpEventMap {
    'sp-report-loaded': { report: IkmReport };
  }
}

/** Width of the bar chart's drawing in SVG units (the SVG scales to its cell). */
const BAR_WIDTH = 400;

function formatNumber(value: number, digits: number): string {
  return new Intl.NumberFormat(intlTag(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(intlTag(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * The published survey result of a service unit over a period, for officers (IKM-05): the IKM on the 25–100 scale
 * and 1–4, the grade (mutu pelayanan) with the unit's performance label, the number of respondents, and the nine
 * NRRs as a bar chart. The chart is a real `<table>` (element, NRR, grade) whose last column holds the SVG bars, so
 * screen readers read the numbers and every bar has a text label. Data: `GET /ikm/report?unit=&from=&to=`
 * (head-of-office session). Element names come from `@satupintu/core`'s `IKM_ELEMENTS`; whatever the server sends
 * (the unit's name…) is rendered as text.
 *
 * @tagname sp-ikm-report
 * @summary IKM, grade, respondents and the nine NRRs of a unit and period.
 *
 * @slot heading - Replaces the default heading ("Indeks Kepuasan Masyarakat").
 *
 * @fires sp-report-loaded - The report arrived. `detail: { report }`.
 *
 * @csspart heading - The default heading.
 * @csspart period - The unit and period line.
 * @csspart summary - The `<dl>` with IKM, grade and respondents.
 * @csspart index - The IKM value.
 * @csspart grade - The grade.
 * @csspart respondents - The number of respondents.
 * @csspart chart - The table with the NRR bars.
 * @csspart bar - One bar's `<rect>`.
 * @csspart status - Loading and error messages.
 * @csspart retry - The retry button after an error.
 *
 * @cssprop [--sp-color-primary=#0b5cad] - Bars (unless `--sp-color-bar`) and buttons.
 * @cssprop [--sp-color-bar=var(--sp-color-primary)] - Bar fill.
 * @cssprop [--sp-color-bar-track=#eef0f1] - Bar background.
 * @cssprop [--sp-color-divider=#d0d4d6] - Table rules.
 * @cssprop [--sp-color-border=#6f777b] - Summary boxes.
 * @cssprop [--sp-color-text=#1b1b1b] - Text.
 * @cssprop [--sp-color-muted=#505a5f] - Secondary text.
 * @cssprop [--sp-color-error=#b3261e] - Errors.
 * @cssprop [--sp-font-family=system-ui] - Font.
 * @cssprop [--sp-radius=4px] - Corner radius.
 * @cssprop [--sp-space=1rem] - Base spacing.
 */
export class SpIkmReport extends SpElement {
  static override styles = [themeStyles, ikmReportStyles];

  /** The service unit, e.g. `DPMPTSP Kota Mojokerto`. */
  @property() unit = '';

  /** First day of the period (ISO date, included). */
  @property() from = '';

  /** Last day of the period (ISO date, included). */
  @property() to = '';

  /** Base URL of the permit service API; defaults to the page's configuration or origin. */
  @property() api = '';

  private readonly reportTask = new Task(this, {
    args: () => [this.unit, this.from, this.to, apiBaseFor(this)] as const,
    task: async ([unit, from, to], { signal }) => {
      if (!unit || !from || !to) return initialState;
      const report = await ApiClient.for(this).get<IkmReport>('/ikm/report', { unit, from, to }, { signal });
      emit(this, 'sp-report-loaded', { report });
      return report;
    },
  });

  /** Fetches the report again. */
  reload(): Promise<void> {
    return this.reportTask.run();
  }

  private renderReport(report: IkmReport): unknown {
    const { score } = report;
    const gradeOf = new Map(report.elementsLowestFirst.map((element) => [element.code, element]));
    return html`
      <p class="period" part="period">${report.unit} · ${formatDate(report.period.from)} – ${formatDate(report.period.to)}</p>
      <dl part="summary">
        <div><dt>${msg('Nilai IKM')}</dt><dd part="index">${formatNumber(score.index, 2)}<small>${msg(str`${formatNumber(score.ikm, 4)} dari 4`)}</small></dd></div>
        <div><dt>${msg('Mutu pelayanan')}</dt><dd part="grade">${score.grade}<small>${pick(score.label)}</small></dd></div>
        <div><dt>${msg('Responden')}</dt><dd part="respondents">${new Intl.NumberFormat(intlTag()).format(report.respondents)}</dd></div>
      </dl>
      <table part="chart">
        <caption>${msg('Nilai rata-rata per unsur (NRR, skala 1–4)')}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Unsur')}</th>
            <th scope="col" class="num">NRR</th>
            <th scope="col">${msg('Mutu')}</th>
            <th scope="col" class="bar-cell"><span class="visually-hidden">${msg('Grafik batang')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${IKM_ELEMENTS.map((element, index) => {
            const nrr = score.nrr[index] ?? 0;
            const result = gradeOf.get(element.code);
            const width = Math.max(0, Math.min(1, nrr / 4)) * BAR_WIDTH;
            return html`
              <tr>
                <th scope="row">${element.code} ${pick(element.name)}</th>
                <td class="num">${formatNumber(nrr, 2)}</td>
                <td>${result ? result.grade : nothing}</td>
                <td class="bar-cell" aria-hidden="true">
                  <svg viewBox="0 0 ${BAR_WIDTH} 20" preserveAspectRatio="none" focusable="false">
                    ${svg`<rect class="track" x="0" y="0" width=${BAR_WIDTH} height="20"></rect>
                    <rect class="bar" part="bar" x="0" y="0" width=${width.toFixed(1)} height="20"></rect>`}
                  </svg>
                </td>
              </tr>`;
          })}
        </tbody>
      </table>`;
  }

  private renderError(error: unknown): unknown {
    const message = error instanceof ApiError
      ? pick(error.error.message)
      : msg('Laporan tidak dapat dimuat. Silakan coba lagi.');
    return html`
      <div part="status" role="alert">
        <p class="error">${message}</p>
        <button part="retry" type="button" @click=${() => void this.reload()}>${msg('Coba lagi')}</button>
      </div>`;
  }

  protected override render(): unknown {
    return html`
      <section aria-labelledby="title" aria-busy=${this.reportTask.status === TaskStatus.PENDING ? 'true' : 'false'}>
        <slot name="heading"><h2 id="title" part="heading">${msg('Indeks Kepuasan Masyarakat')}</h2></slot>
        ${this.reportTask.render({
          initial: () => html`<p part="status">${msg('Pilih unit layanan dan periode untuk melihat laporan.')}</p>`,
          pending: () => html`<p part="status" role="status">${msg('Memuat laporan…')}</p>`,
          complete: (report) => this.renderReport(report),
          error: (error) => this.renderError(error),
        })}
      </section>`;
  }
}

if (!customElements.get('sp-ikm-report')) customElements.define('sp-ikm-report', SpIkmReport);

declare global {
  interface HTMLElementTagNameMap {
    'sp-ikm-report': SpIkmReport;
  }
}
