export * from './errors.js';
export * from './logger.js';
export * from './component.js';
