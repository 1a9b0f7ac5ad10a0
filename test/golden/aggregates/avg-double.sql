-- source: Flink docs (Aggregate Functions; Window Aggregation); one tumbling window holds every row; by hand
CREATE TABLE w (
  ts TIMESTAMP(3),
  k STRING,
  i INT,
  d DOUBLE,
  m DECIMAL(10, 2),
  s STRING,
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, AVG(d) AS a
FROM TABLE(TUMBLE(TABLE w, DESCRIPTOR(ts), INTERVAL '1' HOUR))
GROUP BY window_start, window_end;
