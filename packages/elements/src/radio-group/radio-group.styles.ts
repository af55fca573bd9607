import { css } from 'lit';

export const radioGroupStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5em;
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: 0.25em;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 44px;
    padding: 0.25em 0.5em;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  label:hover {
    background: var(--sp-color-hover, rgb(0 0 0 / 0.05));
  }
  input {
    width: 1.4em;
    height: 1.4em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  :host([data-user-invalid]) fieldset {
    border-left: 4px solid var(--_error);
    padding-left: 0.75em;
  }
  .error {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  :host([disabled]) label {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
