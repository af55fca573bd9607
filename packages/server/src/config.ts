import { readFileSync } from 'node:fs';
import {
  createCalendar, createLifecycleContext, SatupintuError, type CalendarOptions, defineFeeSettings, parseTimeZone,
  type FeeSettings, type FeeSettingsInput, type IndonesianTimeZone, type LifecycleContext, type LifecycleSettings,
  type ReceivingAccount, type Result, type SkrdSettings,
} from '@satupintu/core';
import { ConfigError } from './config-error.js';
import { checkSigningMandates, type SigningMandateSetting } from './signing-mandates.js';
import { integrationsFromEnv, resolveIntegrations, type IntegrationsConfig, type IntegrationsInput } from './integrations-config.js';

/** Requests per minute and client address allowed on the sensitive routes. */
export interface RateLimits {
  /** `POST /auth/login` (default 10). */
  readonly login: number;
  /** Signing-PIN checks (default 5). */
  readonly pin: number;
  /** `GET /tracking/{receiptNumber}` (default 60). */
  readonly tracking: number;
  /** The public questions the permit form asks as the applicant types: fee quotes and required documents (default 300). */
  readonly quotes: number;
  /** `POST /accounts`, access-right requests, per HOUR (default 60). */
  readonly registration: number;
}

/** A municipality's settings as given (file or environment), before core checks them. */
export interface MunicipalityInput {
  /** Office code that starts every receipt number (APP-03), 2–6 capital letters or digits; default `PTSP`. */
  readonly officeCode?: string;
  /** `Asia/Jakarta` (WIB, default), `Asia/Makassar` (WITA) or `Asia/Jayapura` (WIT). */
  readonly timeZone?: string;
  /** Core fee settings (`defineFeeSettings`): the tariffs the regulation leaves to the city. */
  readonly fees?: FeeSettingsInput;
  /** The account that receives retribution payments (SKRD). */
  readonly receivingAccount?: ReceivingAccount;
  /** Other SKRD settings (payment-code prefix, number prefix). */
  readonly skrd?: Omit<SkrdSettings, 'receivingAccount'>;
  /** Overrides of core's lifecycle settings (deemed approval, signature mode…). */
  readonly lifecycle?: Partial<LifecycleSettings>;
  /** A replacement permit catalog (validated by core's `validateCatalog`); default the national catalog. */
  readonly catalog?: unknown;
  /** Who may sign which permits (APP-07), by the officials' e-mails (see `signing-mandates.ts`). */
  readonly signingMandates?: unknown;
  /**
   * Additions to the national holiday table (core's `createCalendar` options `holidays`, `extraNonWorkingDays`,
   * `extraWorkingDays`): a year's decreed holidays when the SKB is newer than this release, local days off.
   */
  readonly calendar?: Pick<CalendarOptions, 'holidays' | 'extraNonWorkingDays' | 'extraWorkingDays'>;
}

/** A municipality's settings, checked by core and ready to use. */
export interface Municipality {
  readonly officeCode: string;
  readonly timeZone: IndonesianTimeZone;
  readonly fees: FeeSettings;
  readonly receivingAccount?: ReceivingAccount;
  /** Catalog, calendar (in the municipality's time zone), lifecycle and SKRD settings for core's lifecycle. */
  readonly context: LifecycleContext;
  /** The signing mandates as configured; resolved to accounts (`context.delegations`) when the server starts. */
  readonly signingMandates: readonly SigningMandateSetting[];
}

/** The configuration of the server, complete and checked (scheduler, notifications, identity checks included). */
export interface ServerConfig extends IntegrationsConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl?: string;
  /** Origins (scheme://host[:port]) whose pages may call the API with credentials. */
  readonly allowedOrigins: readonly string[];
  /** HMAC secret of tokens and CSRF; generated and kept in the data dir when absent. */
  readonly secret?: string;
  /** HMAC secret the bank signs payment callbacks with. */
  readonly paymentCallbackSecret?: string;
  /** The URL the API is reached at (default `http://HOST:PORT`); decides whether the session cookie is `Secure`. */
  readonly publicUrl?: string;
  /** Trust `X-Forwarded-For` from a reverse proxy (for rate limits by client address). */
  readonly trustProxy: boolean;
  /** Largest JSON request body in bytes (default 1 MiB). */
  readonly bodyLimit: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Session lifetime in hours (default 12). */
  readonly sessionHours: number;
  /**
   * Days added to the real clock (default 0). Only for rehearsal copies, trainings and end-to-end drills, where
   * deadlines of days (payment lapse, survey suspension) must come within minutes: restart the service with a larger
   * offset to let time pass. Never set it on the service of record.
   */
  readonly clockOffsetDays: number;
  /** The Ed25519 key that signs audit checkpoints; generated and kept in the data dir when absent. */
  readonly checkpointKeyFile?: string;
  readonly rateLimits: RateLimits;
  readonly municipality: Municipality;
}

