/** The scalar functions beyond operators, grouped by category files. */
import type { BuiltinScalar } from './define.js';

export const EXTRA_SCALARS: BuiltinScalar[] = [];
