import { indonesiaCalendar, type WorkCalendar } from '../calendar/index.js';
import { ok, type Result } from '../result.js';
import { defaultCatalog, validateCatalog, type Catalog, type SkrdSettings } from './dependencies.js';
import type { Delegation } from './delegations.js';
import { resolveLifecycleSettings, type LifecycleSettings } from './settings.js';

/**
 * What the lifecycle reads besides the application: the permit catalog, the working calendar (with its time zone,
 * CAL-02), the municipality's settings, its signing mandates (APP-07) and its SKRD settings (APP-05).
 */
export interface LifecycleContext {
  readonly catalog: Catalog;
  readonly calendar: WorkCalendar;
  readonly settings: LifecycleSettings;
  readonly delegations: readonly Delegation[];
  /** The SKRD settings of the fees module (receiving account and bank); required to approve a fee-bearing permit. */
  readonly skrd: SkrdSettings;
}

/** Options of {@link createLifecycleContext}: each part defaults to the national one. */
export interface LifecycleContextOptions {
  readonly catalog?: unknown;
  readonly calendar?: WorkCalendar;
  readonly settings?: Partial<LifecycleSettings>;
  readonly delegations?: readonly Delegation[];
  readonly skrd?: SkrdSettings;
}

/**
 * A lifecycle context for one municipality; the catalog and settings are checked.
 * @example const mojokerto = unwrap(createLifecycleContext({ settings: { officeCode: 'MJK' }, delegations }));
 */
export function createLifecycleContext(options: LifecycleContextOptions = {}): Result<LifecycleContext> {
  const catalog = options.catalog === undefined ? ok(defaultCatalog) : validateCatalog(options.catalog);
  if (!catalog.ok) return catalog;
  const settings = resolveLifecycleSettings(options.settings ?? {});
  if (!settings.ok) return settings;
  return ok({
    catalog: catalog.value,
    calendar: options.calendar ?? indonesiaCalendar,
    settings: settings.value,
    delegations: options.delegations ?? [],
    skrd: options.skrd ?? {},
  });
}
