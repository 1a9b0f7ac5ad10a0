-- source: Flink: a group window query has no window_start column (only the window TVF adds it): Calcite's column-not-found
-- fail: 11:8 Column 'window_start' not found
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, COUNT(*) FROM Bid GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);
