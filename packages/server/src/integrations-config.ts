import { ConfigError } from './config-error.js';

/** The scheduler of due actions, the notification dispatcher and the store's upkeep (all run on one timer). */
export interface SchedulerConfig {
  /** Seconds between two runs (default 60); 0 switches all three off in this instance. */
  readonly intervalSeconds: number;
  /** Attempts at one notification before it is marked failed (default 5). */
  readonly maxAttempts: number;
  /** Wait before the first retry of a notification, doubled at each further attempt (default 30 s). */
  readonly retryBaseSeconds: number;
}

/** An SMTP server that sends the e-mail notifications. */
export interface SmtpConfig {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user?: string;
  readonly password?: string;
  /** The sender address, e.g. `DPMPTSP Kota Mojokerto <noreply@mojokertokota.go.id>`. */
  readonly from: string;
}

/** An HTTP SMS gateway: the server POSTs `{ to, text }` as JSON with `Authorization: Bearer <token>`. */
export interface SmsGatewayConfig {
  readonly url: string;
  readonly token: string;
}

/** Where notifications go; a channel without settings is written to `notifications.log` in the data directory. */
export interface NotificationsConfig {
  readonly smtp?: SmtpConfig;
  readonly smsGateway?: SmsGatewayConfig;
}

/** The registries behind the identity checks of a registration (P106 Pasal 6 ayat (4)). */
export interface IdentityChecksConfig {
  /** The population registry (SIAK / Dukcapil) endpoint that matches a NIK with a name (and birth date). */
  readonly populationUrl?: string;
  /** The tax office's KSWP endpoint that says whether an NPWP is valid and active. */
  readonly taxStatusUrl?: string;
  /** Basic-auth user and password for both endpoints. */
  readonly user?: string;
  readonly password?: string;
  /** Seconds to wait for an answer before the check counts as unavailable (default 5). */
  readonly timeoutSeconds: number;
}

/** The integration settings as given (file or environment), before they are checked. */
export interface IntegrationsInput {
  readonly scheduler?: Partial<Record<keyof SchedulerConfig, number | string>>;
  readonly notifications?: {
    readonly smtp?: Partial<Record<keyof SmtpConfig, string | number | boolean>>;
    readonly smsGateway?: Partial<SmsGatewayConfig>;
  };
  readonly identityChecks?: Partial<Record<keyof IdentityChecksConfig, string | number>>;
}

/** The checked integration settings. */
export interface IntegrationsConfig {
  readonly scheduler: SchedulerConfig;
  readonly notifications: NotificationsConfig;
  readonly identityChecks: IdentityChecksConfig;
}

/** The environment variable of each integration setting. */
export const INTEGRATION_VARIABLES = {
  scheduler: {
    intervalSeconds: 'SATUPINTU_SCHEDULER_INTERVAL_SECONDS',
    maxAttempts: 'SATUPINTU_NOTIFY_MAX_ATTEMPTS',
    retryBaseSeconds: 'SATUPINTU_NOTIFY_RETRY_SECONDS',
  },
  smtp: {
    host: 'SATUPINTU_SMTP_HOST', port: 'SATUPINTU_SMTP_PORT', secure: 'SATUPINTU_SMTP_SECURE',
    user: 'SATUPINTU_SMTP_USER', password: 'SATUPINTU_SMTP_PASSWORD', from: 'SATUPINTU_SMTP_FROM',
  },
  smsGateway: { url: 'SATUPINTU_SMS_GATEWAY_URL', token: 'SATUPINTU_SMS_GATEWAY_TOKEN' },
  identityChecks: {
    populationUrl: 'SATUPINTU_SIAK_URL', taxStatusUrl: 'SATUPINTU_KSWP_URL', user: 'SATUPINTU_REGISTRY_USER',
    password: 'SATUPINTU_REGISTRY_PASSWORD', timeoutSeconds: 'SATUPINTU_REGISTRY_TIMEOUT_SECONDS',
  },
} as const;

