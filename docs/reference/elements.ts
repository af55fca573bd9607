/**
 * The web components and their API client: `<sp-permit-form>`, `<sp-tracking-timeline>`, `<sp-ikm-survey>`,
 * `<sp-ikm-report>` and their building blocks. Guide: docs/guides/embedding.md.
 * @module @satupintu/elements
 */
export * from '../../packages/elements/src/index.js';
