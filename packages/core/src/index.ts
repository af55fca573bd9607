/**
 * @satupintu/core — the rules of Indonesian one-stop permit services (PTSP) as pure functions and data.
 * Every export runs unchanged in browsers, Node and workers: no I/O, no clock, no randomness of its own.
 * @packageDocumentation
 */
export * from './result.js';
export * from './citation.js';
export * from './calendar/index.js';
export * from './identity/index.js';
export * from './catalog/index.js';
export * from './fees/index.js';
export * from './application/index.js';
export * from './audit/index.js';
export * from './survey/index.js';
export * from './supervision/index.js';
export * from './sanctions/index.js';
