-- source: Flink TemporalTypesTest.testTemporalShanghai (EXTRACT(EPOCH FROM ltz '2021-12-22 12:13:14') in Asia/Shanghai is 1640175194: DateTimeUtils.convertExtract works on the local wall clock as if it were UTC, so it is not the instant's epoch 1640146394; DAY / HOUR read the same wall clock)
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT EXTRACT(EPOCH FROM TO_TIMESTAMP_LTZ(ms, 3)) AS e, EXTRACT(DAY FROM TO_TIMESTAMP_LTZ(ms, 3)) AS d, EXTRACT(HOUR FROM TO_TIMESTAMP_LTZ(ms, 3)) AS h, UNIX_TIMESTAMP(CAST(TO_TIMESTAMP_LTZ(ms, 3) AS STRING)) AS u FROM t;
