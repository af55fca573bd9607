import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { isValidReceiptNumber, type LocalizedText, type SpError } from '@satupintu/core';
import { ApiClient } from '../client/api-client.js';
import { apiBaseFor } from '../client/config.js';
import { ApiError } from '../client/errors.js';
import { emit } from '../shared/events.js';
import { intlTag, pick } from '../shared/localize.js';
import { SpElement } from '../shared/sp-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import '../text-field/text-field.js';
import type { SpTextField } from '../text-field/text-field.js';
import { trackingTimelineStyles } from './tracking-timeline.styles.js';

/**
 * The public tracking view of an application (`GET /tracking/{receiptNumber}`, APP-03): no personal data.
 * `serviceDeadline.workingDaysLeft` is the service's count from its today (WIB) to the due date with the city's own
 * calendar (CAL-01); negative when the deadline has passed.
 */
export interface Tracking {
  readonly receiptNumber: string;
  readonly permitType: string;
  readonly state: string;
  readonly steps: readonly TrackingStep[];
  readonly serviceDeadline?: { readonly due: string; readonly workingDaysLeft: number };
  readonly payment?: {
    readonly amount: number;
    readonly dueDate: string;
    readonly paymentCode: string;
    readonly bank: string;
    readonly accountNumber: string;
    readonly accountName: string;
  };
  readonly survey?: { readonly due: boolean };
  readonly pauses: readonly { readonly from: string; readonly to?: string; readonly kind: string; readonly reason: string }[];
}

/**
 * One of the eleven steps of APP-01 with its status, when it was reached and the role that acted. An application
 * that ended without a permit (rejected, withdrawn, cancelled, payment lapsed) `stopped` at one step, with when and
 * by whom; the steps after it are `not-reached`.
 */
export interface TrackingStep {
  readonly step: number;
  readonly status: 'done' | 'current' | 'pending' | 'skipped' | 'stopped' | 'not-reached';
  readonly at?: string;
  readonly actorRole?: string;
}

declare module '../shared/events.js' {
  interface SpEventMap {
    'sp-tracking-loaded': { tracking: Tracking };
    'sp-error': { error: SpError; status: number };
  }
}

const RECEIPT_PROBLEM: LocalizedText = {
  id: 'Nomor tanda terima tidak sah. Periksa lagi setiap huruf dan angkanya, termasuk huruf terakhir.',
  en: 'This receipt number is not valid. Check every letter and digit again, including the last character.',
};

