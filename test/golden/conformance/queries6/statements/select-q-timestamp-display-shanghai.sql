-- source: Flink sql-client select.q (TIMESTAMP and TIMESTAMP_LTZ display with table.local-time-zone = 'Asia/Shanghai': TO_TIMESTAMP_LTZ(1, 0) is 1 s after the epoch, TO_TIMESTAMP_LTZ(1, 3) 1 ms, shown in the session zone; CAST of a TIMESTAMP(9) to TIMESTAMP_LTZ(9) shows the same wall time; TIMESTAMP(9) pads .1 to .100000000)
SET 'table.local-time-zone' = 'Asia/Shanghai';
SELECT TIME '20:12:11' as time0,
 ts0, ts3, ts9,
 TO_TIMESTAMP_LTZ(1, 0) AS ts_ltz0,
 TO_TIMESTAMP_LTZ(1, 3) AS ts_ltz3,
 CAST(ts9 as TIMESTAMP_LTZ(9)) AS ts_ltz9
FROM (VALUES
  (1, TIMESTAMP '2021-04-13 20:12:11', TIMESTAMP '2021-04-13 20:12:11.123', TIMESTAMP '2021-04-13 20:12:11.123456789'),
  (2, TIMESTAMP '2021-04-13 21:12:11', TIMESTAMP '2021-04-13 21:12:11.001', TIMESTAMP '2021-04-13 21:12:11.1'))
   as T(id, ts0, ts3, ts9);
