-- source: Flink docs, dev/table/timezone.md 'TIMESTAMP_LTZ type' (CREATE VIEW T1 AS SELECT TO_TIMESTAMP_LTZ(4001, 3): 1970-01-01 00:00:04.001 in UTC, 1970-01-01 08:00:04.001 in Asia/Shanghai; the view's column is TIMESTAMP_LTZ(3), nullable as DESC MyView2 shows)
CREATE VIEW T1 AS SELECT TO_TIMESTAMP_LTZ(4001, 3) AS ltz;
SET 'table.local-time-zone' = 'UTC';
SELECT * FROM T1;
SET 'table.local-time-zone' = 'Asia/Shanghai';
SELECT * FROM T1;
