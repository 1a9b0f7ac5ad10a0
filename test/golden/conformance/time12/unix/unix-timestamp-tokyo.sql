-- source: Flink TemporalTypesTest.testUnixTimestampInTokyo (UNIX_TIMESTAMP('2015-07-24 10:00:00') 1437699600, UNIX_TIMESTAMP('2015/07/24 10:00:00.5', 'yyyy/MM/dd HH:mm:ss.S') 1437699600)
SET 'table.local-time-zone' = 'Asia/Tokyo';
CREATE TABLE t (
  s STRING,
  f STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT UNIX_TIMESTAMP(s) AS a, UNIX_TIMESTAMP(f, 'yyyy/MM/dd HH:mm:ss.S') AS b FROM t;
