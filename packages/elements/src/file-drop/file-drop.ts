import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { emit } from '../shared/events.js';
import { intlTag } from '../shared/localize.js';
import { SpElement } from '../shared/sp-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fileDropStyles } from './file-drop.styles.js';

/** Where one document stands: nothing chosen, being sent (with `progress`), sent, or failed (retry possible). */
export type FileDropStatus = 'empty' | 'uploading' | 'done' | 'failed';

declare module '../shared/events.js' {
  interface SpEventMap {
    'sp-file-chosen': { key: string; file: File };
    'sp-file-retry': { key: string };
  }
}

let drops = 0;

/** `1.5 MB`-style size in the rendering locale. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(intlTag(), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** The short names of media types, for people (`PDF, JPG, PNG`). */
function typeNames(accept: readonly string[]): string {
  const names: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' };
  return accept.map((type) => names[type] ?? type).join(', ');
}

/**
 * One document requirement: drop a file on it or choose one with the (keyboard-usable) file picker. The file's media
 * type and size are checked against the requirement before anything is sent; an accepted file fires `sp-file-chosen`
 * and the owner uploads it, reporting back through `status`, `progress`, `fileName` and `error`. A failed upload
 * offers a retry button (`sp-file-retry`). Progress is a `role="progressbar"` with its values; status changes are
 * announced in a live region.
 *
 * @tagname sp-file-drop
 * @summary Drag-and-drop or pick one file for one document requirement.
 *
 * @fires sp-file-chosen - A file passed the type and size checks. `detail: { key, file }`.
 * @fires sp-file-retry - The user asked to send the failed file again. `detail: { key }`.
 *
 * @csspart zone - The drop zone.
 * @csspart label - The requirement's name.
 * @csspart hint - Accepted types and size.
 * @csspart picker - The "choose file" button (a label for the native file input).
 * @csspart progress - The progress bar.
 * @csspart status - The live status line.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 *
 * @cssprop [--sp-color-border=#6f777b] - The zone's dashed border.
 * @cssprop [--sp-color-primary=#0b5cad] - The zone while a file is dragged over it, and the progress bar.
 */
export class SpFileDrop extends SpElement {
  static override styles = [themeStyles, fileDropStyles];

  /** The requirement key (catalog `Requirement.key`), sent back in events. */
  @property() key = '';

  /** The requirement's name (plain text). */
  @property() label = '';

  /** Accepted media types, e.g. `['application/pdf', 'image/jpeg']`; empty accepts any. */
  @property({ attribute: false }) accept: readonly string[] = [];

  /** Largest accepted file in bytes (0: no limit). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 0;

  /** Whether the document is required. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Where the upload stands. */
  @property({ reflect: true }) status: FileDropStatus = 'empty';

  /** Percentage sent, 0–100, while `uploading`. */
  @property({ type: Number }) progress = 0;

  /** The name of the chosen or stored file (plain text). */
  @property({ attribute: 'file-name' }) fileName = '';

  /** An error to show (a failed upload, or a missing document after a submit attempt); plain text. */
  @property() error = '';

  @state() private dragging = false;

  private readonly uid = `d${(drops += 1)}`;

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.focus(options);
  }

  /** Checks a file against the requirement; returns the message for people, or `undefined` when acceptable. */
  checkFile(file: File): string | undefined {
    return this.localized(() => {
      if (this.accept.length > 0 && !this.accept.includes(file.type)) {
        return msg(str`Jenis berkas ${file.name} tidak diterima. Gunakan ${typeNames(this.accept)}.`);
      }
      if (this.maxBytes > 0 && file.size > this.maxBytes) {
        return msg(str`Berkas ${file.name} terlalu besar (${formatBytes(file.size)}). Paling besar ${formatBytes(this.maxBytes)}.`);
      }
      if (file.size === 0) return msg(str`Berkas ${file.name} kosong.`);
      return undefined;
    });
  }

  private take(file: File | undefined): void {
    if (!file) return;
    const problem = this.checkFile(file);
    if (problem) {
      this.error = problem;
      return;
    }
    this.error = '';
    emit(this, 'sp-file-chosen', { key: this.key, file });
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.take(input.files?.[0]);
    input.value = '';
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = true;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    this.take(event.dataTransfer?.files[0]);
  }

  private statusText(): string {
    switch (this.status) {
      case 'uploading': return msg(str`Mengunggah ${this.fileName}: ${Math.round(this.progress)}%`);
      case 'done': return msg(str`Terunggah: ${this.fileName}`);
      case 'failed': return msg(str`Gagal mengunggah ${this.fileName}.`);
      default: return '';
    }
  }

  protected override render(): unknown {
    const hintId = `${this.uid}-hint`;
    const errorId = `${this.uid}-error`;
    const limits = [
      this.accept.length > 0 ? typeNames(this.accept) : '',
      this.maxBytes > 0 ? msg(str`paling besar ${formatBytes(this.maxBytes)}`) : '',
    ].filter(Boolean).join(', ');
    const uploading = this.status === 'uploading';
    return html`
      <div part="zone" class="zone ${this.dragging ? 'dragging' : ''} ${this.error ? 'invalid' : ''}"
        @dragover=${this.onDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.onDrop}>
        <p class="label" part="label" id="${this.uid}-label">${this.label}${this.required ? nothing : html` <span class="optional">${msg('(tidak wajib)')}</span>`}</p>
        <p class="hint" part="hint" id=${hintId}>${limits}</p>
        ${this.error ? html`<p class="error" part="error" id=${errorId}><span class="visually-hidden">${msg('Kesalahan:')} </span>${this.error}</p>` : nothing}
        <div class="controls">
          <input id=${this.uid} class="visually-hidden" type="file" accept=${this.accept.join(',') || nothing}
            ?disabled=${uploading} aria-labelledby="${this.uid}-label ${this.uid}-pick"
            aria-describedby=${[hintId, this.error ? errorId : ''].filter(Boolean).join(' ')}
            aria-invalid=${this.error ? 'true' : 'false'} @change=${this.onPick}>
          <label part="picker" class="picker" for=${this.uid} id="${this.uid}-pick">${this.status === 'done' ? msg('Ganti berkas') : msg('Pilih berkas')}</label>
          <span class="drop-hint" aria-hidden="true">${msg('atau seret berkas ke sini')}</span>
          ${this.status === 'failed'
            ? html`<button part="retry" type="button" @click=${() => emit(this, 'sp-file-retry', { key: this.key })}>${msg('Coba unggah lagi')}</button>`
            : nothing}
        </div>
        ${uploading
          ? html`<div part="progress" class="progress" role="progressbar" aria-labelledby="${this.uid}-label"
              aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(this.progress)}
              aria-valuetext="${Math.round(this.progress)}%"><div class="bar" data-pct=${Math.round(this.progress / 5) * 5}></div></div>`
          : nothing}
        <p part="status" class="status ${this.status}" role="status">${this.statusText()}</p>
      </div>`;
  }
}

if (!customElements.get('sp-file-drop')) customElements.define('sp-file-drop', SpFileDrop);

declare global {
  interface HTMLElementTagNameMap {
    'sp-file-drop': SpFileDrop;
  }
}
