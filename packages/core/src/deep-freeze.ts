/**
 * Freezes `value` and every object reachable from it through own enumerable properties, so shared data (the default
 * catalog, a validated fee settings section, a stored audit entry) cannot change afterwards. Objects that were
 * already frozen are still searched, because a shallow `Object.freeze` leaves their children writable; each object
 * is visited once, so cyclic values end too. Primitives are returned as they are.
 *
 * @example
 * ```ts
 * const table = deepFreeze({ rows: [{ rate: 2 }] });
 * Object.isFrozen(table.rows[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  freezeReachable(value, new WeakSet<object>());
  return value;
}

function freezeReachable(value: unknown, seen: WeakSet<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const child of Object.values(value)) freezeReachable(child, seen);
}
