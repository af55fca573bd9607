import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import {
  localDate, parseEmail, parseNik, parseNpwp, parsePhone, PERMIT_FEE_TYPES,
  type ApplicantKind, type ApplicationDocument, type Catalog, type FeeAssessment, type LocalizedText,
  type PermitType, type Requirement, type RequirementList, type Result, type SpError,
} from '@satupintu/core';
import { ApiClient } from '../client/api-client.js';
import { apiBaseFor } from '../client/config.js';
import { ApiError } from '../client/errors.js';
import { newIdempotencyKey, Outbox, type OutboxEventDetail } from '../client/outbox.js';
import { emit } from '../shared/events.js';
import { intlTag, pick } from '../shared/localize.js';
import { SpElement } from '../shared/sp-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import '../radio-group/radio-group.js';
import '../text-field/text-field.js';
import '../file-drop/file-drop.js';
import type { SpRadioGroup } from '../radio-group/radio-group.js';
import type { SpTextField, TextCheck } from '../text-field/text-field.js';
import type { FileDropStatus } from '../file-drop/file-drop.js';
import { cachedPermitTypeIn } from './catalog-entry.js';
import { deleteDraft, draftId, loadDraft, PERMIT_FORM_STEPS, saveDraft, type PendingCreate, type PermitDraft, type PermitFormStep } from './draft-store.js';
import { FEE_FIELDS, readNumber, type FeeField } from './fee-fields.js';
import { feeQuoteOutcome, type FeeQuoteOutcome } from './fee-quote.js';
import { uploadDocument } from './upload.js';
import { permitFormStyles } from './permit-form.styles.js';

/** What `POST /applications/{id}/submit` answers (APP-03). */
export interface SubmitAnswer {
  readonly application: { readonly id: string; readonly submittedAt?: string; readonly [field: string]: unknown };
  readonly receiptNumber: string;
}

declare module '../shared/events.js' {
  interface SpEventMap {
    'sp-step-change': { step: PermitFormStep; index: number };
    'sp-draft-saved': { id: string; savedAt: string };
    'sp-submitted': { receiptNumber: string; applicationId: string; application: SubmitAnswer['application'] };
    'sp-error': { error: SpError; status: number };
  }
}

/** What the service answers for a draft it created or changed. */
interface SavedDraft {
  readonly id: string;
  readonly version?: string | number;
}

/** One line of the error summary: the field it links to and the message. */
interface SummaryItem {
  readonly target: string;
  readonly text: string;
}

interface UploadState {
  readonly status: FileDropStatus;
  readonly progress: number;
  readonly fileName: string;
  readonly error: string;
}

/** The outcome of the fee preview. */
type FeePreview =
  | { readonly kind: 'none' } | { readonly kind: 'incomplete' } | { readonly kind: 'pending' }
  | Exclude<FeeQuoteOutcome, { readonly kind: 'field' }>;

/** The applicant's pause after the last keystroke before the service is asked (the fee, the documents). */
const ASK_DELAY_MS = 300;

const DRAFT_SAVE_DELAY_MS = 300;
const OUTBOX_RETRY_DELAYS = [1_000, 3_000, 10_000, 30_000, 60_000];

function problemOf<T>(result: Result<T>): LocalizedText | undefined {
  return result.ok ? undefined : result.error.message;
}

