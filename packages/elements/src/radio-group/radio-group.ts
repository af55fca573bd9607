import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { SpFormControl, type Validator } from '../shared/form-control.js';
import { emit } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { radioGroupStyles } from './radio-group.styles.js';

/** One choice of a radio group. */
export interface RadioOption {
  readonly value: string;
  readonly label: string;
}

declare module '../shared/events.js' {
  interface SpEventMap {
    'sp-change': { name: string; value: string };
  }
}

let groups = 0;

/**
 * A group of radio buttons that is one real form control: form-associated (its `name`/`value` are in the form's
 * data), `required` with constraint validation (`valueMissing`), reset and state restore like native inputs.
 * Inside it are native `<input type="radio">`s, so the keyboard works as everywhere: Tab enters the group at the
 * checked (or first) choice, the arrow keys move and select within it, Space selects.
 *
 * @tagname sp-radio-group
 * @summary A required, keyboard-operable radio group that is a form control.
 *
 * @fires sp-change - The user picked a choice. `detail: { name, value }`. (A native `change` event also fires.)
 *
 * @csspart group - The `<fieldset>` (role radiogroup).
 * @csspart legend - The question.
 * @csspart option - One choice's `<label>`.
 * @csspart radio - One native radio input.
 * @csspart option-label - The text of one choice.
 * @csspart error - The error message shown after an invalid submit.
 *
 * @cssprop [--sp-color-primary=#0b5cad] - Accent of the selected radio.
 * @cssprop [--sp-color-error=#b3261e] - Error text and marker.
 * @cssprop [--sp-color-focus=#ffbf47] - Focus ring.
 * @cssprop [--sp-color-hover=rgb(0 0 0 / 0.05)] - Background of a hovered choice.
 */
export class SpRadioGroup extends SpFormControl {
  static override styles = [themeStyles, radioGroupStyles];

  /** The question, shown as the group's legend (plain text). */
  @property() label = '';

  /** The choices, in order. Labels are rendered as text. */
  @property({ attribute: false }) options: readonly RadioOption[] = [];

  protected override get validators(): readonly Validator[] {
    return [(control) => control.required && control.value === ''
      ? { flags: { valueMissing: true }, message: msg('Pilih salah satu jawaban.') }
      : undefined];
  }

  private readonly uid = `g${(groups += 1)}`;

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLInputElement>('input') ?? undefined;
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.value = input.value;
    this.showError = false;
    this.dispatchEvent(new Event('change', { bubbles: true }));
    emit(this, 'sp-change', { name: this.name, value: this.value });
  }

  private onInvalid(): void {
    this.showError = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.onInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.onInvalid);
  }

  protected override render(): unknown {
    const errorId = `${this.uid}-error`;
    const invalid = this.showError && !this.validity.valid;
    return html`
      <fieldset part="group" role="radiogroup" aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? errorId : nothing}
        ?disabled=${this.isDisabled}>
        <legend part="legend">${this.label}${this.required ? html`<span class="visually-hidden"> ${msg('(wajib)')}</span>` : nothing}</legend>
        ${invalid ? html`<p class="error" part="error" id=${errorId}>${this.validationMessage}</p>` : nothing}
        <div class="options">
          ${this.options.map((option) => html`
            <label part="option">
              <input part="radio" type="radio" name=${this.uid} .value=${option.value}
                .checked=${this.value === option.value} ?disabled=${this.isDisabled} @change=${this.onChange}>
              <span part="option-label">${option.label}</span>
            </label>`)}
        </div>
      </fieldset>`;
  }
}

if (!customElements.get('sp-radio-group')) customElements.define('sp-radio-group', SpRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'sp-radio-group': SpRadioGroup;
  }
}
