/** The scalar functions beyond operators, grouped by category files. */
import { COLLECTION_FUNCTIONS } from './collection.js';
import type { BuiltinScalar } from './define.js';
import { INET_FUNCTIONS } from './inet.js';
import { JSON_FUNCTIONS } from './json.js';
import { MATH_FUNCTIONS } from './math.js';
import { STRING_FUNCTIONS } from './string.js';
import { temporalFunctions } from './temporal.js';

const numericFloor = MATH_FUNCTIONS.find((f) => f.name === 'FLOOR')!;
const numericCeil = MATH_FUNCTIONS.find((f) => f.name === 'CEIL')!;

export const EXTRA_SCALARS: BuiltinScalar[] = [
  ...STRING_FUNCTIONS,
  ...MATH_FUNCTIONS.filter((f) => f !== numericFloor && f !== numericCeil),
  ...temporalFunctions(numericFloor, numericCeil),
  ...COLLECTION_FUNCTIONS,
  ...JSON_FUNCTIONS,
  ...INET_FUNCTIONS,
];