function whole(value: unknown, variable: string, min: number, max: number, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
    throw new ConfigError(variable, `expected a whole number from ${min} to ${max}`);
  }
  return number;
}

function text(value: unknown, variable: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new ConfigError(variable, 'expected a string');
  return value;
}

function httpUrl(value: unknown, variable: string): string | undefined {
  const given = text(value, variable);
  if (given === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new ConfigError(variable, 'is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(variable, 'expected an http(s) URL');
  return url.href;
}

const present = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

function smtp(input: NonNullable<IntegrationsInput['notifications']>['smtp'] = {}): SmtpConfig | undefined {
  const v = INTEGRATION_VARIABLES.smtp;
  const host = text(input.host, v.host);
  if (host === undefined) return undefined;
  const from = text(input.from, v.from);
  if (from === undefined) throw new ConfigError(v.from, 'set the sender address together with SATUPINTU_SMTP_HOST');
  const secure = input.secure === true || input.secure === 'true' || input.secure === '1';
  const port = whole(input.port, v.port, 1, 65535, secure ? 465 : 587);
  return present({ host, port, secure, from, user: text(input.user, v.user), password: text(input.password, v.password) });
}

function smsGateway(input: Partial<SmsGatewayConfig> = {}): SmsGatewayConfig | undefined {
  const v = INTEGRATION_VARIABLES.smsGateway;
  const url = httpUrl(input.url, v.url);
  if (url === undefined) return undefined;
  const token = text(input.token, v.token);
  if (token === undefined) throw new ConfigError(v.token, 'set the gateway token together with SATUPINTU_SMS_GATEWAY_URL');
  return { url, token };
}

/** Checks the scheduler, notification and identity-check settings and fills in the defaults. */
export function resolveIntegrations(input: IntegrationsInput = {}): IntegrationsConfig {
  const s = INTEGRATION_VARIABLES.scheduler;
  const i = INTEGRATION_VARIABLES.identityChecks;
  const scheduler = input.scheduler ?? {};
  const checks = input.identityChecks ?? {};
  return {
    scheduler: {
      intervalSeconds: whole(scheduler.intervalSeconds, s.intervalSeconds, 0, 86_400, 60),
      maxAttempts: whole(scheduler.maxAttempts, s.maxAttempts, 1, 100, 5),
      retryBaseSeconds: whole(scheduler.retryBaseSeconds, s.retryBaseSeconds, 1, 86_400, 30),
    },
    notifications: present({ smtp: smtp(input.notifications?.smtp), smsGateway: smsGateway(input.notifications?.smsGateway) }),
    identityChecks: present({
      populationUrl: httpUrl(checks.populationUrl, i.populationUrl),
      taxStatusUrl: httpUrl(checks.taxStatusUrl, i.taxStatusUrl),
      user: text(checks.user, i.user),
      password: text(checks.password, i.password),
      timeoutSeconds: whole(checks.timeoutSeconds, i.timeoutSeconds, 1, 120, 5),
    }),
  };
}

/** The integration settings named by environment variables, over those of the config file. */
export function integrationsFromEnv(env: Readonly<Record<string, string | undefined>>, file: IntegrationsInput = {}): IntegrationsInput {
  const pick = <K extends string>(variables: Readonly<Record<K, string>>): Partial<Record<K, string>> =>
    present(Object.fromEntries(Object.entries(variables).map(([key, name]) => [key, env[name as string] || undefined])) as Partial<Record<K, string>>);
  const v = INTEGRATION_VARIABLES;
  return {
    scheduler: { ...file.scheduler, ...pick(v.scheduler) },
    notifications: {
      smtp: { ...file.notifications?.smtp, ...pick(v.smtp) },
      smsGateway: { ...file.notifications?.smsGateway, ...pick(v.smsGateway) },
    },
    identityChecks: { ...file.identityChecks, ...pick(v.identityChecks) },
  };
}
