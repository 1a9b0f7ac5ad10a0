-- source: Flink docs, dev/table/timezone.md 'TIMESTAMP_LTZ string representation' (MyView2 in UTC: ltz 1970-01-01 00:00:04.001, ntz 1970-01-01 00:00:01.001; the casts of MyView3 in UTC by hand: the wall clock of UTC)
CREATE VIEW MyView2 AS SELECT TO_TIMESTAMP_LTZ(4001, 3) AS ltz, TIMESTAMP '1970-01-01 00:00:01.001' AS ntz;
SET 'table.local-time-zone' = 'UTC';
SELECT ltz, CAST(ltz AS TIMESTAMP(3)) AS c1, CAST(ltz AS STRING) AS c2, ntz, CAST(ntz AS TIMESTAMP_LTZ(3)) AS c4 FROM MyView2;
