import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { LocalizedText } from '@satupintu/core';
import { emit } from '../shared/events.js';
import { SpFormControl, requiredValidator, type Validator } from '../shared/form-control.js';
import { pick } from '../shared/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import { textFieldStyles } from './text-field.styles.js';

/**
 * A check of a text field's value: `undefined` when valid, else a bilingual message (a core `SpError`'s `message`),
 * shown in the field's locale. Called on every update, so it must be cheap (core's parsers are).
 */
export type TextCheck = (value: string) => LocalizedText | undefined;

declare module '../shared/events.js' {
  interface SpEventMap {
    'sp-input': { name: string; value: string };
  }
}

let fields = 0;

/**
 * A labelled text input that is a real form control (form-associated, constraint validation, reset, restore),
 * with a hint and an error message linked to the input by `aria-describedby`. Its `check` (a core parser such as
 * `parseNik`) runs on every change; the error shows once the user has left the field or a submit was attempted
 * (`showError`), and then follows the value live.
 *
 * @tagname sp-text-field
 * @summary A labelled, validated text input.
 *
 * @fires sp-input - The value changed. `detail: { name, value }`. (Native `input` and `change` events bubble too.)
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart input - The native `<input>`.
 *
 * @cssprop [--sp-color-border=#6f777b] - Input border.
 * @cssprop [--sp-color-error=#b3261e] - Error text and border.
 * @cssprop [--sp-color-focus=#ffbf47] - Focus ring.
 */
export class SpTextField extends SpFormControl {
  static override styles = [themeStyles, textFieldStyles];

  /** The visible label (plain text). */
  @property() label = '';

  /** A hint under the label (plain text). */
  @property() hint = '';

  /** The input type: `text`, `email`, `tel`. */
  @property() type: 'text' | 'email' | 'tel' = 'text';

  /** The `inputmode` of the input (`numeric`, `decimal`, `tel`, `email`). */
  @property() inputmode = '';

  /** The `autocomplete` token of the input (`name`, `email`, `tel`, `organization`). */
  @property() autocomplete = '';

  /** The value check (e.g. a core parser); not an attribute. */
  @property({ attribute: false }) check: TextCheck | undefined;

  private readonly uid = `f${(fields += 1)}`;

  protected override get validators(): readonly Validator[] {
    return [requiredValidator, (control) => {
      if (control.value === '' || !this.check) return undefined;
      const problem = this.check(control.value);
      return problem ? { flags: { customError: true }, message: pick(problem) } : undefined;
    }];
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector('input') ?? undefined;
  }

  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector('input') ?? this).focus(options);
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    emit(this, 'sp-input', { name: this.name, value: this.value });
  }

  /** Enter submits the owning form, as in a native input (the inner input has no form owner of its own). */
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || !this.form) return;
    event.preventDefault();
    this.showError = true;
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.form.requestSubmit();
  }

  private onChange(): void {
    this.showError = true;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private readonly onInvalid = (): void => {
    this.showError = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.onInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.onInvalid);
  }

  protected override render(): unknown {
    this.refreshValidity();
    const invalid = this.showError && !this.validity.valid;
    const hintId = `${this.uid}-hint`;
    const errorId = `${this.uid}-error`;
    const describedBy = [this.hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ');
    return html`
      <div class="field ${invalid ? 'invalid' : ''}">
        <label part="label" for=${this.uid}>${this.label}${this.required ? nothing : html` <span class="optional">${msg('(tidak wajib)')}</span>`}</label>
        ${this.hint ? html`<p class="hint" part="hint" id=${hintId}>${this.hint}</p>` : nothing}
        ${invalid ? html`<p class="error" part="error" id=${errorId}><span class="visually-hidden">${msg('Kesalahan:')} </span>${this.validationMessage}</p>` : nothing}
        <input part="input" id=${this.uid} type=${this.type} name=${this.name} .value=${this.value}
          ?required=${this.required} ?disabled=${this.isDisabled}
          inputmode=${this.inputmode || nothing} autocomplete=${this.autocomplete || nothing}
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
          @input=${this.onInput} @change=${this.onChange} @keydown=${this.onKeyDown}>
      </div>`;
  }
}

if (!customElements.get('sp-text-field')) customElements.define('sp-text-field', SpTextField);

declare global {
  interface HTMLElementTagNameMap {
    'sp-text-field': SpTextField;
  }
}
