-- source: Flink ImplicitTypeConversionITCase (stream) testNumericConversionInFilter: every pair of numeric columns holding 1 compares equal in WHERE, the row passes
CREATE TABLE TestTable (field_tinyint TINYINT, field_smallint SMALLINT, field_int INT, field_bigint BIGINT, field_decimal DECIMAL(1, 0), field_float FLOAT, field_double DOUBLE, field_date DATE, field_time TIME, field_timestamp TIMESTAMP(6), field_varchar_equals_numeric STRING, field_varchar_equals_date STRING, field_varchar_equals_time STRING, field_varchar_equals_timestamp STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT field_tinyint, field_smallint, field_int, field_bigint, field_decimal, field_float, field_double
FROM TestTable WHERE
  field_tinyint = field_smallint AND
  field_tinyint = field_int AND
  field_tinyint = field_bigint AND
  field_tinyint = field_decimal AND
  field_tinyint = field_float AND
  field_tinyint = field_double AND
  field_smallint = field_int AND
  field_smallint = field_bigint AND
  field_smallint = field_decimal AND
  field_smallint = field_float AND
  field_smallint = field_double AND
  field_int = field_bigint AND
  field_int = field_decimal AND
  field_int = field_float AND
  field_int = field_double AND
  field_bigint = field_decimal AND
  field_bigint = field_float AND
  field_bigint = field_double AND
  field_decimal = field_float AND
  field_decimal = field_double AND
  field_float = field_double;
