export * from './sources.js';
export * from './provinces.js';
export * from './nik.js';
export * from './npwp.js';
export * from './nib.js';
export * from './kbli.js';
export * from './phone.js';
export * from './email.js';
