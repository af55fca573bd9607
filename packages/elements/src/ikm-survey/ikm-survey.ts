import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { IKM_ELEMENT_CODES, IKM_ELEMENTS, type IkmAnswer, type SpError } from '@satupintu/core';
import { ApiClient } from '../client/api-client.js';
import { ApiError } from '../client/errors.js';
import { emit } from '../shared/events.js';
import { pick } from '../shared/localize.js';
import { SpElement } from '../shared/sp-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import '../radio-group/radio-group.js';
import type { SpRadioGroup } from '../radio-group/radio-group.js';
import { ikmSurveyStyles } from './ikm-survey.styles.js';

declare module '../shared/events.js' {
  interface SpEventMap {
    'sp-survey-submitted': { application: string; answers: IkmAnswer[]; response: unknown };
  }
}

/** The parts of the inner radio groups that the survey exports, so a page styles them through `sp-ikm-survey::part(…)`. */
const GROUP_PARTS = 'group, legend, option, radio, option-label, error';

/**
 * The community satisfaction survey (Survei Kepuasan Masyarakat) for one application: the nine elements U1…U9
 * of PermenPANRB 14/2017 with their model answer labels (IKM-01, IKM-02) — names and labels come from
 * `@satupintu/core`'s `IKM_ELEMENTS` — each a required `<sp-radio-group>` form control. Submitting an incomplete
 * survey shows an error summary that takes focus and links to each unanswered question; a complete one is sent as
 * `POST /applications/{application}/survey { answers: [9 × 1–4] }`, then a thank-you message takes focus and
 * `sp-survey-submitted` fires.
 *
 * @tagname sp-ikm-survey
 * @summary The nine-question IKM survey, submitted to the permit service.
 *
 * @slot heading - Replaces the default heading ("Survei Kepuasan Masyarakat").
 * @slot intro - Replaces the default introduction text.
 *
 * @fires sp-survey-submitted - The server accepted the answers. `detail: { application, answers, response }`.
 *
 * @csspart form - The `<form>`.
 * @csspart heading - The default heading.
 * @csspart intro - The introduction paragraph.
 * @csspart error-summary - The summary of unanswered questions (and server errors) that takes focus.
 * @csspart submit - The submit button.
 * @csspart status - The progress / server error line next to the button.
 * @csspart success - The thank-you panel after sending.
 * @csspart group - Each question's `<fieldset>` (exported from `sp-radio-group`).
 * @csspart legend - Each question.
 * @csspart option - Each answer's `<label>`.
 * @csspart radio - Each native radio input.
 * @csspart option-label - Each answer's text.
 * @csspart error - A question's error message.
 *
 * @cssprop [--sp-color-primary=#0b5cad] - Buttons and selected radios.
 * @cssprop [--sp-color-on-primary=#ffffff] - Button text.
 * @cssprop [--sp-color-text=#1b1b1b] - Text.
 * @cssprop [--sp-color-muted=#505a5f] - Secondary text.
 * @cssprop [--sp-color-surface=#ffffff] - Panel background.
 * @cssprop [--sp-color-error=#b3261e] - Errors.
 * @cssprop [--sp-color-success=#00703c] - The thank-you panel.
 * @cssprop [--sp-color-focus=#ffbf47] - Focus ring.
 * @cssprop [--sp-font-family=system-ui] - Font.
 * @cssprop [--sp-font-size=1rem] - Base font size.
 * @cssprop [--sp-radius=4px] - Corner radius.
 * @cssprop [--sp-space=1rem] - Base spacing.
 */
export class SpIkmSurvey extends SpElement {
  static override styles = [themeStyles, ikmSurveyStyles];

  /** The application the survey is about (its id in the permit service). */
  @property() application = '';

  /** Base URL of the permit service API; defaults to the page's configuration or origin. */
  @property() api = '';

  /** Codes of the questions left unanswered at the last submit attempt. */
  @state() private missing: readonly string[] = [];

  @query('form') private form?: HTMLFormElement;

  private readonly submitTask = new Task(this, {
    autoRun: false,
    task: async ([application, answers]: readonly [string, IkmAnswer[]], { signal }) => {
      const response = await ApiClient.for(this).post<unknown>(
        `/applications/${encodeURIComponent(application)}/survey`, { answers }, { signal });
      emit(this, 'sp-survey-submitted', { application, answers, response });
      return response;
    },
  });

