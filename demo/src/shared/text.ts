// The demo pages' language: Bahasa Indonesia by default, English on request (the toggle of language.page.ts).
import type { LocalizedText } from '@satupintu/core';

export type Language = 'id' | 'en';

/** The page's current language. */
export function language(): Language {
  return document.documentElement.lang === 'en' ? 'en' : 'id';
}

/** `text` in the page's current language. */
export function say(text: LocalizedText): string {
  return text[language()];
}

/** Calls `render` now and again whenever the visitor switches language. */
export function renderInLanguage(render: () => void): void {
  render();
  document.addEventListener('sp-language-change', render);
}

/** The element with `id`, or an error naming the page's mistake. */
export function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page lacks #${id}`);
  return found as T;
}

/** A new element with text content only (never HTML: anything the server sends is shown as text). */
export function make<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
