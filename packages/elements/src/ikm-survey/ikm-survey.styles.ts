import { css } from 'lit';

export const ikmSurveyStyles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    max-width: 40rem;
  }
  h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .intro {
    margin: 0;
    color: var(--_muted);
  }
  .error-summary {
    padding: var(--_space);
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error-summary h3 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .success {
    padding: var(--_space);
    border-left: 6px solid var(--_success);
    background: var(--_surface);
  }
  .success h2 {
    color: var(--_success);
  }
`;
