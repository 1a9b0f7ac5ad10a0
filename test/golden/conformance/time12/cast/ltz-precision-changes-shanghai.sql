-- source: Flink TemporalTypesTest.testTimestampLtzCastInShanghai (ltz 1970-01-01 08:00:01.123456 AS TIMESTAMP_LTZ(3) .123, (6) .123456, (9) .123456000)
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE t (
  ts TIMESTAMP(6)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(CAST(ts AS TIMESTAMP_LTZ(6)) AS TIMESTAMP_LTZ(3)) AS a, CAST(CAST(ts AS TIMESTAMP_LTZ(6)) AS TIMESTAMP_LTZ(6)) AS b, CAST(CAST(ts AS TIMESTAMP_LTZ(6)) AS TIMESTAMP_LTZ(9)) AS c FROM t;