function formatDate(iso: string, withTime = false): string {
  const date = new Date(/T/.test(iso) ? iso : `${iso}T00:00:00+07:00`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlTag(), withTime
    ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }
    : { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(date);
}

/**
 * Where an application stands, for anyone holding its receipt number (APP-03; no personal data): the eleven steps of
 * APP-01 with their state, date and the role that acted; the service deadline and the working days left as the
 * service counted them (`serviceDeadline.workingDaysLeft`, CAL-01 — core's calendar with the city's own days off and
 * holiday years from `SATUPINTU_CALENDAR`, which a table in the browser cannot know); the payment details and due
 * date while payment is pending (APP-05, APP-06); the satisfaction-survey prompt when it is due (APP-08); and the
 * pauses (force majeure, outage, CAL-03) with their reason. A receipt number whose check character is wrong (`isValidReceiptNumber`) is refused
 * before any request. Without a `receipt` attribute the element shows a search field for one.
 *
 * @tagname sp-tracking-timeline
 * @summary The eleven steps, deadline, payment and pauses of an application.
 *
 * @slot survey - Replaces the default survey prompt (e.g. with an `<sp-ikm-survey>` or a link).
 *
 * @fires sp-tracking-loaded - The tracking view arrived. `detail: { tracking }`.
 * @fires sp-error - The receipt number was refused or the service answered an error. `detail: { error, status }`.
 *
 * @csspart search - The search form (when no `receipt` is given).
 * @csspart heading - The heading with the receipt number.
 * @csspart state - The current state line.
 * @csspart deadline - The service-deadline box.
 * @csspart payment - The payment box.
 * @csspart survey - The survey prompt.
 * @csspart pauses - The list of pauses.
 * @csspart steps - The `<ol>` of the eleven steps.
 * @csspart step - One step (`data-status` = done, current, pending, skipped, stopped, not-reached).
 * @csspart status - Loading and error messages.
 * @csspart retry - The retry button after an error.
 *
 * @cssprop [--sp-color-primary=#0b5cad] - The current step and buttons.
 * @cssprop [--sp-color-success=#00703c] - Done steps.
 * @cssprop [--sp-color-muted=#505a5f] - Pending and skipped steps.
 * @cssprop [--sp-color-error=#b3261e] - Errors and an overdue deadline.
 * @cssprop [--sp-color-border=#6f777b] - Boxes.
 * @cssprop [--sp-color-focus=#ffbf47] - Focus ring.
 * @cssprop [--sp-font-family=system-ui] - Font.
 * @cssprop [--sp-space=1rem] - Base spacing.
 */
export class SpTrackingTimeline extends SpElement {
  static override styles = [themeStyles, trackingTimelineStyles];

  /** The registration receipt number (`MJK-20260302-000017-Q`); spaces, dashes and case do not matter. */
  @property() receipt = '';

  /** Base URL of the permit service API; defaults to the page's configuration or origin. */
  @property() api = '';

  /** Where the survey prompt links to (optional; the `survey` slot replaces it). */
  @property({ attribute: 'survey-href' }) surveyHref = '';

  @state() private typed = '';

  /** Whether the search field is shown: the element was connected without a receipt number. */
  @state() private searchable = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.receipt.trim() === '' && !this.hasAttribute('receipt')) this.searchable = true;
  }

  private readonly trackingTask = new Task(this, {
    args: () => [this.receipt.trim(), apiBaseFor(this)] as const,
    task: async ([receipt], { signal }) => {
      if (receipt === '') return initialState;
      if (!isValidReceiptNumber(receipt)) {
        const error = new ApiError(400, { code: 'receipt.check-failed', path: 'receipt', message: RECEIPT_PROBLEM });
        emit(this, 'sp-error', { error: error.error, status: 0 });
        throw error;
      }
      const normalised = receipt.toUpperCase().replace(/\s+/g, '-');
      try {
        const tracking = await ApiClient.for(this).get<Tracking>(`/tracking/${encodeURIComponent(normalised)}`, {}, { signal });
        emit(this, 'sp-tracking-loaded', { tracking });
        return tracking;
      } catch (error) {
        if (error instanceof ApiError) emit(this, 'sp-error', { error: error.error, status: error.status });
        throw error;
      }
    },
  });

  /** Fetches the tracking view again. */
  reload(): Promise<void> {
    return this.trackingTask.run();
  }

  private stepLabel(step: number): string {
    const labels = [
      msg('Pengajuan permohonan'),
      msg('Verifikasi berkas'),
      msg('Validasi dan pemeriksaan teknis'),
      msg('Rekomendasi teknis'),
      msg('Keputusan'),
      msg('Pembayaran retribusi'),
      msg('Pencetakan izin'),
      msg('Penandatanganan'),
      msg('Penomoran izin'),
      msg('Survei kepuasan'),
      msg('Penyerahan izin'),
    ];
    return labels[step - 1] ?? String(step);
  }

  private roleLabel(role: string): string {
    const labels: Record<string, string> = {
      applicant: msg('Pemohon'),
      'admin-officer': msg('Petugas administrasi'),
      'technical-officer': msg('Petugas teknis'),
      'signing-official': msg('Pejabat penanda tangan'),
      'head-of-office': msg('Kepala kantor'),
      supervisor: msg('Pengawas'),
      system: msg('Sistem'),
      bank: msg('Bank'),
    };
    return labels[role] ?? role;
  }

  private statusLabel(status: TrackingStep['status']): string {
    switch (status) {
      case 'done': return msg('Selesai');
      case 'current': return msg('Sedang diproses');
      case 'skipped': return msg('Tidak diperlukan');
      case 'stopped': return msg('Permohonan berhenti di langkah ini');
      case 'not-reached': return msg('Tidak dilanjutkan');
      default: return msg('Belum');
    }
  }

  private stateLabel(value: string): string {
    const labels: Record<string, string> = {
      draft: msg('Draf, belum diajukan'),
      returned: msg('Dikembalikan untuk diperbaiki'),
      'awaiting-payment': msg('Menunggu pembayaran retribusi'),
      'awaiting-survey': msg('Menunggu survei kepuasan'),
      'suspended-survey': msg('Ditunda: survei kepuasan belum diisi'),
      completed: msg('Selesai'),
      rejected: msg('Ditolak'),
      'payment-lapsed': msg('Batal: retribusi tidak dibayar tepat waktu'),
      cancelled: msg('Dibatalkan'),
      withdrawn: msg('Ditarik oleh pemohon'),
    };
    return labels[value] ?? msg('Sedang diproses');
  }

  private pauseLabel(kind: string): string {
    return kind === 'force-majeure' ? msg('Keadaan kahar') : kind === 'outage' ? msg('Gangguan sistem') : kind;
  }

  private onSearch(event: SubmitEvent): void {
    event.preventDefault();
    const field = this.renderRoot.querySelector<SpTextField>('sp-text-field');
    if (!field) return;
    if (!field.checkValidity()) {
      field.showError = true;
      field.focus();
      return;
    }
    this.receipt = this.typed.trim();
  }

  private renderSearch(): TemplateResult {
    return html`
      <form part="search" class="search" novalidate @submit=${this.onSearch}>
        <sp-text-field name="receipt" required .label=${msg('Nomor tanda terima')} .value=${this.typed}
          .hint=${msg('Contoh: MJK-20260302-000017-Q')} autocomplete="off"
          .check=${(value: string) => (isValidReceiptNumber(value) ? undefined : RECEIPT_PROBLEM)}
          @sp-input=${(event: CustomEvent<{ value: string }>) => (this.typed = event.detail.value)}></sp-text-field>
        <button type="submit">${msg('Lacak')}</button>
      </form>`;
  }

  private renderDeadline(tracking: Tracking): unknown {
    const deadline = tracking.serviceDeadline;
    if (!deadline) return nothing;
    const left = deadline.workingDaysLeft;
    const text = left > 0
      ? msg(str`${left} hari kerja lagi`)
      : left === 0 ? msg('Batas waktu hari ini') : msg(str`Terlambat ${-left} hari kerja`);
    return html`
      <section part="deadline" class="box deadline ${left < 0 ? 'overdue' : ''}" aria-labelledby="deadline-title">
        <h3 id="deadline-title">${msg('Batas waktu layanan')}</h3>
        <p><strong>${formatDate(deadline.due)}</strong> · <span class="days-left">${text}</span></p>
        <p class="note">${msg('Dihitung dalam hari kerja; hari libur nasional, cuti bersama dan masa penundaan tidak dihitung.')}</p>
      </section>`;
  }

  private renderPayment(tracking: Tracking): unknown {
    const payment = tracking.payment;
    if (!payment || tracking.state !== 'awaiting-payment') return nothing;
    const amount = new Intl.NumberFormat(intlTag(), { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(payment.amount);
    return html`
      <section part="payment" class="box payment" aria-labelledby="payment-title">
        <h3 id="payment-title">${msg('Pembayaran retribusi')}</h3>
        <dl>
          <div><dt>${msg('Jumlah')}</dt><dd class="amount">${amount}</dd></div>
          <div><dt>${msg('Bayar paling lambat')}</dt><dd>${formatDate(payment.dueDate)}</dd></div>
          <div><dt>${msg('Kode bayar')}</dt><dd class="code">${payment.paymentCode}</dd></div>
          <div><dt>${msg('Bank')}</dt><dd>${payment.bank}</dd></div>
          <div><dt>${msg('Nomor rekening')}</dt><dd>${payment.accountNumber}</dd></div>
          <div><dt>${msg('Atas nama')}</dt><dd>${payment.accountName}</dd></div>
        </dl>
        <p class="note">${msg('Bila tidak dibayar sampai tanggal itu, permohonan batal dan harus diajukan lagi.')}</p>
      </section>`;
  }

  private renderSurvey(tracking: Tracking): unknown {
    if (!tracking.survey?.due) return nothing;
    return html`
      <section part="survey" class="box survey" aria-labelledby="survey-title">
        <h3 id="survey-title">${msg('Isi survei kepuasan')}</h3>
        <slot name="survey">
          <p>${msg('Izin Anda diserahkan setelah Anda mengisi survei kepuasan masyarakat (sembilan pertanyaan singkat).')}</p>
          ${this.surveyHref ? html`<p><a href=${this.surveyHref}>${msg('Isi survei sekarang')}</a></p>` : nothing}
        </slot>
      </section>`;
  }

  private renderPauses(tracking: Tracking): unknown {
    if (tracking.pauses.length === 0) return nothing;
    return html`
      <section part="pauses" class="box pauses" aria-labelledby="pauses-title">
        <h3 id="pauses-title">${msg('Layanan dihentikan sementara')}</h3>
        <ul>
          ${tracking.pauses.map((pause) => html`
            <li>
              <strong>${this.pauseLabel(pause.kind)}</strong>:
              ${pause.to ? msg(str`${formatDate(pause.from)} sampai ${formatDate(pause.to)}`) : msg(str`sejak ${formatDate(pause.from)}`)}
              <p class="reason">${pause.reason}</p>
            </li>`)}
        </ul>
        <p class="note">${msg('Masa penundaan tidak dihitung dalam batas waktu layanan.')}</p>
      </section>`;
  }

  private renderTracking(tracking: Tracking): TemplateResult {
    const steps = [...tracking.steps].sort((a, b) => a.step - b.step);
    return html`
      <h2 part="heading" id="title">${msg('Status permohonan')} <span class="receipt">${tracking.receiptNumber}</span></h2>
      <p part="state" class="state">${this.stateLabel(tracking.state)}</p>
      ${this.renderPayment(tracking)}
      ${this.renderSurvey(tracking)}
      ${this.renderDeadline(tracking)}
      ${this.renderPauses(tracking)}
      <ol part="steps" class="steps" aria-label=${msg('Sebelas langkah layanan')}>
        ${steps.map((step) => html`
          <li part="step" class="step ${step.status}" data-status=${step.status} aria-current=${step.status === 'current' ? 'step' : nothing}>
            <span class="marker" aria-hidden="true"></span>
            <span class="name">${step.step}. ${this.stepLabel(step.step)}</span>
            <span class="meta">
              <span class="status-label">${this.statusLabel(step.status)}</span>${step.at ? html` · <time datetime=${step.at}>${formatDate(step.at, true)}</time>` : nothing}${step.actorRole ? html` · ${this.roleLabel(step.actorRole)}` : nothing}
            </span>
          </li>`)}
      </ol>`;
  }

  private renderError(error: unknown): TemplateResult {
    const spError = error instanceof ApiError ? error.error : undefined;
    const refused = spError?.code === 'receipt.check-failed';
    return html`
      <div part="status" role="alert">
        <p class="error">${spError ? pick(spError.message) : msg('Status tidak dapat dimuat. Silakan coba lagi.')}</p>
        ${refused ? nothing : html`<button part="retry" type="button" @click=${() => void this.reload()}>${msg('Coba lagi')}</button>`}
      </div>`;
  }

  protected override render(): unknown {
    const pending = this.trackingTask.status === TaskStatus.PENDING;
    return html`
      <section class="timeline" aria-busy=${pending ? 'true' : 'false'} aria-label=${msg('Pelacakan permohonan')}>
        ${this.searchable ? this.renderSearch() : nothing}
        ${this.trackingTask.render({
          initial: () => nothing,
          pending: () => html`<p part="status" role="status">${msg('Memuat status permohonan…')}</p>`,
          complete: (tracking) => this.renderTracking(tracking),
          error: (error) => this.renderError(error),
        })}
      </section>`;
  }
}

if (!customElements.get('sp-tracking-timeline')) customElements.define('sp-tracking-timeline', SpTrackingTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'sp-tracking-timeline': SpTrackingTimeline;
  }
}
