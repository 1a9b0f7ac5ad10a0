-- source: Flink docs, Window Aggregation (HOP over an updating input since 1.19, FLINK-20281: -U / -D retract from every window of the row; a window whose rows were all retracted emits nothing); Canal messages of the debezium-tumble-window changes; by hand
-- order: any
CREATE TABLE orders (
  id INT,
  name STRING,
  amount INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'canal-json');
SELECT name, window_start, window_end, COUNT(*) AS cnt, SUM(amount) AS total
  FROM TABLE(HOP(TABLE orders, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '10' SECOND))
  GROUP BY name, window_start, window_end;
