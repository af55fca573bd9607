import { css } from 'lit';

/**
 * The design tokens every element reads, each a CSS custom property with a default, so a portal themes all widgets
 * at once (`sp-ikm-survey { --sp-color-primary: #005a9c; }` or on `:root`). Styles are constructable stylesheets
 * (Lit's adoptedStyleSheets): nothing inline, so a strict `style-src 'self'` Content-Security-Policy holds.
 */
export const themeStyles = css`
  :host {
    --_primary: var(--sp-color-primary, #0b5cad);
    --_on-primary: var(--sp-color-on-primary, #ffffff);
    --_text: var(--sp-color-text, #1b1b1b);
    --_muted: var(--sp-color-muted, #505a5f);
    --_surface: var(--sp-color-surface, #ffffff);
    --_border: var(--sp-color-border, #6f777b);
    --_error: var(--sp-color-error, #b3261e);
    --_success: var(--sp-color-success, #00703c);
    --_focus: var(--sp-color-focus, #ffbf47);
    --_radius: var(--sp-radius, 4px);
    --_space: var(--sp-space, 1rem);
    font-family: var(--sp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--sp-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.5em 1.25em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  [role='alert'].error,
  .error {
    color: var(--_error);
  }
`;
