-- source: Flink TemporalTypesTest.testInvalidTimestampLtzArithmetic (TIMESTAMPDIFF between a TIMESTAMP_LTZ and a TIMESTAMP: 'TIMESTAMP_LTZ only supports diff between the same type.')
-- fail: TIMESTAMP_LTZ only supports diff between the same type
CREATE TABLE t (
  ms BIGINT,
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TIMESTAMPDIFF(SECOND, TO_TIMESTAMP_LTZ(ms, 3), ts) AS s FROM t;
