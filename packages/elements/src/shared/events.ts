/**
 * Every event an element fires is an `sp-*` `CustomEvent` that bubbles and crosses shadow roots (`composed`), so a
 * portal can listen on `document`. Declare each event's detail in {@link SpEventMap} next to the element that fires it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SpEventMap {}

/** The name of an `sp-*` event. */
export type SpEventName = `sp-${string}`;

/**
 * Fires `name` on `target` with `detail`: bubbles, composed, cancelable when asked. Returns `false` when a listener
 * called `preventDefault()` on a cancelable event.
 *
 * @example
 * ```ts
 * emit(this, 'sp-survey-submitted', { application: 'A-1', answers });
 * ```
 */
export function emit<K extends keyof SpEventMap & SpEventName>(target: EventTarget, name: K, detail: SpEventMap[K],
  options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

declare global {
  // Typed listeners: `el.addEventListener('sp-survey-submitted', (e) => e.detail.answers)`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends SpEventMapAsEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends SpEventMapAsEvents {}
}

type SpEventMapAsEvents = { [K in keyof SpEventMap]: CustomEvent<SpEventMap[K]> };
