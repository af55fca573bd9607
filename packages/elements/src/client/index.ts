export { ApiClient, type RequestOptions } from './api-client.js';
export { ApiError, errorFromResponse, networkError } from './errors.js';
export { apiBaseFor, configure, pageSettings, resetConfiguration, type SpConfig } from './config.js';
export { newIdempotencyKey, Outbox, type OutboxEntry, type OutboxEventDetail, type OutboxOptions, type OutboxOutcome } from './outbox.js';