function rupiah(amount: number): string {
  return new Intl.NumberFormat(intlTag(), { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount);
}

function unexpected(error: unknown): SpError {
  return error instanceof ApiError
    ? error.error
    : { code: 'unexpected', message: { id: 'Terjadi kesalahan. Silakan coba lagi.', en: 'Something went wrong. Please try again.' } };
}

/**
 * The application for a permit of any catalog type, in the GOV.UK pattern: applicant details → documents →
 * declaration → check your answers → receipt. Every decision comes from `@satupintu/core`: the applicant's NIK,
 * NPWP, mobile number and e-mail are checked live by `parseNik`, `parseNpwp`, `parsePhone`, `parseEmail` (IDN-01,
 * IDN-02, IDN-04) with core's own messages. The documents this applicant needs are the service's
 * `POST /catalog/{permitType}/requirements` (core's `requirementsOfType` on the municipality's catalog, CAT-02),
 * asked as the applicant's kind and details change; until it answers the form says the list is loading, or that it
 * appears when the connection returns — never an empty list. The fee preview is the service's `POST /fees/quote`
 * (core's `calculateFee` with the municipality's own fee settings, FEE-09), asked once the fee fields are filled;
 * its refusals show at the field they name, and without an answer the preview says the office computes the fee.
 *
 * The draft (fields and the references of uploaded files, never their bytes) is kept in IndexedDB as the applicant
 * types and restored after a reload or a crash; it is removed once the receipt is shown. The flow against the
 * service: `POST /applications` (the draft, with an `Idempotency-Key` kept in the draft so a lost answer does not
 * make a second one) → `PUT /applications/{id}/documents/{key}` for each file (with
 * progress, checked for type and size first, retry on failure) → `POST /applications/{id}/submit
 * { declaration: true }` through the offline {@link Outbox}, which keeps it while offline and retries with the same
 * `Idempotency-Key` until the service answers (APP-02, APP-03).
 *
 * Errors on "Continue" appear in an error summary that takes focus and links to each field; focus moves to the
 * step's heading on every step change. Whatever the service sends is rendered as text.
 *
 * @tagname sp-permit-form
 * @summary The permit application: details, documents, declaration, check, receipt.
 *
 * @fires sp-step-change - The form moved to another step. `detail: { step, index }`.
 * @fires sp-draft-saved - The draft was written to IndexedDB. `detail: { id, savedAt }`.
 * @fires sp-submitted - The service registered the application. `detail: { receiptNumber, applicationId, application }`.
 * @fires sp-error - The service refused a request or could not be reached. `detail: { error, status }`.
 *
 * @csspart steps - The step indicator.
 * @csspart heading - Each step's heading (takes focus on a step change).
 * @csspart error-summary - The error summary (takes focus).
 * @csspart fee - The fee preview.
 * @csspart continue - The main button of each step.
 * @csspart back - The "back" button.
 * @csspart answers - The check-your-answers list.
 * @csspart receipt - The receipt panel.
 * @csspart receipt-number - The receipt number.
 * @csspart print - The print button.
 * @csspart status - The live status line (saving, sending, offline).
 *
 * @cssprop [--sp-color-primary=#0b5cad] - Buttons, links, progress.
 * @cssprop [--sp-color-on-primary=#ffffff] - Button text.
 * @cssprop [--sp-color-text=#1b1b1b] - Text.
 * @cssprop [--sp-color-muted=#505a5f] - Hints and secondary text.
 * @cssprop [--sp-color-surface=#ffffff] - Panels and inputs.
 * @cssprop [--sp-color-border=#6f777b] - Inputs and drop zones.
 * @cssprop [--sp-color-error=#b3261e] - Errors.
 * @cssprop [--sp-color-success=#00703c] - The receipt panel.
 * @cssprop [--sp-color-focus=#ffbf47] - Focus ring.
 * @cssprop [--sp-font-family=system-ui] - Font.
 * @cssprop [--sp-font-size=1rem] - Base font size.
 * @cssprop [--sp-radius=4px] - Corner radius.
 * @cssprop [--sp-space=1rem] - Base spacing.
 */
export class SpPermitForm extends SpElement {
  static override styles = [themeStyles, permitFormStyles];

  /** The catalog id of the permit type (`tdg`, `siup`, `reklame` …). */
  @property({ attribute: 'permit-type' }) permitType = '';

  /** Distinguishes drafts when a page holds several forms of one permit type. */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** Base URL of the permit service API; defaults to the page's configuration or origin. */
  @property() api = '';

  /** The municipality's catalog; when absent it is fetched from `GET /catalog`. */
  @property({ attribute: false }) catalog: Catalog | undefined;

  /** Fee calculator input given by the portal (merged under the fields the form asks), e.g. an IMB's measures. */
  @property({ attribute: false }) feeInput: Readonly<Record<string, unknown>> | undefined;

  /** Today as an ISO date (birth-century reading of a NIK); defaults to the local date in WIB. */
  @property() today = '';

  @state() private step: PermitFormStep = 'applicant';
  @state() private kind: ApplicantKind = 'person';
  @state() private fields: Readonly<Record<string, string>> = {};
  @state() private details: Readonly<Record<string, string>> = {};
  @state() private fee: Readonly<Record<string, string>> = {};
  @state() private declaration = false;
  @state() private documents: Readonly<Record<string, ApplicationDocument>> = {};
  @state() private uploads: Readonly<Record<string, UploadState>> = {};
  @state() private summary: readonly SummaryItem[] = [];
  @state() private serverError: SpError | undefined;
  @state() private busy = false;
  @state() private queued = false;
  @state() private status = '';
  @state() private receipt: SubmitAnswer | undefined;
  @state() private declarationError = false;

  private applicationId: string | undefined;
  private version: string | undefined;
  private submitKey: string | undefined;
  private pendingCreate: PendingCreate | undefined;
  private restored = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly files = new Map<string, File>();
  private outboxInstance: Outbox | undefined;
  private previousStep: PermitFormStep | undefined;

  /** Fetches the catalog when none is given as a property (a given one is used at once). */
  private readonly catalogTask = new Task(this, {
    args: () => [this.catalog === undefined, apiBaseFor(this)] as const,
    task: async ([fetchIt], { signal }): Promise<object | typeof initialState> => {
      if (!fetchIt) return initialState;
      const json = await ApiClient.for(this).get<unknown>('/catalog', {}, { signal });
      return typeof json === 'object' && json !== null ? json : {}; // not a catalog: refused by permitTypeIn
    },
  });

  /** The service's fee quote, once the fee fields are complete (debounced; a newer input aborts an older quote). */
  private readonly quoteTask = new Task(this, {
    args: () => [this.permitType, this.quoteInput(), apiBaseFor(this)] as const,
    task: async ([permitType, input], { signal }): Promise<FeeAssessment | typeof initialState> => {
      if (input === '') return initialState;
      return this.askAfterPause<FeeAssessment>('/fees/quote', { permitType, input: JSON.parse(input) as unknown }, signal);
    },
  });

  /**
   * The documents this applicant needs: the service decides them with core on its catalog (CAT-02), from the
   * applicant's kind and the details (debounced; a newer input aborts an older request).
   */
  private readonly requirementsTask = new Task(this, {
    args: () => [this.permitType, this.requirementsRequest(), apiBaseFor(this)] as const,
    task: async ([permitType, request], { signal }): Promise<readonly Requirement[] | typeof initialState> => {
      if (request === '') return initialState;
      const list = await this.askAfterPause<RequirementList | null>(`/catalog/${encodeURIComponent(permitType)}/requirements`,
        JSON.parse(request) as unknown, signal);
      // Never an empty list for an answer that is not one: that would read as "nothing required".
      if (!Array.isArray(list?.documents)) throw new Error('not a requirement list');
      return list.documents;
    },
  });

  /** POSTs `body` to the service after the applicant's pause, unless a newer input aborted the ask meanwhile. */
  private async askAfterPause<T>(path: string, body: unknown, signal: AbortSignal): Promise<T> {
    await new Promise((resolve) => setTimeout(resolve, ASK_DELAY_MS));
    signal.throwIfAborted();
    return ApiClient.for(this).post<T>(path, body, { signal });
  }

  /** Asks for the documents again when the connection returns after a request that got no answer. */
  private readonly onOnline = (): void => {
    if (this.requirementsTask.status === TaskStatus.ERROR) void this.requirementsTask.run();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    void this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      void this.saveNow();
    }
    const outbox = this.outboxInstance;
    this.outboxInstance = undefined;
    void outbox?.close();
  }

  /** The id of this form's draft in IndexedDB. */
  get draftId(): string {
    return draftId(this.permitType, this.draftKey);
  }

  /** The current step. */
  get currentStep(): PermitFormStep {
    return this.step;
  }

  // ---------------------------------------------------------------- draft

  private async restore(): Promise<void> {
    const draft = this.permitType ? await loadDraft(this.draftId) : undefined;
    if (draft && draft.permitType === this.permitType) {
      this.kind = draft.kind;
      this.fields = draft.fields;
      this.details = draft.details;
      this.fee = draft.fee;
      this.declaration = draft.declaration;
      this.documents = Object.fromEntries(draft.documents.map((document) => [document.key, document]));
      this.uploads = Object.fromEntries(draft.documents.map((document) =>
        [document.key, { status: 'done', progress: 100, fileName: document.fileName, error: '' } satisfies UploadState]));
      this.applicationId = draft.applicationId;
      this.version = draft.version;
      this.submitKey = draft.submitKey;
      this.pendingCreate = draft.pendingCreate;
      this.step = draft.step === 'submitted' ? 'check' : draft.step;
      this.status = this.localized(() => msg('Draf Anda dipulihkan dari perangkat ini.'));
    }
    this.restored = true;
    // A submission that was under way when the page closed: send it again with the same key (the service answers a
    // repeat with its stored response, so this never registers the application twice).
    if (this.submitKey && this.applicationId) void this.submit();
  }

  private snapshot(): PermitDraft {
    return {
      id: this.draftId,
      permitType: this.permitType,
      step: this.step,
      kind: this.kind,
      fields: this.fields,
      details: this.details,
      fee: this.fee,
      declaration: this.declaration,
      documents: Object.values(this.documents),
      ...(this.applicationId ? { applicationId: this.applicationId } : {}),
      ...(this.version ? { version: this.version } : {}),
      ...(this.submitKey ? { submitKey: this.submitKey } : {}),
      ...(this.pendingCreate ? { pendingCreate: this.pendingCreate } : {}),
      savedAt: new Date().toISOString(),
    };
  }

  private scheduleSave(): void {
    // A save already due takes this change too (it snapshots when it runs). Restarting its timer on each keystroke
    // would save nothing while the applicant types steadily, and a browser closed then would lose the lot.
    if (!this.restored || this.receipt || this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.saveNow();
    }, DRAFT_SAVE_DELAY_MS);
  }

  private async saveNow(): Promise<void> {
    if (!this.restored || this.receipt || !this.permitType) return;
    const draft = this.snapshot();
    if (await saveDraft(draft)) emit(this, 'sp-draft-saved', { id: draft.id, savedAt: draft.savedAt });
  }

  // ---------------------------------------------------------------- core decisions

  private todayIso(): string {
    if (this.today) return this.today;
    const local = localDate(new Date().toISOString(), 'Asia/Jakarta');
    return local.ok ? local.value : '2026-01-01';
  }

  /** The catalog in use: the given one, else the fetched one once it arrived. */
  private currentCatalog(): object | undefined {
    if (this.catalog) return this.catalog;
    return this.catalogTask.status === TaskStatus.COMPLETE ? this.catalogTask.value : undefined;
  }

  /** This form's permit type in the catalog in use, once there is one and it holds the type. */
  private currentType(): PermitType | undefined {
    const catalog = this.currentCatalog();
    const type = catalog && cachedPermitTypeIn(catalog, this.permitType);
    return type?.ok ? type.value : undefined;
  }

  private readonly checks: Record<string, TextCheck> = {
    nik: (value) => problemOf(parseNik(value, { asOf: this.todayIso() })),
    npwp: (value) => problemOf(parseNpwp(value)),
    phone: (value) => problemOf(parsePhone(value, { kinds: ['mobile'] })),
    email: (value) => problemOf(parseEmail(value)),
  };

  private parsedDetails(type: PermitType): Record<string, boolean | number> {
    const details: Record<string, boolean | number> = {};
    for (const declaration of type.details) {
      const raw = this.details[declaration.key] ?? '';
      if (raw === '') continue;
      if (declaration.type === 'boolean') details[declaration.key] = raw === 'true';
      else {
        const value = readNumber(raw);
        if (typeof value === 'number') details[declaration.key] = value;
      }
    }
    return details;
  }

  private representative(): boolean {
    return this.kind === 'business' && this.fields.representative === 'yes';
  }

  /** The body of `POST /catalog/{permitType}/requirements` (JSON) once the permit type is known; else `''`. */
  private requirementsRequest(): string {
    const type = this.currentType();
    if (!type) return '';
    return JSON.stringify({ applicant: { kind: this.kind, representative: this.representative() }, details: this.parsedDetails(type) });
  }

  /** The documents the service listed for the current answers, once it answered. */
  private requirements(): readonly Requirement[] | undefined {
    return this.requirementsTask.status === TaskStatus.COMPLETE ? this.requirementsTask.value : undefined;
  }

  private feeFields(): readonly FeeField[] {
    return FEE_FIELDS[this.permitType] ?? [];
  }

  private feeInputValue(): Record<string, unknown> {
    const input: Record<string, unknown> = { ...this.feeInput };
    for (const field of this.feeFields()) {
      const raw = this.fee[field.key] ?? '';
      if (raw !== '') input[field.key] = field.kind === 'number' ? readNumber(raw) : raw;
    }
    return input;
  }

  private isFeeType(): boolean {
    return (PERMIT_FEE_TYPES as readonly string[]).includes(this.permitType);
  }

  /** The light check of a fee field (the service checks the rest): a number where a number is asked. */
  private static feeNumberProblem(field: FeeField, value: string): LocalizedText | undefined {
    return field.kind === 'number' && typeof readNumber(value) !== 'number'
      ? { id: 'Isi dengan angka, misalnya 24 atau 24,5.', en: 'Enter a number, e.g. 24 or 24.5.' } : undefined;
  }

  /** The calculator input to quote (JSON) once every fee field is filled and well-formed; else `''`. */
  private quoteInput(): string {
    const type = this.currentType();
    if (!type?.fee.bearing || !this.isFeeType()) return '';
    const complete = this.feeFields().every((field) => {
      const raw = this.fee[field.key] ?? '';
      return raw !== '' && !SpPermitForm.feeNumberProblem(field, raw);
    });
    return complete ? JSON.stringify(this.feeInputValue()) : '';
  }

  /** What the service's last answer means for this form. */
  private quoteOutcome(): FeeQuoteOutcome | undefined {
    if (this.quoteTask.status === TaskStatus.COMPLETE && this.quoteTask.value) return { kind: 'ok', assessment: this.quoteTask.value };
    if (this.quoteTask.status !== TaskStatus.ERROR) return undefined;
    return feeQuoteOutcome(this.quoteTask.error, this.feeFields().map((field) => field.key));
  }

  private feePreview(type: PermitType): FeePreview {
    if (!type.fee.bearing || !this.isFeeType()) return { kind: 'none' };
    if (this.quoteInput() === '') return { kind: 'incomplete' };
    const outcome = this.quoteOutcome();
    if (!outcome) return { kind: 'pending' };
    return outcome.kind === 'field' ? { kind: 'incomplete' } : outcome;
  }

  private feeCheck(field: FeeField): TextCheck {
    const outcome = this.quoteOutcome();
    const refused = outcome?.kind === 'field' && outcome.key === field.key ? outcome.message : undefined;
    return (value) => SpPermitForm.feeNumberProblem(field, value) ?? refused;
  }

  private applicantPayload(): Record<string, unknown> {
    const f = this.fields;
    const nik = parseNik(f.nik ?? '', { asOf: this.todayIso() });
    const phone = parsePhone(f.phone ?? '', { kinds: ['mobile'] });
    const email = parseEmail(f.email ?? '');
    const person = {
      name: (f.name ?? '').trim(),
      nik: nik.ok ? nik.value.nik : f.nik ?? '',
      phone: phone.ok ? phone.value.e164 : f.phone ?? '',
      email: email.ok ? email.value.address : f.email ?? '',
    };
    if (this.kind === 'person') return { kind: 'person', ...person };
    const npwp = parseNpwp(f.npwp ?? '');
    return {
      kind: 'business',
      companyName: (f.companyName ?? '').trim(),
      npwp: npwp.ok ? npwp.value.npwp : f.npwp ?? '',
      contact: person,
      representative: this.representative(),
    };
  }

  // ---------------------------------------------------------------- input

  private onFieldInput(event: CustomEvent<{ name: string; value: string }>): void {
    const { name, value } = event.detail;
    if (name === 'kind') this.kind = value === 'business' ? 'business' : 'person';
    else if (name.startsWith('detail.')) this.details = { ...this.details, [name.slice(7)]: value };
    else if (name.startsWith('fee.')) this.fee = { ...this.fee, [name.slice(4)]: value };
    else this.fields = { ...this.fields, [name]: value };
    if (this.summary.length > 0) this.summary = this.summary.filter((item) => item.target !== `field-${name}`);
    this.scheduleSave();
  }

  private onDeclaration(event: Event): void {
    this.declaration = (event.target as HTMLInputElement).checked;
    if (this.declaration) {
      this.declarationError = false;
      this.summary = [];
    }
    this.scheduleSave();
  }

  // ---------------------------------------------------------------- steps

  private async goTo(step: PermitFormStep): Promise<void> {
    this.summary = [];
    this.serverError = undefined;
    this.step = step;
    await this.saveNow();
  }

  private async showSummary(items: readonly SummaryItem[]): Promise<void> {
    this.summary = items;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private async showServerError(error: unknown): Promise<void> {
    const spError = unexpected(error);
    this.serverError = spError;
    emit(this, 'sp-error', { error: spError, status: error instanceof ApiError ? error.status : 0 });
    const issues = spError.issues && spError.issues.length > 0 ? spError.issues : [spError];
    await this.showSummary(issues.map((issue) => ({ target: this.targetOfPath(issue.path), text: pick(issue.message, this.locale) })));
  }

  /** The field a server error's path points at (`applicant.nik` → the NIK field), else the step heading. */
  private targetOfPath(path: string | undefined): string {
    const last = path?.split('.').pop() ?? '';
    if (path?.startsWith('documents') || path?.startsWith('document')) return 'step-heading';
    return this.renderRoot.querySelector(`#field-${CSS.escape(last)}`) ? `field-${last}` : 'step-heading';
  }

  private controls(): (SpTextField | SpRadioGroup)[] {
    return [...this.renderRoot.querySelectorAll<SpTextField | SpRadioGroup>('.step sp-text-field, .step sp-radio-group')];
  }

  private async continueFromApplicant(): Promise<void> {
    const invalid = this.controls().filter((control) => !control.checkValidity());
    invalid.forEach((control) => (control.showError = true));
    if (invalid.length > 0) {
      await this.showSummary(invalid.map((control) => ({ target: control.id, text: `${control.label}: ${control.validationMessage}` })));
      return;
    }
    const type = this.currentType();
    if (!type) return;
    this.busy = true;
    this.status = this.localized(() => msg('Menyimpan data pemohon…'));
    try {
      const body = { applicant: this.applicantPayload(), details: this.parsedDetails(type) };
      if (!this.applicationId) await this.createDraft(body);
      else await this.patchDraft(this.applicationId, body);
      this.status = '';
      await this.goTo('documents');
    } catch (error) {
      this.status = '';
      // The service refused this draft (it keeps nothing under the key): the next attempt is a new request. After a
      // lost answer, an overload or a concurrent attempt, the key is kept so the repeat finds the draft made.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 409) this.pendingCreate = undefined;
      await this.saveNow();
      await this.showServerError(error);
    } finally {
      this.busy = false;
    }
  }

  /**
   * `POST /applications` under an `Idempotency-Key` kept in the device's draft with the body it was sent with: a
   * repeat (also after a reload) sends that same request, so a draft the service made whose answer got lost is
   * answered again instead of made twice; what the applicant changed since is then sent as a change of that draft.
   */
  private async createDraft(body: Readonly<Record<string, unknown>>): Promise<void> {
    const request = JSON.stringify({ permitType: this.permitType, ...body });
    this.pendingCreate ??= { key: newIdempotencyKey(), body: request };
    await this.saveNow();
    const { key, body: sent } = this.pendingCreate;
    const created = await ApiClient.for(this).post<SavedDraft>('/applications', JSON.parse(sent) as unknown, { idempotencyKey: key });
    this.applicationId = created.id;
    this.version = created.version === undefined ? undefined : String(created.version);
    this.pendingCreate = undefined;
    await this.saveNow();
    if (sent !== request) await this.patchDraft(created.id, body);
  }

  private async patchDraft(id: string, body: Readonly<Record<string, unknown>>): Promise<void> {
    const saved = await ApiClient.for(this).patch<SavedDraft>(`/applications/${encodeURIComponent(id)}`, body,
      this.version === undefined ? {} : { ifMatch: this.version });
    this.applicationId = saved.id;
    this.version = saved.version === undefined ? undefined : String(saved.version);
  }

  private async continueFromDocuments(uploads: readonly Requirement[]): Promise<void> {
    const sending = uploads.filter((requirement) => this.uploads[requirement.key]?.status === 'uploading');
    const missing = uploads.filter((requirement) => requirement.required && !this.documents[requirement.key]);
    const items: SummaryItem[] = this.localized(() => [
      ...missing.map((requirement) => ({ target: `doc-${requirement.key}`, text: msg(str`Unggah ${pick(requirement.label)}`) })),
      ...sending.map((requirement) => ({ target: `doc-${requirement.key}`, text: msg(str`Tunggu sampai ${pick(requirement.label)} selesai diunggah`) })),
    ]);
    const required = this.localized(() => msg('Dokumen ini wajib diunggah.'));
    const drops = new Map(missing.map((requirement) => [requirement.key, required]));
    this.uploads = Object.fromEntries([...new Set([...Object.keys(this.uploads), ...drops.keys()])].map((key) => {
      const current = this.uploads[key] ?? { status: 'empty', progress: 0, fileName: '', error: '' };
      return [key, drops.has(key) && current.status !== 'failed' ? { ...current, error: drops.get(key)! } : current];
    }));
    if (items.length > 0) {
      await this.showSummary(items);
      return;
    }
    await this.goTo('declaration');
  }

  private async continueFromDeclaration(): Promise<void> {
    if (!this.declaration) {
      this.declarationError = true;
      await this.showSummary([{ target: 'field-declaration', text: this.localized(() => msg('Centang pernyataan kebenaran data untuk melanjutkan')) }]);
      return;
    }
    await this.goTo('check');
  }

  private outbox(): Outbox {
    if (!this.outboxInstance) {
      const outbox = new Outbox({ client: ApiClient.for(this), retryDelays: OUTBOX_RETRY_DELAYS });
      outbox.addEventListener('sent', (event) => {
        const detail = (event as CustomEvent<OutboxEventDetail>).detail;
        if (detail.entry.idempotencyKey === this.submitKey && 'value' in detail) void this.finish(detail.value as SubmitAnswer);
      });
      outbox.addEventListener('rejected', (event) => {
        const detail = (event as CustomEvent<OutboxEventDetail>).detail;
        if (detail.entry.idempotencyKey === this.submitKey && 'error' in detail) void this.rejected(detail.error);
      });
      this.outboxInstance = outbox;
    }
    return this.outboxInstance;
  }

  /** Sends the application (APP-02/03) through the outbox; resumes a submission that was under way. */
  private async submit(): Promise<void> {
    if (!this.applicationId || this.busy || this.receipt) return;
    this.submitKey ??= newIdempotencyKey();
    await this.saveNow();
    this.busy = true;
    this.serverError = undefined;
    this.status = this.localized(() => msg('Mengirim permohonan…'));
    try {
      const outcome = await this.outbox().send<SubmitAnswer>('POST', `/applications/${encodeURIComponent(this.applicationId)}/submit`,
        { declaration: true }, { idempotencyKey: this.submitKey });
      if (outcome.status === 'sent') await this.finish(outcome.value);
      else {
        this.queued = true;
        this.status = this.localized(() => msg('Tidak ada koneksi ke server. Permohonan Anda disimpan di perangkat ini dan dikirim otomatis begitu koneksi kembali.'));
        this.outbox().start();
      }
    } catch (error) {
      await this.rejected(error);
    } finally {
      this.busy = false;
    }
  }

  private async rejected(error: unknown): Promise<void> {
    this.submitKey = undefined; // the service refused this payload: a new attempt is a new request
    this.queued = false;
    this.status = '';
    this.outboxInstance?.stop();
    await this.saveNow();
    if (this.step !== 'check') this.step = 'check';
    await this.showServerError(error);
  }

  private async finish(answer: SubmitAnswer): Promise<void> {
    if (this.receipt) return;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.receipt = answer;
    this.queued = false;
    this.status = '';
    this.summary = [];
    this.step = 'submitted';
    this.outboxInstance?.stop();
    await deleteDraft(this.draftId);
    emit(this, 'sp-submitted', { receiptNumber: answer.receiptNumber, applicationId: this.applicationId ?? answer.application.id, application: answer.application });
  }

  private async upload(key: string, file: File): Promise<void> {
    if (!this.applicationId) return;
    this.files.set(key, file);
    const set = (patch: Partial<UploadState>): void => {
      const current = this.uploads[key] ?? { status: 'empty', progress: 0, fileName: file.name, error: '' };
      this.uploads = { ...this.uploads, [key]: { ...current, ...patch } };
    };
    set({ status: 'uploading', progress: 0, fileName: file.name, error: '' });
    this.summary = this.summary.filter((item) => item.target !== `doc-${key}`);
    const url = `${apiBaseFor(this)}/applications/${encodeURIComponent(this.applicationId)}/documents/${encodeURIComponent(key)}`;
    try {
      const record = await uploadDocument(url, file, { onProgress: (percent) => set({ progress: percent }) });
      this.documents = { ...this.documents, [key]: record };
      set({ status: 'done', progress: 100, fileName: record.fileName || file.name });
      this.files.delete(key);
      this.scheduleSave();
    } catch (error) {
      const spError = unexpected(error);
      set({ status: 'failed', error: pick(spError.message, this.locale) });
      emit(this, 'sp-error', { error: spError, status: error instanceof ApiError ? error.status : 0 });
    }
  }

  private onFileChosen(event: CustomEvent<{ key: string; file: File }>): void {
    void this.upload(event.detail.key, event.detail.file);
  }

  private onFileRetry(event: CustomEvent<{ key: string }>): void {
    const file = this.files.get(event.detail.key);
    if (file) void this.upload(event.detail.key, file);
  }

  private focusTarget(event: Event, target: string): void {
    event.preventDefault();
    const element = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target)}`);
    element?.focus();
    element?.scrollIntoView?.({ block: 'center' });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.previousStep !== undefined && this.previousStep !== this.step) {
      this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
      emit(this, 'sp-step-change', { step: this.step, index: PERMIT_FORM_STEPS.indexOf(this.step) });
    }
    this.previousStep = this.step;
  }

  // ---------------------------------------------------------------- rendering

  private stepTitle(step: PermitFormStep): string {
    switch (step) {
      case 'applicant': return msg('Data pemohon');
      case 'documents': return msg('Dokumen persyaratan');
      case 'declaration': return msg('Pernyataan kebenaran data');
      case 'check': return msg('Periksa jawaban Anda');
      default: return msg('Permohonan terkirim');
    }
  }

  private renderSteps(): TemplateResult {
    const index = PERMIT_FORM_STEPS.indexOf(this.step);
    return html`
      <nav part="steps" class="steps" aria-label=${msg('Langkah permohonan')}>
        <ol>
          ${PERMIT_FORM_STEPS.slice(0, 4).map((step, i) => html`
            <li class=${i < index ? 'done' : i === index ? 'current' : 'todo'} aria-current=${i === index ? 'step' : nothing}>
              ${this.stepTitle(step)}${i < index ? html`<span class="visually-hidden"> ${msg('(selesai)')}</span>` : nothing}
            </li>`)}
        </ol>
      </nav>`;
  }

  private renderHeading(type: PermitType): TemplateResult {
    const index = PERMIT_FORM_STEPS.indexOf(this.step);
    return html`
      <p class="caption">${pick(type.name)}${index < 4 ? html` · ${msg(str`Langkah ${index + 1} dari 4`)}` : nothing}</p>
      <h2 id="step-heading" class="step-heading" part="heading" tabindex="-1">${this.stepTitle(this.step)}</h2>`;
  }

  private renderSummary(): unknown {
    if (this.summary.length === 0) return nothing;
    return html`
      <div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
        <h3 id="summary-title">${msg('Ada masalah')}</h3>
        <ul>
          ${this.summary.map((item) => html`<li><a href="#${item.target}" @click=${(event: Event) => this.focusTarget(event, item.target)}>${item.text}</a></li>`)}
        </ul>
      </div>`;
  }

  private textField(name: string, label: string, options: { hint?: string; type?: 'text' | 'email' | 'tel'; inputmode?: string; autocomplete?: string; check?: TextCheck; required?: boolean } = {}): TemplateResult {
    return html`
      <sp-text-field id="field-${name}" name=${name} .label=${label} .hint=${options.hint ?? ''}
        .type=${options.type ?? 'text'} .inputmode=${options.inputmode ?? ''} .autocomplete=${options.autocomplete ?? ''}
        .check=${options.check} ?required=${options.required ?? true} .value=${this.fields[name] ?? ''}></sp-text-field>`;
  }

  private renderApplicantStep(type: PermitType): TemplateResult {
    const business = this.kind === 'business';
    const yesNo = [{ value: 'true', label: msg('Ya') }, { value: 'false', label: msg('Tidak') }];
    const feeFields = this.feeFields();
    return html`
      <sp-radio-group id="field-kind" name="kind" required .label=${msg('Siapa yang mengajukan?')} .value=${this.kind}
        .options=${[{ value: 'person', label: msg('Perorangan') }, { value: 'business', label: msg('Badan usaha') }]}></sp-radio-group>
      ${business ? html`
        ${this.textField('companyName', msg('Nama badan usaha'), { autocomplete: 'organization' })}
        ${this.textField('npwp', msg('NPWP badan usaha'), { hint: msg('15 atau 16 digit, boleh dengan titik dan tanda hubung.'), inputmode: 'numeric', check: this.checks.npwp })}
        <h3>${msg('Penanggung jawab')}</h3>` : nothing}
      ${this.textField('name', business ? msg('Nama penanggung jawab') : msg('Nama lengkap'), { autocomplete: 'name' })}
      ${this.textField('nik', msg('NIK'), { hint: msg('16 digit, seperti tertulis di KTP.'), inputmode: 'numeric', check: this.checks.nik })}
      ${this.textField('phone', msg('Nomor ponsel'), { hint: msg('Untuk pemberitahuan lewat SMS, misalnya 0812 3456 7890.'), type: 'tel', autocomplete: 'tel', check: this.checks.phone })}
      ${this.textField('email', msg('Alamat e-mail'), { type: 'email', autocomplete: 'email', check: this.checks.email })}
      ${business ? html`
        <sp-radio-group id="field-representative" name="representative" required .value=${this.fields.representative ?? ''}
          .label=${msg('Apakah penanggung jawab bertindak sebagai kuasa (bukan pimpinan badan usaha)?')}
          .options=${[{ value: 'yes', label: msg('Ya, dengan surat kuasa') }, { value: 'no', label: msg('Tidak') }]}></sp-radio-group>` : nothing}
      ${type.details.length > 0 ? html`<h3>${msg('Keterangan permohonan')}</h3>` : nothing}
      ${type.details.map((detail) => detail.type === 'boolean'
        ? html`<sp-radio-group id="field-detail.${detail.key}" name="detail.${detail.key}" ?required=${detail.default === undefined}
            .label=${pick(detail.label)} .options=${yesNo} .value=${this.details[detail.key] ?? ''}></sp-radio-group>`
        : html`<sp-text-field id="field-detail.${detail.key}" name="detail.${detail.key}" .label=${`${pick(detail.label)}${detail.unit ? ` (${detail.unit === 'm2' ? 'm²' : detail.unit})` : ''}`}
            inputmode="decimal" ?required=${detail.default === undefined} .value=${this.details[detail.key] ?? ''}
            .check=${(value: string) => (typeof readNumber(value) === 'number' && (readNumber(value) as number) >= 0 ? undefined
              : { id: 'Isi dengan angka, misalnya 24 atau 24,5.', en: 'Enter a number, e.g. 24 or 24.5.' })}></sp-text-field>`)}
      ${feeFields.length > 0 ? html`<h3>${msg('Untuk menghitung retribusi')}</h3>` : nothing}
      ${feeFields.map((field) => field.kind === 'choice'
        ? html`<sp-radio-group id="field-fee.${field.key}" name="fee.${field.key}" required .label=${pick(field.label)}
            .options=${(field.choices ?? []).map((choice) => ({ value: choice.value, label: pick(choice.label) }))}
            .value=${this.fee[field.key] ?? ''}></sp-radio-group>`
        : html`<sp-text-field id="field-fee.${field.key}" name="fee.${field.key}" .label=${pick(field.label)}
            .hint=${field.hint ? pick(field.hint) : ''} inputmode="decimal" required .value=${this.fee[field.key] ?? ''}
            .check=${this.feeCheck(field)}></sp-text-field>`)}
      ${this.renderFee(type)}
      <div class="actions">
        <button part="continue" type="submit" ?disabled=${this.busy}>${msg('Lanjutkan')}</button>
      </div>`;
  }

  private renderFee(type: PermitType): TemplateResult {
    const preview = this.feePreview(type);
    let body: unknown;
    switch (preview.kind) {
      case 'none': body = html`<p>${msg('Izin ini tidak dikenai retribusi.')}</p>`; break;
      case 'incomplete': body = html`<p>${msg('Isi data di atas untuk melihat perkiraan retribusi.')}</p>`; break;
      case 'pending': body = html`<p>${msg('Menghitung retribusi…')}</p>`; break;
      case 'office': body = html`<p>${msg('Retribusi dihitung oleh kantor setelah berkas diperiksa.')}</p>`; break;
      case 'offline': body = html`
        <p>${msg('Tidak ada koneksi ke server, jadi perkiraan retribusi belum dapat ditampilkan. Retribusi dihitung oleh kantor setelah berkas diperiksa.')}</p>
        ${this.renderQuoteRetry()}`; break;
      case 'error': body = html`<p class="error">${pick(preview.error.message)}</p>${this.renderQuoteRetry()}`; break;
      default: body = html`
        <table>
          <caption class="visually-hidden">${msg('Rincian retribusi')}</caption>
          <tbody>
            ${preview.assessment.lines.map((line) => html`
              <tr><th scope="row">${pick(line.label)}<small>${line.source.regulation} ${line.source.article}</small></th>
                <td class="num">${rupiah(line.amount)}</td></tr>`)}
          </tbody>
          <tfoot><tr><th scope="row">${msg('Jumlah')}</th><td class="num total">${rupiah(preview.assessment.total)}</td></tr></tfoot>
        </table>
        ${preview.assessment.exemption ? html`<p>${pick(preview.assessment.exemption.label)}</p>` : nothing}
        <p class="note">${msg('Perkiraan; jumlah yang harus dibayar tercantum dalam SKRD setelah permohonan disetujui.')}</p>`;
    }
    return html`<section class="fee" part="fee" aria-live="polite" aria-labelledby="fee-title"><h3 id="fee-title">${msg('Perkiraan retribusi')}</h3>${body}</section>`;
  }

  private renderQuoteRetry(): TemplateResult {
    return html`<button class="secondary" type="button" @click=${() => void this.quoteTask.run()}>${msg('Coba lagi')}</button>`;
  }

  /** While the service's list of documents is not there: loading, or why not (offline, an error) with a retry. */
  private renderRequirementsNotice(): TemplateResult {
    const task = this.requirementsTask;
    if (task.status !== TaskStatus.ERROR) return html`<p part="documents-status" role="status">${msg('Memuat daftar dokumen…')}</p>`;
    const offline = task.error instanceof ApiError && task.error.isNetworkError;
    return html`
      <div part="documents-status" role="alert">
        <p class="error">${offline ? msg('Tidak ada koneksi ke server. Daftar dokumen yang diperlukan akan muncul begitu koneksi kembali.') : pick(unexpected(task.error).message)}</p>
        <button class="secondary" type="button" @click=${() => void task.run()}>${msg('Coba lagi')}</button>
      </div>`;
  }

  private renderDocumentsStep(): TemplateResult {
    const requirements = this.requirements();
    const back = html`<button part="back" class="secondary" type="button" @click=${() => void this.goTo('applicant')}>${msg('Kembali')}</button>`;
    if (!requirements) return html`${this.renderRequirementsNotice()}<div class="actions">${back}</div>`;
    const uploads = requirements.filter((requirement) => requirement.submission === 'upload');
    const counter = requirements.filter((requirement) => requirement.submission === 'in-person');
    return html`
      <p>${msg('Unggah setiap dokumen sebagai PDF atau foto yang jelas. Berkas diperiksa jenis dan ukurannya sebelum dikirim.')}</p>
      <div class="documents" @sp-file-chosen=${this.onFileChosen} @sp-file-retry=${this.onFileRetry}>
        ${uploads.map((requirement) => {
          const upload = this.uploads[requirement.key];
          return html`<sp-file-drop id="doc-${requirement.key}" .key=${requirement.key} .label=${pick(requirement.label)}
            .accept=${requirement.accept ?? []} .maxBytes=${requirement.maxBytes ?? 0} ?required=${requirement.required}
            .status=${upload?.status ?? 'empty'} .progress=${upload?.progress ?? 0} .fileName=${upload?.fileName ?? ''}
            .error=${upload?.error ?? ''}></sp-file-drop>`;
        })}
      </div>
      ${counter.length > 0 ? html`
        <h3>${msg('Dibawa ke loket')}</h3>
        <ul>${counter.map((requirement) => html`<li>${pick(requirement.label)}</li>`)}</ul>` : nothing}
      <div class="actions">
        ${back}
        <button part="continue" type="button" @click=${() => void this.continueFromDocuments(uploads)}>${msg('Lanjutkan')}</button>
      </div>`;
  }

  private renderDeclarationStep(): TemplateResult {
    return html`
      <div class="declaration ${this.declarationError ? 'invalid' : ''}">
        ${this.declarationError ? html`<p class="error" id="declaration-error"><span class="visually-hidden">${msg('Kesalahan:')} </span>${msg('Anda harus menyatakan bahwa data dan dokumen Anda benar.')}</p>` : nothing}
        <label class="check">
          <input id="field-declaration" type="checkbox" .checked=${this.declaration} @change=${this.onDeclaration}
            aria-describedby=${this.declarationError ? 'declaration-error' : nothing}>
          <span>${msg('Saya menyatakan bahwa data yang saya isi dan dokumen yang saya unggah benar dan sah. Saya memahami bahwa data yang tidak benar dapat dikenai sanksi.')}</span>
        </label>
      </div>
      <div class="actions">
        <button part="back" class="secondary" type="button" @click=${() => void this.goTo('documents')}>${msg('Kembali')}</button>
        <button part="continue" type="button" @click=${() => void this.continueFromDeclaration()}>${msg('Lanjutkan')}</button>
      </div>`;
  }

  private renderCheckStep(type: PermitType): TemplateResult {
    const f = this.fields;
    const business = this.kind === 'business';
    const rows: [string, string][] = [
      [msg('Jenis pemohon'), business ? msg('Badan usaha') : msg('Perorangan')],
      ...(business ? [[msg('Nama badan usaha'), f.companyName ?? ''], [msg('NPWP'), f.npwp ?? '']] as [string, string][] : []),
      [business ? msg('Nama penanggung jawab') : msg('Nama lengkap'), f.name ?? ''],
      [msg('NIK'), f.nik ?? ''],
      [msg('Nomor ponsel'), f.phone ?? ''],
      [msg('Alamat e-mail'), f.email ?? ''],
      ...(business ? [[msg('Bertindak sebagai kuasa'), f.representative === 'yes' ? msg('Ya') : msg('Tidak')]] as [string, string][] : []),
      ...type.details.filter((detail) => (this.details[detail.key] ?? '') !== '').map((detail) => [pick(detail.label),
        detail.type === 'boolean' ? (this.details[detail.key] === 'true' ? msg('Ya') : msg('Tidak')) : this.details[detail.key] ?? ''] as [string, string]),
    ];
    const uploads = this.requirements()?.filter((requirement) => requirement.submission === 'upload');
    const change = (step: PermitFormStep, what: string): TemplateResult =>
      html`<button class="link" type="button" @click=${() => void this.goTo(step)}>${msg('Ubah')}<span class="visually-hidden"> ${what}</span></button>`;
    return html`
      <h3>${msg('Data pemohon')}</h3>
      <dl part="answers" class="answers">
        ${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd><dd class="change">${change('applicant', label)}</dd></div>`)}
      </dl>
      <h3>${msg('Dokumen')}</h3>
      ${uploads ? html`<dl class="answers">
        ${uploads.map((requirement) => html`<div><dt>${pick(requirement.label)}</dt>
          <dd>${this.documents[requirement.key]?.fileName ?? msg('Tidak diunggah')}</dd><dd class="change">${change('documents', pick(requirement.label))}</dd></div>`)}
      </dl>` : this.renderRequirementsNotice()}
      <h3>${msg('Pernyataan')}</h3>
      <p>${this.declaration ? msg('Anda menyatakan bahwa data dan dokumen Anda benar.') : msg('Belum dinyatakan.')}</p>
      ${this.renderFee(type)}
      <div class="actions">
        <button part="back" class="secondary" type="button" @click=${() => void this.goTo('declaration')}>${msg('Kembali')}</button>
        <button part="continue" type="button" ?disabled=${this.busy || this.queued} @click=${() => void this.submit()}>${msg('Kirim permohonan')}</button>
      </div>`;
  }

  private renderReceipt(type: PermitType): TemplateResult {
    const receipt = this.receipt!;
    const at = receipt.application.submittedAt;
    const when = typeof at === 'string' && !Number.isNaN(Date.parse(at))
      ? new Intl.DateTimeFormat(intlTag(), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(at))
      : '';
    return html`
      <div class="receipt" part="receipt">
        <p>${msg('Nomor tanda terima Anda')}</p>
        <p class="receipt-number" part="receipt-number">${receipt.receiptNumber}</p>
        <dl class="answers">
          <div><dt>${msg('Jenis izin')}</dt><dd>${pick(type.name)}</dd></div>
          ${when ? html`<div><dt>${msg('Diterima')}</dt><dd>${when} WIB</dd></div>` : nothing}
        </dl>
        <p>${msg('Simpan nomor ini untuk melacak permohonan Anda. Kami juga mengirimkannya lewat SMS dan e-mail.')}</p>
        <button part="print" class="no-print" type="button" @click=${() => window.print()}>${msg('Cetak tanda terima')}</button>
      </div>`;
  }

  private renderStep(type: PermitType): unknown {
    switch (this.step) {
      case 'applicant': return this.renderApplicantStep(type);
      case 'documents': return this.renderDocumentsStep();
      case 'declaration': return this.renderDeclarationStep();
      case 'check': return this.renderCheckStep(type);
      default: return this.receipt ? this.renderReceipt(type) : nothing;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.step === 'applicant' && !this.busy) void this.continueFromApplicant();
  }

  private renderForm(catalog: object, fetched: boolean): unknown {
    const entry = cachedPermitTypeIn(catalog, this.permitType);
    if (!entry.ok && entry.error.code === 'catalog.unknown-permit-type') {
      return html`<p class="error" role="alert">${msg(str`Jenis izin "${this.permitType}" tidak ada dalam katalog.`)}</p>`;
    }
    if (!entry.ok) return this.renderCatalogError(entry.error, fetched);
    const type = entry.value;
    return html`
      ${this.step === 'submitted' ? nothing : this.renderSteps()}
      <form class="step" novalidate aria-labelledby="step-heading" @submit=${this.onSubmit}
        @sp-input=${this.onFieldInput} @sp-change=${this.onFieldInput} aria-busy=${this.busy ? 'true' : 'false'}>
        ${this.renderHeading(type)}
        ${this.renderSummary()}
        ${this.renderStep(type)}
      </form>`;
  }

  private renderCatalogError(error: SpError, retry: boolean): unknown {
    return html`
      <div role="alert"><p class="error">${pick(error.message)}</p>
      ${retry ? html`<button type="button" @click=${() => void this.catalogTask.run()}>${msg('Coba lagi')}</button>` : nothing}</div>`;
  }

  protected override render(): unknown {
    let body: unknown;
    if (this.catalog) {
      body = this.renderForm(this.catalog, false);
    } else {
      body = this.catalogTask.render({
        initial: () => html`<p part="status" role="status">${msg('Memuat…')}</p>`,
        pending: () => html`<p part="status" role="status">${msg('Memuat katalog perizinan…')}</p>`,
        error: (error) => this.renderCatalogError(unexpected(error), true),
        complete: (catalog) => (catalog ? this.renderForm(catalog, true) : nothing),
      });
    }
    return html`${body}<p class="status no-print" part="status" role="status">${this.status}</p>`;
  }
}

if (!customElements.get('sp-permit-form')) customElements.define('sp-permit-form', SpPermitForm);

declare global {
  interface HTMLElementTagNameMap {
    'sp-permit-form': SpPermitForm;
  }
}