/** The configuration as given: every field optional, values still unchecked. */
export interface ServerConfigInput extends IntegrationsInput {
  readonly port?: number | string;
  readonly host?: string;
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly allowedOrigins?: readonly string[] | string;
  readonly secret?: string;
  readonly paymentCallbackSecret?: string;
  readonly publicUrl?: string;
  readonly trustProxy?: boolean | string;
  readonly bodyLimit?: number | string;
  readonly logLevel?: string;
  readonly sessionHours?: number | string;
  readonly clockOffsetDays?: number | string;
  readonly checkpointKeyFile?: string;
  readonly rateLimits?: Partial<Record<keyof RateLimits, number | string>>;
  readonly municipality?: MunicipalityInput;
}

export { ConfigError };

/** The environment variable of each top-level setting (also used in error messages). */
export const CONFIG_VARIABLES = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'SATUPINTU_DATA_DIR',
  databaseUrl: 'SATUPINTU_DATABASE_URL',
  allowedOrigins: 'SATUPINTU_ALLOWED_ORIGINS',
  secret: 'SATUPINTU_SECRET',
  paymentCallbackSecret: 'SATUPINTU_PAYMENT_CALLBACK_SECRET',
  publicUrl: 'SATUPINTU_PUBLIC_URL',
  trustProxy: 'SATUPINTU_TRUST_PROXY',
  bodyLimit: 'SATUPINTU_BODY_LIMIT',
  logLevel: 'SATUPINTU_LOG_LEVEL',
  sessionHours: 'SATUPINTU_SESSION_HOURS',
  clockOffsetDays: 'SATUPINTU_CLOCK_OFFSET_DAYS',
  checkpointKeyFile: 'SATUPINTU_CHECKPOINT_KEY_FILE',
} as const satisfies Partial<Record<keyof ServerConfigInput, string>>;

const RATE_LIMIT_VARIABLES: Readonly<Record<keyof RateLimits, string>> = {
  login: 'SATUPINTU_RATE_LIMIT_LOGIN', pin: 'SATUPINTU_RATE_LIMIT_PIN', tracking: 'SATUPINTU_RATE_LIMIT_TRACKING',
  quotes: 'SATUPINTU_RATE_LIMIT_QUOTES', registration: 'SATUPINTU_RATE_LIMIT_REGISTRATION',
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function integer(value: unknown, variable: string, min: number, max: number, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
    throw new ConfigError(variable, `expected a whole number from ${min} to ${max}`);
  }
  return number;
}

function boolean(value: unknown, variable: string): boolean {
  if (value === undefined || value === '' || value === false || value === 'false' || value === '0') return false;
  if (value === true || value === 'true' || value === '1') return true;
  throw new ConfigError(variable, 'expected true or false');
}

function optionalText(value: unknown, variable: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new ConfigError(variable, 'expected a string');
  return value;
}

function origin(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(variable, `"${value}" is not a URL`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value.replace(/\/$/, '')) {
    throw new ConfigError(variable, `"${value}" is not an origin such as https://kota.example.go.id`);
  }
  return url.origin;
}

function origins(value: unknown, variable: string): string[] {
  if (value === undefined || value === '') return [];
  const list = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
    throw new ConfigError(variable, 'expected a comma-separated list of origins');
  }
  return list.map((item: string) => item.trim()).filter((item) => item !== '').map((item) => origin(item, variable));
}

function secret(value: unknown, variable: string): string | undefined {
  const text = optionalText(value, variable);
  if (text !== undefined && text.length < 32) throw new ConfigError(variable, 'must be at least 32 characters long');
  return text;
}

function databaseUrl(value: unknown, variable: string): string | undefined {
  const text = optionalText(value, variable);
  if (text !== undefined && !/^postgres(ql)?:\/\//.test(text)) {
    throw new ConfigError(variable, 'expected a postgres:// or postgresql:// URL');
  }
  return text;
}

function json(value: string | undefined, variable: string): unknown {
  if (value === undefined || value === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw new ConfigError(variable, 'is not valid JSON');
  }
}

function coreCheck<T>(result: Result<T>, variable: (path: string | undefined) => string): T {
  if (result.ok) return result.value;
  const { path, message } = result.error;
  throw new ConfigError(`${variable(path)}${path ? ` (${path})` : ''}`, message.en);
}

