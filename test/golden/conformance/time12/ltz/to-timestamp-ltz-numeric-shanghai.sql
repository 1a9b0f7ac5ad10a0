-- source: Flink TemporalTypesTest.testToTimestampLtzShanghai (TO_TIMESTAMP_LTZ(100, 0) 1970-01-01 08:01:40.000, TINYINT / BIGINT 100 likewise, FLOAT 100.01 08:01:40.010, DOUBLE 100.123 08:01:40.123, -100 07:58:20.000, (1234, 3) 08:00:01.234, (0.01, 3) 08:00:00.000)
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE t (
  i INT,
  y TINYINT,
  b BIGINT,
  f FLOAT,
  d DOUBLE,
  n INT,
  m INT,
  c DECIMAL(3, 2)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TO_TIMESTAMP_LTZ(i, 0) AS a, TO_TIMESTAMP_LTZ(y, 0) AS b2, TO_TIMESTAMP_LTZ(b, 0) AS c2, TO_TIMESTAMP_LTZ(f, 0) AS f2, TO_TIMESTAMP_LTZ(d, 0) AS d2, TO_TIMESTAMP_LTZ(n, 0) AS n2, TO_TIMESTAMP_LTZ(m, 3) AS m2, TO_TIMESTAMP_LTZ(c, 3) AS e FROM t;
