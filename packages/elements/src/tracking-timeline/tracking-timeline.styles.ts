import { css } from 'lit';

export const trackingTimelineStyles = css`
  .timeline {
    display: grid;
    gap: var(--_space);
    max-width: 42rem;
  }
  h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  h2 .receipt {
    display: block;
    font-size: 0.8em;
    letter-spacing: 0.03em;
    font-variant-numeric: tabular-nums;
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.0625em;
  }
  p {
    margin: 0;
  }
  .state {
    font-weight: 600;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
  }
  .search sp-text-field {
    flex: 1 1 18rem;
  }
  .box {
    padding: var(--_space);
    border-left: 6px solid var(--_border);
    background: var(--_surface);
  }
  .payment {
    border-left-color: var(--_primary);
  }
  .survey {
    border-left-color: var(--_success);
  }
  .deadline.overdue {
    border-left-color: var(--_error);
  }
  .deadline.overdue .days-left {
    color: var(--_error);
    font-weight: 700;
  }
  .note {
    margin-top: 0.5em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  dl div {
    display: grid;
    grid-template-columns: 11rem 1fr;
    gap: 0.5rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .amount,
  .code {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .pauses ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .reason {
    overflow-wrap: anywhere;
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .step {
    position: relative;
    display: grid;
    padding: 0 0 1rem 2rem;
    border-left: 3px solid #d0d4d6;
    margin-left: 0.5rem;
  }
  .step:last-child {
    border-left-color: transparent;
  }
  .marker {
    position: absolute;
    left: -0.6875rem;
    top: 0.125rem;
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    border: 3px solid var(--_muted);
    background: var(--_surface);
  }
  .step.done {
    border-left-color: var(--_success);
  }
  .step.done .marker {
    border-color: var(--_success);
    background: var(--_success);
  }
  .step.current .marker {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  .step.current .name {
    font-weight: 700;
  }
  .step.stopped .marker {
    border-color: var(--_error);
    background: var(--_error);
  }
  .step.stopped .name {
    font-weight: 700;
  }
  .step.not-reached .name {
    color: var(--_muted);
  }
  .step.skipped .name {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9375em;
  }
`;
