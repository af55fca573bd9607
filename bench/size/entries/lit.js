// Lit alone (what every Lit element costs at least), for reference.
export { LitElement, html, css, svg, nothing } from 'lit';
export { property, state, query } from 'lit/decorators.js';
