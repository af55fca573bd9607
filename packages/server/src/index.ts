/**
 * @satupintu/server — the reference permit service: the HTTP API (OpenAPI 3.1, problem details), authentication,
 * and the store (embedded PGlite or PostgreSQL). HTTP in, core decides, store persists.
 * @packageDocumentation
 */
export {
  ConfigError, CONFIG_VARIABLES, loadConfig, resolveConfig, resolveMunicipality,
  type Municipality, type MunicipalityInput, type MunicipalitySources, type RateLimits, type ServerConfig, type ServerConfigInput,
} from './config.js';
export {
  INTEGRATION_VARIABLES, resolveIntegrations,
  type IdentityChecksConfig, type IntegrationsConfig, type IntegrationsInput, type NotificationsConfig, type SchedulerConfig, type SmsGatewayConfig, type SmtpConfig,
} from './integrations-config.js';
export { createScheduler, startBackgroundWork, actionKey, type BackgroundWork, type Scheduler, type SchedulerOptions, type TickReport } from './jobs/index.js';
export {
  channelsFromConfig, createDispatcher, logChannel, smsGatewayChannel, smtpChannel, NOTIFICATIONS_LOG,
  type ChannelSet, type Delivery, type Dispatcher, type DispatcherOptions, type DrainReport, type NotificationChannel,
} from './notify/index.js';
export {
  formatOnlyChecks, httpIdentityChecks, identityChecksFromConfig,
  type CheckedBy, type IdentityCheckResult, type IdentityChecks, type PopulationQuery, type TaxStatusQuery,
} from './identity-checks/index.js';
export { addStaff, AddStaffError, type NewStaff } from './commands/add-staff.js';
export { seedDemo, type DemoCredential, type DemoSeed } from './commands/seed-demo.js';
export { staffPasswordProblems } from './commands/password-policy.js';
export { createServer, startServer, type CreateServerOptions, type SatupintuServer } from './server.js';
export { buildApp, type BuildAppOptions } from './http/app.js';
export type { AppContext } from './http/context.js';
export type { Authenticated, RouteAccess } from './http/access.js';
export { HttpProblem, PROBLEM_MEDIA_TYPE, problemDetails, type ProblemDetails } from './http/problem.js';
export { ROUTE_MODULES, type RouteModule } from './http/routes/index.js';
export { hashPassword, verifyPassword, PASSWORD_HASH_PARAMS } from './auth/password.js';
export {
  openStore, IdempotencyClaimLostError, StoreConflictError, StoreDuplicateError, StoreError, StoreNotFoundError, type Store, type StoreOptions, type TableUpkeep, type StoreUpkeep,
  type WalCheckpoint, type CheckpointLimits,
} from './store/index.js';
export { createSatupintuClient, type SatupintuClient, type SatupintuClientOptions } from './client.js';
export type { paths as ApiPaths, components as ApiComponents } from './openapi-types.js';
