import { property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { SpElement } from './sp-element.js';

/** What a validator says about a control: nothing when valid, else the failed flags and a message for people. */
export interface ValidationProblem {
  readonly flags: ValidityStateFlags;
  readonly message: string;
}

/**
 * A pluggable check run on every update of a {@link SpFormControl} (inside its locale, so `msg()` works).
 * Return `undefined` when the control is valid.
 */
export type Validator = (control: SpFormControl) => ValidationProblem | undefined;

/** The `required` check: a required control needs a non-empty value (`valueMissing`). */
export const requiredValidator: Validator = (control) =>
  control.required && control.value === ''
    ? { flags: { valueMissing: true }, message: msg('Wajib diisi.') }
    : undefined;

/**
 * The base of every form control: a form-associated custom element (ElementInternals) that takes part in a plain
 * `<form>` like a native input — its `name`/`value` go into `FormData`, `required` and the {@link validators} feed
 * constraint validation (`checkValidity()`, `reportValidity()`, `:invalid`), a form reset restores the default value,
 * the browser's state restore (back/forward, autofill) refills it, and `<fieldset disabled>` disables it.
 *
 * Subclasses render their inner input and implement {@link validationAnchor} (the inner element the browser focuses
 * and points its message at). Add checks by overriding `validators` (`[...super.validators, myCheck]`).
 */
export abstract class SpFormControl extends SpElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...SpElement.shadowRootOptions, delegatesFocus: true };

  /** The element's ElementInternals: form value, validity, ARIA. */
  protected readonly internals: ElementInternals;

  /** The field name in the form's data. */
  @property({ reflect: true }) name = '';

  /** The current value (`''` when empty). */
  @property() value = '';

  /** Whether a value is required (constraint validation: `valueMissing`). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Whether the control is disabled (also when inside a disabled `<fieldset>`). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** True once the user has interacted or a submit was attempted: only then are errors shown. */
  @property({ type: Boolean, reflect: true, attribute: 'data-user-invalid' }) showError = false;

  @state() protected formDisabled = false;

  /** The value a form reset restores: the value when the element was first connected. */
  protected defaultValue = '';

  private defaultCaptured = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The checks run on every update; override to add your own. */
  protected get validators(): readonly Validator[] {
    return [requiredValidator];
  }

  /** The inner element the browser focuses when the control is invalid. */
  protected abstract validationAnchor(): HTMLElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.defaultCaptured) {
      this.defaultValue = this.value;
      this.defaultCaptured = true;
    }
  }

  /** The owning form, as for native inputs. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the control is disabled by itself or by a disabled ancestor fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  checkValidity(): boolean {
    this.refreshValidity();
    return this.internals.checkValidity();
  }

  /** Like a native input: shows the error and focuses the control when invalid. */
  reportValidity(): boolean {
    this.refreshValidity();
    this.showError = !this.internals.validity.valid;
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.showError = false;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) this.internals.setFormValue(this.value === '' ? null : this.value, this.value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.refreshValidity();
  }

  /** Runs the validators (in this element's locale) and tells ElementInternals the outcome. */
  protected refreshValidity(): void {
    const problem = this.localized(() => {
      for (const validator of this.validators) {
        const found = validator(this);
        if (found) return found;
      }
      return undefined;
    });
    if (problem) this.internals.setValidity(problem.flags, problem.message, this.validationAnchor());
    else this.internals.setValidity({});
  }
}