/** Where each municipality setting came from, so an error names the variable to fix. */
export type MunicipalitySources = Partial<Record<'officeCode' | 'timeZone' | 'fees' | 'receivingAccount' | 'signingMandates' | 'calendar' | 'other', string>>;

const FILE_SOURCE = 'SATUPINTU_CONFIG municipality';

/** The national calendar in the municipality's time zone, with its configured additions (checked by core). */
function municipalityCalendar(additions: MunicipalityInput['calendar'], timeZone: IndonesianTimeZone, variable: string) {
  const { holidays, extraNonWorkingDays, extraWorkingDays } = additions ?? {};
  try {
    return createCalendar({
      timeZone,
      ...(holidays === undefined ? {} : { holidays }),
      ...(extraNonWorkingDays === undefined ? {} : { extraNonWorkingDays }),
      ...(extraWorkingDays === undefined ? {} : { extraWorkingDays }),
    });
  } catch (error) {
    if (error instanceof SatupintuError) throw new ConfigError(`${variable}.${error.path ?? ''}`, error.localized.en);
    throw error;
  }
}

/**
 * Checks a municipality's settings with core: the time zone, the fee settings (`defineFeeSettings`), the lifecycle
 * settings, SKRD settings and catalog (`createLifecycleContext`). `sources` name where each part came from.
 */
export function resolveMunicipality(input: MunicipalityInput = {}, sources: MunicipalitySources = {}): Municipality {
  const source = (key: keyof MunicipalitySources): string => sources[key] ?? `${FILE_SOURCE}.${key}`;
  const timeZone = coreCheck(parseTimeZone(input.timeZone ?? 'Asia/Jakarta'), () => source('timeZone'));
  const fees = coreCheck(defineFeeSettings(input.fees ?? {}), () => source('fees'));
  const skrd: SkrdSettings = { ...input.skrd, ...(input.receivingAccount === undefined ? {} : { receivingAccount: input.receivingAccount }) };
  const context = coreCheck(createLifecycleContext({
    settings: { ...input.lifecycle, ...(input.officeCode === undefined ? {} : { officeCode: input.officeCode }) },
    calendar: municipalityCalendar(input.calendar, timeZone, source('calendar')),
    skrd,
    ...(input.catalog === undefined ? {} : { catalog: input.catalog }),
  }), (path) => (path === 'settings.officeCode' ? source('officeCode') : sources.other ?? FILE_SOURCE));
  const signingMandates = checkSigningMandates(input.signingMandates, source('signingMandates'), new Set(context.catalog.permitTypes.map((type) => type.id)));
  return {
    officeCode: context.settings.officeCode,
    timeZone,
    fees,
    signingMandates,
    ...(input.receivingAccount === undefined ? {} : { receivingAccount: input.receivingAccount }),
    context,
  };
}

/**
 * Checks a configuration and fills in the defaults. Throws {@link ConfigError} naming the setting at fault;
 * `sources` say which municipality settings came from environment variables.
 * @example resolveConfig({ port: 0, dataDir: '/tmp/sp', municipality: { officeCode: 'MJK' } })
 */
export function resolveConfig(input: ServerConfigInput = {}, sources: MunicipalitySources = {}): ServerConfig {
  const v = CONFIG_VARIABLES;
  const host = optionalText(input.host, v.host) ?? '127.0.0.1';
  const port = integer(input.port, v.port, 0, 65535, 8080);
  const logLevel = optionalText(input.logLevel, v.logLevel) ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new ConfigError(v.logLevel, `expected one of ${LOG_LEVELS.join(', ')}`);
  const publicUrl = optionalText(input.publicUrl, v.publicUrl);
  if (publicUrl !== undefined) origin(new URL(publicUrl.replace(/\/$/, '')).origin, v.publicUrl);
  const dbUrl = databaseUrl(input.databaseUrl, v.databaseUrl);
  const secretValue = secret(input.secret, v.secret);
  const callbackSecret = secret(input.paymentCallbackSecret, v.paymentCallbackSecret);
  const limits = input.rateLimits ?? {};
  const checkpointKeyFile = optionalText(input.checkpointKeyFile, v.checkpointKeyFile);
  return {
    port,
    host,
    dataDir: optionalText(input.dataDir, v.dataDir) ?? './data',
    ...(dbUrl === undefined ? {} : { databaseUrl: dbUrl }),
    allowedOrigins: origins(input.allowedOrigins, v.allowedOrigins),
    ...(secretValue === undefined ? {} : { secret: secretValue }),
    ...(callbackSecret === undefined ? {} : { paymentCallbackSecret: callbackSecret }),
    ...(publicUrl === undefined ? {} : { publicUrl: publicUrl.replace(/\/$/, '') }),
    trustProxy: boolean(input.trustProxy, v.trustProxy),
    bodyLimit: integer(input.bodyLimit, v.bodyLimit, 1024, 1024 ** 3, 1024 * 1024),
    logLevel: logLevel as ServerConfig['logLevel'],
    sessionHours: integer(input.sessionHours, v.sessionHours, 1, 24 * 90, 12),
    clockOffsetDays: integer(input.clockOffsetDays, v.clockOffsetDays, 0, 3650, 0),
    ...(checkpointKeyFile === undefined ? {} : { checkpointKeyFile }),
    rateLimits: {
      login: integer(limits.login, RATE_LIMIT_VARIABLES.login, 1, 100_000, 10),
      pin: integer(limits.pin, RATE_LIMIT_VARIABLES.pin, 1, 100_000, 5),
      tracking: integer(limits.tracking, RATE_LIMIT_VARIABLES.tracking, 1, 100_000, 60),
      quotes: integer(limits.quotes, RATE_LIMIT_VARIABLES.quotes, 1, 100_000, 300),
      registration: integer(limits.registration, RATE_LIMIT_VARIABLES.registration, 1, 100_000, 60),
    },
    municipality: resolveMunicipality(input.municipality, sources),
    ...resolveIntegrations(input),
  };
}

