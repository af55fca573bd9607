import { css } from 'lit';

export const ikmReportStyles = css`
  h2 {
    margin: 0 0 0.25em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .period {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }
  dl div {
    flex: 1 1 8rem;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
  }
  dd small {
    display: block;
    font-size: 0.6em;
    font-weight: 400;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 0.5em;
  }
  th,
  td {
    padding: 0.35em 0.5em 0.35em 0;
    border-bottom: 1px solid var(--sp-color-divider, #d0d4d6);
    text-align: left;
    vertical-align: middle;
  }
  th[scope='row'] {
    font-weight: 400;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .bar-cell {
    width: 40%;
    min-width: 5rem;
  }
  svg {
    display: block;
    width: 100%;
    height: 1rem;
  }
  .track {
    fill: var(--sp-color-bar-track, #eef0f1);
  }
  .bar {
    fill: var(--sp-color-bar, var(--_primary));
  }
  .grade-line {
    stroke: var(--_muted);
    stroke-width: 1;
  }
`;
