import { css } from 'lit';

export const permitFormStyles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-width: 42rem;
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  h3 {
    margin: 0.5em 0 0;
    font-size: 1.125em;
  }
  .caption {
    margin: 0 0 -0.75rem;
    color: var(--_muted);
  }
  .steps ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    counter-reset: step;
    color: var(--_muted);
  }
  .steps li {
    counter-increment: step;
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps li.current {
    color: var(--_text);
    font-weight: 700;
  }
  .steps li.done::after {
    content: ' ✓';
    color: var(--_success);
  }
  .error-summary {
    padding: var(--_space);
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error-summary h3 {
    margin: 0 0 0.5em;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .fee {
    padding: var(--_space);
    border-left: 6px solid var(--_border);
    background: var(--_surface);
  }
  .fee h3 {
    margin-top: 0;
  }
  .fee table {
    width: 100%;
    border-collapse: collapse;
  }
  .fee th,
  .fee td {
    text-align: left;
    padding: 0.375rem 0;
    border-bottom: 1px solid #d0d4d6;
    vertical-align: top;
  }
  .fee small {
    display: block;
    color: var(--_muted);
    font-weight: 400;
  }
  .fee .num {
    text-align: right;
    white-space: nowrap;
  }
  .fee tfoot th,
  .fee .total {
    font-weight: 700;
  }
  .note {
    color: var(--_muted);
  }
  .documents {
    display: grid;
    gap: var(--_space);
  }
  .declaration.invalid {
    border-left: 4px solid var(--_error);
    padding-left: 0.75rem;
  }
  .check {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .check input {
    width: 1.75rem;
    height: 1.75rem;
    flex: none;
    margin: 0;
    accent-color: var(--_primary);
  }
  .answers {
    margin: 0;
  }
  .answers div {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr auto;
    gap: 0.5rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid #d0d4d6;
  }
  .answers dt {
    font-weight: 600;
  }
  .answers dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  button.secondary {
    background: #f3f2f1;
    color: var(--_text);
    border-color: var(--_border);
  }
  button.link {
    min-height: 0;
    padding: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
  }
  .receipt {
    padding: calc(var(--_space) * 1.5);
    border: 4px solid var(--_success);
    border-radius: var(--_radius);
    text-align: left;
  }
  .receipt p {
    margin: 0 0 0.5em;
  }
  .receipt-number {
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    font-variant-numeric: tabular-nums;
  }
  .status:empty {
    display: none;
  }
  @media print {
    .no-print,
    .steps,
    .actions,
    button {
      display: none !important;
    }
    .receipt {
      border: 2px solid #000;
      color: #000;
    }
  }
`;
