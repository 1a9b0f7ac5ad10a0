-- source: Flink TemporalTypesTest.testFromUnixTime (in UTC: from_unixtime(44) '1970-01-01 00:00:44', with 'yyyy-MM-dd HH:mm:ss.SSS' '1970-01-01 00:00:44.000', 'yy-MM-dd HH-mm-ss' '70-01-01 00-00-44'; an INT 3 and a TINYINT 124 likewise; NULL NULL)
SET 'table.local-time-zone' = 'UTC';
CREATE TABLE t (
  b BIGINT,
  i INT,
  y TINYINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FROM_UNIXTIME(b) AS a1, FROM_UNIXTIME(b, 'yyyy-MM-dd HH:mm:ss.SSS') AS a2, FROM_UNIXTIME(b, 'yy-MM-dd HH-mm-ss') AS a3, FROM_UNIXTIME(i) AS b1, FROM_UNIXTIME(i, 'yy-MM-dd HH-mm-ss') AS b3, FROM_UNIXTIME(y, 'yyyy-MM-dd HH:mm:ss.SSS') AS c2 FROM t;
