import { css, unsafeCSS } from 'lit';

// The bar's width in 5 % steps by attribute (no inline style, so a strict style-src CSP holds).
const widths = unsafeCSS(Array.from({ length: 21 }, (_, i) => `.bar[data-pct='${i * 5}'] { width: ${i * 5}%; }`).join('\n'));

export const fileDropStyles = css`
  .zone {
    display: grid;
    gap: 0.375rem;
    padding: var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .zone.dragging {
    border-color: var(--_primary);
    border-style: solid;
  }
  .zone.invalid {
    border-color: var(--_error);
    border-style: solid;
  }
  p {
    margin: 0;
  }
  .label {
    font-weight: 600;
  }
  .hint,
  .optional,
  .drop-hint {
    color: var(--_muted);
    font-weight: 400;
  }
  .error {
    font-weight: 600;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .picker {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  input[type='file']:focus-visible + .picker {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .progress {
    height: 0.75rem;
    border-radius: var(--_radius);
    background: #eef0f1;
    overflow: hidden;
  }
  .bar {
    height: 100%;
    width: 0;
    background: var(--_primary);
  }
  ${widths}
  .status.done {
    color: var(--_success);
  }
  .status.failed {
    color: var(--_error);
  }
`;
