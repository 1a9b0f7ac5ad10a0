-- source: Flink docs, dev/table/timezone.md 'Event Time Attribute on TIMESTAMP_LTZ' (MyTable3 / MyView5: the window [14:00, 14:10) of A 1.8, B 2.5, C 3.8 in UTC is [22:00, 22:10) in Asia/Shanghai; the bounded file also closes [14:10, 14:20) for C 3.8 at its end, by hand; TUMBLE_ROWTIME left out)
-- order: any
CREATE TABLE MyTable3 (
  item STRING,
  price DOUBLE,
  ts BIGINT,
  ts_ltz AS TO_TIMESTAMP_LTZ(ts, 3),
  WATERMARK FOR ts_ltz AS ts_ltz - INTERVAL '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW MyView5 AS
SELECT
  TUMBLE_START(ts_ltz, INTERVAL '10' MINUTES) AS window_start,
  TUMBLE_END(ts_ltz, INTERVAL '10' MINUTES) AS window_end,
  item,
  MAX(price) AS max_price
FROM MyTable3
GROUP BY TUMBLE(ts_ltz, INTERVAL '10' MINUTES), item;
SET 'table.local-time-zone' = 'UTC';
SELECT * FROM MyView5;
SET 'table.local-time-zone' = 'Asia/Shanghai';
SELECT * FROM MyView5;
