import { LitElement } from 'lit';
import { langOf, toSpLocale, withLocale, type SpLocale } from './localize.js';

const connected = new Set<SpElement>();
let pageLangObserver: MutationObserver | undefined;

function observePageLang(): void {
  if (pageLangObserver || typeof MutationObserver === 'undefined') return;
  pageLangObserver = new MutationObserver(() => connected.forEach((element) => element.requestUpdate()));
  pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * The base of every Satupintu element: renders in the locale of its `lang` (own, an ancestor's, or the page's), and
 * re-renders when its own or the page's `lang` changes. `msg()` calls in `willUpdate`, `render`, `updated` and
 * `firstUpdated` use that locale; elsewhere (event handlers) wrap them in {@link SpElement.localized}.
 */
export class SpElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The locale this element renders in: `en` when its `lang` (or the page's) is English, else `id`. */
  get locale(): SpLocale {
    return toSpLocale(langOf(this));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    observePageLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override performUpdate(): void {
    withLocale(this.locale, () => super.performUpdate());
  }

  /** Runs `fn` (which may call `msg()`) in this element's locale. */
  protected localized<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

}
