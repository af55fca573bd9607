import type { JsonValue } from '@satupintu/core';
import type { Page } from './types.js';

/** An instant column (timestamptz, decoded as `Date` by both drivers) as an ISO timestamp in UTC. */
export function instant(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** An optional instant column. */
export const optionalInstant = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : instant(value));

/** An optional text column. */
export const optionalText = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value));

/** A JSON value as a query parameter (passed as text and cast with `::jsonb`, identical in both drivers). */
export const json = (value: JsonValue | object): string => JSON.stringify(value);

/** A bytea column as a plain `Uint8Array` (pg gives a Buffer). */
export const bytes = (value: unknown): Uint8Array => {
  const view = value as Uint8Array;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
};

/** LIMIT and OFFSET of a page: at most 1000 rows, 100 by default. */
export function pageOf(page: Page = {}): [number, number] {
  const limit = Number.isSafeInteger(page.limit) && page.limit! > 0 ? Math.min(page.limit!, 1000) : 100;
  const offset = Number.isSafeInteger(page.offset) && page.offset! > 0 ? page.offset! : 0;
  return [limit, offset];
}

/** `instant` moved on by `ms` milliseconds, as an ISO timestamp (for leases). */
export const later = (at: string, ms: number): string => new Date(new Date(at).getTime() + ms).toISOString();

/** `fields` without its undefined members, so optional properties are absent rather than `undefined`. */
export function present<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
