-- source: Flink MiscAggFunctionITCase (FIRST_VALUE / LAST_VALUE over TIME, DATE, TIMESTAMP, TIMESTAMP_LTZ, INTERVAL MONTH, INTERVAL SECOND(3), ARRAY<INT>; TIMESTAMP_LTZ values given at offset -01:20, here the session zone GMT-01:20, so they print as written); the Period/Duration values built as INT * INTERVAL
-- order: final
SET 'sql.local-time-zone' = 'GMT-01:20';
CREATE TABLE rawt (f0 STRING, t STRING, d STRING, ts STRING, ltz STRING, mo INT, mi INT, arr ARRAY<INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS
SELECT f0, CAST(t AS TIME) AS f1, CAST(d AS DATE) AS f2, CAST(ts AS TIMESTAMP(6)) AS f3, CAST(ltz AS TIMESTAMP_LTZ(6)) AS f4,
  mo * INTERVAL '1' MONTH AS f5, mi * INTERVAL '1' MINUTE AS f6, arr AS f7
FROM rawt;
SELECT f0, FIRST_VALUE(f1), FIRST_VALUE(f2), FIRST_VALUE(f3), FIRST_VALUE(f4), FIRST_VALUE(f5), FIRST_VALUE(f6), FIRST_VALUE(f7) FROM src GROUP BY f0;
SELECT f0, LAST_VALUE(f1), LAST_VALUE(f2), LAST_VALUE(f3), LAST_VALUE(f4), LAST_VALUE(f5), LAST_VALUE(f6), LAST_VALUE(f7) FROM src GROUP BY f0;
