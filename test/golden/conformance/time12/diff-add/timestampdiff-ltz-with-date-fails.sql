-- source: Flink TemporalTypesTest.testInvalidTimestampLtzArithmetic (TIMESTAMPDIFF between a TIMESTAMP_LTZ and a DATE: 'TIMESTAMP_LTZ only supports diff between the same type.')
-- fail: TIMESTAMP_LTZ only supports diff between the same type
CREATE TABLE t (
  ms BIGINT,
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TIMESTAMPDIFF(MONTH, TO_TIMESTAMP_LTZ(ms, 3), d) AS m FROM t;
