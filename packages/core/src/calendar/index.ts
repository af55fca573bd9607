export * from './iso-date.js';
export * from './time-zone.js';
export * from './effective.js';
export * from './holidays-indonesia.js';
export * from './calendar.js';
export * from './service-clock.js';
