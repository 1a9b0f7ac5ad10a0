-- source: Flink docs (TO_TIMESTAMP_LTZ(numeric[, precision]): epoch seconds for 0, epoch milliseconds for 3, default 3) and DateTimeUtils.toTimestampData (BIGINT and DOUBLE: (long) (v * 1000) / (long) v with the epoch range check, out of range NULL; DECIMAL: RoundingMode.DOWN to whole seconds or whole milliseconds), shown in session zone Asia/Shanghai; by hand
SET 'sql.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE t (n BIGINT, d DOUBLE, dn DOUBLE, m DECIMAL(10, 5), mn DECIMAL(10, 5), big DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  TO_TIMESTAMP_LTZ(n, 0) AS s0,
  TO_TIMESTAMP_LTZ(n * 1000 + 123, 3) AS s3,
  TO_TIMESTAMP_LTZ(n * 1000 + 123) AS sdef,
  TO_TIMESTAMP_LTZ(d, 0) AS d0,
  TO_TIMESTAMP_LTZ(d, 3) AS d3,
  TO_TIMESTAMP_LTZ(dn, 0) AS dn0,
  TO_TIMESTAMP_LTZ(m, 0) AS m0,
  TO_TIMESTAMP_LTZ(m, 3) AS m3,
  TO_TIMESTAMP_LTZ(mn, 0) AS mn0,
  TO_TIMESTAMP_LTZ(mn, 3) AS mn3,
  TO_TIMESTAMP_LTZ(big, 0) AS big0,
  TO_TIMESTAMP_LTZ(CAST(NULL AS BIGINT), 3) AS nul
FROM t;
