-- source: Flink docs, dev/table/timezone.md 'Event Time Attribute on TIMESTAMP' (MyTable2 / MyView4: a TIMESTAMP(3) rowtime gives the same windows [14:00, 14:10) in UTC and Asia/Shanghai; the bounded file also closes [14:10, 14:20) for C, by hand; TUMBLE_ROWTIME left out)
-- order: any
CREATE TABLE MyTable2 (
  item STRING,
  price DOUBLE,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '10' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW MyView4 AS
SELECT
  TUMBLE_START(ts, INTERVAL '10' MINUTES) AS window_start,
  TUMBLE_END(ts, INTERVAL '10' MINUTES) AS window_end,
  item,
  MAX(price) AS max_price
FROM MyTable2
GROUP BY TUMBLE(ts, INTERVAL '10' MINUTES), item;
SET 'table.local-time-zone' = 'UTC';
SELECT * FROM MyView4;
SET 'table.local-time-zone' = 'Asia/Shanghai';
SELECT * FROM MyView4;