  private successShown = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const done = this.submitTask.status === TaskStatus.COMPLETE;
    if (done && !this.successShown) this.renderRoot.querySelector<HTMLElement>('.success')?.focus();
    this.successShown = done;
  }

  private groups(): SpRadioGroup[] {
    return [...this.renderRoot.querySelectorAll<SpRadioGroup>('sp-radio-group')];
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = this.form;
    if (!form) return;
    const groups = this.groups();
    groups.forEach((group) => group.checkValidity());
    const missing = groups.filter((group) => !group.validity.valid);
    missing.forEach((group) => (group.showError = true));
    this.missing = missing.map((group) => group.name);
    if (missing.length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    const data = new FormData(form);
    // Every group is answered (checked above) with one of its options' values 1–4; the service checks them again.
    const answers = IKM_ELEMENT_CODES.map((code) => Number(data.get(code))) as IkmAnswer[];
    await this.submitTask.run([this.application, answers]);
  }

  private focusQuestion(event: Event, code: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<SpRadioGroup>(`sp-radio-group[name="${code}"]`)?.focus();
  }

  private serverError(): SpError | undefined {
    const error: unknown = this.submitTask.error;
    if (error === undefined) return undefined;
    return error instanceof ApiError
      ? error.error
      : { code: 'unexpected', message: { id: 'Terjadi kesalahan. Silakan coba lagi.', en: 'Something went wrong. Please try again.' } };
  }

  private renderSummary(): unknown {
    if (this.missing.length === 0) return nothing;
    return html`
      <section class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="summary-title">
        <h3 id="summary-title">${msg('Ada pertanyaan yang belum dijawab')}</h3>
        <ul>
          ${this.missing.map((code) => {
            const index = IKM_ELEMENT_CODES.indexOf(code as (typeof IKM_ELEMENT_CODES)[number]);
            const element = IKM_ELEMENTS[index];
            return element
              ? html`<li><a href="#${code}" @click=${(event: Event) => this.focusQuestion(event, code)}>${index + 1}. ${pick(element.name)}: ${msg('pilih salah satu jawaban')}</a></li>`
              : nothing;
          })}
        </ul>
      </section>`;
  }

  private renderSuccess(): unknown {
    return html`
      <div class="success" part="success" role="status" tabindex="-1">
        <h2>${msg('Terima kasih!')}</h2>
        <p>${msg('Jawaban survei Anda sudah kami terima. Pendapat Anda membantu kami memperbaiki pelayanan.')}</p>
      </div>`;
  }

  protected override render(): unknown {
    if (this.submitTask.status === TaskStatus.COMPLETE) return this.renderSuccess();
    const pending = this.submitTask.status === TaskStatus.PENDING;
    const error = this.serverError();
    return html`
      <form part="form" novalidate @submit=${this.onSubmit} aria-busy=${pending ? 'true' : 'false'}>
        <slot name="heading"><h2 part="heading">${msg('Survei Kepuasan Masyarakat')}</h2></slot>
        <slot name="intro"><p class="intro" part="intro">${msg('Bagaimana pendapat Anda tentang pelayanan perizinan yang Anda terima? Semua pertanyaan wajib dijawab.')}</p></slot>
        ${this.renderSummary()}
        ${IKM_ELEMENTS.map((element, index) => html`
          <sp-radio-group id=${element.code} name=${element.code} required exportparts=${GROUP_PARTS}
            .label=${`${index + 1}. ${pick(element.name)}`}
            .options=${element.answers.map((answer, score) => ({ value: String(score + 1), label: pick(answer) }))}
            @sp-change=${() => (this.missing = this.missing.filter((code) => code !== element.code))}
          ></sp-radio-group>`)}
        <div class="actions">
          <button part="submit" type="submit" ?disabled=${pending}>${pending ? msg('Mengirim…') : msg('Kirim jawaban')}</button>
          ${pending ? html`<span part="status" role="status">${msg('Sedang mengirim jawaban…')}</span>` : nothing}
          ${error ? html`<p part="status" class="error" role="alert">${pick(error.message)}</p>` : nothing}
        </div>
      </form>`;
  }
}

if (!customElements.get('sp-ikm-survey')) customElements.define('sp-ikm-survey', SpIkmSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'sp-ikm-survey': SpIkmSurvey;
  }
}
