-- source: Flink docs, Window Aggregation (window TVF aggregation over an updating input since 1.19, FLINK-20281: -U / -D retract from their window; a window whose rows were all retracted emits nothing, WindowAggregateITCase#testEventTimeTumbleWindowWithCDCSource); changes by hand
-- order: any
CREATE TABLE orders (
  id INT,
  name STRING,
  amount INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'debezium-json');
SELECT name, window_start, window_end, COUNT(*) AS cnt, SUM(amount) AS total
  FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '5' SECOND))
  GROUP BY name, window_start, window_end;
