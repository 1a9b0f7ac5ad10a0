-- source: Flink TemporalTypesTest.testFromUnixTimeInTokyo (from_unixtime(44) '1970-01-01 09:00:44', with 'yy-MM-dd HH-mm-ss' '70-01-01 09-00-44'; from_unixtime(3) '1970-01-01 09:00:03')
SET 'table.local-time-zone' = 'Asia/Tokyo';
CREATE TABLE t (
  b BIGINT,
  i INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FROM_UNIXTIME(b) AS a, FROM_UNIXTIME(b, 'yy-MM-dd HH-mm-ss') AS f, FROM_UNIXTIME(i) AS c FROM t;
