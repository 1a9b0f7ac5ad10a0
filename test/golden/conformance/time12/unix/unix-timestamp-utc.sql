-- source: Flink TemporalTypesTest.testUnixTimestamp (in UTC UNIX_TIMESTAMP('2015-07-24 10:00:00') is 1437732000, '2015-07-25 02:02:02' 1437789722; with 'yyyy/MM/dd HH:mm:ss.S' '2015/07/24 10:00:00.5' and '2015/07/25 02:02:02.6' the same seconds)
SET 'table.local-time-zone' = 'UTC';
CREATE TABLE t (
  s STRING,
  f STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT UNIX_TIMESTAMP(s) AS a, UNIX_TIMESTAMP(f, 'yyyy/MM/dd HH:mm:ss.S') AS b FROM t;
