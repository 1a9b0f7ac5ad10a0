/** The column type connectors see: the types module's LogicalType. */
export type { LogicalType } from '../types/index.js';
