import { css } from 'lit';

export const textFieldStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .optional,
  .hint {
    font-weight: 400;
    color: var(--_muted);
    margin: 0;
  }
  .error {
    margin: 0;
    font-weight: 600;
  }
  .field.invalid {
    border-left: 4px solid var(--_error);
    padding-left: 0.75rem;
  }
  input {
    font: inherit;
    min-height: 44px;
    width: 100%;
    max-width: 30rem;
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .invalid input {
    border-color: var(--_error);
  }
`;