function readConfigFile(path: string | undefined): ServerConfigInput {
  if (path === undefined || path === '') return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError('SATUPINTU_CONFIG', `cannot read the file ${path}`);
  }
  const value = json(text, 'SATUPINTU_CONFIG');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError('SATUPINTU_CONFIG', 'expected a JSON object');
  return value as ServerConfigInput;
}

/** Drops the keys whose value is undefined, so they do not hide the file's values. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Reads the configuration from the environment and the optional JSON file named by `SATUPINTU_CONFIG` (the
 * environment wins), then checks it with {@link resolveConfig}. Every setting is documented in
 * docs/guides/operations.md.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ServerConfig {
  const file = readConfigFile(env.SATUPINTU_CONFIG);
  const v = CONFIG_VARIABLES;
  const fees = json(env.SATUPINTU_FEE_SETTINGS, 'SATUPINTU_FEE_SETTINGS') as FeeSettingsInput | undefined;
  const bank = defined({ bank: env.SATUPINTU_BANK_NAME, accountNumber: env.SATUPINTU_BANK_ACCOUNT_NUMBER, accountName: env.SATUPINTU_BANK_ACCOUNT_NAME });
  if (Object.keys(bank).length > 0 && Object.keys(bank).length < 3) {
    throw new ConfigError('SATUPINTU_BANK_NAME', 'set SATUPINTU_BANK_NAME, SATUPINTU_BANK_ACCOUNT_NUMBER and SATUPINTU_BANK_ACCOUNT_NAME together');
  }
  const municipality: MunicipalityInput = {
    ...file.municipality,
    ...defined({
      officeCode: env.SATUPINTU_OFFICE_CODE,
      timeZone: env.SATUPINTU_TIME_ZONE,
      fees,
      receivingAccount: Object.keys(bank).length === 3 ? (bank as ReceivingAccount) : undefined,
      signingMandates: json(env.SATUPINTU_SIGNING_MANDATES, 'SATUPINTU_SIGNING_MANDATES'),
      calendar: json(env.SATUPINTU_CALENDAR, 'SATUPINTU_CALENDAR') as MunicipalityInput['calendar'],
    }),
  };
  const input: ServerConfigInput = {
    ...file,
    ...defined(Object.fromEntries(Object.entries(v).map(([key, variable]) => [key, env[variable] === '' ? undefined : env[variable]]))),
    rateLimits: {
      ...file.rateLimits,
      ...defined(Object.fromEntries(Object.entries(RATE_LIMIT_VARIABLES).map(([key, variable]) => [key, env[variable]]))),
    },
    municipality,
    ...integrationsFromEnv(env, file),
  };
  const fromEnv = (variable: string): string | undefined => (env[variable] ? variable : undefined);
  return resolveConfig(input, defined({
    officeCode: fromEnv('SATUPINTU_OFFICE_CODE'),
    timeZone: fromEnv('SATUPINTU_TIME_ZONE'),
    fees: fromEnv('SATUPINTU_FEE_SETTINGS'),
    signingMandates: fromEnv('SATUPINTU_SIGNING_MANDATES'),
    calendar: fromEnv('SATUPINTU_CALENDAR'),
  }));
}
