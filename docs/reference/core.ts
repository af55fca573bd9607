/**
 * The rules of Indonesian one-stop permit services (PTSP) as pure functions and data: calendar, identifiers,
 * catalog, fees, lifecycle, audit log, IKM, supervision and sanctions. Guide: docs/guides/sdk.md.
 * @module @satupintu/core
 */
export * from '../../packages/core/src/index.js';
