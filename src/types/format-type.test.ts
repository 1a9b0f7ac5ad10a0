import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  arrayType,
  bigintType,
  binaryType,
  booleanType,
  bytesType,
  charType,
  dateType,
  dayTimeIntervalType,
  decimalType,
  doubleType,
  field,
  floatType,
  intType,
  mapType,
  multisetType,
  nullType,
  rowType,
  smallintType,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  tinyintType,
  varbinaryType,
  varcharType,
  yearMonthIntervalType,
  type LogicalType,
} from './logical-type.js';
import { formatType } from './format-type.js';
import { parseType } from './parse-type.js';

// Expected strings: Flink's LogicalType#asSummaryString as DESCRIBE prints it.
const CASES: [LogicalType, string][] = [
  [booleanType(), 'BOOLEAN'],
  [tinyintType(), 'TINYINT'],
  [smallintType(false), 'SMALLINT NOT NULL'],
  [intType(false), 'INT NOT NULL'],
  [bigintType(), 'BIGINT'],
  [floatType(), 'FLOAT'],
  [doubleType(), 'DOUBLE'],
  [decimalType(10, 2), 'DECIMAL(10, 2)'],
  [decimalType(), 'DECIMAL(10, 0)'],
  [charType(3), 'CHAR(3)'],
  [varcharType(10), 'VARCHAR(10)'],
  [stringType(), 'STRING'],
  [stringType(false), 'STRING NOT NULL'],
  [binaryType(4), 'BINARY(4)'],
  [varbinaryType(8), 'VARBINARY(8)'],
  [bytesType(), 'BYTES'],
  [dateType(), 'DATE'],
  [timeType(), 'TIME(0)'],
  [timestampType(3), 'TIMESTAMP(3)'],
  [timestampType(), 'TIMESTAMP(6)'],
  [timestampLtzType(3), 'TIMESTAMP_LTZ(3)'],
  [{ ...timestampType(3), timeAttribute: 'ROWTIME' }, 'TIMESTAMP(3) *ROWTIME*'],
  [{ ...timestampLtzType(3, false), timeAttribute: 'PROCTIME' }, 'TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*'],
  [yearMonthIntervalType('YEAR_TO_MONTH', 2), 'INTERVAL YEAR(2) TO MONTH'],
  [yearMonthIntervalType('YEAR', 4), 'INTERVAL YEAR(4)'],
  [yearMonthIntervalType('MONTH'), 'INTERVAL MONTH'],
  [dayTimeIntervalType('DAY_TO_SECOND', 2, 3), 'INTERVAL DAY(2) TO SECOND(3)'],
  [dayTimeIntervalType('SECOND', 2, 3), 'INTERVAL SECOND(3)'],
  [dayTimeIntervalType('HOUR_TO_MINUTE'), 'INTERVAL HOUR TO MINUTE'],
  [dayTimeIntervalType('MINUTE_TO_SECOND', 2, 0), 'INTERVAL MINUTE TO SECOND(0)'],
  [dayTimeIntervalType('DAY', 5), 'INTERVAL DAY(5)'],
  [arrayType(intType()), 'ARRAY<INT>'],
  [arrayType(intType(false), false), 'ARRAY<INT NOT NULL> NOT NULL'],
  [multisetType(stringType()), 'MULTISET<STRING>'],
  [mapType(stringType(), intType()), 'MAP<STRING, INT>'],
  [rowType([field('a', intType()), field('b', stringType())]), 'ROW<`a` INT, `b` STRING>'],
  [rowType([field('we`ird', intType(false), "it's")]), "ROW<`we``ird` INT NOT NULL 'it''s'>"],
  [rowType([]), 'ROW<>'],
  [nullType(), 'NULL'],
];

test('formatType prints what Flink DESCRIBE prints', () => {
  for (const [t, s] of CASES) assert.equal(formatType(t), s);
});

test('parseType reads back every formatted type', () => {
  for (const [t, s] of CASES) assert.deepEqual(parseType(s), t, s);
});

test('parseType accepts SQL spellings', () => {
  assert.deepEqual(parseType('integer not null'), intType(false));
  assert.deepEqual(parseType('VARCHAR'), varcharType(1));
  assert.deepEqual(parseType('CHARACTER VARYING(5)'), varcharType(5));
  assert.deepEqual(parseType('DEC(5,2)'), decimalType(5, 2));
  assert.deepEqual(parseType('NUMERIC'), decimalType(10, 0));
  assert.deepEqual(parseType('DOUBLE PRECISION'), doubleType());
  assert.deepEqual(parseType('REAL'), floatType());
  assert.deepEqual(parseType('TIMESTAMP'), timestampType(6));
  assert.deepEqual(parseType('TIMESTAMP(3) WITHOUT TIME ZONE'), timestampType(3));
  assert.deepEqual(parseType('TIMESTAMP(3) WITH LOCAL TIME ZONE'), timestampLtzType(3));
  assert.deepEqual(parseType('TIME(3) WITHOUT TIME ZONE'), timeType(3));
  assert.deepEqual(
    parseType('ROW(a INT, `b c` STRING)'),
    rowType([field('a', intType()), field('b c', stringType())]),
  );
  assert.deepEqual(parseType('INT ARRAY NOT NULL'), arrayType(intType(), false));
  assert.deepEqual(
    parseType('MAP<STRING, ARRAY<ROW<x DOUBLE>>>'),
    mapType(stringType(), arrayType(rowType([field('x', doubleType())]))),
  );
  assert.deepEqual(parseType('INTERVAL DAY TO SECOND'), dayTimeIntervalType('DAY_TO_SECOND', 2, 6));
  assert.deepEqual(parseType('INTERVAL YEAR'), yearMonthIntervalType('YEAR', 2));
});

test('parseType rejects bad text with a position', () => {
  assert.throws(() => parseType('DECIMAL(40, 2)'), /DECIMAL precision must be between 1 and 38/);
  assert.throws(() => parseType('DECIMAL(5, 6)'), /scale/);
  assert.throws(() => parseType('TIMESTAMP(10)'), /precision must be between 0 and 9/);
  assert.throws(() => parseType('FOO'), /unknown type 'FOO'.*|position 1/);
  assert.throws(() => parseType('ARRAY<INT'), /expected '>'/);
  assert.throws(() => parseType('INT INT'), /position 5/);
  assert.throws(() => parseType('ROW<a INT, a INT>'), /duplicate field name 'a'/);
  assert.throws(() => parseType('VARCHAR(0)'), /length/);
  assert.throws(() => parseType('TIMESTAMP WITH TIME ZONE'), /not supported/);
});
