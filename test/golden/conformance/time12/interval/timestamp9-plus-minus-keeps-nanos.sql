-- source: Flink TemporalTypesTest.testHighPrecisionTimestamp (TIMESTAMP '1970-02-01 00:00:00.123456789' - INTERVAL '1' MONTH 1970-01-01 00:00:00.123456789, + MONTH 1970-03-01 ..., - SECOND 1970-01-31 23:59:59.123456789, + SECOND 1970-02-01 00:00:01.123456789)
CREATE TABLE t (
  s9 STRING,
  ts AS CAST(s9 AS TIMESTAMP(9))
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ts - INTERVAL '1' MONTH AS a, ts + INTERVAL '1' MONTH AS b, ts - INTERVAL '1' SECOND AS c, ts + INTERVAL '1' SECOND AS d FROM t;
