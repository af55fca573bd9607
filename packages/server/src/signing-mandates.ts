// Signing mandates (APP-07: only an official with delegated authority signs; T11 Pasal 10, M18 Pasal 13 ayat (4)).
// The city configures them by the official's e-mail, as its mandate letters name people; at start the service
// resolves each e-mail to the account and gives core's lifecycle its `delegations`.
import { cite, isIsoDate, type Citation, type Delegation } from '@satupintu/core';
import { ConfigError } from './config-error.js';
import type { ServerConfig } from './config.js';
import type { Store } from './store/types.js';

/** One mandate as configured (`municipality.signingMandates` or `SATUPINTU_SIGNING_MANDATES`, a JSON array). */
export interface SigningMandateSetting {
  /** The e-mail of the official's account (a staff account). */
  readonly official: string;
  /** The permit types the mandate covers, or `'all'`. */
  readonly permitTypes: readonly string[] | 'all';
  /** First and last day (inclusive) of the mandate, `YYYY-MM-DD`; open-ended without `until`. */
  readonly from: string;
  readonly until?: string;
  /** The mandate letter's number, printed on the signed permit. */
  readonly mandate: string;
  /** The decree; default T11 Pasal 10. */
  readonly source?: Citation;
}

const DEFAULT_SOURCE = cite('T11', 'Pasal 10');

function text(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= 200;
}

/** Checks the shape of the configured mandates; `variable` names where they came from in an error. */
export function checkSigningMandates(value: unknown, variable: string, permitTypes: ReadonlySet<string>): SigningMandateSetting[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError(variable, 'must be a JSON array of mandates');
  return value.map((item: unknown, index) => {
    const at = `${variable}[${index}]`;
    const m = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (!text(m.official) || !m.official.includes('@')) throw new ConfigError(at, '`official` must be the e-mail of the official\'s account');
    const types = m.permitTypes;
    const typesOk = types === 'all' || (Array.isArray(types) && types.length > 0 && types.every((t) => typeof t === 'string' && permitTypes.has(t)));
    if (!typesOk) throw new ConfigError(at, '`permitTypes` must be "all" or a list of permit types of the catalog');
    if (typeof m.from !== 'string' || !isIsoDate(m.from)) throw new ConfigError(at, '`from` must be a date YYYY-MM-DD');
    if (m.until !== undefined && (typeof m.until !== 'string' || !isIsoDate(m.until) || m.until < m.from)) {
      throw new ConfigError(at, '`until` must be a date YYYY-MM-DD not before `from`');
    }
    if (!text(m.mandate)) throw new ConfigError(at, '`mandate` must be the mandate letter\'s number');
    return {
      official: m.official.trim().toLowerCase(),
      permitTypes: types as SigningMandateSetting['permitTypes'],
      from: m.from,
      ...(m.until === undefined ? {} : { until: m.until as string }),
      mandate: m.mandate.trim(),
      ...(m.source === undefined ? {} : { source: m.source as Citation }),
    };
  });
}

/**
 * The configuration with the mandates resolved to accounts and handed to core's lifecycle. Refuses to start on a
 * mandate whose e-mail names no staff account: a mandate that silently matches nobody would leave permits unsigned.
 */
export async function withSigningMandates(config: ServerConfig, store: Store): Promise<ServerConfig> {
  const settings = config.municipality.signingMandates;
  if (settings.length === 0) return config;
  const delegations: Delegation[] = [];
  for (const [index, setting] of settings.entries()) {
    const account = await store.accounts.findByEmail(setting.official);
    if (!account || account.roles.every((role) => role === 'applicant')) {
      throw new ConfigError(`signingMandates[${index}]`, `no staff account has the e-mail ${setting.official}`);
    }
    delegations.push({
      officialId: account.id,
      permitTypes: setting.permitTypes,
      from: setting.from as Delegation['from'],
      ...(setting.until === undefined ? {} : { until: setting.until as Delegation['from'] }),
      mandate: setting.mandate,
      source: setting.source ?? DEFAULT_SOURCE,
    });
  }
  const municipality = { ...config.municipality, context: { ...config.municipality.context, delegations } };
  return { ...config, municipality };
}
