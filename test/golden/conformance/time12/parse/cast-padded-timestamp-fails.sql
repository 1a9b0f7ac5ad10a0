-- source: Flink DateTimeUtils.parseTimestampData (no trimming: CAST(' 2024-01-05 10:11:12' AS TIMESTAMP) fails the query; Flink's DateTimeParseException and Eddy's message both quote the text)
-- fail: ' 2024-01-05 10:11:12'
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(s AS TIMESTAMP(3)) AS ts FROM t;
