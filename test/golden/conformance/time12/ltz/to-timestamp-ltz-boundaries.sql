-- source: Flink TemporalTypesTest.testBoundaryForToTimestampLtz / testInvalidToTimestampLtz (UTC: INT MIN 1901-12-13 20:45:52.000, INT MAX 2038-01-19 03:14:07.000, TINYINT -128 1969-12-31 23:57:52.000, BIGINT MIN / MAX NULL, -62167219200000 ms 0000-01-01 00:00:00.000, 253402300799999 ms 9999-12-31 23:59:59.999, one millisecond beyond either NULL)
SET 'table.local-time-zone' = 'UTC';
CREATE TABLE t (
  sec BIGINT,
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TO_TIMESTAMP_LTZ(sec, 0) AS s, TO_TIMESTAMP_LTZ(ms, 3) AS m FROM t;
